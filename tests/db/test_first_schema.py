"""A database written by the first released schema (0001) opens, migrates and keeps every record."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from bygdeliv_desktop.db import backups, checks, migrate, open_database
from bygdeliv_desktop.db.database import inspect_file

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.sqlite3"
TABLES = ("store", "service_offering", "activity")


def _rows(path: Path) -> dict[str, dict[str, tuple]]:
    """Every row of every table, as (column -> value) keyed by id, read with plain SQL."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        return {table: {row["id"]: dict(row) for row in connection.execute(f"SELECT * FROM {table}")}
                for table in TABLES}
    finally:
        connection.close()


def test_fixture_is_at_the_first_revision():
    assert inspect_file(FIXTURE) == migrate.KNOWN_REVISIONS[0] == "0001"


def test_first_schema_opens_migrates_and_keeps_everything(tmp_path):
    db_path = tmp_path / "data" / "bygdeliv.sqlite3"
    db_path.parent.mkdir()
    shutil.copyfile(FIXTURE, db_path)
    before = _rows(db_path)
    assert sum(len(rows) for rows in before.values()) == 44

    database = open_database(db_path)
    database.close()

    assert inspect_file(db_path) == migrate.HEAD_REVISION
    assert checks.integrity_check(db_path) == []
    after = _rows(db_path)
    for table in TABLES:
        assert after[table].keys() == before[table].keys()
        for record_id, old in before[table].items():
            new = after[table][record_id]
            assert {k: new[k] for k in old} == old  # every old column kept, value for value
    [made] = backups.list_backups(db_path)
    assert made.reason == "before-migration-0001" and made.revision == "0001"
    assert _rows(made.database_file) == before
