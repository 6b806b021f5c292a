"""data.json v2: codes beside labels, per-month and per-target-group attendances filled in, and
every total in the PDF equal to the sum of its parts in data.json (issue 16)."""

import datetime as dt
import io
import json
import re
import shutil
import subprocess

import pikepdf
import pytest

from bygdeliv_desktop.report import data as report_data
from bygdeliv_desktop.report import pdf_builder
from bygdeliv_desktop.report.data import SignerInfo
from bygdeliv_desktop.report.pdfa import to_pdfa
from tests.report.test_report import PERIOD, _add_activities

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
SIGNER = SignerInfo("Kari Kjøpmann", "Dagleg leiar", self_signed=True)


def _attached_json(report) -> dict:
    document = to_pdfa(pdf_builder.build_pdf(report), report_data.to_json(report))
    with pikepdf.open(io.BytesIO(document)) as pdf:
        return json.loads(pdf.attachments["data.json"].get_file().read_bytes())


def _spread_activities(services, store_id, count: int) -> None:
    _add_activities(services, store_id, count)
    # _add_activities puts them all in January; move every third one to later months
    from bygdeliv_desktop.domain.models import Activity
    from sqlmodel import select
    with services.database.transaction() as session:
        for i, activity in enumerate(session.exec(select(Activity)).all()):
            activity.date = dt.date(2024, 1 + i % 12, 5)
            session.add(activity)


def test_data_json_has_codes_and_labels_and_the_same_codes_in_both_languages(services, store):
    services.offerings.add(store.id, {"kind_code": "post", "partner": "Posten",
                                      "started_on": dt.date(2020, 1, 1)})
    _add_activities(services, store.id, 6)
    docs = {lang: json.loads(report_data.to_json(report_data.collect(
        services, store.id, SIGNER, PERIOD, language=lang))) for lang in ("nb", "nn")}
    nb, nn = docs["nb"], docs["nn"]
    assert nb["schema"] == "bygdeliv.report" and nb["schema_version"] == 2
    assert nb["services"][0]["kind"]["code"] == "post"
    assert nb["services"][0]["kind"]["code"] == nn["services"][0]["kind"]["code"]
    assert nb["services"][0]["kind"]["label"]
    assert {k["code"] for k in nb["activities"]["by_kind"]} == {"quiz", "coffee_meetup", "market"}
    assert ([k["code"] for k in nb["activities"]["by_kind"]]
            == [k["code"] for k in nn["activities"]["by_kind"]])
    assert {g["code"] for g in nb["activities"]["target_groups"]} == {"elderly", "everyone"}


def test_per_month_and_per_target_group_attendances_are_filled_in(services, store):
    _spread_activities(services, store.id, 36)
    doc = _attached_json(report_data.collect(services, store.id, SIGNER, PERIOD))
    act = doc["activities"]
    expected = sum(i % 20 for i in range(36))
    assert act["attendances"] == expected
    assert sum(m["attendances"] for m in act["by_month"]) == expected
    assert sum(k["attendances"] for k in act["by_kind"]) == expected
    assert sum(m["count"] for m in act["by_month"]) == act["total"] == 36
    assert sum(k["count"] for k in act["by_kind"]) == 36
    everyone = next(g for g in act["target_groups"] if g["code"] == "everyone")
    assert everyone["count"] == 36 and everyone["attendances"] == expected
    assert all(m["attendances"] > 0 for m in act["by_month"])


@needs_poppler
def test_every_total_in_the_pdf_is_the_sum_of_its_parts_in_data_json(tmp_path, services, store):
    _spread_activities(services, store.id, 90)
    report = report_data.collect(services, store.id, SIGNER, PERIOD)
    doc = _attached_json(report)
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf_builder.build_pdf(report))
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    act = doc["activities"]
    total, attendances = (sum(k["count"] for k in act["by_kind"]),
                          sum(k["attendances"] for k in act["by_kind"]))
    assert total == sum(m["count"] for m in act["by_month"])
    assert attendances == sum(m["attendances"] for m in act["by_month"])
    assert f"{total} aktiviteter med til sammen {attendances} deltakinger" in text
    assert "deltakere" not in text.lower()
    # the month table prints each month's numbers, and its sum line the same totals
    for month in act["by_month"]:
        label = f"{month['code'][5:7]}.{month['code'][:4]}"
        assert re.search(rf"{label} {month['count']} {month['attendances']}\b", text), label
    assert re.search(rf"Sum {total} {attendances}\b", text)


def test_previous_period_is_the_same_months_just_before(services, store):
    from bygdeliv_desktop.domain.models import Activity
    with services.database.transaction() as session:
        session.add_all(Activity(store_id=store.id, date=day, kind_code="quiz", title="Quiz",
                                 participants=people)
                        for day, people in ((dt.date(2023, 1, 1), 4), (dt.date(2023, 12, 31), 6),
                                            (dt.date(2022, 12, 31), 50), (dt.date(2024, 1, 1), 1)))
    report = report_data.collect(services, store.id, SIGNER, PERIOD)
    before = report.previous_period
    assert (before.start, before.end) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert (before.activities, before.attendances) == (2, 10)
    doc = json.loads(report_data.to_json(report))
    assert doc["previous_period"]["attendances"] == 10
