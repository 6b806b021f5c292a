"""Scores and the readiness verdict for one assessment. Pure: catalogue and answers in, results out.

An answer is a level (0..scale max) or ``NOT_APPLICABLE``; a criterion missing from the answers
is unanswered. Unanswered criteria score 0 of their possible points, not-applicable ones are left
out of the possible points. Reasons are codes with parameters; the UI words them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from bygdeliv_desktop.domain.criteria import NOT_APPLICABLE, Catalogue, Criterion
from bygdeliv_desktop.errors import FieldError

AnswerValue = int | str  # a level, or NOT_APPLICABLE


@dataclass(frozen=True)
class Reason:
    """Why an assessment is not ready, e.g. ``readiness.mandatory_not_met`` {criterion: "M3", ...}."""

    code: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class CriterionScore:
    criterion_id: str
    category_id: str
    value: AnswerValue | None  # None: unanswered
    points: int
    possible: int  # 0 when not applicable
    mandatory: bool


@dataclass(frozen=True)
class Totals:
    """Points of a category (``category_id`` set) or of the whole assessment (``category_id`` None)."""

    category_id: str | None
    points: int
    possible: int
    answered: int
    total: int
    not_applicable: int

    @property
    def share(self) -> Fraction | None:
        """Points / possible points; None when nothing is applicable."""
        return Fraction(self.points, self.possible) if self.possible else None

    @property
    def percent(self) -> int | None:
        share = self.share
        return None if share is None else round(share * 100)


@dataclass(frozen=True)
class Readiness:
    ready: bool
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class AssessmentResult:
    criteria: tuple[CriterionScore, ...]
    categories: tuple[Totals, ...]
    overall: Totals
    readiness: Readiness

    def category(self, category_id: str) -> Totals | None:
        return next((c for c in self.categories if c.category_id == category_id), None)

    def criterion(self, criterion_id: str) -> CriterionScore | None:
        return next((c for c in self.criteria if c.criterion_id == criterion_id), None)


def value_error(catalogue: Catalogue, criterion: Criterion, value: object) -> FieldError | None:
    """Is ``value`` a valid answer for this criterion? (None means "clear the answer".)"""
    scale = catalogue.scale_of(criterion)
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value in scale.levels):
        return None
    if value == NOT_APPLICABLE and scale.not_applicable:
        return None
    return FieldError("value", "answer.invalid_level",
                      {"criterion": criterion.id, "max": scale.max,
                       "not_applicable": scale.not_applicable})


def _criterion_score(catalogue: Catalogue, category_id: str, criterion: Criterion,
                     value: AnswerValue | None) -> CriterionScore:
    scale_max = catalogue.scale_of(criterion).max
    if value == NOT_APPLICABLE:
        points, possible = 0, 0
    else:
        points, possible = (value if isinstance(value, int) else 0), scale_max
    return CriterionScore(criterion.id, category_id, value, points, possible, criterion.mandatory)


def _totals(category_id: str | None, scores: list[CriterionScore]) -> Totals:
    return Totals(
        category_id=category_id,
        points=sum(s.points for s in scores),
        possible=sum(s.possible for s in scores),
        answered=sum(1 for s in scores if s.value is not None),
        total=len(scores),
        not_applicable=sum(1 for s in scores if s.value == NOT_APPLICABLE),
    )


def _readiness(catalogue: Catalogue, scores: list[CriterionScore],
               categories: list[Totals], overall: Totals) -> Readiness:
    reasons: list[Reason] = []
    unanswered = [s.criterion_id for s in scores if s.value is None]
    if unanswered:
        reasons.append(Reason("readiness.unanswered",
                              {"count": len(unanswered), "criteria": unanswered}))
    for score in scores:
        if not score.mandatory or score.value is None:
            continue
        criterion = catalogue.criterion(score.criterion_id)
        required = catalogue.required_level(criterion)
        if score.value == NOT_APPLICABLE:
            # A mandatory criterion is the core of the certificate: it cannot be waived.
            reasons.append(Reason("readiness.mandatory_not_applicable",
                                  {"criterion": score.criterion_id}))
        elif score.value < required:
            reasons.append(Reason("readiness.mandatory_not_met",
                                  {"criterion": score.criterion_id, "level": score.value,
                                   "required": required}))
    for totals, category in zip(categories, catalogue.categories):
        needed = Fraction(str(catalogue.min_share(category)))
        share = totals.share
        # A category where nothing applies has no share to fall short of.
        if share is not None and share < needed:
            reasons.append(Reason("readiness.category_below_share",
                                  {"category": category.id, "points": totals.points,
                                   "possible": totals.possible, "percent": totals.percent,
                                   "required_percent": round(needed * 100)}))
    if overall.possible == 0:
        reasons.append(Reason("readiness.nothing_applicable"))
    return Readiness(ready=not reasons, reasons=tuple(reasons))


def score(catalogue: Catalogue, answers: Mapping[str, AnswerValue]) -> AssessmentResult:
    """Scores per criterion, per category and overall, and the readiness verdict.

    Answers for criteria the catalogue does not know are ignored (they cannot score).
    """
    all_scores: list[CriterionScore] = []
    category_totals: list[Totals] = []
    for category in catalogue.categories:
        scores = [_criterion_score(catalogue, category.id, c, answers.get(c.id))
                  for c in category.criteria]
        all_scores += scores
        category_totals.append(_totals(category.id, scores))
    overall = _totals(None, all_scores)
    readiness = _readiness(catalogue, all_scores, category_totals, overall)
    return AssessmentResult(tuple(all_scores), tuple(category_totals), overall, readiness)
