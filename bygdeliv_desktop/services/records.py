"""Small helpers every use-case module shares: clean input, validate, fetch live records."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from typing import TypeVar

from sqlmodel import Session

from bygdeliv_desktop.domain.dates import as_date
from bygdeliv_desktop.domain.models import SyncedRecord, utc_now
from bygdeliv_desktop.domain.validation import DATE_FIELDS
from bygdeliv_desktop.errors import FieldError, RecordNotFound, ValidationError

RecordT = TypeVar("RecordT", bound=SyncedRecord)


def _clean_value(name: str, value: object) -> object:
    if name in DATE_FIELDS:
        try:
            return as_date(value)  # ISO text becomes a date; the validator names what is not
        except ValueError:
            return value
    if isinstance(value, str):
        # One kind of line break, composed letters (a Mac types 'Á' as 'A' + accent): the
        # validator then judges the text as it will be stored and searched.
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        return unicodedata.normalize("NFC", value)
    return value


def clean(values: Mapping, fields: tuple[str, ...]) -> dict:
    """Keep only known fields; trim text so '  ' counts as empty; dates given as ISO text
    ('2026-05-17') become dates. Nothing is dropped silently: what is left is validated."""
    return {name: _clean_value(name, values[name]) for name in fields if name in values}


def check(values: Mapping, validator: Callable[[Mapping], list[FieldError]]) -> None:
    errors = validator(values)
    if errors:
        raise ValidationError(errors)


def get_live(session: Session, model: type[RecordT], record_id: str) -> RecordT:
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise RecordNotFound(f"{model.__name__} {record_id}", id=record_id)
    return record


def apply(record: SyncedRecord, values: Mapping) -> None:
    for name, value in values.items():
        setattr(record, name, value)


def soft_delete(session: Session, model: type[RecordT], record_id: str) -> RecordT:
    record = get_live(session, model, record_id)
    record.deleted_at = utc_now()
    return record


def undelete(session: Session, model: type[RecordT], record_id: str) -> RecordT:
    """Take a soft delete back. It is an edit like any other: the version goes up, so the record
    comes back on other machines with the next exchange file (a live record beats a tombstone)."""
    record = session.get(model, record_id)
    if record is None:
        raise RecordNotFound(f"{model.__name__} {record_id}", id=record_id)
    record.deleted_at = None
    return record


def merged(record: SyncedRecord, values: Mapping, fields: tuple[str, ...]) -> dict:
    """The record's current values overlaid with the edit: validation sees the whole record."""
    whole = {name: getattr(record, name) for name in fields}
    whole.update(values)
    return whole
