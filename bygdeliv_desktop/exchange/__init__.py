"""Exchange files between machines (``.bygdeliv``): export, safe reading, merge and import. No Qt.

Modules: ``package_format`` (names, limits, manifest), ``codec`` (records <-> JSON), ``clock``
(version vectors), ``signing`` (pluggable manifest signatures), ``writer`` (export), ``reader``
(hostile-file-safe reading), ``merge`` (decisions), ``importer`` (preview + one-transaction import).
"""
