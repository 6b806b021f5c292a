"""Assessments through the services: answers, finalise and copy, catalogue import, old versions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bygdeliv_desktop.domain.criteria import NOT_APPLICABLE as NA
from bygdeliv_desktop.errors import (AssessmentFinalised, AssessmentIncomplete, CatalogError,
                                     CatalogOutdated, CatalogVersionConflict, RecordNotFound,
                                     ValidationError)
from tests.domain.criteria_helpers import catalogue_toml

V1 = {"A": [("A1", True), ("A2", False)], "B": [("B1", False)]}
V2 = {"A": [("A1", True), ("A3", False)], "B": [("B1", True)], "C": [("C1", False)]}
HEADER = {"assessor_role": "consultant", "assessor_name": "Kari Konsulent",
          "assessed_on": dt.date(2025, 3, 1)}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def v1(services, tmp_path):
    """The hand-made catalogue v1 imported, so it is the current one."""
    return services.catalogues.import_file(write(tmp_path, "v1.toml", catalogue_toml(V1))).info


def answer_all(services, assessment_id, values):
    for criterion_id, value in values.items():
        services.assessments.save_answer(assessment_id, criterion_id,
                                         {"value": value, "evidence": f"Bevis {criterion_id}"})


def test_bundled_catalogue_is_current_on_a_new_database(services, store):
    current = services.catalogues.current()
    assert current.origin == "bundled" and current.draft
    summary = services.assessments.create(store.id, HEADER)
    assert summary.catalog_sha256 == current.sha256
    assert (summary.answered, summary.total, summary.is_final) == (0, 26, False)


def test_answer_autosave_keeps_untouched_fields(services, store, v1):
    assessment = services.assessments.create(store.id, HEADER)
    services.assessments.save_answer(assessment.id, "A1", {"value": 1, "evidence": "Kaffikrok"})
    saved = services.assessments.save_answer(assessment.id, "A1", {"comment": "Må utvidast"})
    assert (saved.value, saved.evidence, saved.comment) == (1, "Kaffikrok", "Må utvidast")
    saved = services.assessments.save_answer(assessment.id, "A1", {"value": NA})
    assert saved.value == NA and saved.evidence == "Kaffikrok"
    cleared = services.assessments.save_answer(assessment.id, "A1", {"value": None})
    assert cleared.value is None
    assert services.assessments.view(assessment.id).summary.answered == 0


def test_invalid_answers_are_refused(services, store, v1):
    assessment = services.assessments.create(store.id, HEADER)
    with pytest.raises(ValidationError) as caught:
        services.assessments.save_answer(assessment.id, "A1", {"value": 3})
    assert caught.value.for_field("value").code == "answer.invalid_level"
    with pytest.raises(ValidationError) as caught:
        services.assessments.save_answer(assessment.id, "A1", {"evidence": "x" * 4001})
    assert caught.value.for_field("evidence").code == "text.too_long"
    with pytest.raises(RecordNotFound):
        services.assessments.save_answer(assessment.id, "ZZ", {"value": 1})


def test_header_is_validated(services, store, v1):
    with pytest.raises(ValidationError) as caught:
        services.assessments.create(store.id, {"assessor_role": "mayor", "assessor_name": " ",
                                               "assessed_on": dt.date.today() + dt.timedelta(days=2)})
    assert {e.field for e in caught.value.errors} == {"assessor_role", "assessor_name", "assessed_on"}


def test_scores_and_verdict_with_reasons(services, store, v1):
    assessment = services.assessments.create(store.id, HEADER)
    answer_all(services, assessment.id, {"A1": 1, "A2": 2, "B1": 2})
    view = services.assessments.view(assessment.id)
    assert view.result.category("A").points == 3 and view.result.overall.percent == 83
    assert not view.summary.ready
    assert [r.code for r in view.result.readiness.reasons] == ["readiness.mandatory_not_met"]
    assert view.result.readiness.reasons[0].params["criterion"] == "A1"


def test_finalised_assessment_refuses_edits_and_copies_into_a_draft(services, store, v1, tmp_path):
    assessment = services.assessments.create(store.id, HEADER)
    answer_all(services, assessment.id, {"A1": 2, "A2": 1})
    with pytest.raises(AssessmentIncomplete) as caught:
        services.assessments.finalise(assessment.id)
    assert caught.value.params["criteria"] == ["B1"]
    evidence_file = write(tmp_path, "bilde.jpg", "not really a jpeg")
    services.attachments.attach(assessment.id, "A1", evidence_file)
    answer_all(services, assessment.id, {"B1": NA})
    final = services.assessments.finalise(assessment.id)
    assert final.is_final and final.ready

    with pytest.raises(AssessmentFinalised) as caught:
        services.assessments.save_answer(assessment.id, "A2", {"value": 2})
    assert caught.value.code == "assessment.finalised"
    for edit in (lambda: services.assessments.update_details(assessment.id, {"note": "x"}),
                 lambda: services.assessments.finalise(assessment.id),
                 lambda: services.assessments.delete_draft(assessment.id),
                 lambda: services.attachments.attach(assessment.id, "A1", evidence_file)):
        with pytest.raises(AssessmentFinalised):
            edit()
    assert services.assessments.view(assessment.id).answer("A2").value == 1  # unchanged

    draft = services.assessments.copy_to_draft(assessment.id)
    assert not draft.is_final and draft.copied_from_id == assessment.id
    assert draft.purpose == "follow_up" and draft.assessed_on == dt.date.today()
    copied = services.assessments.view(draft.id)
    assert {cid: a.value for cid, a in copied.answers.items()} == {"A1": 2, "A2": 1, "B1": NA}
    assert copied.answer("A1").evidence == "Bevis A1"
    assert [a.original_name for a in copied.answer("A1").attachments] == ["bilde.jpg"]
    services.assessments.save_answer(draft.id, "A2", {"value": 2})  # the copy is editable
    assert [s.id for s in services.assessments.list_for_store(store.id)] == [draft.id, assessment.id]


def test_import_refuses_older_conflicting_and_malformed_files(services, store, v1, tmp_path):
    again = services.catalogues.import_file(write(tmp_path, "copy.toml", catalogue_toml(V1)))
    assert again.already_present and again.info.sha256 == v1.sha256
    with pytest.raises(CatalogVersionConflict):
        services.catalogues.import_file(write(tmp_path, "edit.toml", catalogue_toml(V1, title_suffix="!")))
    services.catalogues.import_file(write(tmp_path, "v3.toml", catalogue_toml(V2, version=3)))
    with pytest.raises(CatalogOutdated) as caught:
        services.catalogues.import_file(write(tmp_path, "v2.toml", catalogue_toml(V2, version=2)))
    assert caught.value.params["stored_version"] == 3
    with pytest.raises(CatalogError):
        services.catalogues.import_file(write(tmp_path, "bad.toml", "schema = ["))
    assert services.catalogues.current().version == 3


def test_v1_assessment_renders_unchanged_after_v2_import(services, store, v1, tmp_path):
    assessment = services.assessments.create(store.id, HEADER)
    answer_all(services, assessment.id, {"A1": 2, "A2": 0, "B1": 1})
    before = services.assessments.view(assessment.id)

    v2 = services.catalogues.import_file(
        write(tmp_path, "v2.toml", catalogue_toml(V2, version=2, title_suffix=" (ny)"))).info
    assert services.catalogues.current().sha256 == v2.sha256 != v1.sha256

    after = services.assessments.view(assessment.id)
    assert after.catalogue == before.catalogue
    assert after.result == before.result
    assert [c.title.nb for c in after.catalogue.criteria()] == ["Kriterium A1", "Kriterium A2",
                                                               "Kriterium B1"]
    assert after.summary.catalog_version == 1
    # a new assessment uses v2, and the copy of the old one moves to v2 where criteria match
    fresh = services.assessments.view(services.assessments.create(store.id, HEADER).id)
    assert fresh.catalogue.criterion("C1").title.nb == "Kriterium C1 (ny)"
    copy = services.assessments.view(services.assessments.copy_to_draft(assessment.id).id)
    assert copy.summary.catalog_version == 2
    assert {cid: a.value for cid, a in copy.answers.items()} == {"A1": 2, "B1": 1}


def test_compare_baseline_and_follow_up(services, store, v1):
    baseline = services.assessments.create(store.id, HEADER)
    answer_all(services, baseline.id, {"A1": 1, "A2": 2, "B1": 0})
    follow_up = services.assessments.create(store.id, {**HEADER, "purpose": "follow_up"})
    answer_all(services, follow_up.id, {"A1": 2, "A2": 1, "B1": 2})
    comparison = services.assessments.compare(baseline.id, follow_up.id)
    assert [c.movement for c in comparison.criteria] == ["up", "down", "up"]
    assert [c.movement for c in comparison.categories] == ["same", "up"]
    assert comparison.readiness_before.ready is False and comparison.readiness_after.ready is True


def test_delete_draft(services, store, v1):
    assessment = services.assessments.create(store.id, HEADER)
    services.assessments.delete_draft(assessment.id)
    assert services.assessments.list_for_store(store.id) == []
