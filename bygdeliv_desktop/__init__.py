"""Bygdeliv Desktop: offline records for rural stores in the Bygdeliv pilot."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("bygdeliv-desktop")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0+source"
