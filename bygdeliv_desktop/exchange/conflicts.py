"""The conflict list: losing versions of concurrent edits, kept until the user decides."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import col, select

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain.models import utc_now
from bygdeliv_desktop.domain.sync_state import SyncConflict
from bygdeliv_desktop.errors import RecordNotFound
from bygdeliv_desktop.exchange.codec import BOOKKEEPING, decode, encode, registry


def open_conflicts(database: Database) -> list[SyncConflict]:
    """Unresolved conflicts, oldest first."""
    with database.reader() as session:
        query = (select(SyncConflict).where(col(SyncConflict.resolved_at).is_(None))
                 .order_by(col(SyncConflict.detected_at)))
        return list(session.exec(query))


def resolve(database: Database, conflict_id: str, keep_losing: bool) -> None:
    """Close a conflict. ``keep_losing`` puts the losing version's data back as a new local edit,
    which then wins everywhere on the next exchange (its version vector dominates both sides)."""
    with database.transaction() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise RecordNotFound(f"conflict {conflict_id}", id=conflict_id)
        if keep_losing:
            model = registry()[conflict.table_name]
            values = decode(model, json.loads(conflict.losing_data), conflict.table_name)
            record = session.get(model, conflict.record_id)
            if record is None:
                raise RecordNotFound(f"{conflict.table_name} {conflict.record_id}",
                                     id=conflict.record_id)
            for name, value in values.items():
                if name not in BOOKKEEPING and name != "id":
                    setattr(record, name, value)
        conflict.resolved_at = utc_now()


@dataclass(frozen=True)
class FieldDifference:
    name: str
    current: object
    other: object


@dataclass(frozen=True)
class ConflictView:
    """One open conflict as the user sees it: which record, and the fields that differ."""

    id: str
    table: str
    record_id: str
    label: str  # the record's name or title, for the list
    detected_at: object
    differences: tuple[FieldDifference, ...]
    record_gone: bool  # the record was deleted meanwhile (its losing version can still be kept)


LABEL_FIELDS = ("name", "title", "criterion_id", "kind_code")
HIDDEN = BOOKKEEPING | {"id"}


def conflict_views(database: Database) -> list[ConflictView]:
    """Open conflicts with the current version beside the losing one, field by field."""
    views = []
    models = registry()
    with database.reader() as session:
        conflicts = list(session.exec(select(SyncConflict).where(
            col(SyncConflict.resolved_at).is_(None)).order_by(col(SyncConflict.detected_at))))
        for conflict in conflicts:
            other = json.loads(conflict.losing_data)
            record = session.get(models[conflict.table_name], conflict.record_id)
            current = encode(record) if record is not None else {}
            differences = tuple(
                FieldDifference(name, current.get(name), other.get(name))
                for name in sorted(set(current) | set(other))
                if name not in HIDDEN and current.get(name) != other.get(name))
            source = current or other
            label = next((str(source[f]) for f in LABEL_FIELDS if source.get(f)), conflict.record_id)
            views.append(ConflictView(conflict.id, conflict.table_name, conflict.record_id, label,
                                      conflict.detected_at, differences, record is None))
    return views
