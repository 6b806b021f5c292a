"""The action plan (tiltak) and evidence suggested from the store's records."""

from __future__ import annotations

import datetime as dt

import pytest

from bygdeliv_desktop.errors import ValidationError
from bygdeliv_desktop.services.evidence import twelve_months_before

TODAY = dt.date(2025, 6, 15)


def test_action_is_validated(services, store):
    with pytest.raises(ValidationError) as caught:
        services.actions.add(store.id, {"title": " ", "status": "maybe", "estimated_cost_nok": -5,
                                        "funding_code": "lottery", "deadline": "next week"})
    fields = {e.field: e.code for e in caught.value.errors}
    assert fields == {"title": "required", "status": "kind.unknown", "estimated_cost_nok":
                      "number.negative", "funding_code": "kind.unknown", "deadline": "date.invalid"}
    with pytest.raises(ValidationError) as caught:
        services.actions.add(store.id, {"title": "Nytt skilt", "funding_code": "other"})
    assert caught.value.for_field("funding_note").code == "required"


def test_overdue_actions(services, store):
    add = services.actions.add
    late = add(store.id, {"title": "Hjartestartar", "deadline": TODAY - dt.timedelta(days=1)})
    add(store.id, {"title": "I dag", "deadline": TODAY})
    add(store.id, {"title": "Ferdig", "deadline": TODAY - dt.timedelta(days=30), "status": "done"})
    add(store.id, {"title": "Avlyst", "deadline": TODAY - dt.timedelta(days=30), "status": "cancelled"})
    add(store.id, {"title": "Utan frist"})
    started = add(store.id, {"title": "Benk ute", "deadline": dt.date(2025, 1, 1),
                             "status": "in_progress", "estimated_cost_nok": 12000,
                             "funding_code": "bygdeliv_grant"})
    other = services.stores.create({"name": "Arkivert butikk"})
    add(other.id, {"title": "Gamal", "deadline": dt.date(2024, 1, 1)})
    services.stores.set_archived(other.id, True)

    overdue = services.actions.overdue(today=TODAY)
    assert [a.id for a in overdue] == [started.id, late.id]
    assert [a.id for a in services.actions.overdue(store.id, today=TODAY)] == [started.id, late.id]
    assert late.is_overdue(TODAY) and not late.is_overdue(TODAY - dt.timedelta(days=1))
    services.actions.set_status(late.id, "done")
    assert [a.id for a in services.actions.overdue(today=TODAY)] == [started.id]
    titles = [a.title for a in services.actions.list_for_store(store.id, open_only=True)]
    assert titles == ["Benk ute", "I dag", "Utan frist"]


def test_action_from_a_criterion_not_met(services, store):
    assessment = services.assessments.create(store.id, {"assessor_role": "consultant",
                                                        "assessor_name": "Kari"})
    services.assessments.save_answer(assessment.id, "B3", {"value": 0})
    action = services.actions.from_criterion(assessment.id, "B3", {"deadline": TODAY},
                                             language="nn")
    assert action.title == "B3: Registrert hjartestartar"
    assert action.criterion_codes == ["B3"] and action.assessment_id == assessment.id
    assert action.store_id == store.id and action.status == "planned"
    updated = services.actions.update(action.id, {"criterion_ids": ["B3", "B1", "B3"]})
    assert updated.criterion_codes == ["B3", "B1"]


def test_twelve_months_window():
    assert twelve_months_before(dt.date(2025, 6, 15)) == dt.date(2024, 6, 16)
    assert twelve_months_before(dt.date(2024, 2, 29)) == dt.date(2023, 3, 1)


def test_suggestions_count_activities_in_the_last_12_months(services, store):
    add = services.activities.add
    for days_ago in (0, 10, 100, 364):  # inside the window
        add(store.id, {"date": TODAY - dt.timedelta(days=days_ago), "kind_code": "quiz",
                       "title": f"Quiz {days_ago}"})
    add(store.id, {"date": TODAY - dt.timedelta(days=365), "kind_code": "quiz", "title": "For gamal"})
    add(store.id, {"date": TODAY + dt.timedelta(days=1), "kind_code": "quiz", "title": "I morgon"})
    meeting = add(store.id, {"date": TODAY - dt.timedelta(days=50), "kind_code": "bygdeliv_meeting",
                             "title": "Bygdelivsmøte"})
    deleted = add(store.id, {"date": TODAY, "kind_code": "quiz", "title": "Sletta"})
    services.activities.delete(deleted.id)
    other = services.stores.create({"name": "Nabobutikken"})
    add(other.id, {"date": TODAY, "kind_code": "quiz", "title": "Ikkje vår"})

    catalogue = services.catalogues.load(services.catalogues.current().sha256)
    suggestions = services.evidence.suggestions(store.id, catalogue, today=TODAY)
    m3 = suggestions["M3"]
    assert (m3.count, m3.target, m3.suggested_level) == (5, 6, 1)
    assert m3.since == dt.date(2024, 6, 16) and "Bygdelivsmøte" in m3.items
    s3 = suggestions["S3"]
    assert (s3.count, s3.items, s3.suggested_level) == (1, (meeting.title,), 2)
    add(store.id, {"date": TODAY, "kind_code": "market", "title": "Lokalmatdag"})
    assert services.evidence.suggestions(store.id, catalogue, today=TODAY)["M3"].suggested_level == 2


def test_suggestions_show_active_services(services, store):
    for kind in ("post", "pharmacy"):
        services.offerings.add(store.id, {"kind_code": kind})
    services.offerings.add(store.id, {"kind_code": "cash", "ended_on": TODAY - dt.timedelta(days=1)})
    catalogue = services.catalogues.load(services.catalogues.current().sha256)
    suggestions = services.evidence.suggestions(store.id, catalogue, today=TODAY)
    v1 = suggestions["V1"]
    assert (set(v1.items), v1.count, v1.suggested_level) == ({"post", "pharmacy"}, 2, 1)
    assert suggestions["V2"].suggested_level == 2 and suggestions["V4"].suggested_level == 0
    assert "M2" not in suggestions  # no source named in the catalogue


def test_deleted_action_can_be_taken_back(services, store):
    action = services.actions.add(store.id, {"title": "Kafékrok", "status": "planned"})
    services.actions.delete(action.id)
    assert services.actions.list_for_store(store.id) == []
    services.trash.restore("action", action.id)
    assert [a.title for a in services.actions.list_for_store(store.id)] == ["Kafékrok"]
