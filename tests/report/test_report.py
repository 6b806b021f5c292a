"""The summary PDF: content, PDF/A, data.json, bad input, atomic output."""

import datetime as dt
import io
import json
import shutil
import subprocess

import pikepdf
import pytest
from pikepdf import pdfa

from bygdeliv_desktop.atomic import write_atomic
from bygdeliv_desktop.domain.models import Activity
from bygdeliv_desktop.errors import NoSigningIdentity, WrongPassphrase
from bygdeliv_desktop.report import data as report_data
from bygdeliv_desktop.report import pdf_builder
from bygdeliv_desktop.report.data import CategoryScore, ReportAction, ReportAssessment, SignerInfo
from bygdeliv_desktop.report.pdfa import to_pdfa
from bygdeliv_desktop.report.produce import ReportRequest, produce_report
from bygdeliv_desktop.signing.identity import SigningIdentity
from tests.signing.conftest import PASSPHRASE, PROFILE

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
SIGNER = SignerInfo("Kari Kjøpmann", "Dagleg leiar", self_signed=True)
PERIOD = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def _assessment(title: str, factor: float, day: dt.date) -> ReportAssessment:
    return ReportAssessment(title, day, "utkast-1", (
        CategoryScore("Møteplass", 10 * factor, 12), CategoryScore("Beredskap", 4 * factor, 8)),
        ready=False, reasons=("B1 beredskapsplan mangler",))


def _add_activities(services, store_id, count: int, start=dt.date(2024, 1, 1)) -> None:
    kinds = ("quiz", "coffee_meetup", "market")
    with services.database.transaction() as session:
        session.add_all(Activity(store_id=store_id, date=start + dt.timedelta(days=i % 366),
                                 kind_code=kinds[i % 3], title=f"Aktivitet {i}", participants=i % 20,
                                 target_groups="elderly,everyone" if i % 2 else "everyone",
                                 partners="Idrettslaget, Grendelaget" if i % 5 == 0 else "")
                        for i in range(count))


def _text(tmp_path, pdf: bytes) -> str:
    path = tmp_path / "text.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_summary_counts_by_kind_month_group_and_partner(services, store):
    _add_activities(services, store.id, 30)
    report = report_data.collect(services, store.id, SIGNER, PERIOD)
    summary = report.activities
    assert summary.total == 30
    assert {k.label: k.count for k in summary.by_kind} == {
        "Quiz": 10, "Kaffeprat / fast treffpunkt": 10, "Marked / lokalmatdag": 10}
    assert summary.attendances == sum(i % 20 for i in range(30))
    assert len(summary.by_month) == 12 and summary.by_month[0].count == 30  # all in January
    assert dict((g.label, g.count) for g in summary.target_groups)["Alle"] == 30
    assert {p.label: p.count for p in summary.partners} == {"Idrettslaget": 6, "Grendelaget": 6}


def test_data_json_is_schema_versioned_and_round_trips(services, store):
    report = report_data.collect(services, store.id, SIGNER, PERIOD,
                                 assessment=_assessment("Vår", 1, dt.date(2024, 4, 1)))
    doc = json.loads(report_data.to_json(report))
    assert doc["schema"] == "bygdeliv.report" and doc["schema_version"] == 2
    assert doc["store"]["name"] == "Testbutikken"
    assert doc["assessment"]["categories"][0] == {"name": "Møteplass", "points": 10, "max_points": 12,
                                                 "code": ""}
    assert doc["period_start"] == "2024-01-01"


@needs_poppler
def test_full_report_shows_assessment_comparison_and_actions(tmp_path, services, store):
    _add_activities(services, store.id, 40)
    services.offerings.add(store.id, {"kind_code": "post", "partner": "Posten Bring",
                                      "started_on": dt.date(2020, 1, 1)})
    report = report_data.collect(
        services, store.id, SIGNER, PERIOD,
        assessment=_assessment("Vurdering våren 2024", 1, dt.date(2024, 4, 1)),
        previous_assessment=_assessment("Vurdering høsten 2023", 0.5, dt.date(2023, 10, 1)),
        actions=(ReportAction("Kjøpe hjertestarter", "Pågår", "Kari", dt.date(2024, 9, 1), 25000,
                              "Bygdeliv-tilskudd"),))
    text = _text(tmp_path, pdf_builder.build_pdf(report))
    for expected in ("Sammendrag til fylkeskommunen", "Tolga", "01.01.2024 – 31.12.2024",
                     "selvutstedt sertifikat", "Posten Bring", "40 aktiviteter",
                     "Ikke klar for sertifisering", "B1 beredskapsplan mangler",
                     "Vurdering høsten 2023", "+42 %-poeng", "Kjøpe hjertestarter", "25 000 kr",
                     "Side 1 av"):
        assert expected in text, expected


@needs_poppler
def test_store_with_no_data_gives_a_correct_report(tmp_path, services):
    bare = services.stores.create({"name": "Tom butikk"})
    text = _text(tmp_path, pdf_builder.build_pdf(report_data.collect(services, bare.id, SIGNER)))
    assert "Ingen tjenester er registrert" in text
    assert "Ingen aktiviteter er registrert i perioden" in text
    assert "Ingen vurdering er valgt" in text
    assert "Ingen tiltak er registrert" in text


def test_pdfa_3b_with_embedded_fonts_and_data_attachment(services, store):
    _add_activities(services, store.id, 5)
    report = report_data.collect(services, store.id, SIGNER, PERIOD)
    document = to_pdfa(pdf_builder.build_pdf(report), report_data.to_json(report))
    with pikepdf.open(io.BytesIO(document)) as pdf:
        assert pdfa.check(pdf, "3b").findings == []
        spec = pdf.attachments["data.json"]
        assert json.loads(spec.get_file().read_bytes())["activities"]["total"] == 5
        fonts = {str(f.get("/BaseFont")) for page in pdf.pages
                 for f in page.Resources.get("/Font", {}).values()}
        assert fonts and all("DejaVuSans" in name for name in fonts)


@needs_poppler
def test_two_thousand_activities_split_across_pages(tmp_path, services, store):
    _add_activities(services, store.id, 2000)
    out = tmp_path / "stor.pdf"
    identity = SigningIdentity(tmp_path / "signing")
    identity.create(PROFILE, PASSPHRASE)
    produce_report(services, ReportRequest(store.id, PERIOD), identity, PASSPHRASE, out)
    text = _text(tmp_path, out.read_bytes())
    assert "2000 aktiviteter" in text


def test_wrong_passphrase_leaves_no_file(tmp_path, services, store, self_signed_identity):
    out = tmp_path / "rapport.pdf"
    with pytest.raises(WrongPassphrase):
        produce_report(services, ReportRequest(store.id), self_signed_identity, "feil-passord", out)
    assert list(tmp_path.glob("rapport.pdf*")) == [] and list(tmp_path.glob(".rapport*")) == []


def test_missing_identity_is_a_clear_error(tmp_path, services, store):
    with pytest.raises(NoSigningIdentity):
        produce_report(services, ReportRequest(store.id), SigningIdentity(tmp_path / "x"),
                       PASSPHRASE, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "fil.pdf"
    target.write_bytes(b"gammel")

    def broken_fsync(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", broken_fsync)
    with pytest.raises(OSError):
        write_atomic(target, b"ny")
    assert target.read_bytes() == b"gammel"
    assert [p.name for p in tmp_path.iterdir()] == ["fil.pdf"]
