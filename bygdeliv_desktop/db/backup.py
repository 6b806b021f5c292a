"""Copies of the database made with SQLite's online backup API (never a plain file copy)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

BACKUP_DIRNAME = "backups"


def backup_dir(database: Path) -> Path:
    return database.parent / BACKUP_DIRNAME


def backup_database(database: Path, reason: str) -> Path:
    """Write a consistent copy of ``database`` into the backup folder and return its path."""
    folder = backup_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    partial.replace(target)
    return target
