"""Scoring and the readiness rule on hand-made catalogues, including the edge cases."""

from __future__ import annotations

from fractions import Fraction

import pytest

from bygdeliv_desktop.domain.comparison import compare
from bygdeliv_desktop.domain.criteria import NOT_APPLICABLE as NA
from bygdeliv_desktop.domain.criteria import parse_catalogue
from bygdeliv_desktop.domain.scoring import score, value_error
from tests.domain.criteria_helpers import catalogue_toml

TWO_CATEGORIES = {"A": [("A1", True), ("A2", False), ("A3", False)],
                  "B": [("B1", False), ("B2", False)]}


@pytest.fixture
def catalogue():
    return parse_catalogue(catalogue_toml(TWO_CATEGORIES), "test.toml")


def codes(result):
    return [r.code for r in result.readiness.reasons]


def test_points_per_category_and_overall(catalogue):
    result = score(catalogue, {"A1": 2, "A2": 1, "A3": 0, "B1": 2, "B2": NA})
    a, b = result.categories
    assert (a.points, a.possible, a.answered, a.total) == (3, 6, 3, 3)
    assert (b.points, b.possible, b.not_applicable) == (2, 2, 1)
    assert (result.overall.points, result.overall.possible) == (5, 8)
    assert a.share == Fraction(1, 2) and a.percent == 50


def test_ready_when_mandatory_met_and_every_category_at_share(catalogue):
    result = score(catalogue, {"A1": 2, "A2": 1, "A3": 1, "B1": 2, "B2": 0})
    # A: 4/6 = 67 %, B: 2/4 = 50 % -> B is short
    assert codes(result) == ["readiness.category_below_share"]
    assert result.readiness.reasons[0].params["category"] == "B"
    result = score(catalogue, {"A1": 2, "A2": 1, "A3": 1, "B1": 2, "B2": 1})
    assert result.readiness.ready and result.readiness.reasons == ()


def test_share_exactly_at_the_limit_passes():
    catalogue = parse_catalogue(catalogue_toml({"A": [(f"A{i}", False) for i in range(5)]}))
    # 6 of 10 points is exactly 60 %: exact arithmetic, no float rounding at the boundary
    result = score(catalogue, {"A0": 2, "A1": 2, "A2": 1, "A3": 1, "A4": 0})
    assert result.readiness.ready
    result = score(catalogue, {"A0": 2, "A1": 2, "A2": 1, "A3": 0, "A4": 0})
    assert codes(result) == ["readiness.category_below_share"]


def test_mandatory_partly_met_gives_a_reason_with_level(catalogue):
    result = score(catalogue, {"A1": 1, "A2": 2, "A3": 2, "B1": 2, "B2": 2})
    assert not result.readiness.ready
    reason = result.readiness.reasons[0]
    assert reason.code == "readiness.mandatory_not_met"
    assert reason.params == {"criterion": "A1", "level": 1, "required": 2}


def test_mandatory_cannot_be_waived_as_not_applicable(catalogue):
    result = score(catalogue, {"A1": NA, "A2": 2, "A3": 2, "B1": 2, "B2": 2})
    assert codes(result) == ["readiness.mandatory_not_applicable"]


def test_unanswered_counts_as_zero_and_blocks_readiness(catalogue):
    result = score(catalogue, {"A1": 2, "A2": 2, "A3": 2, "B1": 2})
    assert result.categories[1].possible == 4 and result.categories[1].points == 2
    assert codes(result)[0] == "readiness.unanswered"
    assert result.readiness.reasons[0].params == {"count": 1, "criteria": ["B2"]}


def test_all_not_applicable():
    catalogue = parse_catalogue(catalogue_toml({"A": [("A1", False), ("A2", False)],
                                                "B": [("B1", False)]}))
    result = score(catalogue, {"A1": NA, "A2": NA, "B1": NA})
    assert all(c.share is None and c.percent is None for c in result.categories)
    assert result.overall.possible == 0 and result.overall.answered == 3
    # nothing to measure is not "ready"
    assert codes(result) == ["readiness.nothing_applicable"]


def test_all_not_applicable_with_mandatory_criteria(catalogue):
    result = score(catalogue, {cid: NA for cid in ("A1", "A2", "A3", "B1", "B2")})
    assert codes(result) == ["readiness.mandatory_not_applicable", "readiness.nothing_applicable"]


def test_category_without_mandatory_criteria_is_judged_by_share_only(catalogue):
    # B has no mandatory criterion: 0 points there fails on share alone, never on "mandatory"
    result = score(catalogue, {"A1": 2, "A2": 2, "A3": 2, "B1": 0, "B2": 0})
    assert codes(result) == ["readiness.category_below_share"]
    assert result.readiness.reasons[0].params["category"] == "B"


def test_one_category_wholly_not_applicable_does_not_block(catalogue):
    result = score(catalogue, {"A1": 2, "A2": 1, "A3": 1, "B1": NA, "B2": NA})
    assert result.categories[1].share is None
    assert result.readiness.ready


def test_category_min_share_override_and_default_mandatory_level():
    text = catalogue_toml({"A": [("A1", True)], "B": [("B1", False), ("B2", False)]},
                          mandatory_level=None)
    text = text.replace('title = { nb = "Kategori B", nn = "Kategori B" }',
                        'title = { nb = "Kategori B", nn = "Kategori B" }\nmin_share = 0.25')
    catalogue = parse_catalogue(text)
    assert catalogue.required_level(catalogue.criterion("A1")) == 2  # the scale's top
    result = score(catalogue, {"A1": 2, "B1": 1, "B2": 0})  # B: 25 %
    assert result.readiness.ready


def test_unknown_answers_are_ignored(catalogue):
    result = score(catalogue, {"A1": 2, "ZZ": 2})
    assert result.criterion("ZZ") is None and result.overall.points == 2


@pytest.mark.parametrize("value, ok", [(0, True), (2, True), (NA, True), (None, True),
                                       (3, False), (-1, False), (True, False), ("1", False)])
def test_value_error(catalogue, value, ok):
    criterion = catalogue.criterion("A1")
    assert (value_error(catalogue, criterion, value) is None) is ok


def test_compare_moves_per_criterion_and_category(catalogue):
    before = score(catalogue, {"A1": 1, "A2": 2, "A3": 0, "B1": NA, "B2": 2})
    after = score(catalogue, {"A1": 2, "A2": 1, "A3": 0, "B1": 1})
    comparison = compare(before, after)
    moves = {c.criterion_id: c.movement for c in comparison.criteria}
    assert moves == {"A1": "up", "A2": "down", "A3": "same", "B1": "changed", "B2": "changed"}
    a, b = comparison.categories
    assert (a.movement, a.points_delta, a.percent_delta) == ("same", 0, 0)
    assert b.before.share == 1 and b.after.share == Fraction(1, 4) and b.movement == "down"
    assert comparison.overall.points_delta == 4 - 5


def test_compare_across_catalogue_versions():
    old = parse_catalogue(catalogue_toml({"A": [("A1", False), ("A2", False)]}))
    new = parse_catalogue(catalogue_toml({"A": [("A1", False)], "C": [("C1", False)]}, version=2))
    comparison = compare(score(old, {"A1": 0, "A2": 2}), score(new, {"A1": 2, "C1": 1}))
    moves = {c.criterion_id: c.movement for c in comparison.criteria}
    assert moves == {"A1": "up", "A2": "only_before", "C1": "only_after"}
    assert [c.movement for c in comparison.categories] == ["up", "only_after"]  # A: 50 % -> 100 %
