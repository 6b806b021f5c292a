"""The activity list's listing: SQLite orders, filters and pages the rows; checked against the
same rules written plainly in Python over every row (list_rows)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.models import Activity, new_id, utc_now
from bygdeliv_desktop.domain.text import sort_key
from bygdeliv_desktop.services.activity_listing import (
    SORT_FIELDS, ActivityListing, ActivityQuery, glob_pattern, listing_sql)

KINDS = {k.code: k.label("nb") for k in catalogs.activity_kinds().kinds}
GROUPS = {g.code: g.label("en") for g in catalogs.target_groups().kinds}
TITLES = ["Ølsmaking", "øl og pizza", "Åpen kafé", "ærlig talt", "Zumba", "abc-kurs", "Bygdekveld",
          "Quiz [finale]", "50 % * rabatt?", "ØL", "Dugnad", "dugnad", "Årsmøte", "Eldretreff"]
PARTNERS = ["", "Grendelaget", "ølbryggeriet", "Åsnes kommune", "Lag og foreiningar"]


def bulk(services, store_id: str, rows: list[dict]) -> None:
    now = utc_now()
    values = [{"id": new_id(), "created_at": now, "updated_at": now, "version": 1,
               "deleted_at": None, "store_id": store_id, "end_date": None, "cost_nok": None,
               "funding": "", "note": "", **row} for row in rows]
    with services.database.transaction() as session:
        session.execute(insert(Activity), values)


def random_rows(seed: int, count: int) -> list[dict]:
    rng = random.Random(seed)
    return [{"date": date(2021, 1, 1) + timedelta(days=rng.randrange(1500)),
             "kind_code": rng.choice(sorted(KINDS)), "title": rng.choice(TITLES),
             "participants": rng.choice([None, 0, 5, 12, 12, 40]),
             "target_groups": ",".join(rng.sample(sorted(GROUPS), rng.randrange(3))),
             "partners": rng.choice(PARTNERS)} for _ in range(count)]


@pytest.fixture
def filled(services, store):
    bulk(services, store.id, random_rows(seed=7, count=300))
    return store.id


def listing(services, store_id, **query) -> ActivityListing:
    return services.activities.listing(ActivityQuery(store_id, **query), KINDS, GROUPS)


def shown_key(row, sort: str):
    """What the list shows for the sort column, as a Norwegian reader orders it."""
    if sort == "date":
        return row.date
    if sort == "participants":
        return -1 if row.participants is None else row.participants
    if sort == "kind":
        return sort_key(KINDS[row.kind_code])
    if sort == "target_groups":
        return sort_key(", ".join(GROUPS[c] for c in row.target_groups.split(",") if c))
    return sort_key(getattr(row, sort))


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORT_FIELDS)
def test_every_order_matches_the_plain_python_rule(services, filled, sort, descending):
    rows = listing(services, filled, sort=sort, descending=descending)
    everything = services.activities.list_rows(filled)
    assert sorted(r.id for r in rows) == sorted(r.id for r in everything)
    keys = [shown_key(r, sort) for r in rows]
    assert keys == sorted(keys, reverse=descending)
    if sort != "date":  # ties go by date, the same way
        for before, after in zip(rows, rows[1:]):
            if shown_key(before, sort) == shown_key(after, sort):
                assert (before.date >= after.date) if descending else (before.date <= after.date)


def test_norwegian_letters_sort_after_z_whatever_their_case(services, store):
    titles = ["Åpen dag", "zumba", "ærlig", "Øl", "Aking", "øvelse", "Ærfugl", "bingo", "åre"]
    bulk(services, store.id, [{"date": date(2025, 1, 1), "kind_code": "quiz", "title": t,
                               "participants": 1, "target_groups": "", "partners": ""}
                              for t in titles])
    rows = listing(services, store.id, sort="title", descending=False)
    assert [r.title for r in rows] == sorted(titles, key=sort_key)
    assert [r.title for r in rows][:3] == ["Aking", "bingo", "zumba"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet="aAbZzæÆøØåÅäÖ -1", min_size=1, max_size=6),
                min_size=1, max_size=25))
def test_title_order_in_sqlite_equals_sort_key_for_any_titles(services, store, titles):
    created = services.stores.create({"name": "Eigen butikk"})
    bulk(services, created.id, [{"date": date(2025, 1, 1), "kind_code": "quiz", "title": t,
                                 "participants": 1, "target_groups": "", "partners": t}
                                for t in titles])
    for field in ("title", "partners"):
        rows = listing(services, created.id, sort=field, descending=False)
        assert [sort_key(getattr(r, field)) for r in rows] == sorted(map(sort_key, titles))


@pytest.mark.parametrize("needle", ["øl", "ØL", "Øl", "dugnad", "[finale]", "*", "?", "%",
                                    "åsnes", "KAFÉ", "quiz", "marked", "Lag og", "ingenting"])
def test_text_filter_finds_what_a_casefold_search_finds(services, filled, needle):
    rows = listing(services, filled, text=needle)
    folded = needle.casefold()
    expected = {r.id for r in services.activities.list_rows(filled)
                if folded in r.title.casefold() or folded in r.partners.casefold()
                or folded in KINDS[r.kind_code].casefold()}
    assert {r.id for r in rows} == expected
    assert all(a.date >= b.date for a, b in zip(rows, rows[1:]))
    if needle != "ingenting":
        assert expected


def test_text_filter_with_a_keyed_order_keeps_that_order(services, filled):
    rows = listing(services, filled, text="øl", sort="title", descending=True)
    keys = [sort_key(r.title) for r in rows]
    assert keys and keys == sorted(keys, reverse=True)


def test_year_kind_store_and_deleted_rows_are_respected(services, store, filled):
    other = services.stores.create({"name": "Nabobutikken"})
    bulk(services, other.id, random_rows(seed=8, count=20))
    doomed = services.activities.list_rows(filled, year=2022)[0]
    services.activities.delete(doomed.id)
    expected = [r.id for r in services.activities.list_rows(filled, year=2022, kind_code="quiz")]
    rows = listing(services, filled, year=2022, kind_code="quiz")
    assert sorted(r.id for r in rows) == sorted(expected)
    assert doomed.id not in {r.id for r in listing(services, filled)}
    assert len(listing(services, filled)) == services.activities.count(ActivityQuery(filled)) == 299
    assert services.activities.count(ActivityQuery(filled, year=2022, kind_code="quiz",
                                                   text="anything")) == len(expected)


def test_rows_read_a_block_at_a_time_equal_the_whole(services, filled):
    query = ActivityQuery(filled, sort="participants")
    small = ActivityListing(services.database, query, KINDS, GROUPS, block_rows=7)
    whole = listing(services, filled, sort="participants")
    assert [r.id for r in small] == [r.id for r in whole]
    assert small[-1] == whole[len(whole) - 1] and small[3:9] == [whole[i] for i in range(3, 9)]
    with pytest.raises(IndexError):
        small[len(small)]
    target = whole[123]
    assert small.index_of(target.id) == 123
    assert small.index_of("no-such-id") == -1
    assert listing(services, filled, year=2030).index_of(target.id) == -1


def test_a_row_deleted_under_a_listing_reads_blank_not_a_crash(services, filled):
    rows = listing(services, filled)  # nothing read yet but the ids
    peek = listing(services, filled)
    gone, kept = peek[0].id, peek[1].id
    with services.database.transaction() as session:
        session.connection().exec_driver_sql("DELETE FROM activity WHERE id = ?", (gone,))
    assert rows[0].id == "" and rows[1].id == kept
    assert len(listing(services, filled)) == len(rows) - 1


@pytest.mark.parametrize("sort", ["date", "title", "participants", "partners"])
def test_each_order_walks_an_index_instead_of_sorting(services, filled, sort):
    """The migration froze the Norwegian key expression; if it and the query ever differ, SQLite
    falls back to sorting every row and this plan says so."""
    for descending in (False, True):
        sql, params = listing_sql(ActivityQuery(filled, sort=sort, descending=descending), KINDS)
        with services.database.reader() as session:
            plan = " ".join(row[3] for row in session.connection().exec_driver_sql(
                f"EXPLAIN QUERY PLAN {sql}", params))
        assert "ix_activity_live_" in plan and "TEMP B-TREE" not in plan, plan


def test_glob_pattern_matches_letters_either_case_and_wildcards_literally():
    assert glob_pattern("Øl") == "*[øØ][lL]*"
    assert glob_pattern("a*?[") == "*[aA][*][?][[]*"
    assert glob_pattern("5 %") == "*5 %*"


def test_unknown_sort_field_is_refused():
    with pytest.raises(ValueError):
        ActivityQuery("store", sort="colour")
