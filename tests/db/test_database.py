"""Opening files: pragmas, refusing files that are not ours (unchanged), migrating older ones."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from bygdeliv_desktop.db import backup, migrate, open_database
from bygdeliv_desktop.db.database import inspect_file
from bygdeliv_desktop.db.engine import make_engine
from bygdeliv_desktop.errors import DatabaseTooNew, NotADatabase
from bygdeliv_desktop.services import AppServices


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(database, name: str):
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_fresh_file_gets_safe_pragmas_and_head_schema(db_path):
    database = open_database(db_path)
    try:
        assert pragma(database, "journal_mode") == "wal"
        assert pragma(database, "synchronous") == 2  # FULL
        assert pragma(database, "foreign_keys") == 1
        assert pragma(database, "busy_timeout") == 5000
        with database.engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert version == migrate.HEAD_REVISION
    finally:
        database.close()
    assert not backup.backup_dir(db_path).exists()  # nothing to back up for a new file


def test_known_revisions_match_the_scripts():
    assert list(migrate.KNOWN_REVISIONS) == migrate.script_revisions()
    assert migrate.HEAD_REVISION == migrate.script_revisions()[-1]


@pytest.mark.parametrize("content", [
    "Dette er en handleliste:\nmelk, brød, kaffe\n".encode(),
    bytes(range(256)) * 64,
    b"SQLite format 3",  # almost the header, one byte short
])
def test_non_sqlite_file_is_refused_unchanged(tmp_path, content):
    path = tmp_path / "bygdeliv.sqlite3"
    path.write_bytes(content)
    before = sha256(path)
    with pytest.raises(NotADatabase) as caught:
        open_database(path)
    assert caught.value.params["path"] == str(path)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bygdeliv.sqlite3"]


def test_corrupt_sqlite_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "bygdeliv.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096 * 3))
    before = sha256(path)
    with pytest.raises(NotADatabase):
        open_database(path)
    assert sha256(path) == before


def test_other_programs_sqlite_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "bygdeliv.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Kari', '90000000')")
    connection.close()
    before = sha256(path)
    with pytest.raises(NotADatabase):
        open_database(path)
    assert sha256(path) == before
    assert not backup.backup_dir(path).exists()


def test_file_from_a_newer_app_is_refused_unchanged(db_path):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = sha256(db_path)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(db_path)
    assert caught.value.params["revision"] == "9999"
    assert sha256(db_path) == before


def test_empty_file_is_initialised(tmp_path):
    path = tmp_path / "bygdeliv.sqlite3"
    path.touch()
    database = open_database(path)
    try:
        services = AppServices.for_database(database)
        services.stores.create({"name": "Ny butikk"})
        assert [s.name for s in services.stores.list_stores()] == ["Ny butikk"]
    finally:
        database.close()
    assert inspect_file(path) == migrate.HEAD_REVISION


def test_reopening_keeps_data_and_makes_no_backup(db_path):
    database = open_database(db_path)
    AppServices.for_database(database).stores.create({"name": "Butikken"})
    database.close()
    database = open_database(db_path)
    try:
        assert [s.name for s in AppServices.for_database(database).stores.list_stores()] == ["Butikken"]
    finally:
        database.close()
    assert not backup.backup_dir(db_path).exists()


def make_old_file(path: Path) -> None:
    """A file as version 0001 of the app left it, with one store and one activity."""
    engine = make_engine(path)
    try:
        migrate.upgrade(engine, "0001")
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO store (id, created_at, updated_at, version, name, org_number,"
                " municipality_code, chain, address, postal_code, postal_place, contact_person,"
                " phone, email, opening_hours, merkur_participant, notes, archived) VALUES"
                " ('s1', '2025-01-01 10:00:00', '2025-01-01 10:00:00', 3, 'Gammel butikk',"
                " '974760673', '3435', '', '', '', '', '', '', '', '', 0, '', 0)"))
            connection.execute(text(
                "INSERT INTO activity (id, created_at, updated_at, version, store_id, date,"
                " kind_code, title, participants, target_groups, partners, funding, note) VALUES"
                " ('a1', '2025-01-02 10:00:00', '2025-01-02 10:00:00', 1, 's1', '2025-01-02',"
                " 'quiz', 'Quiz', 17, 'everyone,elderly', '', '', '')"))
    finally:
        engine.dispose()


def test_older_file_is_backed_up_and_upgraded_with_records_kept(db_path):
    db_path.parent.mkdir(parents=True)
    make_old_file(db_path)
    assert inspect_file(db_path) == "0001"
    before = sha256(db_path)

    database = open_database(db_path)
    try:
        assert inspect_file(db_path) == migrate.HEAD_REVISION
        with database.engine.connect() as connection:  # reflection skips expression indexes
            indexes = set(connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity'"
            ).scalars())
        assert {"ix_activity_live_date", "ix_activity_live_title"} <= indexes
        services = AppServices.for_database(database)
        store = services.stores.get("s1")
        assert (store.name, store.version, store.municipality_code) == ("Gammel butikk", 3, "3435")
        activity = services.activities.get("a1")
        assert (activity.date, activity.participants) == (date(2025, 1, 2), 17)
        assert activity.target_group_codes == ["everyone", "elderly"]
    finally:
        database.close()

    copies = list(backup.backup_dir(db_path).glob("*/database.sqlite3"))
    assert len(copies) == 1
    assert "before-migration-0001" in copies[0].parent.name
    assert inspect_file(copies[0]) == "0001"
    with sqlite3.connect(copies[0]) as connection:
        assert connection.execute("SELECT name FROM store").fetchall() == [("Gammel butikk",)]
    connection.close()
    assert not list(backup.backup_dir(db_path).glob(".partial-*"))
    assert sha256(db_path) != before


def test_a_failing_migration_leaves_no_half_built_schema(tmp_path, monkeypatch):
    # The migration runs in one transaction: if a later step fails, the earlier ones are undone
    # too. SQLite can roll back DDL, but only if the driver really issued BEGIN before it.
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_broken.py").write_text(
        "revision = '9001'\ndown_revision = %r\nbranch_labels = None\n"
        "depends_on = None\n\n\ndef upgrade():\n    raise RuntimeError('broken on purpose')\n"
        % migrate.HEAD_REVISION, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    path = tmp_path / "bygdeliv.sqlite3"
    engine = make_engine(path)
    try:
        with pytest.raises(RuntimeError, match="broken on purpose"):
            migrate.upgrade(engine)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    connection.close()
    assert tables == []


def test_transaction_rolls_back_ddl_and_dml_together(services):
    database = services.database
    with pytest.raises(ZeroDivisionError):
        with database.transaction() as session:
            session.execute(text("CREATE TABLE scratch (a INTEGER)"))
            session.execute(text("INSERT INTO scratch VALUES (1)"))
            1 / 0
    assert "scratch" not in inspect(database.engine).get_table_names()


@pytest.mark.parametrize("folder", ["butikk #2", "hva?", "100% lokal", "Bjørg Åsen"])
def test_folder_names_with_uri_characters(tmp_path, folder):
    # '#', '?' and '%' mean something in URLs; the database must still land in this folder.
    path = tmp_path / folder / "bygdeliv.sqlite3"
    database = open_database(path)
    try:
        AppServices.for_database(database).stores.create({"name": "Butikken"})
    finally:
        database.close()
    assert path.is_file()
    assert inspect_file(path) == migrate.HEAD_REVISION
    assert {p.name for p in tmp_path.iterdir()} == {folder}
    copy = backup.backup_database(path, "test")
    assert copy.parent.parent == path.parent / "backups"
    assert inspect_file(copy) == migrate.HEAD_REVISION


def test_write_transaction_takes_the_write_lock_up_front(services):
    # BEGIN IMMEDIATE: a second writer waits (busy_timeout) at its start instead of failing halfway.
    with services.database.transaction() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(services.database.path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
    with services.database.reader() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(services.database.path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # a reader does not block writers
            other.execute("ROLLBACK")
        finally:
            other.close()
