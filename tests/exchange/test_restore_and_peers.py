"""After a backup is restored the machine has "forgotten" edits it already sent to its peers. The
forged-clock rule (a file may not credit this machine with more edits than it made) must not then
refuse the peers' honest files: a restored database takes a new device id, and the edits it lost
come back from the peer as the peer's newer version."""

from __future__ import annotations

import datetime as dt

from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.db.backups import create_backup
from bygdeliv_desktop.db.restore import restore_backup
from bygdeliv_desktop.exchange import clock as clocks
from bygdeliv_desktop.exchange.importer import import_file
from bygdeliv_desktop.exchange.writer import export_file
from bygdeliv_desktop.services import AppServices


def _services(path):
    return AppServices.for_database(open_database(path))


def _device(path) -> str | None:
    database = open_database(path)
    try:
        with database.reader() as session:
            return clocks.device_id(session, create=False)
    finally:
        database.close()


def test_a_restored_machine_still_takes_its_peers_files(tmp_path):
    a_db, b_db = tmp_path / "a" / "bygdeliv.sqlite3", tmp_path / "b" / "bygdeliv.sqlite3"
    a = _services(a_db)
    store = a.stores.create({"name": "Testbutikken", "org_number": "974760673",
                             "municipality_code": "3426"})
    activity = a.activities.add(store.id, {"date": dt.date(2025, 5, 2), "kind_code": "quiz",
                                           "title": "Quiz", "participants": 20})
    export_file(a.database, tmp_path / "first.bygdeliv")
    a.database.close()
    backup = create_backup(a_db, "manual")

    a = _services(a_db)
    a.activities.update(activity.id, {"title": "Quiz med premie", "participants": 25})
    export_file(a.database, tmp_path / "edited.bygdeliv")
    a.database.close()
    old_device = _device(a_db)

    b = _services(b_db)
    import_file(b.database, tmp_path / "first.bygdeliv")
    import_file(b.database, tmp_path / "edited.bygdeliv")
    export_file(b.database, tmp_path / "from_b.bygdeliv")
    b.database.close()

    restore_backup(a_db, backup.folder)
    assert _device(a_db) != old_device  # the restored file no longer speaks for the old counters

    a = _services(a_db)
    try:
        assert a.activities.get(activity.id).title == "Quiz"  # the backup's version
        import_file(a.database, tmp_path / "from_b.bygdeliv")  # was: refused as forged
        assert a.activities.get(activity.id).title == "Quiz med premie"
    finally:
        a.database.close()
