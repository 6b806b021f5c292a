"""Add or edit one service the store offers."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.models import ServiceOffering
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services.offerings import OFFERING_FIELDS
from bygdeliv_desktop.ui.dialogs.record_dialog import RecordDialog
from bygdeliv_desktop.ui.widgets import OptionalDateEdit


class ServiceDialog(RecordDialog):
    fields = OFFERING_FIELDS

    def __init__(self, services: AppServices, store_id: str,
                 offering: ServiceOffering | None = None, parent: QWidget | None = None,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.services, self.store_id, self.offering = services, store_id, offering
        self.setWindowTitle(self.tr("Endre tjeneste") if offering else self.tr("Ny tjeneste"))
        self.setMinimumWidth(520)
        f = self.form
        kinds = QComboBox()
        for kind in catalogs.service_kinds().kinds:
            kinds.addItem(kind.label(language), kind.code)
        f.add("kind_code", self.tr("&Tjeneste"), kinds)
        f.add("other_text", self.tr("&Beskrivelse (annen)"), QLineEdit(),
              self.tr("Skriv hva tjenesten er når du har valgt «Annen tjeneste»"))
        f.add("partner", self.tr("&Samarbeidspartner"), QLineEdit())
        f.add("started_on", self.tr("&Fra"), OptionalDateEdit(self.tr("Dato kjent")))
        f.add("ended_on", self.tr("&Avsluttet"), OptionalDateEdit(self.tr("Avsluttet")))
        f.add("hours", self.tr("T&ider"), QLineEdit(),
              self.tr("For eksempel «I åpningstiden» eller «Torsdager kl. 11»"))
        note = f.add("note", self.tr("&Merknad"), QPlainTextEdit())
        note.setTabChangesFocus(True)
        note.setMaximumHeight(90)
        kinds.currentIndexChanged.connect(self._update_other)
        if offering is not None:
            f.load_record(offering)
        self._update_other()
        self.finish_layout()

    def _update_other(self) -> None:
        is_other = self.form.widget("kind_code").currentData() == catalogs.OTHER_CODE
        self.form.widget("other_text").setEnabled(is_other)

    def save(self, values: dict) -> ServiceOffering:
        if self.offering is None:
            return self.services.offerings.add(self.store_id, values)
        return self.services.offerings.update(self.offering.id, values)
