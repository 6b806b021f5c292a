"""Synced records <-> exchange JSON, generic over ``SYNCED_TABLES``.

Nothing here names a table or a column: types, lengths, nullability and parent links come from the
SQLModel/SQLAlchemy metadata, so a new synced table takes part in exchange by being added to
``SYNCED_TABLES`` (parents before children).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timezone

import sqlalchemy as sa

from bygdeliv_desktop.domain import field_messages
from bygdeliv_desktop.domain.assessment_models import ASSESSMENT_TABLES
from bygdeliv_desktop.domain.dates import InvalidDate, parse_date, parse_timestamp
from bygdeliv_desktop.domain.models import SYNCED_TABLES, SyncedRecord
from bygdeliv_desktop.errors import ExchangeInvalidRecord, FieldError
from bygdeliv_desktop.exchange.package_format import DATA, dumps_canonical, is_uuid

# Bookkeeping columns: two records with equal user data but different bookkeeping are not a conflict.
BOOKKEEPING = frozenset({"version", "updated_at", "created_at"})
INT_RANGE = (-(2**63), 2**63 - 1)
# Version counters and version-vector entries: far above what any record reaches by editing, far
# below what would overflow anything, and a forged "version 10^18, wins every conflict" is refused.
MAX_COUNTER = 2**31 - 1


def registry() -> dict[str, type[SyncedRecord]]:
    """Table name -> model, parents first (store records, then the self-assessment and action plan,
    whose catalogue snapshots come before the assessments that name them)."""
    return {model.__table__.name: model for model in SYNCED_TABLES + ASSESSMENT_TABLES}


@dataclass(frozen=True)
class ParentLink:
    column: str
    parent_table: str
    nullable: bool


def parent_links(model: type[SyncedRecord]) -> list[ParentLink]:
    """Foreign keys from ``model`` to other synced tables (read from the metadata)."""
    synced = set(registry())
    return [ParentLink(column.name, fk.column.table.name, bool(column.nullable))
            for column in model.__table__.columns for fk in column.foreign_keys
            if fk.column.table.name in synced]


def _encode(value: object) -> object:
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
        return aware.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode(record: SyncedRecord) -> dict:
    """All columns of ``record`` as JSON-ready values (dates as ISO text, datetimes in UTC)."""
    return {column.name: _encode(getattr(record, column.name))
            for column in record.__table__.columns}


def encode_values(values: dict) -> dict:
    """Decoded column values back to JSON form (one canonical spelling for dates and times)."""
    return {name: _encode(value) for name, value in values.items()}


def content_hash(data: dict) -> str:
    return hashlib.sha256(dumps_canonical(data)).hexdigest()


def user_data(data: dict) -> dict:
    return {key: value for key, value in data.items() if key not in BOOKKEEPING}


def _decode(column: sa.Column, value: object) -> object:
    """One JSON value checked against its column; ValueError says (in Norwegian) what is wrong."""
    kind = column.type
    if isinstance(kind, sa.TypeDecorator):  # sqlmodel's AutoString / UTCDateTime wrap plain types
        kind = kind.impl_instance
    if value is None:
        if not column.nullable:
            raise ValueError("kan ikke være tom (null)")
        return None
    if isinstance(kind, sa.Boolean):
        if type(value) is not bool:
            raise ValueError("må være sann eller usann (true/false)")
        return value
    if isinstance(kind, sa.Integer):
        if type(value) is not int or not INT_RANGE[0] <= value <= INT_RANGE[1]:
            raise ValueError("må være et helt tall av rimelig størrelse")
        return value
    if isinstance(kind, (sa.DateTime, sa.Date)):
        # The domain's reading (strict ISO, with a time zone, 1900–2100) and its wording: an
        # offset that pushes a moment past year 1 is a refusal here, not an OverflowError later.
        try:
            if isinstance(kind, sa.DateTime):
                return parse_timestamp(value, column.name)
            if value == "":  # the writer writes null; parse_date would take '' as "no date"
                raise InvalidDate([FieldError(column.name, "date.invalid")])
            return parse_date(value, column.name)
        except InvalidDate as exc:
            raise ValueError(field_messages.message(exc.errors[0])) from None
    if isinstance(kind, sa.String):
        if not isinstance(value, str):
            raise ValueError("må være tekst")
        if kind.length is not None and len(value) > kind.length:
            raise ValueError(f"for lang tekst: høyst {kind.length} tegn")
        return value
    raise ValueError(f"ukjent kolonnetype {kind!r}")


def _refuse(model: type[SyncedRecord], data: dict, where: str, field: str | None, problem: str,
            reason: str) -> ExchangeInvalidRecord:
    from bygdeliv_desktop.exchange import record_text  # no cycle: record_text needs no codec

    table = model.__table__.name
    subject = record_text.record(table, data, f"post nr. {where}")
    text = f"{subject}: {record_text.field(field)}: {problem}" if field else f"{subject}: {problem}"
    params = {"table": table, "record_id": data.get("id") if isinstance(data.get("id"), str)
              else None}
    if field:
        params["field"] = field
    return ExchangeInvalidRecord(text[:500], member=DATA, reason=reason, **params)


def decode(model: type[SyncedRecord], data: object, where: str) -> dict:
    """Check one incoming record against ``model``'s columns; return the column values.

    The set of keys must equal the set of columns: an unknown or missing column means the file was
    made for another schema, and guessing would silently lose or invent data. Refusals name the
    record (kind, name or title, id) and the field in Norwegian.
    """
    if not isinstance(data, dict):
        raise _refuse(model, {}, where, None, "posten er ikke et JSON-objekt", "record")
    columns = {column.name: column for column in model.__table__.columns}
    if set(data) != set(columns):
        unknown = sorted(str(k)[:40] for k in set(data) - set(columns))[:5]
        missing = sorted(set(columns) - set(data))[:5]
        problem = "; ".join(part for part in (
            f"ukjente felt {unknown}" if unknown else "",
            f"mangler felt {missing}" if missing else "") if part)
        raise _refuse(model, data, where, None, problem, "columns")
    values = {}
    for name, column in columns.items():
        try:
            values[name] = _decode(column, data[name])
        except ValueError as exc:
            raise _refuse(model, data, where, name, str(exc), "value") from exc
    if not is_uuid(values["id"]):
        raise _refuse(model, data, where, "id", "er ikke en UUID", "value")
    if not 1 <= values["version"] <= MAX_COUNTER:
        raise _refuse(model, data, where, "version", f"må være fra 1 til {MAX_COUNTER}", "value")
    return values
