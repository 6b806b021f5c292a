"""Egenvurdering: the store's self-assessments, and the questionnaire for one of them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget,
    QTableView, QVBoxLayout, QWidget,
)

from bygdeliv_desktop.errors import BygdelivError, CatalogError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.ui.dialogs.action_dialog import ActionDialog
from bygdeliv_desktop.ui.dialogs.ask import inform
from bygdeliv_desktop.ui.dialogs.assessment_dialog import AssessmentDialog
from bygdeliv_desktop.ui.dialogs.comparison_dialog import ComparisonDialog
from bygdeliv_desktop.ui.messages import catalogue_import_message
from bygdeliv_desktop.ui.models.assessment_table import AssessmentTableModel
from bygdeliv_desktop.ui.pages.base import Page
from bygdeliv_desktop.ui.pages.questionnaire import Questionnaire


class AssessmentPage(Page):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = AssessmentTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("assessmentsTable")
        self.table.setAccessibleName(self.tr("Egenvurderinger"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.activated.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("&Ny egenvurdering…"))
        self.open_button = QPushButton(self.tr("Å&pne"))
        self.copy_button = QPushButton(self.tr("&Kopier til nytt utkast"))
        self.finalise_button = QPushButton(self.tr("Lå&s…"))
        self.finalise_button.setToolTip(self.tr("Gjør vurderingen endelig; den kan ikke endres "
                                                "etterpå"))
        self.compare_button = QPushButton(self.tr("S&ammenlign…"))
        self.import_button = QPushButton(self.tr("&Importer kriteriekatalog…"))
        for button, slot in ((self.new_button, self.new_item), (self.open_button, self.open_selected),
                             (self.copy_button, self.copy_selected),
                             (self.finalise_button, self.finalise_selected),
                             (self.compare_button, self.compare),
                             (self.import_button, self.import_catalogue)):
            button.clicked.connect(slot)
        self.catalogue_label = QLabel()
        self.catalogue_label.setWordWrap(True)
        self.summary = QLabel()

        list_page = QWidget()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.copy_button, self.finalise_button,
                       self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.catalogue_label, 1)
        bottom.addWidget(self.import_button)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Egenvurdering mot sertifiseringskriteriene"))
        heading.setObjectName("pageHeading")
        list_layout.addWidget(heading)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.summary)
        list_layout.addLayout(buttons)
        list_layout.addLayout(bottom)

        self.questionnaire = Questionnaire(services)
        self.questionnaire.back.connect(self.show_list)
        self.questionnaire.changed.connect(self.data_changed)
        self.questionnaire.error.connect(self.show_error)
        self.questionnaire.action_requested.connect(self.create_action)
        self.questionnaire.finalise_requested.connect(self.finalise)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.questionnaire)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Egenvurdering")

    # -- list --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.setEnabled(self.store_id is not None)
        if self.store_id is None:
            self.model.set_rows([], {})
            self.show_list()
            return
        rows = self.services.assessments.list_for_store(self.store_id)
        scores = {s.id: self.services.assessments.result(s.id).overall for s in rows}
        self.model.set_rows(rows, scores)
        current = self.services.catalogues.current()
        self.catalogue_label.setText(
            self.tr("Kriteriekatalog for nye vurderinger: %1, versjon %2%3")
            .replace("%1", current.title.get()).replace("%2", str(current.version))
            .replace("%3", self.tr(" (utkast)") if current.draft else ""))
        self.summary.setText(self.tr("1 egenvurdering") if len(rows) == 1
                             else self.tr("%1 egenvurderinger").replace("%1", str(len(rows))))
        if rows and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        if self.stack.currentWidget() is self.questionnaire:
            shown = self.questionnaire.view
            if shown is None or shown.summary.store_id != self.store_id:
                self.show_list()
            else:
                self.questionnaire.reload()
        self._update_buttons()

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()) if rows else None

    def _select(self, assessment_id: str) -> None:
        for row, summary in enumerate(self.model.rows()):
            if summary.id == assessment_id:
                self.table.selectRow(row)

    def _update_buttons(self, *_args) -> None:
        chosen = self._selected()
        self.open_button.setEnabled(chosen is not None)
        self.copy_button.setEnabled(chosen is not None and chosen.is_final)
        self.finalise_button.setEnabled(chosen is not None and not chosen.is_final)
        self.compare_button.setEnabled(self.model.rowCount() >= 2)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    # -- use cases ---------------------------------------------------------------------------
    def new_item(self) -> None:
        if self.store_id is None:
            return
        if not self.questionnaire.flush():
            return
        name = self.services.stores.get(self.store_id).contact_person
        dialog = AssessmentDialog(self.services, self.store_id, name, parent=self)
        if dialog.exec() and dialog.saved:
            self._after_change(self.tr("Ny egenvurdering er opprettet."), dialog.saved.id)
            self.open_assessment(dialog.saved.id)

    def open_selected(self, *_args) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.open_assessment(chosen.id)

    def open_assessment(self, assessment_id: str, criterion_id: str | None = None) -> None:
        try:
            self.questionnaire.open(assessment_id, criterion_id)
        except BygdelivError as error:
            self.show_error(error)
            return
        self.stack.setCurrentWidget(self.questionnaire)
        self.questionnaire.step(0)  # focus the answer of the first criterion

    def copy_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            copy = self.services.assessments.copy_to_draft(chosen.id)
        except BygdelivError as error:
            self.show_error(error)
            return
        self._after_change(self.tr("Nytt utkast er laget med svarene fra vurderingen."), copy.id)

    def finalise_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.finalise(chosen.id)

    def finalise(self, assessment_id: str) -> None:
        if not self.confirm(self.tr("Låse egenvurderingen? Den kan ikke endres etterpå, men du kan "
                                    "kopiere den til et nytt utkast.")):
            return
        try:
            self.services.assessments.finalise(assessment_id)
        except BygdelivError as error:
            self.show_error(error)
            return
        self._after_change(self.tr("Egenvurderingen er låst."), assessment_id)
        if self.stack.currentWidget() is self.questionnaire:
            self.open_assessment(assessment_id, self.questionnaire.criterion_id)

    def compare(self) -> None:
        rows = self.model.rows()
        if len(rows) >= 2:
            ComparisonDialog(self.services, rows, parent=self).exec()

    def create_action(self, assessment_id: str, criterion_id: str) -> None:
        view = self.questionnaire.view
        criterion = view.catalogue.criterion(criterion_id)
        prefill = {"title": f"{criterion.id}: {criterion.title.get()}",
                   "description": criterion.description.get(),
                   "criterion_ids": [criterion.id], "assessment_id": assessment_id}
        dialog = ActionDialog(self.services, self.store_id, prefill=prefill, parent=self)
        if dialog.exec() and dialog.saved:
            self.status_message.emit(self.tr("Tiltaket er lagt i tiltaksplanen."))
            self.data_changed.emit()

    def import_catalogue(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Importer kriteriekatalog"), "",
                                              self.tr("Kriteriekatalog (*.toml);;Alle filer (*)"))
        if name:
            self.import_catalogue_file(Path(name))

    def import_catalogue_file(self, path: Path) -> None:
        try:
            result = self.services.catalogues.import_file(path)
        except (CatalogError, BygdelivError) as error:
            inform(self, self.tr("Kunne ikke importere"), catalogue_import_message(error, path.name))
            return
        info = result.info
        text = (self.tr("Katalogen «%1» versjon %2 var importert fra før. Ingenting er endret.")
                if result.already_present else
                self.tr("Katalogen «%1» versjon %2 er importert og brukes for nye vurderinger."))
        self._after_change(text.replace("%1", info.title.get()).replace("%2", str(info.version)))

    def _after_change(self, message: str, select_id: str | None = None) -> None:
        self.refresh()
        if select_id:
            self._select(select_id)
        self.status_message.emit(message)
        self.data_changed.emit()

    # -- Page protocol -----------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.questionnaire.has_unsaved_texts()

    def save(self) -> bool:
        return self.questionnaire.flush()

    def discard(self) -> None:
        self.questionnaire.discard()
