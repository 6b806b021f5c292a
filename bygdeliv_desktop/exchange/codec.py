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

from bygdeliv_desktop.domain.assessment_models import ASSESSMENT_TABLES
from bygdeliv_desktop.domain.models import SYNCED_TABLES, SyncedRecord
from bygdeliv_desktop.errors import ExchangeMalformed
from bygdeliv_desktop.exchange.package_format import DATA, dumps_canonical, is_uuid

# Bookkeeping columns: two records with equal user data but different bookkeeping are not a conflict.
BOOKKEEPING = frozenset({"version", "updated_at", "created_at"})
INT_RANGE = (-(2**63), 2**63 - 1)


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
    """One JSON value checked against its column; ValueError says what is wrong."""
    kind = column.type
    if isinstance(kind, sa.TypeDecorator):  # sqlmodel's AutoString / UTCDateTime wrap plain types
        kind = kind.impl_instance
    if value is None:
        if not column.nullable:
            raise ValueError("must not be empty")
        return None
    if isinstance(kind, sa.Boolean):
        if type(value) is not bool:
            raise ValueError("must be true/false")
        return value
    if isinstance(kind, sa.Integer):
        if type(value) is not int or not INT_RANGE[0] <= value <= INT_RANGE[1]:
            raise ValueError("must be a whole number")
        return value
    if isinstance(kind, sa.DateTime):
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError("must be a timestamp")
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("timestamp without time zone")
        return moment.astimezone(timezone.utc)
    if isinstance(kind, sa.Date):
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError("must be a date")
        return date.fromisoformat(value)
    if isinstance(kind, sa.String):
        if not isinstance(value, str):
            raise ValueError("must be text")
        if kind.length is not None and len(value) > kind.length:
            raise ValueError(f"longer than {kind.length}")
        return value
    raise ValueError(f"unsupported column type {kind!r}")


def decode(model: type[SyncedRecord], data: object, where: str) -> dict:
    """Check one incoming record against ``model``'s columns; return the column values.

    The set of keys must equal the set of columns: an unknown or missing column means the file was
    made for another schema, and guessing would silently lose or invent data.
    """
    if not isinstance(data, dict):
        raise ExchangeMalformed(f"{where}: not an object", member=DATA, reason="record")
    columns = {column.name: column for column in model.__table__.columns}
    if set(data) != set(columns):
        unknown = sorted(set(data) - set(columns))
        missing = sorted(set(columns) - set(data))
        raise ExchangeMalformed(f"{where}: unknown {unknown} missing {missing}"[:300], member=DATA,
                                reason="columns")
    values = {}
    for name, column in columns.items():
        try:
            values[name] = _decode(column, data[name])
        except ValueError as exc:
            raise ExchangeMalformed(f"{where}.{name}: {exc}"[:300], member=DATA,
                                    reason="value", field=name) from exc
    if not is_uuid(values["id"]):
        raise ExchangeMalformed(f"{where}.id: not a UUID", member=DATA, reason="value", field="id")
    if values["version"] < 1:
        raise ExchangeMalformed(f"{where}.version < 1", member=DATA, reason="value", field="version")
    return values
