"""Backups: online copy with attachments, listing, rotation, restore round trip and refusals."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bygdeliv_desktop.db import backups, checks, open_database
from bygdeliv_desktop.db.attachment_store import attachments_dir
from bygdeliv_desktop.db.restore import restore_backup
from bygdeliv_desktop.errors import BackupDamaged, BackupIncomplete, DatabaseLocked
from bygdeliv_desktop.services import AppServices

T0 = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)


def _attach(data_dir: Path, content: bytes) -> Path:
    folder = attachments_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / hashlib.sha256(content).hexdigest()
    path.write_bytes(content)
    return path


def _add(services, store, title: str):
    return services.activities.add(store.id, {"date": date(2025, 5, 1), "kind_code": "quiz",
                                              "title": title, "participants": 12})


def test_round_trip_restores_records_and_attachments(services, store, db_path):
    first = _add(services, store, "Quiz før kopi")
    files = [_attach(db_path.parent, f"vedlegg {i}".encode() * 100) for i in range(3)]
    info = backups.create_backup(db_path, backups.REASON_MANUAL)
    assert info.integrity_ok and len(info.attachments) == 3
    assert info.revision is not None

    later = _add(services, store, "Quiz etter kopi")
    for path in files:
        path.unlink()
    services.database.close()

    result = restore_backup(db_path, info.folder)
    assert result.attachments_copied == 3
    assert result.previous is not None and result.previous.reason == backups.REASON_RESTORE
    assert all(path.read_bytes().startswith(b"vedlegg") for path in files)
    database = open_database(db_path)
    try:
        titles = {row.title for row in AppServices.for_database(database).activities
                  .list_rows(store.id)}
    finally:
        database.close()
    assert titles == {first.title}
    assert later.title not in titles
    assert checks.integrity_check(db_path) == []
    # The pre-restore copy really holds the newer record: restoring it brings it back.
    restore_backup(db_path, result.previous.folder)
    database = open_database(db_path)
    try:
        assert AppServices.for_database(database).activities.get(later.id).title == later.title
    finally:
        database.close()


def test_attachments_are_stored_once(services, store, db_path):
    _attach(db_path.parent, b"samme fil")
    one = backups.create_backup(db_path, "manual", now=T0)
    two = backups.create_backup(db_path, "manual", now=T0 + timedelta(seconds=1))
    store_dir = backups.backup_dir(db_path) / "attachments"
    assert one.attachments == two.attachments
    assert len(list(store_dir.iterdir())) == 1


def test_restore_refuses_a_corrupted_backup(services, store, db_path):
    _add(services, store, "Skal bli")
    info = backups.create_backup(db_path, backups.REASON_MANUAL)
    raw = bytearray(info.database_file.read_bytes())
    raw[len(raw) // 2: len(raw) // 2 + 512] = b"\xff" * 512
    info.database_file.write_bytes(bytes(raw))
    services.database.close()
    before = db_path.read_bytes()

    with pytest.raises(BackupDamaged):
        restore_backup(db_path, info.folder)
    assert db_path.read_bytes() == before
    assert not db_path.with_name(db_path.name + ".restoring").exists()
    assert backups.newest_good(db_path) is None


def test_restore_refuses_a_corrupted_bare_file(tmp_path, services, store, db_path):
    info = backups.create_backup(db_path, backups.REASON_MANUAL)
    loose = tmp_path / "fra-minnepinne.sqlite3"
    raw = bytearray(info.database_file.read_bytes())
    raw[4096:8192] = b"\x00\x13" * 2048  # page 2 destroyed: integrity_check must see it
    loose.write_bytes(bytes(raw))
    services.database.close()
    with pytest.raises(BackupDamaged):
        restore_backup(db_path, loose)


def test_restore_refuses_when_attachments_are_missing(services, store, db_path):
    _attach(db_path.parent, b"bilde")
    info = backups.create_backup(db_path, backups.REASON_MANUAL)
    for stored in (backups.backup_dir(db_path) / "attachments").iterdir():
        stored.unlink()
    services.database.close()
    with pytest.raises(BackupIncomplete):
        restore_backup(db_path, info.folder)


def test_restore_refuses_while_the_database_is_open(services, store, db_path):
    info = backups.create_backup(db_path, backups.REASON_MANUAL)
    with pytest.raises(DatabaseLocked):
        restore_backup(db_path, info.folder)


def test_newest_good_skips_damaged_backups(services, store, db_path):
    good = backups.create_backup(db_path, "manual", now=T0)
    bad = backups.create_backup(db_path, "manual", now=T0 + timedelta(hours=1))
    bad.database_file.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    assert backups.newest_good(db_path).folder == good.folder


def test_backup_is_due_after_a_day(services, store, db_path):
    assert backups.backup_due(db_path, now=T0)
    assert backups.backup_if_due(db_path, now=T0) is not None
    assert backups.backup_if_due(db_path, now=T0 + timedelta(hours=23)) is None
    assert backups.backup_if_due(db_path, now=T0 + timedelta(hours=25)) is not None


def test_rotation_keeps_daily_weekly_monthly(services, store, db_path):
    now = T0 + timedelta(days=400)
    _attach(db_path.parent, b"gammelt vedlegg")
    stamps = [T0 + timedelta(days=day) for day in range(400)]  # one a day for 400 days...
    stamps += [T0 + timedelta(days=day, hours=6) for day in range(396, 400)]  # ...two lately
    for stamp in stamps:
        backups.create_backup(db_path, "daily", now=stamp)
    removed = backups.rotate(db_path, now=now)
    kept = backups.list_backups(db_path)
    assert removed and len(kept) + len(removed) == len(stamps)
    ages = [now - info.created_at for info in kept]
    recent = sum(now - stamp < timedelta(days=2) for stamp in stamps)
    assert sum(age < timedelta(days=2) for age in ages) == recent  # all of the last two days
    days = {info.created_at.date() for info in kept}
    assert len(days) <= backups.KEEP_DAILY + backups.KEEP_WEEKLY + backups.KEEP_MONTHLY
    months = {(info.created_at.year, info.created_at.month) for info in kept}
    assert len(months) == backups.KEEP_MONTHLY
    assert max(ages) > timedelta(days=300)
    # The shared attachment is still there: kept backups list it.
    assert len(list((backups.backup_dir(db_path) / "attachments").iterdir())) == 1


def test_migration_backup_still_made_through_old_entry_point(services, db_path):
    from bygdeliv_desktop.db.backup import backup_database

    copy = backup_database(db_path, "before-migration-0001")
    assert copy.is_file() and checks.integrity_check(copy) == []
