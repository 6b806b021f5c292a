"""Use cases for meeting-place activities (møteplassaktivitetar)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import col, select

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain.models import Activity, Store
from bygdeliv_desktop.domain.dates import RANGE_PARAMS
from bygdeliv_desktop.domain.validation import validate_activity
from bygdeliv_desktop.errors import FieldError, ValidationError
from bygdeliv_desktop.services.activity_listing import (
    ROW_COLUMNS, ActivityListing, ActivityQuery, ActivityRow, count_live)
from bygdeliv_desktop.services.records import (
    apply, check, clean, get_live, merged, soft_delete)

ACTIVITY_FIELDS = (
    "date", "end_date", "kind_code", "title", "participants", "target_groups", "partners",
    "cost_nok", "funding", "note",
)


@dataclass(frozen=True)
class KindTotal:
    kind_code: str
    count: int
    participants: int


def _normalised(values: Mapping) -> dict:
    data = clean(values, ACTIVITY_FIELDS)
    groups = data.get("target_groups")
    if isinstance(groups, (list, tuple, set, frozenset)):
        data["target_groups"] = list(dict.fromkeys(groups))  # keep order, drop repeats
    return data


def _for_storage(data: dict) -> dict:
    stored = dict(data)
    if "target_groups" in stored:
        stored["target_groups"] = ",".join(stored["target_groups"] or ())
    return stored


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


class ActivityService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list_rows(self, store_id: str, year: int | None = None, kind_code: str | None = None,
                  between: tuple[date, date] | None = None) -> list[ActivityRow]:
        """Light rows (named tuples in ROW_COLUMNS order), newest first, then by title.

        For reports, exports and figures that need every row at once; the list on screen reads
        through ``listing`` instead. Runs on the driver's cursor: the ORM's row objects and result
        processing cost more than the query itself.
        """
        table = Activity.__tablename__
        conditions = ["store_id = :store", "deleted_at IS NULL"]
        params: dict[str, object] = {"store": store_id}
        if year is not None:
            between = _year_bounds(year)
        if between is None:
            # Most of the table is wanted. Left alone, SQLite walks an index in date order and
            # fetches each row from wherever it lies in the file: 100 000 random lookups. One
            # sequential scan plus a sort is several times faster (see the benchmark).
            table += " NOT INDEXED"
        else:
            conditions += ["date >= :first", "date <= :last"]
            params.update(first=between[0].isoformat(), last=between[1].isoformat())
        if kind_code:
            conditions.append("kind_code = :kind")
            params["kind"] = kind_code
        sql = (f"SELECT {', '.join(ROW_COLUMNS)} FROM {table}"
               f" WHERE {' AND '.join(conditions)} ORDER BY date DESC, title")
        with self._db.reader() as session:
            cursor = session.connection().connection.driver_connection.execute(sql, params)
            raw = cursor.fetchall()
        to_date = date.fromisoformat  # SQLAlchemy stores Date as ISO text 'YYYY-MM-DD'
        make = ActivityRow._make
        return [make((id_, to_date(day), end and to_date(end), kind, title, people, groups,
                      partners))
                for id_, day, end, kind, title, people, groups, partners in raw]

    def listing(self, query: ActivityQuery, kind_labels: Mapping[str, str] | None = None,
                group_labels: Mapping[str, str] | None = None) -> ActivityListing:
        """The activities ``query`` selects, in its order, read from the database as needed.

        The labels (code → text in the user's language) are what the list shows: the kind and
        target-group columns sort by them, and the text filter also finds a kind by its label.
        """
        return ActivityListing(self._db, query, kind_labels or {}, group_labels or {})

    def count(self, query: ActivityQuery) -> int:
        """How many live activities the query's year and kind select (its text ignored)."""
        return count_live(self._db, query)

    def years(self, store_id: str) -> list[int]:
        """Years with activities, newest first: one index lookup per year (the newest date before
        the year found last), not a scan of every activity."""
        found: list[int] = []
        with self._db.reader() as session:
            while True:
                query = select(func.max(Activity.date)).where(
                    Activity.store_id == store_id, col(Activity.deleted_at).is_(None))
                if found:
                    query = query.where(Activity.date < date(found[-1], 1, 1))
                newest = session.execute(query).scalar()
                if newest is None:
                    return found
                found.append(newest.year)

    def totals_by_kind(self, store_id: str, year: int) -> list[KindTotal]:
        first, last = _year_bounds(year)
        query = (
            select(Activity.kind_code, func.count(), func.coalesce(func.sum(Activity.participants), 0))
            .where(Activity.store_id == store_id, col(Activity.deleted_at).is_(None),
                   Activity.date >= first, Activity.date <= last)
            .group_by(Activity.kind_code)
            .order_by(func.count().desc(), Activity.kind_code)
        )
        with self._db.reader() as session:
            return [KindTotal(kind, count, int(people)) for kind, count, people
                    in session.execute(query).all()]

    def count_since(self, store_id: str, first: date) -> int:
        """Activities on or after ``first`` (e.g. the last 12 months)."""
        query = select(func.count()).where(Activity.store_id == store_id,
                                           col(Activity.deleted_at).is_(None), Activity.date >= first)
        with self._db.reader() as session:
            return session.execute(query).scalar_one()

    def get(self, activity_id: str) -> Activity:
        with self._db.reader() as session:
            return get_live(session, Activity, activity_id)

    def add(self, store_id: str, values: Mapping) -> Activity:
        data = _normalised(values)
        check(data, validate_activity)
        activity = Activity(store_id=store_id, **_for_storage(data))
        with self._db.transaction() as session:
            get_live(session, Store, store_id)
            session.add(activity)
        return activity

    def update(self, activity_id: str, values: Mapping) -> Activity:
        data = _normalised(values)
        with self._db.transaction() as session:
            activity = get_live(session, Activity, activity_id)
            current = merged(activity, {}, ACTIVITY_FIELDS)
            current["target_groups"] = activity.target_group_codes
            current.update(data)
            check(current, validate_activity)
            apply(activity, _for_storage(data))
        return activity

    def duplicate(self, activity_id: str, days_later: int = 7) -> Activity:
        """"Same as last week": a copy dated ``days_later`` after the original."""
        source = self.get(activity_id)
        values = {name: getattr(source, name) for name in ACTIVITY_FIELDS}
        values["target_groups"] = source.target_group_codes
        try:
            shift = timedelta(days=days_later)
            values["date"] = source.date + shift
            if source.end_date:
                values["end_date"] = source.end_date + shift
        except OverflowError:  # past year 9999: far outside the dates the app takes anyway
            raise ValidationError([FieldError("date", "date.out_of_range", dict(RANGE_PARAMS))])
        return self.add(source.store_id, values)

    def delete(self, activity_id: str) -> None:
        with self._db.transaction() as session:
            soft_delete(session, Activity, activity_id)
