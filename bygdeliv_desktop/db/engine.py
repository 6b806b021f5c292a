"""The SQLAlchemy engine with the SQLite settings data safety depends on."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, event
from sqlalchemy.engine import Connection, Engine
from sqlmodel import create_engine

BUSY_TIMEOUT_MS = 5000
# Execution option naming how a transaction begins: "DEFERRED" (the default, for readers) or
# "IMMEDIATE" (writers take the write lock up front, so busy_timeout applies instead of a
# mid-transaction "database is locked" when a read turns into a write).
BEGIN_MODE = "bygdeliv_begin_mode"
WRITE_OPTIONS = {BEGIN_MODE: "IMMEDIATE"}


def _apply_pragmas(dbapi_connection, _record) -> None:
    # pysqlite's legacy transaction control emits BEGIN only before INSERT/UPDATE/DELETE, so DDL
    # (migrations) and reads ran outside any transaction and a failed migration left half a schema.
    # Switch it off; _begin below emits BEGIN for every SQLAlchemy transaction instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # WAL keeps readers and the writer apart and survives power loss with synchronous=FULL:
        # every commit is fsynced before the app reports it saved.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_MODE, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    # URL.create, not an f-string: '#', '?' in a folder name would otherwise be parsed as URL syntax
    # and the database silently written somewhere else.
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _apply_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def read_only_uri(path: Path) -> str:
    """An SQLite URI that cannot write; as_uri() escapes '#', '?' and '%' in folder names."""
    return f"{path.resolve().as_uri()}?mode=ro"
