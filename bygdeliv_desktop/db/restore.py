"""Restore a backup over the live database: temp file, integrity check, atomic swap. No Qt here.

The live file is never deleted: it is backed up first (even when it is damaged) and replaced
in one ``os.replace``. A crash at any moment leaves either the old or the new database in place.
The caller must have closed its own Database first; another open connection refuses the restore.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bygdeliv_desktop.db import attachment_store, backups, checks
from bygdeliv_desktop.db.database import inspect_file
from bygdeliv_desktop.errors import (BackupDamaged, BackupError, BackupIncomplete, DatabaseLocked,
                                     FileMissing)

RESTORING_SUFFIX = ".restoring"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous: backups.BackupInfo | None  # the live file as it was, kept as a backup
    attachments_copied: int


def _source_of(source: Path) -> tuple[Path, backups.BackupInfo | None]:
    """(SQLite file, its backup info if it is one of ours). Accepts a folder, manifest or file."""
    folder = source if source.is_dir() else source.parent
    if source.is_dir() or source.name in (backups.MANIFEST_NAME, backups.DATABASE_NAME):
        if (folder / backups.MANIFEST_NAME).is_file():
            info = backups.read_backup(folder)
            return info.database_file, info
    if not source.exists():
        raise FileMissing(str(source), path=str(source), reason="")
    if not source.is_file():
        raise BackupDamaged(f"no backup at {source}", path=str(source))
    return source, None  # a bare .sqlite3 file, e.g. a copy brought on a memory stick


def _check_source(path: Path, info: backups.BackupInfo | None) -> None:
    if info is None:
        return
    if not info.integrity_ok:
        raise BackupDamaged("backup was damaged when it was made", path=str(path))
    if (not path.is_file() or path.stat().st_size != info.size
            or attachment_store.sha256_of(path) != info.sha256):
        raise BackupDamaged("backup file does not match its manifest", path=str(path))
    missing = attachment_store.missing_attachments(
        info.attachments, info.folder.parent / attachment_store.ATTACHMENTS_DIRNAME)
    if missing:
        raise BackupIncomplete(", ".join(missing), missing=missing)


def ensure_not_in_use(database: Path) -> None:
    """Raise DatabaseLocked if any other connection (this process or another) has the file open.

    In WAL mode every open connection holds a shared lock on the file, so an exclusive lock
    succeeds only when nobody else is connected.
    """
    if not database.exists():
        return
    connection = sqlite3.connect(database, timeout=0)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise DatabaseLocked(str(exc), path=str(database)) from exc
        # Any other failure means the file is damaged; restoring it is the point.
    except sqlite3.DatabaseError:
        pass  # "file is not a database": damaged, nobody can be using it meaningfully
    finally:
        connection.close()


def _keep_current(database: Path) -> backups.BackupInfo | None:
    """Back up the live file before it is replaced; a damaged one is kept as it is."""
    if not database.exists():
        return None
    try:
        return backups.create_backup(database, backups.REASON_RESTORE, keep_damaged=True)
    except BackupError:
        pass  # unreadable for the backup API (StorageFull is not caught: it aborts the restore)
    # The backup API cannot even read it: keep the raw files. The file is closed and
    # unreadable, so a byte copy is the only faithful way to keep what is there.
    folder = backups.backup_dir(database) / f"damaged-{os.getpid()}-{database.stat().st_mtime_ns}"
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        part = Path(f"{database}{suffix}")
        if part.exists():
            shutil.copy2(part, folder / part.name)
    return None


def _retire_wal(database: Path) -> None:
    """Checkpoint and drop the live file's -wal/-shm: a stale WAL must never meet the new file."""
    try:
        connection = sqlite3.connect(database, timeout=0)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        pass  # damaged file: its WAL was already kept by _keep_current
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _forget_device_identity(path: Path) -> None:
    """The restored file takes a new device id on its next write.

    Peers have seen edits this machine made after the backup; the old id's counters in their
    files would then exceed what the restored file has issued, and the import's forged-clock rule
    would refuse every honest file from them. Under a new id the old counters are just another
    machine's history, and the lost edits come back as the peers' newer versions."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute("DELETE FROM sync_device")
    except sqlite3.OperationalError as exc:  # a backup from before exchange existed (no table)
        if "no such table" not in str(exc):
            raise BackupDamaged(str(exc), path=str(path)) from exc
    finally:
        connection.close()


def restore_backup(database: Path, source: Path) -> RestoreResult:
    """Replace ``database`` with the backup at ``source`` (folder, manifest or SQLite file).

    Refuses (BackupDamaged, BackupIncomplete, NotADatabase, DatabaseTooNew, DatabaseLocked)
    without changing anything when the backup is not fit or the database is in use.
    """
    source_file, info = _source_of(source)
    _check_source(source_file, info)
    temp = database.with_name(database.name + RESTORING_SUFFIX)
    temp.unlink(missing_ok=True)
    database.parent.mkdir(parents=True, exist_ok=True)
    try:
        try:
            backups.copy_database(source_file, temp)
        except sqlite3.Error as exc:
            raise BackupDamaged(str(exc), path=str(source_file)) from exc
        problems = checks.integrity_check(temp)
        if problems:
            raise BackupDamaged("; ".join(problems), path=str(source_file), problems=problems)
        inspect_file(temp)  # ours, and not from a newer app version
        _forget_device_identity(temp)
        ensure_not_in_use(database)
        previous = _keep_current(database)
        copied = 0
        if info is not None:
            copied = attachment_store.restore_attachments(
                info.attachments, info.folder.parent / attachment_store.ATTACHMENTS_DIRNAME,
                attachment_store.attachments_dir(database.parent))
        _fsync_file(temp)
        _retire_wal(database)
        try:
            os.replace(temp, database)
        except PermissionError as exc:  # Windows: another process still has the file open
            raise DatabaseLocked(str(exc), path=str(database)) from exc
        attachment_store.fsync_dir(database.parent)
    except BaseException:
        temp.unlink(missing_ok=True)  # nothing half-done is left behind; the error goes on
        raise
    return RestoreResult(restored_from=source_file, previous=previous, attachments_copied=copied)
