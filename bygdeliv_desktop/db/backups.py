"""Automatic and manual backups: create, list, verify, thin out. No Qt here.

A backup is a folder ``<data dir>/backups/<UTC time>-<reason>/`` holding ``database.sqlite3`` (made
with SQLite's online backup API, never a file copy of the live database) and ``manifest.json``
(time, reason, schema revision, SHA-256 of the copy, result of ``integrity_check`` and the list of
attachments). Attachment bytes live once in ``backups/attachments/<sha256>`` (see attachment_store).
A folder is written as ``.partial-*`` and renamed when complete, so a crash never leaves a
half-written backup that looks finished.
"""

from __future__ import annotations

import errno
import json
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bygdeliv_desktop.db.engine import read_only_uri
from bygdeliv_desktop import __version__
from bygdeliv_desktop.db import attachment_store, checks
from bygdeliv_desktop.errors import BackupDamaged, BackupError, StorageFull, StorageReadOnly

BACKUP_DIRNAME = "backups"
MANIFEST_NAME = "manifest.json"
DATABASE_NAME = "database.sqlite3"
FORMAT = "bygdeliv-backup"
FORMAT_VERSION = 1

REASON_DAILY = "daily"
REASON_MANUAL = "manual"
REASON_IMPORT = "before-import"
REASON_RESTORE = "before-restore"
REASON_MIGRATION = "before-migration"  # followed by "-<revision>"

DAILY_INTERVAL = timedelta(days=1)
KEEP_ALL_YOUNGER_THAN = timedelta(days=2)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)
_PARTIAL_PREFIX = ".partial-"
_STALE_PARTIAL_SECONDS = 3600


@dataclass(frozen=True)
class BackupInfo:
    """One backup as its manifest describes it."""

    folder: Path
    created_at: datetime
    reason: str
    revision: str | None
    size: int
    sha256: str
    integrity_ok: bool
    attachments: dict[str, dict] = field(default_factory=dict)
    source: str | None = None  # the backed-up file's name; None in backups made before 0.1

    def belongs_to(self, database: Path) -> bool:
        """The store's and the county's databases share the backups folder: tell them apart."""
        return self.source is None or self.source == database.name

    @property
    def database_file(self) -> Path:
        return self.folder / DATABASE_NAME


def backup_dir(database: Path) -> Path:
    """Where the backups of ``database`` live: beside it in the data folder (shown in the app)."""
    return database.parent / BACKUP_DIRNAME


def _store_dir(database: Path) -> Path:
    return backup_dir(database) / attachment_store.ATTACHMENTS_DIRNAME


def _revision_of(path: Path) -> str | None:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except (sqlite3.DatabaseError, TypeError):
        return None
    finally:
        connection.close()


def copy_database(source: Path, target: Path) -> None:
    """Consistent copy with the online backup API, as one self-contained file (no -wal beside it).

    Raises sqlite3.Error; callers translate it.
    """
    reader = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)  # one step: a single read transaction, so one consistent snapshot
            # Rollback-journal mode: the copy is one file that can be moved, verified, restored.
            writer.execute("PRAGMA journal_mode=DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def _raise_translated(exc: BaseException, what: str, folder: Path | None = None) -> None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or getattr(exc, "errno", None) == errno.ENOSPC:
        raise StorageFull(f"{what}: {exc}", path=str(folder or "")) from exc
    if code == sqlite3.SQLITE_READONLY or getattr(exc, "errno", None) in _READ_ONLY:
        raise StorageReadOnly(f"{what}: {exc}", path=str(folder or "")) from exc
    raise BackupError(f"{what}: {exc}") from exc


def _write_manifest(folder: Path, manifest: dict) -> None:
    path = folder / MANIFEST_NAME
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")


def create_backup(database: Path, reason: str, *, keep_damaged: bool = False,
                  now: datetime | None = None) -> BackupInfo:
    """Back up ``database`` and its attachments; return the new backup.

    A copy that fails ``integrity_check`` raises BackupDamaged and is not kept, unless
    ``keep_damaged`` (used before a restore, to keep even a broken original).
    Raises StorageFull when the disk is full, BackupError for other failures.
    """
    now = now or datetime.now(timezone.utc)
    root = backup_dir(database)
    name = f"{now.strftime('%Y-%m-%dT%H-%M-%S-%fZ')}-{reason}"
    partial = root / f"{_PARTIAL_PREFIX}{name}"
    try:
        partial.mkdir(parents=True)
        copy_database(database, partial / DATABASE_NAME)
        problems = checks.integrity_check(partial / DATABASE_NAME)
        if problems and not keep_damaged:
            raise BackupDamaged("; ".join(problems), problems=problems)
        copy = partial / DATABASE_NAME
        attachments = attachment_store.save_attachments(
            attachment_store.attachments_dir(database.parent), _store_dir(database))
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
            "created_at": now.isoformat(), "reason": reason, "schema_revision": _revision_of(copy),
            "source": database.name,
            "database": {"file": DATABASE_NAME, "size": copy.stat().st_size,
                         "sha256": attachment_store.sha256_of(copy)},
            "integrity": problems or "ok", "attachments": attachments,
        }
        _write_manifest(partial, manifest)
        final = root / name
        partial.rename(final)
        attachment_store.fsync_dir(root)
    except BackupError:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    except (sqlite3.Error, OSError) as exc:
        shutil.rmtree(partial, ignore_errors=True)
        _raise_translated(exc, f"backup of {database.name}", backup_dir(database))
    return _info_from(final, manifest)


