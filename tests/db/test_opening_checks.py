"""Opening a database tells damage from a stranger's file, and disk or permission trouble from
both; a backup is offered for the right file."""

from __future__ import annotations

import sqlite3

import pytest

from bygdeliv_desktop.db import backups, open_database
from bygdeliv_desktop.db import database as database_module
from bygdeliv_desktop.db.database import inspect_file
from bygdeliv_desktop.errors import (BygdelivError, DatabaseDamaged, FileUnreadable, NotADatabase, StorageError,
                                     StorageReadOnly)
from bygdeliv_desktop.services import AppServices
from tests.commands import cli_harness as h


def _with_backup(db_path):
    database = open_database(db_path)
    AppServices.for_database(database).stores.create({"name": "Butikken"})
    database.close()
    sqlite3.connect(db_path).close()
    return backups.create_backup(db_path, backups.REASON_MANUAL)


def test_damaged_first_page_of_our_file_is_damage(db_path):
    _with_backup(db_path)
    h.damage_first_page(db_path)
    with pytest.raises(DatabaseDamaged) as caught:
        inspect_file(db_path)
    assert caught.value.params["problems"]


def test_same_bytes_without_backups_are_not_ours(tmp_path):
    path = tmp_path / "bygdeliv.sqlite3"
    path.write_bytes(b"\x00\x13" * 8192)
    with pytest.raises(NotADatabase):
        inspect_file(path)


def test_a_folder_where_the_file_should_be_is_not_called_not_a_database(tmp_path):
    path = tmp_path / "bygdeliv.sqlite3"
    (path / "inside").mkdir(parents=True)
    with pytest.raises(FileUnreadable) as caught:
        inspect_file(path)
    assert not isinstance(caught.value, NotADatabase)


@pytest.fixture
def tmpfs(tmp_path):
    folder = tmp_path / "disk"
    if not h.mount_tmpfs(folder, "4m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield folder
    h.unmount(folder)


def _sqlite_error(text: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize("text, code, expected", [
    ("attempt to write a readonly database", sqlite3.SQLITE_READONLY, StorageReadOnly),
    ("disk I/O error", sqlite3.SQLITE_IOERR_SHORT_READ, StorageError),
    ("unable to open database file", sqlite3.SQLITE_CANTOPEN, StorageError),
])
def test_disk_and_permission_errors_are_never_not_a_database(db_path, monkeypatch, text, code,
                                                             expected):
    """What SQLite says in a read-only folder (as a user, not root) or on a failing disk, when it
    first reads the file: this used to be reported as "not a Bygdeliv database"."""
    _with_backup(db_path)
    real_connect = sqlite3.connect

    class Refusing:
        def __init__(self, *args, **kwargs):
            self._inner = real_connect(*args, **kwargs)

        def execute(self, *_args):
            raise _sqlite_error(text, code)

        def close(self):
            self._inner.close()

    monkeypatch.setattr(database_module.sqlite3, "connect", Refusing)
    with pytest.raises(BygdelivError) as caught:
        inspect_file(db_path)
    assert isinstance(caught.value, expected) and not isinstance(caught.value, NotADatabase)


def test_read_only_folder_through_sqlalchemy_is_read_only(tmpfs):
    """The first write in a folder that became read-only is StorageReadOnly."""
    db_path = tmpfs / "data" / "bygdeliv.sqlite3"
    _with_backup(db_path)
    h.remount_read_only(tmpfs)
    database = open_database(db_path)
    try:
        with pytest.raises(StorageReadOnly):
            AppServices.for_database(database).stores.create({"name": "Ny"})
    finally:
        database.close()


def test_new_database_on_a_full_disk_is_a_disk_error(tmpfs):
    h.fill_disk(tmpfs)
    with pytest.raises(StorageError) as caught:
        open_database(tmpfs / "bygdeliv.sqlite3").close()
    assert caught.value.code in ("storage.full", "storage.write_failed")


def test_backups_of_the_county_file_are_not_offered_for_the_store_file(tmp_path):
    """Both databases keep their backups in the same folder."""
    store_file, county_file = tmp_path / "bygdeliv.sqlite3", tmp_path / "fylke.sqlite3"
    store_backup = _with_backup(store_file)
    open_database(county_file).close()
    county_backup = backups.create_backup(county_file, backups.REASON_MANUAL)
    assert backups.newest_good(store_file).folder == store_backup.folder
    assert [b.folder for b in backups.list_backups(county_file)] == [county_backup.folder]
    backups.rotate(store_file)
    assert county_backup.folder.is_dir()
