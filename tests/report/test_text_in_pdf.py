"""Text the app accepts prints in the summary PDF (issue 13): read the PDF back and compare."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata

import pytest

from bygdeliv_desktop import fonts
from bygdeliv_desktop.domain.models import Store
from bygdeliv_desktop.domain.validation import text_field_errors
from bygdeliv_desktop.report import data as report_data
from bygdeliv_desktop.report import pdf_builder
from bygdeliv_desktop.report.data import SignerInfo

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
SIGNER = SignerInfo("Kari Kjøpmann", "Dagleg leiar", self_signed=True)
PERIOD = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
SAMI = "Áltá Čáhppes Ŋ ŧ đ"


def pdf_text(tmp_path, pdf: bytes) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_sami_and_norwegian_names_print(tmp_path, services):
    store = services.stores.create({"name": SAMI, "chain": "Bygdebutikk æøå ÆØÅ",
                                    "postal_place": "Kárášjohka"})
    services.offerings.add(store.id, {"kind_code": "post", "partner": "Ŋuvttoš Đát",
                                      "started_on": dt.date(2025, 1, 1)})
    services.activities.add(store.id, {"date": dt.date(2025, 3, 6), "kind_code": "quiz",
                                       "title": "Gáfestállan", "partners": "Sámiid Searvi ŧ"})
    text = pdf_text(tmp_path, pdf_builder.build_pdf(
        report_data.collect(services, store.id, SIGNER, PERIOD)))
    for expected in (SAMI, "Bygdebutikk æøå ÆØÅ", "Kárášjohka", "Ŋuvttoš Đát", "Sámiid Searvi ŧ"):
        assert expected in text, expected


def _accepted_letters() -> list[str]:
    """Every letter in Latin (incl. extended), Greek and Cyrillic that a name field accepts."""
    found = []
    for code in range(0x00C0, 0x0530):
        char = chr(code)
        if unicodedata.category(char) in ("Lu", "Ll") and not text_field_errors("name", char) \
                and unicodedata.normalize("NFKC", char) == char:
            found.append(char)
    return found


def test_every_accepted_letter_prints_as_itself(tmp_path, services):
    letters = _accepted_letters()
    assert len(letters) > 500  # the font covers these scripts well; the check is not empty
    chunks = ["".join(letters[i:i + 40]) for i in range(0, len(letters), 40)]
    store = services.stores.create({"name": "Bokstavar"})
    for number, chunk in enumerate(chunks):
        services.activities.add(store.id, {"date": dt.date(2025, 1, 1), "kind_code": "quiz",
                                           "title": f"T{number}", "partners": chunk})
    text = pdf_text(tmp_path, pdf_builder.build_pdf(
        report_data.collect(services, store.id, SIGNER, PERIOD)))
    squeezed = "".join(text.split())
    missing = [chunk for chunk in chunks if chunk not in squeezed]
    assert missing == []


def test_an_unaccepted_character_would_not_print(tmp_path, services):
    # Why CJK is refused at input: the shipped font has no glyph, the PDF shows nothing for it.
    assert 0x4E2D not in fonts.covered_codepoints()
    assert text_field_errors("name", "中")[0].code == "text.unprintable"


def test_old_records_with_control_characters_print_without_them(tmp_path, services):
    # Stored before the rules existed (or written around the services): the PDF drops what the
    # rules now refuse instead of carrying an invisible right-to-left override into the report.
    with services.database.transaction() as session:
        store = Store(name="Evil\u202eBUTIKK\x00\x1b[2J")
        session.add(store)
    text = pdf_text(tmp_path, pdf_builder.build_pdf(
        report_data.collect(services, store.id, SIGNER, PERIOD)))
    assert "EvilBUTIKK[2J" in text
    assert not any(c in text for c in "\u202e\u202b\u202c\x00\x1b")
