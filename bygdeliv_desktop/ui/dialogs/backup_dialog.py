"""Sikkerhetskopier: list the backups, take one now, restore one, open the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from bygdeliv_desktop.db import backups
from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.ui.dialogs.ask import ask_yes_no, inform
from bygdeliv_desktop.ui.messages import error_message

class BackupDialog(QDialog):
    """``restore_requested(folder)`` asks the session to restore; this dialog changes nothing
    in the live database itself."""

    restore_requested = Signal(str)

    def __init__(self, database_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_file = database_file
        self.setWindowTitle(self.tr("Sikkerhetskopier"))
        self.resize(680, 420)
        folder = backups.backup_dir(database_file)
        where = QLabel(self.tr("Sikkerhetskopiene ligger i %1. Appen tar en kopi hver dag ved "
                               "oppstart og før import og oppgradering.").replace("%1", str(folder)))
        where.setWordWrap(True)
        where.setObjectName("backupLocation")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Sikkerhetskopier"))
        self.table.setHorizontalHeaderLabels([self.tr("Tatt"), self.tr("Grunn"),
                                              self.tr("Kontroll")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.create_button = QPushButton(self.tr("&Ta sikkerhetskopi nå"))
        self.restore_button = QPushButton(self.tr("&Gjenopprett valgt…"))
        open_button = QPushButton(self.tr("Åpne &mappen"))
        close_button = QPushButton(self.tr("&Lukk"))
        self.create_button.clicked.connect(self.create_now)
        self.restore_button.clicked.connect(self.restore_selected)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.restore_button, open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.items = backups.list_backups(self.database_file)
        self.table.setRowCount(len(self.items))
        for row, info in enumerate(self.items):
            check = self.tr("OK") if info.integrity_ok else self.tr("Skadet – kan ikke brukes")
            values = (info.created_at.astimezone().strftime("%d.%m.%Y %H:%M:%S"),
                      self._reason_text(info.reason), check)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def _reason_text(self, reason: str) -> str:
        texts = {
            backups.REASON_DAILY: self.tr("Daglig"),
            backups.REASON_MANUAL: self.tr("Tatt for hånd"),
            backups.REASON_IMPORT: self.tr("Før import"),
            backups.REASON_RESTORE: self.tr("Før gjenoppretting"),
        }
        if reason.startswith(backups.REASON_MIGRATION):
            return self.tr("Før oppgradering")
        return texts.get(reason, reason)

    def _selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.restore_button.setEnabled(chosen is not None and chosen.integrity_ok)

    def create_now(self) -> None:
        try:
            backups.create_backup(self.database_file, backups.REASON_MANUAL)
        except BygdelivError as error:
            inform(self, self.tr("Kunne ikke ta sikkerhetskopi"), error_message(error))
            return
        self.reload()
        self.table.selectRow(0)

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        when = chosen.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
        question = self.tr("Gjenopprette sikkerhetskopien fra %1? Endringer gjort etter det "
                           "forsvinner fra databasen, men databasen slik den er nå, blir tatt "
                           "vare på som en egen sikkerhetskopi.").replace("%1", when)
        if ask_yes_no(self, self.tr("Gjenopprett"), question):
            self.accept()
            self.restore_requested.emit(str(chosen.folder))