def _created_at(text: str) -> datetime:
    created = datetime.fromisoformat(text)
    if created.tzinfo is None:
        raise ValueError("created_at has no time zone")
    created.astimezone(timezone.utc).astimezone()  # OverflowError near year 1 or 9999
    return created


def _info_from(folder: Path, manifest: dict) -> BackupInfo:
    db = manifest["database"]
    return BackupInfo(folder=folder, created_at=_created_at(manifest["created_at"]),
                      reason=manifest["reason"], revision=manifest.get("schema_revision"),
                      size=db["size"], sha256=db["sha256"],
                      integrity_ok=manifest.get("integrity") == "ok",
                      attachments=manifest.get("attachments", {}),
                      source=manifest.get("source"))


def read_backup(folder: Path) -> BackupInfo:
    """The backup in ``folder``; raises BackupDamaged if its manifest is missing or unreadable."""
    try:
        manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise ValueError("not a Bygdeliv backup")
        return _info_from(folder, manifest)
    except (OSError, ValueError, KeyError, TypeError, OverflowError) as exc:
        raise BackupDamaged(f"{folder.name}: {exc}", path=str(folder)) from exc


def _all_backups(root: Path) -> list[BackupInfo]:
    """Every readable backup in the folder, of whichever database."""
    if not root.is_dir():
        return []
    found = []
    for folder in root.iterdir():
        if folder.is_dir() and (folder / MANIFEST_NAME).is_file():
            try:
                found.append(read_backup(folder))
            except BackupDamaged:
                continue  # shown by nobody, deleted by nobody: a person may still want it
    return found


def list_backups(database: Path) -> list[BackupInfo]:
    """Finished backups of ``database`` (not of another file in the same folder), newest first.
    Unreadable folders are skipped."""
    found = [info for info in _all_backups(backup_dir(database)) if info.belongs_to(database)]
    return sorted(found, key=lambda info: info.created_at, reverse=True)


def verify_backup(info: BackupInfo) -> list[str]:
    """Problems that make ``info`` unfit to restore; empty list = good."""
    path = info.database_file
    if not path.is_file():
        return ["database file missing"]
    if not info.integrity_ok:
        return ["backup was damaged when made"]
    if path.stat().st_size != info.size or attachment_store.sha256_of(path) != info.sha256:
        return ["database file changed since the backup was made"]
    problems = checks.integrity_check(path)
    missing = attachment_store.missing_attachments(info.attachments, info.folder.parent
                                                   / attachment_store.ATTACHMENTS_DIRNAME)
    return problems + [f"attachment missing: {name}" for name in missing]


def newest_good(database: Path) -> BackupInfo | None:
    """The newest backup that passes verify_backup, or None."""
    for info in list_backups(database):
        if not verify_backup(info):
            return info
    return None


def backup_due(database: Path, now: datetime | None = None,
               interval: timedelta = DAILY_INTERVAL) -> bool:
    """True when the newest backup is older than ``interval`` (or there is none)."""
    if not database.is_file():
        return False
    now = now or datetime.now(timezone.utc)
    backups = list_backups(database)
    return not backups or now - backups[0].created_at >= interval


def backup_if_due(database: Path, now: datetime | None = None) -> BackupInfo | None:
    """The start-up backup: make one if the last is a day old, then thin out old ones."""
    if not backup_due(database, now):
        return None
    info = create_backup(database, REASON_DAILY, now=now)
    rotate(database, now=now)
    return info


def _kept(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Anki-style thinning: everything recent, then the newest per day, week and month."""
    keep = {b.folder for b in backups if now - b.created_at < KEEP_ALL_YOUNGER_THAN
            or not b.integrity_ok}  # a damaged original kept before a restore is never thinned
    buckets = [(KEEP_DAILY, lambda d: d.date()),
               (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
               (KEEP_MONTHLY, lambda d: (d.year, d.month))]
    for count, bucket_of in buckets:
        seen = []
        for backup in backups:  # newest first: the first seen per bucket is its newest
            bucket = bucket_of(backup.created_at)
            if bucket not in seen:
                seen.append(bucket)
                if len(seen) > count:
                    break
                keep.add(backup.folder)
    return keep


def rotate(database: Path, now: datetime | None = None) -> list[Path]:
    """Remove backups the thinning rule no longer keeps; return the removed folders."""
    now = now or datetime.now(timezone.utc)
    backups = list_backups(database)
    keep = _kept(backups, now)
    removed = [b.folder for b in backups if b.folder not in keep]
    for folder in removed:
        shutil.rmtree(folder)
    root = backup_dir(database)
    for partial in root.glob(f"{_PARTIAL_PREFIX}*"):  # left by a crash during a backup
        if time.time() - partial.stat().st_mtime > _STALE_PARTIAL_SECONDS:
            shutil.rmtree(partial)
    # the attachment store is shared with the other database's backups: keep theirs too
    others = [b for b in _all_backups(root) if not b.belongs_to(database)]
    referenced = {entry["sha256"] for b in [*backups, *others] if b in others or b.folder in keep
                  for entry in b.attachments.values()}
    attachment_store.collect_garbage(_store_dir(database), referenced)
    return removed
