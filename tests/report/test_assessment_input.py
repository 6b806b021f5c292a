"""The report shows the store's real assessment, the one before it and the action plan."""

from __future__ import annotations

from datetime import date

from bygdeliv_desktop.report.assessment_input import assessment_inputs


def _answer_all(services, assessment_id: str, value) -> None:
    view = services.assessments.view(assessment_id)
    for category in view.catalogue.categories:
        for criterion in category.criteria:
            services.assessments.save_answer(assessment_id, criterion.id, {"value": value})


def test_no_assessment_gives_empty_inputs(services, store):
    assert assessment_inputs(services, store.id) == (None, None, ())


def test_latest_final_assessment_with_previous_and_actions(services, store):
    first = services.assessments.create(store.id, {
        "assessed_on": date(2025, 2, 1), "assessor_role": "shopkeeper",
        "assessor_name": "Kari", "purpose": "baseline"})
    _answer_all(services, first.id, 1)
    services.assessments.finalise(first.id)
    second = services.assessments.create(store.id, {
        "assessed_on": date(2025, 9, 1), "assessor_role": "consultant",
        "assessor_name": "Ola", "purpose": "follow_up"})
    _answer_all(services, second.id, 2)
    services.assessments.finalise(second.id)
    services.actions.add(store.id, {"title": "Kaffikrok", "status": "in_progress",
                                    "funding_code": "other", "funding_note": "Sparebankstiftelsen",
                                    "estimated_cost_nok": 12000})

    current, previous, actions = assessment_inputs(services, store.id)
    assert current.assessed_on == date(2025, 9, 1) and current.ready
    assert current.title.startswith("Oppfølging – Ola")
    assert previous.assessed_on == date(2025, 2, 1) and not previous.ready
    assert any("obligatorisk og bare delvis oppfylt" in reason for reason in previous.reasons)
    assert all(c.points == c.max_points for c in current.categories)
    assert [(a.title, a.status, a.funding, a.cost_nok) for a in actions] == [
        ("Kaffikrok", "I gang", "Sparebankstiftelsen", 12000)]


def test_action_titled_after_a_criterion_follows_the_summary_language(services, store):
    """An action made from a criterion is titled with the criterion's text in the language of
    the moment (bokmål); a nynorsk summary words it in nynorsk. A title the user wrote stays."""
    assessment = services.assessments.create(store.id, {
        "assessed_on": date(2025, 9, 1), "assessor_role": "shopkeeper",
        "assessor_name": "Kari", "purpose": "baseline"})
    _answer_all(services, assessment.id, 0)
    services.assessments.finalise(assessment.id)
    services.actions.from_criterion(assessment.id, "M1", language="nb")
    services.actions.from_criterion(assessment.id, "M2", {"title": "Benk ved inngangen"},
                                    language="nb")
    services.actions.add(store.id, {"title": "M4: Sitteplass / kaffekrok inne",  # not M4's title
                                    "criterion_ids": ["M4"]})

    titles = {language: sorted(a.title for a in assessment_inputs(services, store.id, language)[2])
              for language in ("nb", "nn")}
    assert titles["nb"] == ["Benk ved inngangen", "M1: Sitteplass / kaffekrok inne",
                            "M4: Sitteplass / kaffekrok inne"]
    assert titles["nn"] == ["Benk ved inngangen", "M1: Sitjeplass / kaffikrok inne",
                            "M4: Sitteplass / kaffekrok inne"]


def test_action_made_in_nynorsk_reads_bokmal_in_a_bokmal_summary(services, store):
    assessment = services.assessments.create(store.id, {
        "assessed_on": date(2025, 9, 1), "assessor_role": "shopkeeper",
        "assessor_name": "Kari", "purpose": "baseline"})
    services.actions.from_criterion(assessment.id, "M1", language="nn")
    (action,) = assessment_inputs(services, store.id, "nb")[2]
    assert action.title == "M1: Sitteplass / kaffekrok inne"
