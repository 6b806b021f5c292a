"""Dates and timestamps as the domain takes them (issues 19 and 14).

A date is a ``datetime.date`` or an ISO text 'YYYY-MM-DD' between 1900-01-01 and 2100-12-31;
anything else is a typed :class:`InvalidDate` (a ValidationError, and a ValueError for callers
that catch that), never an untyped database error further down.
"""

from __future__ import annotations

import datetime as dt
import re

from bygdeliv_desktop.errors import FieldError, ValidationError

MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MAX_TIMESTAMP_TEXT = 40


class InvalidDate(ValidationError, ValueError):
    """A date or timestamp that cannot be read or lies outside the range the app takes."""


def _shown(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


RANGE_PARAMS = {"min": _shown(MIN_DATE), "max": _shown(MAX_DATE)}


def as_date(value: object) -> dt.date | None:
    """``value`` as a date (None for None or ''), without a range check; ValueError otherwise.

    Only the strict 'YYYY-MM-DD' form is read from text: Python also reads '20260101' and
    '2026-W01-1', which no user means as a date typed into this app.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return dt.date.fromisoformat(value)  # ValueError for 2026-13-45
    raise ValueError(f"not a date: {type(value).__name__}")


def date_error(field: str, value: object) -> FieldError | None:
    """The problem with ``value`` as a date in ``field``, or None (empty counts as fine)."""
    try:
        day = as_date(value)
    except ValueError:
        return FieldError(field, "date.invalid")
    if day is not None and not MIN_DATE <= day <= MAX_DATE:
        return FieldError(field, "date.out_of_range", dict(RANGE_PARAMS))
    return None


def parse_date(value: object, field: str = "date") -> dt.date | None:
    """``value`` as a date in range; :class:`InvalidDate` naming ``field`` otherwise."""
    error = date_error(field, value)
    if error is not None:
        raise InvalidDate([error])
    return as_date(value)


def parse_timestamp(value: object, field: str = "timestamp") -> dt.datetime:
    """An ISO 8601 timestamp with a time zone, as aware UTC, years 1900–2100.

    :class:`InvalidDate` (code 'timestamp.invalid') for anything else, including offsets that
    push the moment past year 1 or 9999 (``astimezone`` would raise OverflowError).
    """
    error = InvalidDate([FieldError(field, "timestamp.invalid")])
    if not isinstance(value, str) or len(value) > _MAX_TIMESTAMP_TEXT:
        raise error
    try:
        moment = dt.datetime.fromisoformat(value)
        utc = moment.astimezone(dt.timezone.utc) if moment.utcoffset() is not None else None
    except (ValueError, OverflowError) as exc:
        raise error from exc
    if utc is None or not MIN_DATE <= utc.date() <= MAX_DATE:
        raise error
    return utc
