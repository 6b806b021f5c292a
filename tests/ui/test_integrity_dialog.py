"""A damaged database at start: the dialog offers the newest good backup and never repairs."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from bygdeliv_desktop.db import backups, checks
from bygdeliv_desktop.errors import BackupDamaged
from bygdeliv_desktop.ui.integrity_dialog import IntegrityDialog


def _damage(path):
    raw = bytearray(path.read_bytes())
    raw[4096:8192] = b"\x00\x13" * 2048
    path.write_bytes(bytes(raw))


def _prepared(services, store, db_path):
    services.activities.add(store.id, {"date": date(2025, 4, 3), "kind_code": "quiz",
                                       "title": "Sikret quiz"})
    good = backups.create_backup(db_path, backups.REASON_MANUAL)
    services.database.close()
    # Squash the WAL into the file so the damage below hits real pages.
    import sqlite3
    sqlite3.connect(db_path).close()
    _damage(db_path)
    problems = checks.quick_check(db_path)
    assert problems
    return good, problems


def test_offers_newest_good_backup_and_restores_it(qtbot, services, store, db_path):
    good, problems = _prepared(services, store, db_path)
    dialog = IntegrityDialog(db_path, problems)
    qtbot.addWidget(dialog)
    assert dialog.candidate.folder == good.folder and dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.result() == IntegrityDialog.DialogCode.Accepted
    assert checks.quick_check(db_path) == []
    kept = [b for b in backups.list_backups(db_path) if b.reason == backups.REASON_RESTORE]
    assert kept and not kept[0].integrity_ok  # the damaged file was kept, not deleted


def test_without_a_good_backup_only_quit_is_offered(qtbot, services, store, db_path):
    services.database.close()
    import sqlite3
    sqlite3.connect(db_path).close()
    _damage(db_path)
    before = db_path.read_bytes()
    dialog = IntegrityDialog(db_path, checks.quick_check(db_path))
    qtbot.addWidget(dialog)
    assert dialog.candidate is None and not dialog.restore_button.isEnabled()
    dialog.quit_button.click()
    assert dialog.result() == IntegrityDialog.DialogCode.Rejected
    assert db_path.read_bytes() == before


def test_failed_restore_keeps_the_dialog_open(qtbot, services, store, db_path, monkeypatch):
    _good, problems = _prepared(services, store, db_path)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))

    def refuse(_database, _source):
        raise BackupDamaged("test")

    dialog = IntegrityDialog(db_path, problems, restore=refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.restore_button.click()
    assert warnings and dialog.isVisible() and dialog.error.code == "backup.damaged"


def _damage_first_page(path):
    raw = bytearray(path.read_bytes())
    raw[0:4096] = b"\x00\x13" * 2048
    path.write_bytes(bytes(raw))


def test_damaged_first_page_offers_the_backup_not_a_stranger_message(app, services, store, db_path,
                                                                     monkeypatch):
    """Page 1 gone: the file is ours (our name, our backups beside it), so the start offers the
    newest good backup instead of calling it "not a Bygdeliv database"."""
    from bygdeliv_desktop.ui import integrity_dialog, session as session_module

    good = backups.create_backup(db_path, backups.REASON_MANUAL)
    services.database.close()
    import sqlite3
    sqlite3.connect(db_path).close()
    _damage_first_page(db_path)
    before = db_path.read_bytes()
    informed, offered = [], []
    monkeypatch.setattr(session_module, "inform", lambda *args, **kw: informed.append(args[2]))

    def look(database, problems, parent=None):
        dialog = IntegrityDialog(database, problems)
        offered.append((dialog.candidate, dialog.restore_button.isEnabled(), problems))
        dialog.deleteLater()
        return False  # the user quits

    monkeypatch.setattr(integrity_dialog, "ask_to_restore", look)
    session = session_module.Session(db_path, demo=False)
    try:
        assert session.start() is False
    finally:
        session.close()
    assert informed == []  # no "ikke en Bygdeliv-database" box
    assert offered and offered[0][0].folder == good.folder and offered[0][1]
    assert offered[0][2]  # the problems are shown
    assert db_path.read_bytes() == before


def test_a_stranger_file_without_backups_is_still_not_ours(tmp_path):
    from bygdeliv_desktop.db.database import inspect_file
    from bygdeliv_desktop.errors import NotADatabase

    path = tmp_path / "bygdeliv.sqlite3"
    path.write_bytes(b"\x00\x13" * 4096)
    try:
        inspect_file(path)
    except NotADatabase:
        pass
    else:
        raise AssertionError("a file with no backups beside it must not be called ours")
