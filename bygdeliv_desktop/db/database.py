"""Open a Bygdeliv database file safely.

The file is inspected read-only first. A file that is not SQLite, belongs to another program or was
written by a newer version of the app is refused before anything touches it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from bygdeliv_desktop.db import backup, migrate
from bygdeliv_desktop.db.engine import WRITE_OPTIONS, make_engine, read_only_uri
from bygdeliv_desktop.domain.models import SyncedRecord, utc_now
from bygdeliv_desktop.errors import (DatabaseLocked, DatabaseTooNew, NotADatabase, StorageError,
                                     StorageFull, StorageReadOnly)

SQLITE_HEADER = b"SQLite format 3\x00"
KEEP_VERSIONS = "keep_versions"  # session.info flag: a merge writes versions as received


def _bump_versions(session: Session, _context, _instances) -> None:
    """Every changed record gets version + 1 and a fresh updated_at, whoever changed it."""
    if session.info.get(KEEP_VERSIONS):
        return
    now = utc_now()
    for obj in session.dirty:
        if isinstance(obj, SyncedRecord) and session.is_modified(obj, include_collections=False):
            obj.version = (obj.version or 0) + 1
            obj.updated_at = now


def storage_error(exc: OperationalError) -> StorageError | None:
    """The typed error for a failed write (disk full, read-only, I/O error), else None."""
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF  # extended codes (e.g. SQLITE_IOERR_WRITE) keep the primary in the low byte
    kinds = {sqlite3.SQLITE_FULL: StorageFull, sqlite3.SQLITE_READONLY: StorageReadOnly,
             sqlite3.SQLITE_IOERR: StorageError, sqlite3.SQLITE_CANTOPEN: StorageError}
    kind = kinds.get(primary)
    return kind(str(exc.orig), sqlite_error=getattr(exc.orig, "sqlite_errorname", "")) if kind else None



def inspect_file(path: Path) -> str | None:
    """Return the file's schema revision, or None for a new/empty file. Never writes.

    Raises NotADatabase or DatabaseTooNew when the file must not be opened.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabase(str(path), path=str(path))
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise NotADatabase(str(exc), path=str(path)) from exc
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:  # someone else's SQLite file: not ours to change
                raise NotADatabase("no alembic_version table", path=str(path))
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise DatabaseLocked(str(exc), path=str(path)) from exc
        raise NotADatabase(str(exc), path=str(path)) from exc
    finally:
        connection.close()
    revision = row[0] if row else None
    if revision is not None and revision not in migrate.KNOWN_REVISIONS:
        raise DatabaseTooNew(revision, path=str(path), revision=revision)
    return revision


class Database:
    """One open database file. Services get short-lived sessions from it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._sessions = sessionmaker(self.engine, class_=Session, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.engine.execution_options(**WRITE_OPTIONS),
                                            class_=Session, expire_on_commit=False)
        for factory in (self._sessions, self._write_sessions):
            event.listen(factory, "before_flush", _bump_versions)

    @contextmanager
    def transaction(self, keep_versions: bool = False) -> Iterator[Session]:
        """One unit of work: committed as a whole on success, rolled back on any error.

        A write the disk refuses (full, read-only, I/O error) is rolled back and raised as a
        StorageError, so the UI can keep the user's input and say what happened.
        """
        try:
            with self._write_sessions() as session:
                session.info[KEEP_VERSIONS] = keep_versions
                with session.begin():
                    yield session
        except OperationalError as exc:
            typed = storage_error(exc)
            if typed is None:
                raise
            raise typed from exc

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path) -> Database:
    """Open (creating or upgrading as needed) the database at ``path``."""
    revision = inspect_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if revision is not None and revision != migrate.HEAD_REVISION:
        backup.backup_database(path, f"before-migration-{revision}")
    database = Database(path)
    if revision != migrate.HEAD_REVISION:
        migrate.upgrade(database.engine)
    return database
