"""Time to produce and sign the county summary for a busy store, beside a bare reportlab document.

Store: 5 years of activities (about 1 500), 12 services, 3 assessments (the latest is reported and
compared with the one before), 10 actions. Measures the whole pipeline (collect from SQLite, lay
out, PDF/A-3b with data.json, PAdES signature; the key is decrypted once, as in the app session),
median of 5, and a bare reportlab document with the same number of pages of plain text.

Run from the repository root:  python benchmarks/report_signing.py
"""

from __future__ import annotations

import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from _common import report  # noqa: E402
from bygdeliv_desktop.db import open_database  # noqa: E402
from bygdeliv_desktop.domain.models import Activity  # noqa: E402
from bygdeliv_desktop.report.data import CategoryScore, ReportAction, ReportAssessment  # noqa: E402
from bygdeliv_desktop.report.produce import ReportRequest, build_signed  # noqa: E402
from bygdeliv_desktop.services import AppServices  # noqa: E402
from bygdeliv_desktop.services.demo import create_demo_store  # noqa: E402
from bygdeliv_desktop.signing.certs import SignerProfile  # noqa: E402
from bygdeliv_desktop.signing.identity import SigningIdentity  # noqa: E402

RUNS = 5
CATEGORIES = ("Møteplass", "Velferd og tjenester", "Samarbeid og forankring", "Beredskap",
              "Tilgjengelighet og bærekraft")


def assessment(title: str, day: dt.date, rng: random.Random) -> ReportAssessment:
    scores = tuple(CategoryScore(name, rng.randint(3, 10), 12) for name in CATEGORIES)
    return ReportAssessment(title, day, "utkast-2025.1", scores, ready=False,
                            reasons=("M3 er ikke oppfylt", "Beredskap under 60 %"))


def seed(services: AppServices, rng: random.Random) -> str:
    store = create_demo_store(services, today=dt.date(2025, 12, 31))
    kinds = ("coffee_meetup", "quiz", "market", "village_evening", "course", "youth", "dugnad")
    start = dt.date(2021, 1, 1)
    with services.database.transaction() as session:
        session.add_all(Activity(
            store_id=store.id, date=start + dt.timedelta(days=rng.randrange(5 * 365)),
            kind_code=rng.choice(kinds), title=f"Aktivitet {i}", participants=rng.randint(3, 60),
            target_groups=rng.choice(["everyone", "elderly,everyone", "children_youth"]),
            partners=rng.choice(["", "Idrettslaget", "Grendelaget, Kommunen", "Bondelaget"]))
            for i in range(1500 - 60))  # the demo store already has about a year of weekly ones
    return store.id


def bare_document(pages: int) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for page in range(pages):
        for line in range(60):
            pdf.drawString(50, 800 - 12 * line, f"Side {page + 1}, linje {line + 1}: tekst")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def ttf_document(pages: int) -> bytes:
    """The same page count in the app's embedded TTF (DejaVu Sans), text only: a second floor."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from bygdeliv_desktop import paths

    if "BenchDejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchDejaVu", str(paths.resource("fonts", "DejaVuSans.ttf"))))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for page in range(pages):
        pdf.setFont("BenchDejaVu", 10)
        for line in range(60):
            pdf.drawString(50, 800 - 12 * line, f"Side {page + 1}, linje {line + 1}: æøå tekst")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def median_seconds(work) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def stage_times(services, request, loaded) -> dict[str, float]:
    from bygdeliv_desktop.report import data, pdf_builder, pdfa
    from bygdeliv_desktop.report.produce import signer_info
    from bygdeliv_desktop.signing import sign

    report = data.collect(services, request.store_id, signer_info(loaded), request.period,
                          request.assessment, request.previous_assessment, request.actions)
    raw = pdf_builder.build_pdf(report)
    archived = pdfa.to_pdfa(raw, data.to_json(report))
    return {
        "collect": median_seconds(lambda: data.collect(
            services, request.store_id, signer_info(loaded), request.period, request.assessment,
            request.previous_assessment, request.actions)),
        "layout": median_seconds(lambda: pdf_builder.build_pdf(report)),
        "pdf/a": median_seconds(lambda: pdfa.to_pdfa(raw, data.to_json(report))),
        "sign": median_seconds(lambda: sign.sign_pdf(archived, loaded, pdf_builder.SIGNATURE_BOX)),
    }


def main() -> None:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        services = AppServices.for_database(open_database(root / "bench.sqlite3"))
        store_id = seed(services, rng)
        identity = SigningIdentity(root / "signing")
        identity.create(SignerProfile("Kari Kjøpmann", "Dagleg leiar", "Nærbutikken Eksempelbygd",
                                      "974760673"), "benchmark-passord")
        loaded = identity.load("benchmark-passord")
        history = [assessment(f"Vurdering {y}", dt.date(y, 5, 1), rng) for y in (2023, 2024, 2025)]
        actions = tuple(ReportAction(f"Tiltak {i}", "Pågår", "Kari", dt.date(2025, 6, 1), 10000 * i,
                                     "Bygdeliv-tilskudd") for i in range(10))
        request = ReportRequest(store_id, (dt.date(2021, 1, 1), dt.date(2025, 12, 31)),
                                history[-1], history[-2], actions)
        build_signed(services, request, loaded)  # warm-up: imports pyHanko, registers fonts
        signed = build_signed(services, request, loaded)
        import pikepdf

        pages = len(pikepdf.open(io.BytesIO(signed)).pages)
        full = median_seconds(lambda: build_signed(services, request, loaded))
        bare = median_seconds(lambda: bare_document(pages))
        ttf = median_seconds(lambda: ttf_document(pages))
        unlock = median_seconds(lambda: identity.load("benchmark-passord"))
        stages = stage_times(services, request, loaded)
        services.database.close()
    print(f"pages: {pages}, signed file: {len(signed) / 1024:.0f} KiB, median of {RUNS}")
    report("summary PDF, PDF/A and signing", full * 1000, bare * 1000, ratio_target=3,
           absolute_target=1000, floor_name="bare reportlab (Helvetica)")
    report("summary PDF, PDF/A and signing", full * 1000, ttf * 1000,
           floor_name="reportlab with the embedded TTF")
    print(f"unlock key (passphrase, once per session): {unlock * 1000:.0f} ms")
    print("stages (median): " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in stages.items()))


if __name__ == "__main__":
    main()
