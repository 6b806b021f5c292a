"""``bygdeliv info`` prints where the data lives and which stores it holds."""

from __future__ import annotations

from bygdeliv_desktop import __version__, app, paths


def test_info_on_a_new_data_dir(tmp_path, capsys):
    data_dir = tmp_path / "data"
    assert app.main(["info", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert f"Database: {paths.database_path(data_dir)}" in out
    assert __version__ in out
    assert paths.database_path(data_dir).is_file()


def test_info_lists_stores_with_archived_marked(tmp_path, capsys):
    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.services import AppServices

    data_dir = tmp_path / "data"
    database = open_database(paths.database_path(data_dir))
    services = AppServices.for_database(database)
    open_store = services.stores.create({"name": "Coop Prix Lalm"})
    closed = services.stores.create({"name": "Gamle butikken"})
    services.stores.set_archived(closed.id, True)
    database.close()

    assert app.main(["info", "--data-dir", str(data_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"  {open_store.id}  Coop Prix Lalm" in lines
    assert f"  {closed.id}  Gamle butikken  (arkivert)" in lines


def test_info_uses_the_environment_data_dir(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "fra-miljø"))
    assert app.main(["info"]) == 0
    assert str(tmp_path / "fra-miljø" / paths.DATABASE_FILENAME) in capsys.readouterr().out
