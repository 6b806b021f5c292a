"""Property: any interleaving of edits on two copies, with exchanges in between, converges after
exchanging files both ways, and no acknowledged version disappears without a trace."""

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.domain.sync_state import SyncConflict
from bygdeliv_desktop.exchange import clock as clocks
from bygdeliv_desktop.exchange.codec import encode_values, user_data
from bygdeliv_desktop.exchange.importer import import_file
from bygdeliv_desktop.exchange.reader import read_package
from bygdeliv_desktop.exchange.writer import export_file
from bygdeliv_desktop.services import AppServices
from sqlmodel import select

OPS = st.lists(st.tuples(st.sampled_from(["add", "edit", "delete", "rename", "sync"]),
                         st.integers(0, 1), st.integers(0, 50)), max_size=25)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """An empty, migrated database copied for every example (alembic runs once)."""
    path = tmp_path_factory.mktemp("template") / "bygdeliv.sqlite3"
    open_database(path).close()
    return path


def _versions(services, folder: Path, name: str) -> dict:
    """(table, id) -> (user data, clock) as this machine would send them."""
    package = read_package(export_file(services.database, folder / f"{name}.bygdeliv").path)
    return {(r.table, r.values["id"]): (user_data(encode_values(r.values)), r.clock)
            for records in package.tables.values() for r in records}


def _losers(services) -> set:
    with services.database.reader() as session:
        return {(c.table_name, c.record_id, json.dumps(user_data(json.loads(c.losing_data)),
                                                        sort_keys=True))
                for c in session.exec(select(SyncConflict))}


def _exchange(source, target, folder: Path, counter: list) -> None:
    """One exchange source → target, checking that every version on either side survives:
    as the result, in the conflict list, or superseded by an edit made after seeing it."""
    counter.append(1)
    n = len(counter)
    before = _versions(target, folder, f"before{n}")
    path = export_file(source.database, folder / f"send{n}.bygdeliv").path
    incoming = _versions(source, folder, f"incoming{n}")
    import_file(target.database, path)
    after = _versions(target, folder, f"after{n}")
    losers = _losers(target)
    for key in set(before) | set(incoming):
        result_data = after[key][0]
        for mine, theirs in ((before.get(key), incoming.get(key)),
                             (incoming.get(key), before.get(key))):
            if mine is None:
                continue
            data, clock = mine
            superseded = theirs is not None and clocks.compare(clock, theirs[1]) == clocks.NEWER
            kept = (*key, json.dumps(data, sort_keys=True)) in losers
            assert data == result_data or superseded or kept, (key, data, result_data)


def _live_activities(services, store_id):
    return [row.id for row in services.activities.list_rows(store_id)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS, crossed=st.booleans())
def test_two_copies_converge_and_lose_nothing(template, state, ops, crossed):
    """``crossed``: both machines export first and then import each other's file, which only
    converges if both pick the same winner on their own."""
    with tempfile.TemporaryDirectory() as raw:
        folder = Path(raw)
        sides = []
        for name in ("a", "b"):
            (folder / name).mkdir()
            shutil.copy(template, folder / name / "bygdeliv.sqlite3")
            sides.append(AppServices.for_database(open_database(folder / name /
                                                                "bygdeliv.sqlite3")))
        try:
            counter: list = []
            store = sides[0].stores.create({"name": "Felles butikk"})
            _exchange(sides[0], sides[1], folder, counter)
            for op, side, n in ops:
                me = sides[side]
                live = _live_activities(me, store.id)
                if op == "add":
                    me.activities.add(store.id, {"date": dt.date(2025, 1, 1 + n % 28),
                                                 "kind_code": "quiz", "title": f"Aktivitet {n}"})
                elif op == "edit" and live:
                    me.activities.update(live[n % len(live)], {"participants": n,
                                                               "title": f"Endret {n}"})
                elif op == "delete" and live:
                    me.activities.delete(live[n % len(live)])
                elif op == "rename":
                    me.stores.rename(store.id, f"Butikk {n}")
                elif op == "sync":
                    _exchange(me, sides[1 - side], folder, counter)
            if crossed:
                files = [export_file(side.database, folder / f"final{i}.bygdeliv").path
                         for i, side in enumerate(sides)]
                import_file(sides[0].database, files[1])
                import_file(sides[1].database, files[0])
            else:
                _exchange(sides[0], sides[1], folder, counter)
                _exchange(sides[1], sides[0], folder, counter)
            assert state(sides[0].database) == state(sides[1].database)

        finally:
            for services in sides:
                services.database.close()
