"""Rediger → Slettede poster: the store's deleted activities, services and actions, to restore."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.ui.dialogs.ask import inform
from bygdeliv_desktop.ui.messages import error_message

KIND_TEXTS = {"activity": QT_TRANSLATE_NOOP("TrashDialog", "Aktivitet"),
              "service": QT_TRANSLATE_NOOP("TrashDialog", "Tjeneste"),
              "action": QT_TRANSLATE_NOOP("TrashDialog", "Tiltak")}


class TrashDialog(QDialog):
    def __init__(self, services: AppServices, store_id: str, store_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.store_id = services, store_id
        self.restored = 0
        self.setWindowTitle(self.tr("Slettede poster"))
        self.resize(640, 420)
        intro = QLabel(self.tr("Slettet i «%1». Velg det du vil ha tilbake.").replace(
            "%1", store_name))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("trashTable")
        self.table.setAccessibleName(self.tr("Slettede poster"))
        self.table.setHorizontalHeaderLabels([self.tr("Type"), self.tr("Hva"), self.tr("Slettet")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.empty = QLabel(self.tr("Ingen slettede poster for denne butikken."))
        self.restore_button = QPushButton(self.tr("&Gjenopprett valgte"))
        close_button = QPushButton(self.tr("&Lukk"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.activated.connect(lambda _index: self.restore_selected())
        close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.items = self.services.trash.list_for_store(self.store_id)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = (QCoreApplication.translate("TrashDialog", KIND_TEXTS[item.kind]), item.title,
                      item.deleted_at.astimezone().strftime("%d.%m.%Y %H:%M"))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.empty.setVisible(not self.items)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def restore_selected(self) -> None:
        chosen = [self.items[index.row()] for index in self.table.selectionModel().selectedRows()]
        for item in chosen:
            try:
                self.services.trash.restore(item.kind, item.record_id)
            except BygdelivError as error:
                inform(self, self.tr("Kunne ikke fullføre"), error_message(error))
                break
            self.restored += 1
        self.reload()
