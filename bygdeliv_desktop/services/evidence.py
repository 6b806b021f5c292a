"""Suggest evidence from the store's own records, e.g. "12 activities in the last 12 months" for M3.

A suggestion is advice only: the user still chooses the level. Each criterion says in the
catalogue where to look (``suggest.source``), which kinds count and what count means fully met.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import col, select

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain.criteria import Catalogue, Criterion
from bygdeliv_desktop.domain.models import Activity
from bygdeliv_desktop.services.offerings import OfferingService


@dataclass(frozen=True)
class Suggestion:
    """``source`` tells the UI how to word it; ``items`` are kind codes (services) or titles."""

    criterion_id: str
    source: str
    count: int
    target: int | None
    since: dt.date | None  # start of the period counted (activities only)
    items: tuple[str, ...]
    suggested_level: int | None  # None when the catalogue gives no target


def twelve_months_before(today: dt.date) -> dt.date:
    """The day after the same date a year earlier: the last 12 months include ``today``."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return year_ago + dt.timedelta(days=1)


def _level(count: int, target: int | None, scale_max: int) -> int | None:
    if target is None:
        return None
    if count >= target:
        return scale_max
    return 1 if count > 0 and scale_max > 1 else 0


class EvidenceService:
    def __init__(self, database: Database, offerings: OfferingService) -> None:
        self._db = database
        self._offerings = offerings

    def suggestions(self, store_id: str, catalogue: Catalogue,
                    today: dt.date | None = None) -> dict[str, Suggestion]:
        """A suggestion for every criterion of ``catalogue`` that names a source."""
        today = today or dt.date.today()
        return {c.id: self.suggest(store_id, catalogue, c, today)
                for c in catalogue.criteria() if c.suggest is not None}

    def suggest(self, store_id: str, catalogue: Catalogue, criterion: Criterion,
                today: dt.date) -> Suggestion:
        hint = criterion.suggest
        scale_max = catalogue.scale_of(criterion).max
        if hint.source == "active_services":
            active = self._offerings.list_for_store(store_id, active_only=True, on=today)
            kinds = [o.kind_code for o in active if not hint.kinds or o.kind_code in hint.kinds]
            items = tuple(dict.fromkeys(kinds))  # one per kind: two post deals are one service
            return Suggestion(criterion.id, hint.source, len(items), hint.target, None, items,
                              _level(len(items), hint.target, scale_max))
        since = twelve_months_before(today)
        titles = self._activity_titles(store_id, since, today, hint.kinds)
        return Suggestion(criterion.id, hint.source, len(titles), hint.target, since,
                          tuple(titles), _level(len(titles), hint.target, scale_max))

    def _activity_titles(self, store_id: str, since: dt.date, until: dt.date,
                         kinds: tuple[str, ...]) -> list[str]:
        query = (select(Activity.title)
                 .where(Activity.store_id == store_id, col(Activity.deleted_at).is_(None),
                        Activity.date >= since, Activity.date <= until)
                 .order_by(col(Activity.date).desc()))
        if kinds:
            query = query.where(col(Activity.kind_code).in_(kinds))
        with self._db.reader() as session:
            return list(session.exec(query).all())

