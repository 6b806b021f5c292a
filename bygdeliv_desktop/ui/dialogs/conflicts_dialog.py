"""Fil → Konflikter: records changed on two machines; the user picks which version stays."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.exchange import conflicts
from bygdeliv_desktop.ui.dialogs.ask import inform
from bygdeliv_desktop.ui.messages import error_message


class ConflictsDialog(QDialog):
    resolved = Signal()  # a record may have changed: pages refresh

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Konflikter"))
        self.tables = {"store": self.tr("Butikk"), "service_offering": self.tr("Tjeneste"),
                       "activity": self.tr("Aktivitet"), "assessment": self.tr("Egenvurdering"),
                       "answer": self.tr("Svar"), "action_item": self.tr("Tiltak"),
                       "attachment_file": self.tr("Vedlegg"),
                       "catalog_snapshot": self.tr("Kriteriekatalog")}
        intro = QLabel(self.tr("Disse postene ble endret både her og på en annen maskin. "
                               "Versjonen som vises nå ble valgt automatisk; den andre er tatt "
                               "vare på. Velg hvilken som skal gjelde."))
        intro.setWordWrap(True)
        list_label = QLabel(self.tr("&Poster med konflikt:"))
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        list_label.setBuddy(self.list)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictFields")
        self.table.setAccessibleName(self.tr("Felt som er ulike"))
        self.table.setHorizontalHeaderLabels([self.tr("Felt"), self.tr("Gjeldende nå"),
                                              self.tr("Den andre versjonen")])
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.keep_button = QPushButton(self.tr("&Behold gjeldende"))
        self.take_button = QPushButton(self.tr("Bruk &den andre versjonen"))
        self.keep_button.clicked.connect(lambda: self._resolve(False))
        self.take_button.clicked.connect(lambda: self._resolve(True))
        self.empty = QLabel(self.tr("Ingen konflikter å løse."))
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.button(QDialogButtonBox.Close).setText(self.tr("&Lukk"))
        close.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        right.addLayout(buttons)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self._show)
        self.resize(860, 480)
        self.reload()

    def reload(self) -> None:
        self.views = conflicts.conflict_views(self.database)
        self.list.clear()
        for view in self.views:
            self.list.addItem(f"{self.tables.get(view.table, view.table)}: {view.label}")
        self.empty.setVisible(not self.views)
        if self.views:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        view = self.views[row] if 0 <= row < len(self.views) else None
        differences = view.differences if view else ()
        self.table.setRowCount(len(differences))
        for r, difference in enumerate(differences):
            for c, value in enumerate((difference.name, difference.current, difference.other)):
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.table.resizeRowsToContents()
        self.keep_button.setEnabled(view is not None)
        self.take_button.setEnabled(view is not None and not view.record_gone)

    def _resolve(self, take_other: bool) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.views):
            return
        try:
            conflicts.resolve(self.database, self.views[row].id, keep_losing=take_other)
        except BygdelivError as error:
            inform(self, self.tr("Kunne ikke fullføre"), error_message(error))
        self.resolved.emit()
        self.reload()
