import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.errors import CountySummaryRefused, ExchangeNotZip
from bygdeliv_desktop.exchange.writer import export_file
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services import county_table
from bygdeliv_desktop.services.county_import import import_folder
from bygdeliv_desktop.services.county_table import COLUMNS, build_table, filter_rows, sort_rows
from bygdeliv_desktop.services.table_export import table_rows, write_csv, write_xlsx

TODAY = dt.date(2025, 6, 30)


def _store_machine(folder, name, municipality, activity_dates, services_spec):
    services = AppServices.for_database(open_database(folder / name / "bygdeliv.sqlite3"))
    store = services.stores.create({"name": name, "municipality_code": municipality})
    for day in activity_dates:
        services.activities.add(store.id, {"date": day, "kind_code": "quiz", "title": "Quiz"})
    for started, ended in services_spec:
        services.offerings.add(store.id, {"kind_code": "post", "started_on": started,
                                          "ended_on": ended})
    return services, store


@pytest.fixture
def county(tmp_path):
    database = open_database(tmp_path / "fylke" / "fylke.sqlite3")
    yield database
    database.close()


@pytest.fixture
def inbox(tmp_path):
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    specs = [
        ("Coop Prix Lalm", "3435", [dt.date(2025, 1, 5), dt.date(2024, 6, 30), dt.date(2024, 7, 1)],
         [(dt.date(2020, 1, 1), None), (dt.date(2020, 1, 1), dt.date(2024, 6, 1))]),
        ("Joker Grue Finnskog", "3417", [dt.date(2025, 6, 30), dt.date(2025, 7, 1)],
         [(dt.date(2025, 8, 1), None)]),
    ]
    stores = {}
    for name, municipality, dates, offered in specs:
        services, store = _store_machine(tmp_path, name, municipality, dates, offered)
        export_file(services.database, inbox / f"{name}.bygdeliv", [store.id])
        services.database.close()
        stores[name] = store.id
    return inbox, stores


def test_county_table_counts_the_last_twelve_months(county, inbox):
    folder, stores = inbox
    report = import_folder(county, folder)
    assert len(report.imported) == 2 and report.backup is not None
    rows = {row.store: row for row in build_table(county, TODAY)}
    lalm = rows["Coop Prix Lalm"]
    assert lalm.municipality == "3435 Vågå"
    assert lalm.activities_12m == 2  # 2024-06-30 is outside, 2024-07-01 and 2025-01-05 inside
    assert lalm.services_12m == 1  # the one ended 2024-06-01 is outside the window
    grue = rows["Joker Grue Finnskog"]
    assert (grue.activities_12m, grue.services_12m) == (1, 0)  # the future ones do not count
    assert grue.signature == "unsigned" and grue.last_assessment is None
    assert grue.open_actions is None  # no action data yet: empty, not zero


def test_reimporting_the_folder_skips_known_files_and_reports_broken_ones(county, inbox):
    folder, _ = inbox
    import_folder(county, folder)
    (folder / "ødelagt.bygdeliv").write_bytes(b"not a zip")
    (folder / "sammendrag.pdf").write_bytes(b"%PDF-1.7")
    report = import_folder(county, folder)
    assert report.imported == [] and len(report.skipped) == 2
    reasons = {path.name: type(error) for path, error in report.refused}
    assert reasons == {"ødelagt.bygdeliv": ExchangeNotZip,
                       "sammendrag.pdf": CountySummaryRefused}


def test_sort_and_filter(county, inbox):
    import_folder(county, inbox[0])
    rows = build_table(county, TODAY)
    assert [r.store for r in sort_rows(rows, "activities_12m", descending=True)] == \
        ["Coop Prix Lalm", "Joker Grue Finnskog"]
    assert [r.store for r in filter_rows(rows, text="grue")] == ["Joker Grue Finnskog"]
    assert [r.store for r in filter_rows(rows, municipality_code="3435")] == ["Coop Prix Lalm"]
    assert filter_rows(rows, signature="trusted") == []
    with pytest.raises(ValueError):
        sort_rows(rows, "no_such_column")


def test_extra_column_provider_fills_assessment_columns(county, inbox, monkeypatch):
    _, stores = inbox
    import_folder(county, inbox[0])
    provider = lambda _session, _today: {stores["Coop Prix Lalm"]: {  # noqa: E731
        "readiness": "Klar", "last_assessment": dt.date(2025, 3, 1)}}
    monkeypatch.setattr(county_table, "COLUMN_PROVIDERS", [provider])
    rows = {row.store: row for row in build_table(county, TODAY)}
    assert rows["Coop Prix Lalm"].readiness == "Klar"
    assert rows["Joker Grue Finnskog"].readiness == ""


def test_csv_and_xlsx_export(county, inbox, tmp_path):
    import_folder(county, inbox[0])
    rows = build_table(county, TODAY)
    keys = [key for key, _ in COLUMNS]
    headers = [header for _, header in COLUMNS]
    write_csv(tmp_path / "t.csv", headers, table_rows(rows, keys))
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0] == headers and lines[1][0] == "Coop Prix Lalm" \
        and lines[1][keys.index("activities_12m")] == "2"
    write_xlsx(tmp_path / "t.xlsx", headers, table_rows(rows, keys))
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert [c.value for c in sheet[1]] == headers
    activities = sheet.cell(row=3, column=keys.index("activities_12m") + 1)
    assert sheet["A3"].value == "Joker Grue Finnskog" and activities.value == 1
    assert not list(tmp_path.glob("*.partial"))


def test_assessment_and_action_columns_from_an_exchange_file(county, tmp_path):
    from bygdeliv_desktop.services.demo import create_demo_store

    services = AppServices.for_database(open_database(tmp_path / "demo" / "bygdeliv.sqlite3"))
    store = create_demo_store(services)
    today = dt.date.today()
    draft = services.assessments.create(store.id, {
        "assessor_role": "shopkeeper", "assessor_name": "Kari", "assessed_on": today})
    newest_final = [a for a in services.assessments.list_for_store(store.id) if a.is_final][0]
    result = services.assessments.result(newest_final.id)
    actions = services.actions.list_for_store(store.id, open_only=True)
    overdue = services.actions.overdue(store.id, today)
    inbox = tmp_path / "inn"
    export_file(services.database, inbox / "demo.bygdeliv", [store.id])
    services.database.close()

    import_folder(county, inbox)
    row = build_table(county, today)[0]
    # The finalised assessment is shown, not the newer draft.
    assert draft.assessed_on > newest_final.assessed_on
    assert row.last_assessment == newest_final.assessed_on
    assert row.readiness == ("Ja" if result.readiness.ready else "Nei")
    assert row.overall_score == f"{result.overall.percent} %"
    for totals in result.categories:
        assert f"{totals.category_id} {totals.percent} %" in row.category_scores
    assert (row.open_actions, row.overdue_actions) == (len(actions), len(overdue))
    assert row.overdue_actions >= 1


def test_a_store_with_only_a_draft_shows_it_marked(county, tmp_path):
    services, store = _store_machine(tmp_path, "Nærbutikken Svatsum", "3441", [], [])
    services.assessments.create(store.id, {"assessor_role": "shopkeeper", "assessor_name": "Kari",
                                           "assessed_on": TODAY})
    export_file(services.database, tmp_path / "inn" / "s.bygdeliv", [store.id])
    services.database.close()
    import_folder(county, tmp_path / "inn")
    row = build_table(county, TODAY)[0]
    assert row.last_assessment == TODAY and row.readiness == "Nei (utkast)"
    assert row.open_actions is None
