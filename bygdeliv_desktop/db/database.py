"""Open a Bygdeliv database file safely.

The file is inspected read-only first. A file that is not SQLite, belongs to another program or was
written by a newer version of the app is refused before anything touches it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from bygdeliv_desktop.db import backup, backups, migrate
from bygdeliv_desktop.db.engine import WRITE_OPTIONS, make_engine, read_only_uri
from bygdeliv_desktop.domain.models import SyncedRecord, utc_now
from bygdeliv_desktop.errors import (BygdelivError, DatabaseDamaged, DatabaseError, DatabaseLocked,
                                     DatabaseTooNew, FileUnreadable, NotADatabase, StorageError,
                                     StorageFull, StorageReadOnly, from_os_error)

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


_STORAGE_KINDS = {sqlite3.SQLITE_FULL: StorageFull, sqlite3.SQLITE_READONLY: StorageReadOnly,
                  sqlite3.SQLITE_IOERR: StorageError, sqlite3.SQLITE_CANTOPEN: StorageError,
                  sqlite3.SQLITE_PERM: StorageReadOnly}


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    # extended codes (e.g. SQLITE_IOERR_WRITE) keep the primary code in the low byte
    return None if code is None else code & 0xFF


def storage_error(exc: BaseException, path: Path | None = None) -> StorageError | None:
    """The typed error for a failed write (disk full, read-only, I/O error), else None."""
    orig = getattr(exc, "orig", exc)
    kind = _STORAGE_KINDS.get(_primary_code(exc))
    if kind is None:
        return None
    params = {"sqlite_error": getattr(orig, "sqlite_errorname", "")}
    if path is not None:
        params["path"] = str(path)
    return kind(str(orig), **params)


def looks_ours(path: Path) -> bool:
    """A file with Bygdeliv backups beside it is our database, even if its first page is gone:
    damage, not a stranger's file, and a backup can be offered."""
    try:
        return path.suffix == ".sqlite3" and bool(backups.list_backups(path))
    except (OSError, BygdelivError):
        return False


def database_error(exc: BaseException, path: Path) -> DatabaseError | StorageError | None:
    """The typed error for an SQLite failure on ``path``, or None when it is none of these.

    Disk and permission problems are never called "not a database"; a damaged file of ours is
    called damaged (so the newest good backup can be offered), a stranger's file "not ours".
    """
    typed = storage_error(exc, path)
    if typed is not None:
        return typed
    code = _primary_code(exc)
    text = str(getattr(exc, "orig", exc))
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseLocked(text, path=str(path))
    if code == sqlite3.SQLITE_CORRUPT or (code == sqlite3.SQLITE_NOTADB and looks_ours(path)):
        return DatabaseDamaged(text, path=str(path), problems=[text])
    if code == sqlite3.SQLITE_NOTADB:
        return NotADatabase(text, path=str(path))
    return None


def _refusal(exc: BaseException, path: Path) -> BygdelivError:
    """inspect_file: whatever stops us reading the file, typed; unknown SQLite trouble on a file
    of ours is damage, on anyone else's file "not ours"."""
    typed = database_error(exc, path)
    if typed is not None:
        return typed
    if looks_ours(path):
        return DatabaseDamaged(str(exc), path=str(path), problems=[str(exc)])
    return NotADatabase(str(exc), path=str(path))


def inspect_file(path: Path) -> str | None:
    """Return the file's schema revision, or None for a new/empty file. Never writes.

    Raises NotADatabase or DatabaseTooNew when the file must not be opened.
    """
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:  # no access, a folder where the file should be, I/O error
        raise FileUnreadable(str(exc), path=str(path), reason=exc.strerror or str(exc)) from exc
    if header != SQLITE_HEADER:
        if looks_ours(path):
            raise DatabaseDamaged("file header damaged", path=str(path),
                                  problems=["file header (page 1) damaged"])
        raise NotADatabase(str(path), path=str(path))
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise _refusal(exc, path) from exc
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:  # someone else's SQLite file: not ours to change
                raise NotADatabase("no alembic_version table", path=str(path))
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise _refusal(exc, path) from exc
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
        self._local = threading.local()  # the batch session of this thread, if any

    @contextmanager
    def _typed_storage_errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            # A full disk can make SQLite roll the whole transaction back itself; rolling back
            # to a batch's savepoint then fails too ("no such savepoint"): the cause is the disk.
            cause: BaseException | None = exc
            typed = None
            while cause is not None and typed is None:
                typed = storage_error(cause, self.path)
                cause = cause.__context__
            if typed is None:
                raise
            raise typed from exc

    @contextmanager
    def transaction(self, keep_versions: bool = False) -> Iterator[Session]:
        """One unit of work: committed as a whole on success, rolled back on any error.

        A write the disk refuses (full, read-only, I/O error) is rolled back and raised as a
        StorageError, so the UI can keep the user's input and say what happened. Inside
        ``batch()`` it is a savepoint of the batch's one transaction.
        """
        shared = getattr(self._local, "session", None)
        with self._typed_storage_errors():
            if shared is not None:
                shared.info[KEEP_VERSIONS] = keep_versions
                with shared.begin_nested():
                    yield shared
                return
            with self._write_sessions() as session:
                session.info[KEEP_VERSIONS] = keep_versions
                with session.begin():
                    yield session

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many service calls as one transaction (in this thread): all are committed, or none.

        Readers inside the batch see its uncommitted work. Used where a half-done result would be
        wrong, e.g. the demo store on a disk that fills up halfway.
        """
        if getattr(self._local, "session", None) is not None:
            yield  # already inside a batch: one transaction still
            return
        with self._typed_storage_errors(), self._write_sessions() as session:
            with session.begin():
                self._local.session = session
                try:
                    yield
                finally:
                    self._local.session = None

    @contextmanager
    def reader(self) -> Iterator[Session]:
        shared = getattr(self._local, "session", None)
        if shared is not None:
            yield shared
            return
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path) -> Database:
    """Open (creating or upgrading as needed) the database at ``path``."""
    revision = inspect_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise from_os_error(exc, path.parent) from exc
    if revision is not None and revision != migrate.HEAD_REVISION:
        backup.backup_database(path, f"before-migration-{revision}")
    database = Database(path)
    if revision != migrate.HEAD_REVISION:
        try:
            migrate.upgrade(database.engine)
        except DBAPIError as exc:  # read-only folder, full disk, ...: say which, not a traceback
            database.close()
            typed = database_error(exc, path)
            if typed is None:
                raise
            raise typed from exc
    return database
