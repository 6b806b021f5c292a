"""Compare two assessment results side by side: what moved up or down, per criterion and category.

The two may come from different catalogue versions; criteria and categories are matched by id,
and those found in only one of them are reported as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from bygdeliv_desktop.domain.scoring import AnswerValue, AssessmentResult, Readiness, Totals

UP, DOWN, SAME, CHANGED = "up", "down", "same", "changed"
ONLY_BEFORE, ONLY_AFTER = "only_before", "only_after"


@dataclass(frozen=True)
class CriterionChange:
    criterion_id: str
    before: AnswerValue | None
    after: AnswerValue | None
    movement: str  # up, down, same, changed (to/from not applicable or unanswered), only_*


@dataclass(frozen=True)
class CategoryChange:
    category_id: str | None  # None for the overall line
    before: Totals | None
    after: Totals | None
    movement: str

    @property
    def points_delta(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return self.after.points - self.before.points

    @property
    def percent_delta(self) -> int | None:
        if self.before is None or self.after is None or None in (self.before.share, self.after.share):
            return None
        return round((self.after.share - self.before.share) * 100)


@dataclass(frozen=True)
class Comparison:
    criteria: tuple[CriterionChange, ...]
    categories: tuple[CategoryChange, ...]
    overall: CategoryChange
    readiness_before: Readiness
    readiness_after: Readiness


def _direction(before: int | Fraction, after: int | Fraction) -> str:
    return UP if after > before else DOWN if after < before else SAME


def _criterion_movement(before: AnswerValue | None, after: AnswerValue | None) -> str:
    if before == after:
        return SAME
    if isinstance(before, int) and isinstance(after, int):
        return _direction(before, after)
    return CHANGED


def _totals_movement(before: Totals, after: Totals) -> str:
    if before.share is not None and after.share is not None:
        return _direction(before.share, after.share)
    return SAME if (before.points, before.possible) == (after.points, after.possible) else CHANGED


def _category_change(category_id: str | None, before: Totals | None,
                     after: Totals | None) -> CategoryChange:
    if before is None:
        return CategoryChange(category_id, None, after, ONLY_AFTER)
    if after is None:
        return CategoryChange(category_id, before, None, ONLY_BEFORE)
    return CategoryChange(category_id, before, after, _totals_movement(before, after))


def _ordered_ids(first: list[str], second: list[str]) -> list[str]:
    """Ids of ``first`` in order, then those only in ``second``."""
    return list(dict.fromkeys(first + second))


def compare(before: AssessmentResult, after: AssessmentResult) -> Comparison:
    """What changed from ``before`` to ``after`` (usually baseline to follow-up)."""
    old_criteria = {c.criterion_id: c for c in before.criteria}
    new_criteria = {c.criterion_id: c for c in after.criteria}
    criteria = []
    for criterion_id in _ordered_ids(list(old_criteria), list(new_criteria)):
        old, new = old_criteria.get(criterion_id), new_criteria.get(criterion_id)
        if old is None:
            criteria.append(CriterionChange(criterion_id, None, new.value, ONLY_AFTER))
        elif new is None:
            criteria.append(CriterionChange(criterion_id, old.value, None, ONLY_BEFORE))
        else:
            criteria.append(CriterionChange(criterion_id, old.value, new.value,
                                            _criterion_movement(old.value, new.value)))
    old_categories = {c.category_id: c for c in before.categories}
    new_categories = {c.category_id: c for c in after.categories}
    categories = tuple(
        _category_change(cid, old_categories.get(cid), new_categories.get(cid))
        for cid in _ordered_ids(list(old_categories), list(new_categories))
    )
    return Comparison(tuple(criteria), categories,
                      _category_change(None, before.overall, after.overall),
                      before.readiness, after.readiness)
