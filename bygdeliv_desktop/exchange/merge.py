"""Merge decisions for an incoming exchange file (see ``clock.py`` for "since they last met").

Per record, with L the local copy and R the incoming one:

- no L: insert R;
- vectors equal, or L newer: nothing to do (importing the same file twice changes nothing);
- R newer: take R as it is ("only one side changed");
- concurrent (both changed): a deterministic winner — a live record beats a tombstone (an edit
  after a delete brings the record back), then the higher ``version``, the later ``updated_at``,
  the higher content hash. Both machines pick the same winner, so they converge. The result gets
  ``version = max(L, R)`` and the merged vector; the loser is kept in ``sync_conflict`` unless the
  two differ only in bookkeeping columns.

Records whose parent is neither in the file nor in the database refuse the whole file, and so
does any record the forms would not accept (``record_rules.py``), any record that would change
store or point into another store (``identity.py``), and any version vector that is out of bounds
or credits this machine with edits it never made (``clock.py``): nothing of such a file is applied.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from bygdeliv_desktop.domain.models import Store, SyncedRecord
from bygdeliv_desktop.errors import (
    ExchangeForgedClock, ExchangeInvalidRecord, ExchangeMissingParent)
from bygdeliv_desktop.exchange import clock as clocks
from bygdeliv_desktop.exchange import record_text
from bygdeliv_desktop.exchange.codec import (
    content_hash, encode, encode_values, parent_links, registry, user_data)
from bygdeliv_desktop.exchange.identity import check_identity, check_local
from bygdeliv_desktop.exchange.package_format import DATA
from bygdeliv_desktop.exchange.reader import ExchangePackage, IncomingRecord
from bygdeliv_desktop.exchange.record_rules import check_records

NEW, CHANGED, DELETED, UNCHANGED, CONFLICT = "new", "changed", "deleted", "unchanged", "conflict"
ACTIONS = (NEW, CHANGED, DELETED, UNCHANGED, CONFLICT)
NO_DEVICE_YET = "00000000-0000-0000-0000-000000000000"  # no import/export yet: no peer knows us


@dataclass(frozen=True)
class ConflictInfo:
    table: str
    record_id: str
    winner: str  # "local" or "incoming"
    loser_json: dict
    loser_version: int
    winner_version: int


@dataclass
class Planned:
    record: IncomingRecord
    action: str
    local: SyncedRecord | None
    stored: object  # SyncClock | None
    result: dict | None = None  # column values to write; None = leave the row alone
    clock: dict | None = None
    conflict: ConflictInfo | None = None


@dataclass
class ImportPlan:
    export_id: str
    already_imported: bool
    counts: dict[str, Counter] = field(default_factory=dict)
    stores: list[tuple[str, str]] = field(default_factory=list)  # (id, name) in the file
    conflicts: list[ConflictInfo] = field(default_factory=list)
    items: list[Planned] = field(default_factory=list)

    @property
    def totals(self) -> Counter:
        total: Counter = Counter()
        for counter in self.counts.values():
            total.update(counter)
        return total


def _winner_key(values: dict, as_json: dict) -> tuple:
    return (values["deleted_at"] is None, values["version"], values["updated_at"],
            content_hash(as_json))


def decide(record: IncomingRecord, local: SyncedRecord | None, local_clock: dict) -> Planned:
    """What to do with one incoming record; pure apart from reading ``local``."""
    incoming = record.values
    if local is None:
        return Planned(record, NEW, None, None, dict(incoming), record.clock)
    relation = clocks.compare(local_clock, record.clock)
    local_json = encode(local)
    incoming_json = encode_values(incoming)
    if relation == clocks.EQUAL and local_json == incoming_json or relation == clocks.OLDER:
        return Planned(record, UNCHANGED, local, None)
    if relation == clocks.NEWER:
        action = DELETED if incoming["deleted_at"] and local.deleted_at is None else CHANGED
        return Planned(record, action, local, None, dict(incoming), record.clock)
    # Concurrent (or equal vectors with different data, which only a copied database produces).
    local_values = {name: getattr(local, name) for name in incoming}
    local_wins = _winner_key(local_values, local_json) > _winner_key(incoming, incoming_json)
    result = dict(local_values if local_wins else incoming)
    result["version"] = max(local.version, incoming["version"])
    merged_clock = clocks.merged(local_clock, record.clock)
    if user_data(local_json) == user_data(incoming_json):
        return Planned(record, UNCHANGED, local, None, result, merged_clock)
    loser_json, loser_version = (incoming_json, incoming["version"]) if local_wins \
        else (local_json, local.version)
    info = ConflictInfo(record.table, incoming["id"], "local" if local_wins else "incoming",
                        loser_json, loser_version, result["version"])
    return Planned(record, CONFLICT, local, None, result, merged_clock, info)


def _load(session: Session, model: type[SyncedRecord], ids: list[str]) -> dict[str, SyncedRecord]:
    rows: dict[str, SyncedRecord] = {}
    for start in range(0, len(ids), clocks.CHUNK):
        query = select(model).where(col(model.id).in_(ids[start:start + clocks.CHUNK]))
        rows.update({row.id: row for row in session.exec(query)})
    return rows


def _existing_ids(session: Session, model: type[SyncedRecord], ids: set[str]) -> set[str]:
    found: set[str] = set()
    ordered = sorted(ids)
    for start in range(0, len(ordered), clocks.CHUNK):
        query = select(model.id).where(col(model.id).in_(ordered[start:start + clocks.CHUNK]))
        found.update(session.exec(query))
    return found


def _check_parents(session: Session, package: ExchangePackage) -> None:
    models = registry()
    incoming_ids = {table: {r.values["id"] for r in records}
                    for table, records in package.tables.items()}
    for table, records in package.tables.items():
        for link in parent_links(models[table]):
            wanted = {r.values[link.column] for r in records if r.values[link.column] is not None}
            missing = wanted - incoming_ids.get(link.parent_table, set())
            missing -= _existing_ids(session, models[link.parent_table], missing)
            if missing:
                example = sorted(missing)[0]
                child = next(r for r in records if r.values[link.column] == example)
                raise ExchangeMissingParent(
                    f"{record_text.record(table, child.values)} viser til "
                    f"{record_text.kind(link.parent_table)} {example}", table=table,
                    parent_table=link.parent_table, parent_id=example)


def _check_clock(record: IncomingRecord, local_clock: dict, me: str) -> None:
    problem = clocks.bounds_problem(record.clock, NO_DEVICE_YET)
    if problem:
        raise ExchangeInvalidRecord(
            f"{record_text.record(record.table, record.values)}: versjonsvektor: {problem}",
            member=DATA, reason="clock", table=record.table, record_id=record.values["id"],
            field="clock")
    if me == NO_DEVICE_YET:
        return  # no device id yet: no file can name this machine
    if clocks.forged_count(record.clock, local_clock, me) is not None:
        raise ExchangeForgedClock(
            f"{record_text.record(record.table, record.values)}: filen sier at denne maskinen har "
            f"gjort {record.clock[me]} endringer av posten, men denne maskinen har gjort "
            f"{local_clock.get(me, 0)}. Bare en forfalsket fil kan si det; den er avvist så lokale "
            "endringer ikke blir overskrevet i det stille",
            member=DATA, reason="forged_clock", table=record.table,
            record_id=record.values["id"])


def plan_import(session: Session, package: ExchangePackage, already_imported: bool) -> ImportPlan:
    """Decide every record against the database seen through ``session``; writes nothing."""
    _check_parents(session, package)
    check_records(session, package)
    check_identity(session, package)
    me = clocks.device_id(session, create=False) or NO_DEVICE_YET
    plan = ImportPlan(package.manifest.export_id, already_imported)
    for table, model in registry().items():
        records = package.tables.get(table, [])
        ids = [r.values["id"] for r in records]
        local_rows = _load(session, model, ids)
        stored = clocks.load_stored(session, table, ids)
        counter: Counter = Counter()
        for record in records:
            local = local_rows.get(record.values["id"])
            local_clock = clocks.local_clock(stored.get(record.values["id"]),
                                             local.version, me) if local else {}
            if local is not None:
                check_local(record, local)
            _check_clock(record, local_clock, me)
            planned = decide(record, local, local_clock)
            planned.stored = stored.get(record.values["id"])
            counter[planned.action] += 1
            plan.items.append(planned)
            if planned.conflict:
                plan.conflicts.append(planned.conflict)
        plan.counts[table] = counter
        if model is Store:
            plan.stores = [(r.values["id"], r.values["name"]) for r in records]
    return plan
