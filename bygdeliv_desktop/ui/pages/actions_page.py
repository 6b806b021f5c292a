"""Tiltak: the store's action plan, with overdue actions marked in words and with an icon."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from bygdeliv_desktop.domain.assessment_models import ACTION_STATUSES
from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.ui.assessment_text import status_label
from bygdeliv_desktop.ui.dialogs.action_dialog import ActionDialog
from bygdeliv_desktop.ui.models.action_table import SORT_ROLE, ActionTableModel
from bygdeliv_desktop.ui.pages.base import Page


class ActionsPage(Page):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = ActionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.open_only = QCheckBox(self.tr("Bare &åpne tiltak"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.refresh)

        self.table = QTableView()
        self.table.setObjectName("actionsTable")
        self.table.setAccessibleName(self.tr("Tiltak"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.activated.connect(self.edit_item)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("&Nytt tiltak…"))
        self.edit_button = QPushButton(self.tr("&Endre…"))
        self.status_button = QPushButton(self.tr("Sett s&tatus"))
        self.delete_button = QPushButton(self.tr("&Slett"))
        menu = QMenu(self.status_button)
        for code in ACTION_STATUSES:
            menu.addAction(status_label(code), lambda code=code: self.set_status(code))
        self.status_button.setMenu(menu)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.summary = QLabel()
        self.summary.setObjectName("actionsSummary")

        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        for button in (self.new_button, self.edit_button, self.status_button, self.delete_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Tiltaksplan"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        layout.addWidget(self.open_only)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Tiltak")

    def refresh(self) -> None:
        self.setEnabled(self.store_id is not None)
        rows = ([] if self.store_id is None else self.services.actions.list_for_store(
            self.store_id, open_only=self.open_only.isChecked()))
        self.model.set_rows(rows)
        overdue = sum(1 for a in rows if a.is_overdue(self.model.today))
        text = self.tr("%1 tiltak").replace("%1", str(len(rows)))
        if overdue:
            text += " · " + self.tr("⚠ %1 forfalt").replace("%1", str(overdue))
        self.summary.setText(text)
        self._update_buttons()

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.action(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        chosen = self._selected() is not None
        for button in (self.edit_button, self.status_button, self.delete_button):
            button.setEnabled(chosen)

    def show_record(self, record_id: str) -> None:
        self.open_only.setChecked(False)
        self.refresh()
        for row in range(self.model.rowCount()):
            if self.model.action(row).id == record_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _after_change(self, message: str, select_id: str | None = None) -> None:
        self.refresh()
        for row in range(self.model.rowCount()):
            if self.model.action(row).id == select_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self.status_message.emit(message)
        self.data_changed.emit()

    def new_item(self) -> None:
        if self.store_id is None:
            return
        dialog = ActionDialog(self.services, self.store_id, parent=self)
        if dialog.exec() and dialog.saved:
            self._after_change(self.tr("Tiltaket er lagt til."), dialog.saved.id)

    def edit_item(self, *_args) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        dialog = ActionDialog(self.services, self.store_id, chosen, parent=self)
        if dialog.exec() and dialog.saved:
            self._after_change(self.tr("Tiltaket er endret."), chosen.id)

    def set_status(self, status: str) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            self.services.actions.set_status(chosen.id, status)
        except BygdelivError as error:
            self.show_error(error)
            return
        self._after_change(self.tr("Status er satt til «%1».").replace("%1", status_label(status)),
                           chosen.id)

    def delete_item(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        if not self.confirm(self.tr("Slette tiltaket «%1»?").replace("%1", chosen.title)):
            return
        try:
            self.services.actions.delete(chosen.id)
        except BygdelivError as error:
            self.show_error(error)
            return
        self._after_change(self.tr("Tiltaket er slettet."))
        self.deleted.emit(chosen.title, "action", chosen.id)
