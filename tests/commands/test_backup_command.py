"""``bygdeliv backup list|create|restore`` end to end through the entry point."""

from __future__ import annotations

from datetime import date

from bygdeliv_desktop import app
from bygdeliv_desktop.db import backups, open_database
from bygdeliv_desktop.services import AppServices


def _make_data(data_dir):
    database = open_database(data_dir / "bygdeliv.sqlite3")
    services = AppServices.for_database(database)
    store = services.stores.create({"name": "CLI-butikken", "municipality_code": "3426"})
    services.activities.add(store.id, {"date": date(2025, 2, 6), "kind_code": "quiz",
                                       "title": "Første quiz"})
    database.close()
    return store


def _titles(data_dir, store_id):
    database = open_database(data_dir / "bygdeliv.sqlite3")
    try:
        return [r.title for r in AppServices.for_database(database).activities.list_rows(store_id)]
    finally:
        database.close()


def test_create_list_restore(tmp_path, capsys):
    data_dir = tmp_path / "data"
    store = _make_data(data_dir)
    assert app.main(["backup", "--data-dir", str(data_dir), "create"]) == 0
    [info] = backups.list_backups(data_dir / "bygdeliv.sqlite3")

    database = open_database(data_dir / "bygdeliv.sqlite3")
    AppServices.for_database(database).activities.add(
        store.id, {"date": date(2025, 2, 13), "kind_code": "quiz", "title": "Andre quiz"})
    database.close()

    assert app.main(["backup", "--data-dir", str(data_dir), "list"]) == 0
    assert info.folder.name in capsys.readouterr().out
    assert app.main(["backup", "--data-dir", str(data_dir), "restore", str(info.folder)]) == 0
    assert "Gjenopprettet" in capsys.readouterr().out
    assert _titles(data_dir, store.id) == ["Første quiz"]


def test_restore_of_a_damaged_file_fails_with_code(tmp_path, capsys):
    data_dir = tmp_path / "data"
    _make_data(data_dir)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    assert app.main(["backup", "--data-dir", str(data_dir), "restore", str(junk)]) == 2
    assert "backup.damaged" in capsys.readouterr().err
