"""Figures for the Oversikt page, as plain data: activities and participants per month for this
year and last year, and the newest assessment's score per category."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bygdeliv_desktop.services import AppServices


@dataclass(frozen=True)
class YearByMonth:
    year: int
    activities: tuple[int, ...]  # 12 months, January first
    participants: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.activities)


@dataclass(frozen=True)
class CategoryBar:
    category_id: str
    title: str
    percent: int | None  # None: nothing applicable in the category


@dataclass(frozen=True)
class AssessmentFigures:
    assessment_id: str
    assessed_on: dt.date
    final: bool
    ready: bool
    answered: int
    total: int
    categories: tuple[CategoryBar, ...]
    overall_percent: int | None


def activities_by_month(services: AppServices, store_id: str, years: tuple[int, ...]
                        ) -> dict[int, YearByMonth]:
    """Counts and participants per month for each of ``years`` (an activity counts in the month
    it starts)."""
    counts = {year: [0] * 12 for year in years}
    people = {year: [0] * 12 for year in years}
    for year in dict.fromkeys(years):  # only these years' rows: a big store has many more
        for row in services.activities.list_rows(store_id, year=year):
            counts[year][row.date.month - 1] += 1
            people[year][row.date.month - 1] += row.participants or 0
    return {year: YearByMonth(year, tuple(counts[year]), tuple(people[year])) for year in years}


def latest_assessment(services: AppServices, store_id: str) -> AssessmentFigures | None:
    """The newest finalised assessment, or the newest draft when none is finalised."""
    summaries = services.assessments.list_for_store(store_id)  # newest first
    chosen = next((s for s in summaries if s.is_final), summaries[0] if summaries else None)
    if chosen is None:
        return None
    view = services.assessments.view(chosen.id)
    titles = {c.id: c.title.get() for c in view.catalogue.categories}
    return AssessmentFigures(
        chosen.id, chosen.assessed_on, chosen.is_final, view.result.readiness.ready,
        chosen.answered, chosen.total,
        tuple(CategoryBar(t.category_id, titles.get(t.category_id, t.category_id), t.percent)
              for t in view.result.categories),
        view.result.overall.percent)
