"""County mode reads signed summary PDFs: verified first, numbers from the signed data.json."""

from __future__ import annotations

import datetime as dt

import pytest

from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.errors import CountySummaryRefused
from bygdeliv_desktop.exchange.signing import CmsManifestVerifier
from bygdeliv_desktop.exchange.writer import export_file
from bygdeliv_desktop.report.assessment_input import assessment_inputs
from bygdeliv_desktop.report.produce import ReportRequest, build_signed
from bygdeliv_desktop.services.county_import import import_folder
from bygdeliv_desktop.services.county_table import build_table
from bygdeliv_desktop.services.demo import create_demo_store
from bygdeliv_desktop.signing.verify import load_trust_roots, verify_pdf
from tests.exchange.conftest import database_digest
from tests.signing.conftest import PASSPHRASE


@pytest.fixture
def county(tmp_path):
    database = open_database(tmp_path / "fylke" / "fylke.sqlite3")
    yield database
    database.close()


@pytest.fixture
def demo(services):
    return create_demo_store(services)


@pytest.fixture
def summary_pdf(services, demo, county_identity, tmp_path):
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    pdf = inbox / "sammendrag.pdf"
    request = ReportRequest(demo.id, None, *assessment_inputs(services, demo.id))
    pdf.write_bytes(build_signed(services, request, county_identity.load(PASSPHRASE)))
    return pdf


def test_summary_pdf_fills_a_row_with_its_signed_numbers(county, summary_pdf, county_ca):
    data = verify_pdf(summary_pdf.read_bytes(), load_trust_roots([county_ca.cert_file])).data
    report = import_folder(county, summary_pdf.parent, CmsManifestVerifier([county_ca.cert_file]))
    assert report.imported == [summary_pdf] and report.refused == []
    [row] = build_table(county)
    assert row.store == data["store"]["name"] and row.source == "PDF"
    assert row.signature == "trusted" and "Kari" in row.signer
    assert row.activities_12m == data["activities"]["total"] > 0
    assert row.services_12m == sum(1 for s in data["services"] if s["active"])
    assessment = data["assessment"]
    assert row.last_assessment == dt.date.fromisoformat(assessment["assessed_on"])
    assert row.readiness == ("Ja" if assessment["ready"] else "Nei")
    first = assessment["categories"][0]
    assert f"{first['name']} {round(100 * first['points'] / first['max_points'])} %" \
        in row.category_scores
    open_actions = [a for a in data["actions"] if a["status_code"] in ("planned", "in_progress")]
    assert row.open_actions == len(open_actions)
    assert import_folder(county, summary_pdf.parent).skipped == [summary_pdf]


def test_without_the_county_ca_the_row_is_marked_valid_not_trusted(county, summary_pdf):
    import_folder(county, summary_pdf.parent)
    assert build_table(county)[0].signature == "valid"


def test_exchange_file_and_summary_of_one_store_make_one_row(county, services, demo, summary_pdf,
                                                             county_ca):
    export_file(services.database, summary_pdf.parent / "butikk.bygdeliv", [demo.id])
    import_folder(county, summary_pdf.parent, CmsManifestVerifier([county_ca.cert_file]))
    [row] = build_table(county)
    assert row.store_id == demo.id and row.source == "fil + PDF"
    assert row.signature == "trusted"  # the exchange file was unsigned; the summary is signed


@pytest.mark.parametrize("damage", [
    lambda raw: raw[:2000] + bytes([raw[2000] ^ 0x01]) + raw[2001:],
    lambda raw: raw + b"\n% appended after signing\n",
    lambda raw: raw[: len(raw) // 2],
], ids=["flipped-byte", "appended", "truncated"])
def test_damaged_summary_is_refused_and_nothing_stored(county, summary_pdf, damage):
    summary_pdf.write_bytes(damage(summary_pdf.read_bytes()))
    before = database_digest(county.path)
    report = import_folder(county, summary_pdf.parent)
    assert [type(error) for _path, error in report.refused] == [CountySummaryRefused]
    assert build_table(county) == []
    assert database_digest(county.path) == before
