"""Figures for the Oversikt page, from real records."""

import datetime as dt

from bygdeliv_desktop.services import dashboard
from bygdeliv_desktop.services.demo import create_demo_store


def test_activities_by_month_counts_the_start_month(services, store):
    for day, people in ((dt.date(2024, 1, 31), 5), (dt.date(2025, 1, 2), 7),
                        (dt.date(2025, 1, 20), None), (dt.date(2025, 12, 31), 3)):
        services.activities.add(store.id, {"date": day, "kind_code": "quiz", "title": "Quiz",
                                           "participants": people})
    years = dashboard.activities_by_month(services, store.id, (2024, 2025))
    assert years[2025].activities == (2,) + (0,) * 10 + (1,)
    assert years[2025].participants[0] == 7 and years[2025].total == 3
    assert years[2024].activities[0] == 1


def test_latest_assessment_prefers_the_finalised_one(services):
    store = create_demo_store(services)
    services.assessments.create(store.id, {"assessor_role": "shopkeeper",
                                           "assessor_name": "Kari", "assessed_on": dt.date.today()})
    figures = dashboard.latest_assessment(services, store.id)
    final = [a for a in services.assessments.list_for_store(store.id) if a.is_final][0]
    assert figures.final and figures.assessment_id == final.id
    result = services.assessments.result(final.id)
    assert [bar.percent for bar in figures.categories] == [t.percent for t in result.categories]
    assert figures.ready == result.readiness.ready


def test_no_assessment_gives_none(services, store):
    assert dashboard.latest_assessment(services, store.id) is None
