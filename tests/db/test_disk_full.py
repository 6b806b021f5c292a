"""Disk full: the write is refused with a typed error, rolled back, and the file stays sound."""

from __future__ import annotations

import os
import subprocess
from datetime import date

import pytest
from sqlalchemy import event

from bygdeliv_desktop.db import checks, open_database
from bygdeliv_desktop.errors import StorageFull
from bygdeliv_desktop.services import AppServices

BIG_NOTE = "ø" * 1900


def _activity(i: int) -> dict:
    return {"date": date(2025, 3, 1), "kind_code": "quiz", "title": f"Quiz {i}", "note": BIG_NOTE}


def _fill_until_full(services, store_id: str) -> tuple[list[str], int]:
    saved = []
    for i in range(10_000):
        try:
            saved.append(services.activities.add(store_id, _activity(i)).id)
        except StorageFull:
            return saved, i
    pytest.fail("the database never filled up")


def _assert_consistent(db_path, store_id, saved, failed_title):
    assert checks.integrity_check(db_path) == []
    database = open_database(db_path)
    try:
        rows = AppServices.for_database(database).activities.list_rows(store_id)
    finally:
        database.close()
    assert {row.id for row in rows} == set(saved)
    assert failed_title not in {row.title for row in rows}


def test_page_limit_reached_is_storage_full(services, store, db_path):
    with services.database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(services.database.engine, "connect")
    def _limit(dbapi_connection, _record):  # a tiny "disk": 40 pages more than now
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 40}")

    services.database.engine.dispose()  # reconnect so every connection gets the limit
    saved, failed_at = _fill_until_full(services, store.id)
    assert saved, "some writes fit before the limit"
    services.database.close()
    _assert_consistent(db_path, store.id, saved, f"Quiz {failed_at}")


@pytest.fixture
def tiny_tmpfs(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the page-limit test covers the same path")
    folder = tmp_path / "tiny"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def test_real_full_file_system_is_storage_full(tiny_tmpfs):
    db_path = tiny_tmpfs / "bygdeliv.sqlite3"
    database = open_database(db_path)
    services = AppServices.for_database(database)
    store = services.stores.create({"name": "Full butikk", "municipality_code": "3426"})
    saved, failed_at = _fill_until_full(services, store.id)
    database.close()
    _assert_consistent(db_path, store.id, saved, f"Quiz {failed_at}")
