import csv
import datetime as dt

from bygdeliv_desktop.app import main
from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.services import AppServices


def _seed(data_dir):
    services = AppServices.for_database(open_database(data_dir / "bygdeliv.sqlite3"))
    store = services.stores.create({"name": "Nærbutikken Svatsum", "municipality_code": "3441"})
    services.activities.add(store.id, {"date": dt.date.today(), "kind_code": "quiz",
                                       "title": "Quiz"})
    services.database.close()
    return store.id


def test_export_import_and_county_from_the_command_line(tmp_path, capsys, monkeypatch):
    shop, laptop = tmp_path / "butikk", tmp_path / "konsulent"
    store_id = _seed(shop)
    out = tmp_path / "inn" / "svatsum.bygdeliv"
    assert main(["export", "--store", store_id, "--out", str(out), "--data-dir", str(shop)]) == 0
    assert out.exists()

    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    assert main(["import", str(out), "--data-dir", str(laptop)]) == 1
    printed = capsys.readouterr().out
    assert "Butikk: Nærbutikken Svatsum" in printed and "activity: 1 nye" in printed
    assert "Avbrutt" in printed

    assert main(["import", str(out), "--yes", "--data-dir", str(laptop)]) == 0
    assert main(["import", str(out), "--yes", "--data-dir", str(laptop)]) == 0
    assert "allerede importert" in capsys.readouterr().out

    assert main(["county", "import", str(out.parent), "--data-dir", str(laptop)]) == 0
    table = tmp_path / "tabell.csv"
    assert main(["county", "table", "--csv", str(table), "--data-dir", str(laptop)]) == 0
    with open(table, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][:2] == ["Nærbutikken Svatsum", "3441 Gausdal"]
    assert rows[1][rows[0].index("Aktiviteter siste 12 mnd")] == "1"


def test_refused_file_gives_a_reason_and_exit_code(tmp_path, capsys):
    bad = tmp_path / "x.bygdeliv"
    bad.write_bytes(b"nonsense")
    assert main(["import", str(bad), "--yes", "--data-dir", str(tmp_path / "d")]) == 2
    assert "exchange.not_zip" in capsys.readouterr().err


def test_demo_command_makes_the_demo_store_once(tmp_path, capsys):
    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    first = capsys.readouterr().out.strip()
    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == first  # the same store, not a second one
    services = AppServices.for_database(open_database(tmp_path / "bygdeliv.sqlite3"))
    try:
        [store] = services.stores.list_stores()
        assert store.id == first and store.name == "Nærbutikken Eksempelbygd"
        assert services.activities.list_rows(store.id)
    finally:
        services.database.close()
