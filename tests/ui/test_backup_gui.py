"""Backups from the GUI: take one, restore it through the session, data as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from bygdeliv_desktop.db import backups
from bygdeliv_desktop.ui.application import Session
from bygdeliv_desktop.ui.dialogs.backup_dialog import BackupDialog


def _click(box, text: str) -> None:
    assert isinstance(box, QMessageBox)
    next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text).click()


def test_take_backup_then_restore_it_through_the_session(app, qtbot, tmp_path, on_modal):
    database_file = tmp_path / "data" / "bygdeliv.sqlite3"
    session = Session(database_file, demo=False)
    try:
        assert session.start()
        session.services.stores.create({"name": "Før kopien"})
        dialog = BackupDialog(database_file)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.create_button, Qt.LeftButton)
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 2).text() == "OK"
        location = dialog.findChild(QLabel, "backupLocation")
        assert str(backups.backup_dir(database_file)) in location.text()
        session.services.stores.create({"name": "Etter kopien"})

        requested = []
        dialog.restore_requested.connect(requested.append)
        dialog.table.selectRow(0)
        on_modal(lambda box: _click(box, "Ja"))
        qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
        assert len(requested) == 1

        on_modal(lambda box: _click(box, "OK"))  # "Gjenopprettet" notice
        session.restore(requested[0])
        names = [s.name for s in session.services.stores.list_stores()]
        assert names == ["Før kopien"]
        assert session.window is not None and session.window.isVisible()
        # The file as it was before the restore is kept as a backup of its own.
        reasons = [b.reason for b in backups.list_backups(database_file)]
        assert backups.REASON_RESTORE in reasons
    finally:
        session.close_window()
        session.close()
        QApplication.processEvents()
