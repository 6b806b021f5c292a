"""The summary as the county officer reads it (issue 16): the verdict says it was measured
against a working draft, reasons name criteria in words, every criterion is shown with its
answer, evidence, comment and attachments, ended services and overdue actions stand apart, and
page 1 carries the overview above the signature box."""

import datetime as dt
import shutil
import subprocess

import pytest

from bygdeliv_desktop.report import data as report_data
from bygdeliv_desktop.report import pdf_builder
from bygdeliv_desktop.report.assessment_input import assessment_inputs
from bygdeliv_desktop.report.data import SignerInfo

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
SIGNER = SignerInfo("Kari Kjøpmann", "Dagleg leiar", self_signed=False)
PERIOD = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
TODAY = dt.date(2025, 1, 10)


def _answer_all(services, assessment_id, level, skip=()):
    view = services.assessments.view(assessment_id)
    for criterion in view.catalogue.criteria():
        if criterion.id not in skip:
            services.assessments.save_answer(assessment_id, criterion.id, {"value": level})


def _world(services, store):
    first = services.assessments.create(store.id, {"assessor_role": "shopkeeper",
                                                   "assessor_name": "Kari", "purpose": "baseline",
                                                   "assessed_on": dt.date(2024, 2, 1)})
    _answer_all(services, first.id, 0)
    services.assessments.finalise(first.id)
    second = services.assessments.create(store.id, {"assessor_role": "shopkeeper",
                                                    "assessor_name": "Kari", "purpose": "follow_up",
                                                    "assessed_on": dt.date(2024, 11, 1)})
    _answer_all(services, second.id, 2, skip=("M3",))
    services.assessments.save_answer(second.id, "M3", {
        "value": 0, "evidence": "Bilete av kaffekroken", "comment": "Manglar stolar"})
    services.assessments.finalise(second.id)
    services.offerings.add(store.id, {"kind_code": "post", "partner": "Posten",
                                      "started_on": dt.date(2020, 1, 1),
                                      "ended_on": dt.date(2024, 6, 1)})
    services.offerings.add(store.id, {"kind_code": "pharmacy", "partner": "Apotek 1",
                                      "started_on": dt.date(2021, 1, 1)})
    services.actions.add(store.id, {"title": "Kjøpe stolar", "status": "planned",
                                    "deadline": dt.date(2024, 12, 1)})
    services.actions.add(store.id, {"title": "Hjartestartar", "status": "done",
                                    "deadline": dt.date(2024, 3, 1)})


def _pdf_text(tmp_path, services, store, language="nb", first_page=False):
    assessment, previous, actions = assessment_inputs(services, store.id, language)
    report = report_data.collect(services, store.id, SIGNER, PERIOD, assessment, previous,
                                 actions, today=TODAY, language=language)
    path = tmp_path / f"r-{language}.pdf"
    path.write_bytes(pdf_builder.build_pdf(report))
    args = ["pdftotext", *(["-l", "1"] if first_page else []), str(path), "-"]
    return " ".join(subprocess.run(args, capture_output=True, text=True, check=True).stdout.split())


def test_verdict_states_the_catalogue_is_a_working_draft_and_names_it(tmp_path, services, store):
    _world(services, store)
    text = _pdf_text(tmp_path, services, store)
    assert text.count("vurdert mot arbeidsutkast til kriterier, versjon 1 — ikke vedtatte "
                      "kriterier") >= 2  # page 1 and section 4
    assert "Kriterier for bygdelivsbutikker (arbeidsutkast 2025)" in text
    assert "bygdeliv-criteria" not in text
    nn = _pdf_text(tmp_path, services, store, "nn")
    assert "vurdert mot arbeidsutkast til kriterium, versjon 1 — ikkje vedtekne kriterium" in nn


def test_reasons_name_the_criterion_in_words(tmp_path, services, store):
    _world(services, store)
    assessment, _, _ = assessment_inputs(services, store.id)
    view = services.assessments.view(services.assessments.list_for_store(store.id)[-1].id)
    title = view.catalogue.criterion("M3").title.get("nb")
    assert f"M3 {title} er obligatorisk og ikke oppfylt." in assessment.reasons


def test_each_criterion_with_answer_evidence_comment_and_change(tmp_path, services, store):
    _world(services, store)
    text = _pdf_text(tmp_path, services, store)
    assert "Kriteriene og svarene" in text
    assert "Dokumentasjon: Bilete av kaffekroken" in text and "Kommentar: Manglar stolar" in text
    assert "(endret)" in text  # answers changed since the locked baseline
    assessment, _, _ = assessment_inputs(services, store.id)
    m3 = next(c for c in assessment.criteria if c.code == "M3")
    assert (m3.met, m3.value, m3.previous_value, m3.mandatory) == (False, 0, 0, True)
    assert all(c.met for c in assessment.criteria if c.code != "M3")


def test_ended_services_apart_and_overdue_actions_marked(tmp_path, services, store):
    _world(services, store)
    text = _pdf_text(tmp_path, services, store)
    active, ended = text.index("2. Tjenester"), text.index("Avsluttede tjenester")
    assert "Apotek 1" in text[active:ended] and "Posten" not in text[active:ended]
    assert "Posten" in text[ended:text.index("3. Møteplassaktiviteter")]
    assert "Planlagt – FORFALT" in text and "Ferdig ✓" in text


def test_page_one_has_the_overview(tmp_path, services, store):
    _world(services, store)
    first = _pdf_text(tmp_path, services, store, first_page=True)
    for expected in ("Nøkkeltall", "Tjenester i drift", "Deltakinger", "Forrige periode",
                     "Ikke klar for sertifisering", "ikke vedtatte kriterier", "M3 ",
                     "1 åpne tiltak, 1 forfalt, 1 fullført"):
        assert expected in first, expected


def test_the_full_summary_stays_pdfa_3b(services, store):
    import io

    import pikepdf
    from pikepdf import pdfa

    from bygdeliv_desktop.report.pdfa import to_pdfa
    _world(services, store)
    assessment, previous, actions = assessment_inputs(services, store.id, "nn")
    report = report_data.collect(services, store.id, SIGNER, PERIOD, assessment, previous,
                                 actions, today=TODAY, language="nn")
    document = to_pdfa(pdf_builder.build_pdf(report), report_data.to_json(report))
    with pikepdf.open(io.BytesIO(document)) as pdf:
        assert pdfa.check(pdf, "3b").findings == []
        assert len(pdf.pages) >= 4
