"""SQLite's own consistency checks, run on a file without changing it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bygdeliv_desktop.db.engine import read_only_uri
from bygdeliv_desktop.errors import DatabaseDamaged

MAX_REPORTED_PROBLEMS = 20


def _run_check(path: Path, pragma: str) -> list[str]:
    """Problems found by ``PRAGMA <pragma>``; an empty list means the file is fine."""
    try:
        # Read-only: a check must never be the thing that changes (or "repairs") the file.
        # A WAL left by a crash is still read, so committed work is seen as it is.
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return [f"cannot open: {exc}"]
    try:
        rows = connection.execute(f"PRAGMA {pragma}({MAX_REPORTED_PROBLEMS})").fetchall()
        problems = [str(row[0]) for row in rows if row[0] != "ok"]
        if pragma == "integrity_check" and not problems:
            problems = [f"foreign key: {row}" for row in
                        connection.execute("PRAGMA foreign_key_check").fetchmany(MAX_REPORTED_PROBLEMS)]
        return problems
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed", ...
        return [str(exc)]
    finally:
        connection.close()


def quick_check(path: Path) -> list[str]:
    """Fast start-up check (O(n), skips index/content cross-checks). Empty list = ok.

    A file that does not exist yet (or is empty) is a new database, not a damaged one.
    """
    if not path.exists() or path.stat().st_size == 0:
        return []
    return _run_check(path, "quick_check")


def integrity_check(path: Path) -> list[str]:
    """Thorough check, plus foreign keys. Used on backups and before a restore. Empty list = ok."""
    return _run_check(path, "integrity_check")


def ensure_intact(path: Path, thorough: bool = False) -> None:
    """Raise DatabaseDamaged if the file at ``path`` fails the check; a missing file passes."""
    if not path.exists():
        return
    problems = integrity_check(path) if thorough else quick_check(path)
    if problems:
        raise DatabaseDamaged("; ".join(problems), path=str(path), problems=problems)
