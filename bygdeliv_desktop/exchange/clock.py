"""Version vectors: how the import knows whether a record changed on both machines "since they last met".

Each database has a device id. Every record has a version vector ``{device_id: counter}``: entry D
counts the edits made on device D that this copy has seen. Comparing two vectors answers exactly the
merge question, for any number of machines (store PC, consultant laptop, county):

- equal: the same version;
- one is >= the other everywhere: that side has seen everything the other has and more → take it;
- neither: both changed since their last common version → a conflict.

The vector is stored in ``sync_clock`` only once a record has passed through an import. Local edits
do not touch it: they already bump ``version`` by one (``db/database.py``), so the local entry is
derived as ``stored[self] + (version - seen_version)``, where ``seen_version`` is the record's version
when the vector was stored. A record never imported has no row: its vector is ``{self: version}``.
Export therefore needs no writes besides creating the device id once.

After a merge the record's ``version`` becomes ``max(local, remote)`` (a Lamport clock): both machines
compute the same result from the same two versions, so they converge, and any later local edit is
numbered above everything seen.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlmodel import Session, col, select

from bygdeliv_desktop.domain.sync_state import SyncClock, SyncDevice
from bygdeliv_desktop.exchange.codec import MAX_COUNTER

Clock = dict[str, int]
EQUAL, NEWER, OLDER, CONCURRENT = "equal", "newer", "older", "concurrent"
CHUNK = 500  # ids per IN (...) query; SQLite's default variable limit is far above this


def compare(mine: Clock, theirs: Clock) -> str:
    """Relation of ``theirs`` to ``mine``: EQUAL, NEWER (theirs dominates), OLDER or CONCURRENT."""
    keys = set(mine) | set(theirs)
    theirs_ahead = any(theirs.get(k, 0) > mine.get(k, 0) for k in keys)
    mine_ahead = any(mine.get(k, 0) > theirs.get(k, 0) for k in keys)
    if theirs_ahead and mine_ahead:
        return CONCURRENT
    if theirs_ahead:
        return NEWER
    if mine_ahead:
        return OLDER
    return EQUAL


def merged(mine: Clock, theirs: Clock) -> Clock:
    return {k: max(mine.get(k, 0), theirs.get(k, 0)) for k in set(mine) | set(theirs)}


def device_id(session: Session, create: bool = True) -> str | None:
    """This database's device id; made on first use when ``create`` (a write)."""
    row = session.exec(select(SyncDevice)).first()
    if row is None and create:
        row = SyncDevice()
        session.add(row)
        session.flush()
    return row.device_id if row else None


def local_clock(stored: SyncClock | None, version: int, me: str) -> Clock:
    """The vector of a local record, counting local edits made since it was stored."""
    if stored is None:
        return {me: version}
    clock: Clock = json.loads(stored.clock)
    clock[me] = clock.get(me, 0) + (version - stored.seen_version)
    return {k: v for k, v in clock.items() if v > 0}


def load_stored(session: Session, table: str, ids: Iterable[str]) -> dict[str, SyncClock]:
    ids = list(ids)
    result: dict[str, SyncClock] = {}
    for start in range(0, len(ids), CHUNK):
        query = select(SyncClock).where(SyncClock.table_name == table,
                                        col(SyncClock.record_id).in_(ids[start:start + CHUNK]))
        result.update({row.record_id: row for row in session.exec(query)})
    return result


def store(session: Session, existing: SyncClock | None, table: str, record_id: str,
          clock: Clock, version: int) -> None:
    text = json.dumps(clock, sort_keys=True)
    if existing is None:
        session.add(SyncClock(table_name=table, record_id=record_id, clock=text, seen_version=version))
    else:
        existing.clock, existing.seen_version = text, version


def bounds_problem(clock: Clock, nil_device: str) -> str | None:
    """What is wrong with an incoming vector's counters, in Norwegian; None when nothing is.

    (The reader has already refused vectors that are not objects of UUID -> positive int.)
    """
    for device, counter in clock.items():
        if device == nil_device:
            return "nevner en maskin uten id (00000000-…), som ingen fil kan komme fra"
        if type(counter) is not int or not 1 <= counter <= MAX_COUNTER:
            return f"teller for en maskin må være fra 1 til {MAX_COUNTER}"
    return None


def forged_count(incoming: Clock, local: Clock, me: str) -> int | None:
    """How many edits ``incoming`` credits this machine (``me``) with beyond what it made, or
    None when it credits no more than that.

    Only this machine numbers its own edits, so a file that counts more of them than this machine
    ever made (for a record it never had: any at all) can only be forged — and would otherwise
    overwrite the local version without a conflict.
    """
    claimed, issued = incoming.get(me, 0), local.get(me, 0)
    return claimed - issued if claimed > issued else None
