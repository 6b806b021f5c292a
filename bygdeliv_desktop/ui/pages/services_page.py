"""Tjenester: the services the store offers beyond groceries."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.ui.dialogs.service_dialog import ServiceDialog
from bygdeliv_desktop.ui.models.service_table import SORT_ROLE, ServiceTableModel, service_name
from bygdeliv_desktop.ui.pages.base import Page


class ServicesPage(Page):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = ServiceTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk i tjenester…"))
        self.search.setAccessibleName(self.tr("Søk i tjenester"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.active_only = QCheckBox(self.tr("Bare &aktive"))
        self.active_only.toggled.connect(self.refresh)

        self.table = QTableView()
        self.table.setObjectName("servicesTable")
        self.table.setAccessibleName(self.tr("Tjenester"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.doubleClicked.connect(self.edit_item)
        self.table.activated.connect(self.edit_item)

        self.new_button = QPushButton(self.tr("&Ny tjeneste"))
        self.edit_button = QPushButton(self.tr("&Endre…"))
        self.end_button = QPushButton(self.tr("A&vslutt"))
        self.delete_button = QPushButton(self.tr("&Slett"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.end_button.clicked.connect(self.end_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.summary = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.active_only)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        for button in (self.new_button, self.edit_button, self.end_button, self.delete_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Tjenester utover dagligvarer"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Tjenester")

    def refresh(self) -> None:
        self.setEnabled(self.store_id is not None)
        rows = ([] if self.store_id is None else
                self.services.offerings.list_for_store(self.store_id,
                                                       active_only=self.active_only.isChecked()))
        self.model.set_rows(rows)
        active = sum(1 for row in rows if row.is_active())
        self.summary.setText(self.tr("%1 aktive av %2 registrerte tjenester")
                             .replace("%1", str(active)).replace("%2", str(len(rows))))
        self._update_buttons()

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.offering(self.proxy.mapToSource(rows[0]).row())

    def _update_buttons(self, *_args) -> None:
        chosen = self._selected()
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        self.end_button.setEnabled(chosen is not None and chosen.ended_on is None)

    def _select(self, offering_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.offering(row).id == offering_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    def show_record(self, record_id: str) -> None:
        self.search.clear()
        self.active_only.setChecked(False)
        self.refresh()
        self._select(record_id)

    def _after_change(self, message: str, select_id: str | None = None) -> None:
        self.refresh()
        if select_id:
            self._select(select_id)
        self.status_message.emit(message)
        self.data_changed.emit()

    def new_item(self) -> None:
        if self.store_id is None:
            return
        dialog = ServiceDialog(self.services, self.store_id, parent=self)
        if dialog.exec() and dialog.saved:
            self._after_change(self.tr("Tjenesten er lagt til."), dialog.saved.id)

    def edit_item(self, *_args) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        dialog = ServiceDialog(self.services, self.store_id, chosen, parent=self)
        if dialog.exec() and dialog.saved:
            self._after_change(self.tr("Tjenesten er endret."), chosen.id)

    def end_item(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            self.services.offerings.end(chosen.id)
        except BygdelivError as error:
            self.show_error(error)
            return
        self._after_change(self.tr("Tjenesten er avsluttet i dag."), chosen.id)

    def delete_item(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        if not self.confirm(self.tr("Slette tjenesten «%1»?").replace("%1", service_name(chosen))):
            return
        try:
            self.services.offerings.delete(chosen.id)
        except BygdelivError as error:
            self.show_error(error)
            return
        self._after_change(self.tr("Tjenesten er slettet."))
        self.deleted.emit(service_name(chosen), "service", chosen.id)
