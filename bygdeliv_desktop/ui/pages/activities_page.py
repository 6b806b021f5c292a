"""Aktiviteter: meeting-place activities, filtered by year and kind, with totals per kind."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.ui.dialogs.activity_dialog import ActivityDialog
from bygdeliv_desktop.ui.models.activity_table import (
    DATE, KIND, PARTICIPANTS, TITLE, ActivityTableModel)
from bygdeliv_desktop.ui.pages.base import Page


class ActivitiesPage(Page):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = ActivityTableModel(services.activities, self)
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("År"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Type aktivitet"))
        self.kind.addItem(self.tr("Alle typer"), None)
        for kind in catalogs.activity_kinds().kinds:
            self.kind.addItem(kind.label(), kind.code)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk i tittel, type og partnere…"))
        self.search.setAccessibleName(self.tr("Søk i aktiviteter"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.year.currentIndexChanged.connect(self._reload_rows)
        self.kind.currentIndexChanged.connect(self._reload_rows)

        self.table = QTableView()
        self.table.setObjectName("activitiesTable")
        self.table.setAccessibleName(self.tr("Aktiviteter"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: no per-row measuring, so 100 000 rows stay instant.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.table.installEventFilter(self)  # columns are fitted to the table's width
        self.table.activated.connect(self.edit_item)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.totals = QTableWidget(0, 3)
        self.totals.setObjectName("totalsTable")
        self.totals.setAccessibleName(self.tr("Totalt per type"))
        self.totals.setHorizontalHeaderLabels([self.tr("Type"), self.tr("Antall"),
                                               self.tr("Deltakere")])
        self.totals.verticalHeader().hide()
        self.totals.setWordWrap(False)
        self.totals.setTextElideMode(Qt.ElideRight)
        self.totals.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.totals.setEditTriggers(QAbstractItemView.NoEditTriggers)
        totals_header = self.totals.horizontalHeader()
        totals_header.setSectionResizeMode(QHeaderView.ResizeToContents)
        totals_header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.totals_box = QGroupBox()
        box_layout = QVBoxLayout(self.totals_box)
        box_layout.addWidget(self.totals)
        self.totals_box.setMinimumWidth(300)

        self.new_button = QPushButton(self.tr("&Ny aktivitet"))
        self.edit_button = QPushButton(self.tr("&Endre…"))
        self.copy_button = QPushButton(self.tr("Samme som &forrige uke"))
        self.copy_button.setToolTip(self.tr("Lag en kopi av valgt aktivitet sju dager senere"))
        self.delete_button = QPushButton(self.tr("&Slett"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.copy_button.clicked.connect(self.duplicate_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.summary = QLabel()

        filters = QHBoxLayout()
        year_label, kind_label = QLabel(self.tr("&År:")), QLabel(self.tr("T&ype:"))
        year_label.setBuddy(self.year)
        kind_label.setBuddy(self.kind)
        for widget in (year_label, self.year, kind_label, self.kind):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        middle = QSplitter(Qt.Horizontal)
        middle.setChildrenCollapsible(False)
        middle.addWidget(self.table)
        middle.addWidget(self.totals_box)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 1)
        middle.setSizes([1000, 300])  # the list first; the totals keep their minimum width
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        for button in (self.new_button, self.edit_button, self.copy_button, self.delete_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Møteplassaktiviteter"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(middle, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Aktiviteter")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if watched is self.table and event.type() == QEvent.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Date, type and participants get what they need, the title most of the rest; target
        groups and partners share what remains and scroll into view when the window is small."""
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        column = {field: n for n, (field, _) in enumerate(self.model.COLUMNS)}
        kinds = [kind.label() for kind in catalogs.activity_kinds().kinds]
        widths = {
            DATE: max(header.sectionSizeHint(column[DATE]),
                      metrics.horizontalAdvance("00.00.0000") + 24),
            KIND: min(max(metrics.horizontalAdvance(k) for k in kinds) + 16,
                      metrics.horizontalAdvance("x") * 32),
            PARTICIPANTS: max(header.sectionSizeHint(column[PARTICIPANTS]),
                              metrics.horizontalAdvance("00000") + 16),
        }
        rest = self.table.viewport().width() - sum(widths.values())
        others = [n for n, (field, _) in enumerate(self.model.COLUMNS)
                  if field not in widths and field != TITLE]
        shares = {n: max(header.sectionSizeHint(n), int(rest * 0.25)) for n in others[:-1]}
        # The last column stretches, but at least to its heading when there is room for it.
        room = rest - sum(shares.values()) - header.sectionSizeHint(others[-1])
        widths[TITLE] = max(metrics.horizontalAdvance("x") * 24, min(int(rest * 0.5), room))
        for field, width in widths.items():
            self.table.setColumnWidth(column[field], width)
        for n, width in shares.items():
            self.table.setColumnWidth(n, width)

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.setEnabled(self.store_id is not None)
        chosen_year = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Alle år"), None)
        years = self.services.activities.years(self.store_id) if self.store_id else []
        if date.today().year not in years:
            years = sorted(set(years) | {date.today().year}, reverse=True)
        for year in years:
            self.year.addItem(str(year), year)
        index = self.year.findData(chosen_year if chosen_year else date.today().year)
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)
        self._reload_rows()

    def _reload_rows(self, *_args) -> None:
        self.model.set_filter(self.store_id, self.year.currentData(), self.kind.currentData())
        self._update_totals()
        self._update_summary()
        self._update_buttons()

    def _update_totals(self) -> None:
        year = self.year.currentData() or date.today().year
        self.totals_box.setTitle(self.tr("Totalt per type i %1").replace("%1", str(year)))
        totals = self.services.activities.totals_by_kind(self.store_id, year) if self.store_id else []
        kinds = catalogs.activity_kinds()
        self.totals.setRowCount(len(totals) + 1)
        for row, total in enumerate(totals):
            self._set_total_row(row, kinds.label(total.kind_code), total.count, total.participants)
        self._set_total_row(len(totals), self.tr("Sum"), sum(t.count for t in totals),
                            sum(t.participants for t in totals), bold=True)

    def _set_total_row(self, row: int, label: str, count: int, people: int, bold=False) -> None:
        for column, value in enumerate((label, str(count), str(people))):
            item = QTableWidgetItem(value)
            if not column:
                item.setToolTip(value)  # the whole type when a narrow window cuts it short
            if column:
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.totals.setItem(row, column, item)

    def _update_summary(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        text = (self.tr("1 aktivitet") if total == 1
                else self.tr("%1 aktiviteter").replace("%1", str(total)))
        if shown != total:
            text = self.tr("%1 av %2 aktiviteter vises").replace("%1", str(shown)).replace(
                "%2", str(total))
        self.summary.setText(text)

    def _on_search(self, text: str) -> None:
        self.model.set_text_filter(text)
        self._update_summary()
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------
    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.activity_id(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        chosen = self._selected_id() is not None
        for button in (self.edit_button, self.copy_button, self.delete_button):
            button.setEnabled(chosen)

    def show_record(self, record_id: str) -> None:
        self.search.clear()
        for combo in (self.year, self.kind):
            combo.setCurrentIndex(0)  # "all": the record may be in another year or kind
        self._reload_rows()
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _after_change(self, message: str, select_id: str | None = None) -> None:
        self.refresh()
        if select_id:
            row = self.model.row_of(select_id)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self.status_message.emit(message)
        self.data_changed.emit()

    def new_item(self) -> None:
        if self.store_id is None:
            return
        dialog = ActivityDialog(self.services, self.store_id, parent=self)
        if dialog.exec() and dialog.saved:
            self._after_change(self.tr("Aktiviteten er lagt til."), dialog.saved.id)

    def edit_item(self, *_args) -> None:
        activity_id = self._selected_id()
        if activity_id is None:
            return
        try:
            activity = self.services.activities.get(activity_id)
        except BygdelivError as error:
            self.show_error(error)
            return
        dialog = ActivityDialog(self.services, self.store_id, activity, parent=self)
        if dialog.exec() and dialog.saved:
            self._after_change(self.tr("Aktiviteten er endret."), activity_id)

    def duplicate_item(self) -> None:
        activity_id = self._selected_id()
        if activity_id is None:
            return
        try:
            copy = self.services.activities.duplicate(activity_id)
        except BygdelivError as error:
            self.show_error(error)
            return
        self._after_change(self.tr("Kopiert til %1.").replace("%1", copy.date.strftime("%d.%m.%Y")),
                           copy.id)

    def delete_item(self) -> None:
        activity_id = self._selected_id()
        if activity_id is None:
            return
        if not self.confirm(self.tr("Slette den valgte aktiviteten?")):
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        title = self.model.index(row, 2).data()
        try:
            self.services.activities.delete(activity_id)
        except BygdelivError as error:
            self.show_error(error)
            return
        self._after_change(self.tr("Aktiviteten er slettet."))
        self.deleted.emit(title, "activity", activity_id)
