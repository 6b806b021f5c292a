"""The summary in nynorsk: every text the report modules word has its nynorsk form, and a
nynorsk PDF reads as nynorsk (labels from the catalogues included)."""

from __future__ import annotations

import ast
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

import bygdeliv_desktop.report as report_package
from bygdeliv_desktop.report import data as report_data
from bygdeliv_desktop.report import pdf_builder
from bygdeliv_desktop.report.assessment_input import ACTION_STATUSES, PURPOSES, assessment_inputs
from bygdeliv_desktop.report.data import SignerInfo
from bygdeliv_desktop.report.wording import NYNORSK, words

REPORT_DIR = Path(report_package.__file__).parent


def worded_texts() -> set[str]:
    """First arguments of every ``w("...")`` call in the report modules and the signature box."""
    found = set()
    for path in [*REPORT_DIR.glob("*.py"), REPORT_DIR.parent / "signing" / "appearance.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "w" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def test_every_worded_text_has_its_nynorsk_form():
    texts = worded_texts() | set(PURPOSES.values()) | set(ACTION_STATUSES.values())
    assert len(texts) > 60  # the scan found the report's texts at all
    missing = sorted(texts - set(NYNORSK))
    assert missing == []
    assert worded_texts() >= {"Sammendrag til fylkeskommunen", "Sum kostnad: {sum}"}


def test_words_fill_in_values_and_leave_bokmal_alone():
    nn, nb = words("nn"), words("nb")
    assert nn("Side {number} av {total}", number=2, total=4) == "Side 2 av 4"
    assert nn("Avsluttet {date}", date="01.02.2025") == "Avslutta 01.02.2025"
    assert nb("Avsluttet {date}", date="01.02.2025") == "Avsluttet 01.02.2025"
    assert nn("Åpningstider") == "Opningstider"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_a_nynorsk_summary_is_in_nynorsk_throughout(services, store, tmp_path):
    services.offerings.add(store.id, {"kind_code": "post", "partner": "Posten",
                                      "started_on": dt.date(2020, 1, 1),
                                      "ended_on": dt.date(2024, 6, 1)})
    services.activities.add(store.id, {"date": dt.date(2024, 3, 1), "kind_code": "coffee_meetup",
                                       "title": "Kaffeprat", "participants": 9,
                                       "target_groups": ["elderly"]})
    services.assessments.create(store.id, {"assessor_role": "shopkeeper",
                                           "assessor_name": "Kari", "purpose": "baseline",
                                           "assessed_on": dt.date(2024, 5, 1)})
    services.actions.add(store.id, {"title": "Kafékrok", "status": "planned"})
    signer = SignerInfo("Kari Kjøpmann", "Dagleg leiar", self_signed=True)
    assessment, previous, actions = assessment_inputs(services, store.id, "nn")
    report = report_data.collect(services, store.id, signer,
                                 (dt.date(2024, 1, 1), dt.date(2024, 12, 31)), assessment,
                                 previous, actions, language="nn")
    path = tmp_path / "samandrag.pdf"
    path.write_bytes(pdf_builder.build_pdf(report))
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())  # cells wrap
    for nynorsk in ("Samandrag til fylkeskommunen", "2. Tenester", "Avslutta tenester",
                    "3. Møteplassaktivitetar", "Deltakingar", "Eldre", "Første vurdering",
                    "utkast, ikkje låst", "Planlagd", "Ansvarleg", "sjølvutferda", "Laga"):
        assert nynorsk in text, nynorsk
    for bokmal in ("Sammendrag", "Tjenester", "Avsluttet", "aktiviteter", "Deltakinger", "Avsluttede",
                   "ikke låst", "Planlagt", "Ansvarlig", "selvutstedt", "Laget"):
        assert bokmal not in text, bokmal
    assert report_data.to_json(report).count(b'"language": "nn"') == 1
