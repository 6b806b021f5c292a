"""Signing identity, county CA, PAdES signing and verification. No Qt here.

pyHanko is imported only inside the functions that sign or verify: importing it costs about half a
second, which the GUI start and the other commands should not pay.
"""
