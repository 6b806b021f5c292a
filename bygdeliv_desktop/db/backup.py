"""Kept for callers of the first version; the backup module proper is ``db/backups.py``."""

from __future__ import annotations

from pathlib import Path

from bygdeliv_desktop.db.backups import backup_dir, create_backup

__all__ = ["backup_database", "backup_dir"]


def backup_database(database: Path, reason: str) -> Path:
    """Back up ``database`` (see backups.create_backup); return the copy's database file."""
    return create_backup(database, reason).database_file
