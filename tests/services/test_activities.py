"""Meeting-place activities: list rows, filters, totals, duplicate, edit, delete; the demo store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.validation import validate_store
from bygdeliv_desktop.errors import RecordNotFound, ValidationError
from bygdeliv_desktop.services.activities import ROW_COLUMNS
from bygdeliv_desktop.services.demo import DEMO_STORE_NAME, create_demo_store
from bygdeliv_desktop.services.stores import PROFILE_FIELDS


def add(services, store, day: date, kind="quiz", title="Quiz", participants=10, **extra):
    return services.activities.add(store.id, {"date": day, "kind_code": kind, "title": title,
                                              "participants": participants, **extra})


def col(row: tuple, name: str):
    """A list row is a plain tuple; the list model reads it by ROW_COLUMNS position."""
    return row[ROW_COLUMNS.index(name)]


def count(services, table: str) -> int:
    with services.database.reader() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar()


@pytest.fixture
def season(services, store):
    """Five activities over two years, added out of order."""
    return [
        add(services, store, date(2024, 12, 13), "holiday", "Juletrefest", 60),
        add(services, store, date(2025, 3, 6), "quiz", "Quiz", 12),
        add(services, store, date(2025, 1, 9), "coffee_meetup", "Kaffeprat", 8),
        add(services, store, date(2025, 3, 6), "coffee_meetup", "Kaffeprat", None),
        add(services, store, date(2025, 5, 17), "quiz", "Quiz", 30),
    ]


def test_rows_are_newest_first_in_row_column_order(services, store, season):
    rows = services.activities.list_rows(store.id)
    assert [(col(r, "date"), col(r, "title")) for r in rows] == [
        (date(2025, 5, 17), "Quiz"), (date(2025, 3, 6), "Kaffeprat"), (date(2025, 3, 6), "Quiz"),
        (date(2025, 1, 9), "Kaffeprat"), (date(2024, 12, 13), "Juletrefest")]
    first = rows[0]
    assert isinstance(first, tuple) and len(first) == len(ROW_COLUMNS)
    assert first[ROW_COLUMNS.index("end_date")] is None
    assert first[ROW_COLUMNS.index("id")] == season[4].id
    assert first[ROW_COLUMNS.index("kind_code")] == "quiz"
    assert first[ROW_COLUMNS.index("participants")] == 30


def test_filters_by_year_and_kind(services, store, season):
    assert len(services.activities.list_rows(store.id, year=2025)) == 4
    assert [col(r, "title") for r in services.activities.list_rows(store.id, year=2024)] == ["Juletrefest"]
    assert services.activities.list_rows(store.id, year=2023) == []
    quizzes = services.activities.list_rows(store.id, kind_code="quiz")
    assert {col(r, "id") for r in quizzes} == {season[1].id, season[4].id}
    assert len(services.activities.list_rows(store.id, year=2024, kind_code="quiz")) == 0


def test_rows_belong_to_one_store(services, store, season):
    other = services.stores.create({"name": "Annen butikk"})
    add(services, other, date(2025, 3, 6))
    assert len(services.activities.list_rows(store.id)) == 5
    assert len(services.activities.list_rows(other.id)) == 1
    assert services.activities.years(other.id) == [2025]


def test_years_newest_first(services, store, season):
    assert services.activities.years(store.id) == [2025, 2024]
    assert services.activities.years("no-such-store") == []


def test_totals_by_kind_per_year(services, store, season):
    totals = services.activities.totals_by_kind(store.id, 2025)
    assert [(t.kind_code, t.count, t.participants) for t in totals] == [
        ("coffee_meetup", 2, 8), ("quiz", 2, 42)]
    assert [(t.kind_code, t.count, t.participants)
            for t in services.activities.totals_by_kind(store.id, 2024)] == [("holiday", 1, 60)]
    assert services.activities.totals_by_kind(store.id, 2023) == []


def test_year_boundaries(services, store):
    add(services, store, date(2024, 12, 31), title="Nyttårsaften")
    add(services, store, date(2025, 1, 1), title="Nyttårsdag")
    assert [col(r, "title") for r in services.activities.list_rows(store.id, year=2024)] == ["Nyttårsaften"]
    assert [col(r, "title") for r in services.activities.list_rows(store.id, year=2025)] == ["Nyttårsdag"]


def test_duplicate_is_a_week_later_with_the_same_fields(services, store):
    source = add(services, store, date(2025, 3, 6), "market", "Lokalmatdag", 40,
                 end_date=date(2025, 3, 7), target_groups=["everyone", "cabin_owners"],
                 partners="Bondelaget", cost_nok=1500, funding="Kommunen", note="Ute")
    copy = services.activities.duplicate(source.id)
    assert copy.id != source.id
    assert (copy.date, copy.end_date) == (date(2025, 3, 13), date(2025, 3, 14))
    for name in ("kind_code", "title", "participants", "partners", "cost_nok", "funding", "note"):
        assert getattr(copy, name) == getattr(source, name), name
    assert services.activities.get(copy.id).target_group_codes == ["everyone", "cabin_owners"]
    assert copy.version == 1
    assert count(services, "activity") == 2


def test_update_keeps_target_groups_and_bumps_version(services, store):
    activity = add(services, store, date(2025, 3, 6), target_groups=["elderly", "everyone"])
    updated = services.activities.update(activity.id, {"participants": 25})
    again = services.activities.update(activity.id, {"title": "Quiz i kaffekroken"})
    reread = services.activities.get(activity.id)
    assert reread.target_group_codes == ["elderly", "everyone"]
    assert (reread.participants, reread.title) == (25, "Quiz i kaffekroken")
    assert (updated.version, again.version, reread.version) == (2, 3, 3)
    assert activity.updated_at < updated.updated_at < again.updated_at


def test_target_groups_repeat_once(services, store):
    activity = add(services, store, date(2025, 3, 6),
                   target_groups=["elderly", "everyone", "elderly"])
    assert services.activities.get(activity.id).target_group_codes == ["elderly", "everyone"]


def test_invalid_update_saves_nothing(services, store):
    activity = add(services, store, date(2025, 3, 6), target_groups=["elderly"])
    with pytest.raises(ValidationError) as caught:
        services.activities.update(activity.id, {"participants": -3, "title": "Endret"})
    assert caught.value.for_field("participants").code == "number.negative"
    with pytest.raises(ValidationError):
        services.activities.update(activity.id, {"end_date": date(2025, 3, 1)})
    with pytest.raises(ValidationError):
        services.activities.update(activity.id, {"target_groups": ["martians"]})
    reread = services.activities.get(activity.id)
    assert (reread.participants, reread.title, reread.end_date, reread.version) == (10, "Quiz", None, 1)
    assert reread.target_group_codes == ["elderly"]


@pytest.mark.parametrize("values", [
    {"participants": 100_001}, {"cost_nok": -1}, {"kind_code": "rave"}, {"title": ""},
    {"title": "x" * 201}, {"target_groups": ["everyone", "martians"]},
    {"end_date": date(2025, 3, 5)},
])
def test_invalid_add_saves_nothing(services, store, values):
    with pytest.raises(ValidationError):
        services.activities.add(
            store.id, {"date": date(2025, 3, 6), "kind_code": "quiz", "title": "Quiz", **values})
    assert count(services, "activity") == 0


def test_adding_to_a_missing_store_is_refused(services):
    with pytest.raises(RecordNotFound):
        services.activities.add("no-such-store", {"date": date(2025, 3, 6), "kind_code": "quiz",
                                                   "title": "Quiz"})
    assert count(services, "activity") == 0


def test_database_refuses_an_orphan_activity(services):
    # The foreign key is enforced by SQLite itself, not only by the service's check.
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with services.database.transaction() as session:
            session.execute(text(
                "INSERT INTO activity (id, created_at, updated_at, version, store_id, date,"
                " kind_code, title, target_groups, partners, funding, note) VALUES ('x',"
                " '2025-01-01', '2025-01-01', 1, 'no-such-store', '2025-01-01', 'quiz', 'Quiz',"
                " '', '', '', '')"))
    assert count(services, "activity") == 0


def test_soft_delete_hides_but_keeps_the_row(services, store, season):
    services.activities.delete(season[1].id)
    assert season[1].id not in {col(r, "id") for r in services.activities.list_rows(store.id)}
    assert [(t.kind_code, t.count) for t in services.activities.totals_by_kind(store.id, 2025)] == [
        ("coffee_meetup", 2), ("quiz", 1)]
    with pytest.raises(RecordNotFound):
        services.activities.get(season[1].id)
    with pytest.raises(RecordNotFound):
        services.activities.update(season[1].id, {"title": "x"})
    with services.database.reader() as session:
        row = session.execute(text("SELECT deleted_at, version FROM activity WHERE id = :id"),
                              {"id": season[1].id}).one()
    assert row.deleted_at is not None and row.version == 2
    assert count(services, "activity") == 5


def test_undelete_brings_the_row_back_as_a_new_version(services, store, season):
    services.activities.delete(season[1].id)
    services.trash.restore("activity", season[1].id)
    assert season[1].id in {col(r, "id") for r in services.activities.list_rows(store.id)}
    restored = services.activities.get(season[1].id)
    assert restored.deleted_at is None and restored.version == 3  # add, delete, undelete
    assert restored.title == season[1].title
    with pytest.raises(RecordNotFound):
        services.trash.restore("activity", "no-such-id")


def test_years_ignore_deleted(services, store, season):
    services.activities.delete(season[0].id)
    assert services.activities.years(store.id) == [2025]


def test_demo_store(services):
    today = date(2025, 6, 30)
    store = create_demo_store(services, today=today)
    assert store.name == DEMO_STORE_NAME
    profile = {name: getattr(services.stores.get(store.id), name) for name in PROFILE_FIELDS}
    assert validate_store(profile) == []
    assert catalogs.municipality(store.municipality_code) is not None

    rows = services.activities.list_rows(store.id)
    dates = [col(r, "date") for r in rows]
    assert max(dates) <= today and min(dates) >= today - timedelta(days=365)
    assert (max(dates) - min(dates)).days >= 350
    weekly = [r for r in rows if col(r, "kind_code") == "coffee_meetup"]
    assert 50 <= len(weekly) <= 53
    assert len(rows) > len(weekly)  # some events besides the weekly coffee
    assert services.activities.years(store.id) == [2025, 2024]
    known = catalogs.activity_kinds().codes
    assert {col(r, "kind_code") for r in rows} <= known

    offerings = services.offerings.list_for_store(store.id)
    active = services.offerings.list_for_store(store.id, active_only=True, on=today)
    assert len(offerings) >= 5 and 0 < len(active) < len(offerings)
    assert {o.kind_code for o in offerings} <= catalogs.service_kinds().codes

    # A finalised baseline and a follow-up draft that moved one criterion up: a comparison to see.
    baseline, follow_up = sorted(services.assessments.list_for_store(store.id),
                                 key=lambda a: a.assessed_on)
    assert baseline.is_final and not follow_up.is_final and follow_up.purpose == "follow_up"
    moved = [c.criterion_id for c in services.assessments.compare(baseline.id, follow_up.id).criteria
             if c.movement != "same"]
    assert len(moved) == 1


def test_demo_store_is_deterministic(tmp_path):
    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.services import AppServices

    results = []
    for name in ("a", "b"):
        database = open_database(tmp_path / name / "demo.sqlite3")
        try:
            services = AppServices.for_database(database)
            store = create_demo_store(services, today=date(2025, 6, 30), seed=3)
            rows = services.activities.list_rows(store.id)
            results.append([row[1:] for row in rows])  # ids are random UUIDs
        finally:
            database.close()
    assert results[0] == results[1]


def test_rows_carry_end_dates_as_dates_and_combine_filters(services, store, season):
    add(services, store, date(2025, 3, 6), "market", "Marknad", 40, end_date=date(2025, 3, 8))
    rows = services.activities.list_rows(store.id, year=2025, kind_code="market")
    assert [(col(r, "date"), col(r, "end_date")) for r in rows] == [
        (date(2025, 3, 6), date(2025, 3, 8))]
    services.activities.delete(season[4].id)
    assert [col(r, "date") for r in services.activities.list_rows(store.id, kind_code="quiz")] == [
        date(2025, 3, 6)]
