"""Butikk: the store's profile, edited in place and saved with Ctrl+S."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QVBoxLayout, QWidget,
)

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.errors import BygdelivError, ValidationError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services.stores import PROFILE_FIELDS
from bygdeliv_desktop.ui.forms import Form
from bygdeliv_desktop.ui.pages.base import Page
from bygdeliv_desktop.ui.widgets import OptionalDateEdit, TypeAheadComboBox


def municipality_combo() -> QComboBox:
    """Every municipality as "3432 Lesja (Innlandet)"; typing the name or the number finds it."""
    combo = TypeAheadComboBox()
    combo.addItem("—", "")
    county = None
    for item in catalogs.municipalities():
        if item.county != county and county is not None:
            combo.insertSeparator(combo.count())
        county = item.county
        combo.addItem(f"{item.code} {item.name} ({item.county})", item.code)
    return combo


class StoreProfilePage(Page):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        form_host = QWidget()
        layout = QFormLayout(form_host)
        layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form = Form(layout, self)
        f = self.form
        f.add("name", self.tr("&Navn"), QLineEdit())
        f.add("org_number", self.tr("&Organisasjonsnummer"), QLineEdit(),
              self.tr("9 siffer, for eksempel 974 760 673"))
        f.add("municipality_code", self.tr("&Kommune"), municipality_combo(),
              self.tr("Skriv kommunenavnet eller kommunenummeret for å velge"))
        f.add("chain", self.tr("&Kjede"), QLineEdit(), self.tr("For eksempel Joker, Coop, Nærbutikken"))
        f.add("address", self.tr("&Adresse"), QLineEdit())
        f.add("postal_code", self.tr("Post&nummer"), QLineEdit())
        f.add("postal_place", self.tr("Posts&ted"), QLineEdit())
        f.add("contact_person", self.tr("Kontakt&person"), QLineEdit())
        f.add("phone", self.tr("&Telefon"), QLineEdit())
        f.add("email", self.tr("&E-post"), QLineEdit())
        hours = f.add("opening_hours", self.tr("Åpnings&tider"), QPlainTextEdit())
        hours.setPlaceholderText(self.tr("For eksempel: Man–fre 9–20, lør 9–18, søn 12–18"))
        hours.setTabChangesFocus(True)
        hours.setMaximumHeight(70)
        centrality = QComboBox()
        centrality.addItem("—", None)
        for level in range(1, 7):
            centrality.addItem(self.tr("Klasse %n", "", level), level)
        f.add("centrality_class", self.tr("&Sentralitetsklasse"), centrality,
              self.tr("SSBs sentralitetsindeks: 1 er mest sentral, 6 minst sentral"))
        f.add("merkur_participant", self.tr("&Merkur"), QCheckBox(self.tr("Deltar i Merkur-programmet")))
        f.add("merkur_since", self.tr("Merkur &fra"), OptionalDateEdit(self.tr("Dato kjent")))
        notes = f.add("notes", self.tr("N&otater"), QPlainTextEdit())
        notes.setTabChangesFocus(True)
        notes.setMaximumHeight(110)
        f.changed.connect(self._on_changed)
        f.widget("merkur_participant").toggled.connect(f.widget("merkur_since").setEnabled)

        self.save_button = QPushButton(self.tr("Lagre"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("Angre endringer"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.discard)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

    def title(self) -> str:
        return self.tr("Butikk")

    def refresh(self) -> None:
        if self.store_id is None:
            self.form.load({})
            self.heading.setText(self.tr("Ingen butikk valgt"))
            self.setEnabled(False)
            return
        self.setEnabled(True)
        store = self.services.stores.get(self.store_id)
        self.form.load_record(store)
        self.form.widget("merkur_since").setEnabled(store.merkur_participant)
        self.heading.setText(self.tr("Butikkprofil – %1").replace("%1", store.name))
        self._on_changed()

    def _on_changed(self) -> None:
        self.save_button.setEnabled(self.form.dirty)
        self.undo_button.setEnabled(self.form.dirty)

    def has_unsaved_changes(self) -> bool:
        return self.form.dirty

    def save(self) -> bool:
        if self.store_id is None or not self.form.dirty:
            return True
        try:
            values = self.form.values()
            values = {name: values[name] for name in PROFILE_FIELDS}
            self.services.stores.update(self.store_id, values)
        except ValidationError as error:
            self.form.show_errors(error)
            self.status_message.emit(self.tr("Ikke lagret: rett feltene som er merket."))
            return False
        except BygdelivError as error:
            self.show_error(error)
            return False
        self.refresh()
        self.status_message.emit(self.tr("Butikkprofilen er lagret."))
        self.data_changed.emit()
        return True

    def discard(self) -> None:
        self.refresh()
