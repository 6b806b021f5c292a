"""Add or edit one service the store offers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.models import ServiceOffering
from bygdeliv_desktop.errors import BygdelivError, ValidationError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services.offerings import OFFERING_FIELDS
from bygdeliv_desktop.ui.forms import Form
from bygdeliv_desktop.ui.dialogs.ask import inform
from bygdeliv_desktop.ui.messages import error_message
from bygdeliv_desktop.ui.widgets import OptionalDateEdit


class ServiceDialog(QDialog):
    """Saves on OK in one transaction; on invalid input shows the errors and stays open."""

    def __init__(self, services: AppServices, store_id: str,
                 offering: ServiceOffering | None = None, parent: QWidget | None = None,
                 language: str = "nb") -> None:
        super().__init__(parent)
        self.services, self.store_id, self.offering = services, store_id, offering
        self.saved: ServiceOffering | None = None
        self.setWindowTitle(self.tr("Endre tjeneste") if offering else self.tr("Ny tjeneste"))
        self.setMinimumWidth(520)
        layout = QFormLayout()
        self.form = Form(layout, self)
        kinds = QComboBox()
        for kind in catalogs.service_kinds().kinds:
            kinds.addItem(kind.label(language), kind.code)
        self.form.add("kind_code", self.tr("&Tjeneste"), kinds)
        self.form.add("other_text", self.tr("&Beskrivelse (annen)"), QLineEdit(),
                      self.tr("Skriv hva tjenesten er når du har valgt «Annen tjeneste»"))
        self.form.add("partner", self.tr("&Samarbeidspartner"), QLineEdit())
        self.form.add("started_on", self.tr("&Fra"), OptionalDateEdit(self.tr("Dato kjent")))
        self.form.add("ended_on", self.tr("&Avsluttet"), OptionalDateEdit(self.tr("Avsluttet")))
        self.form.add("hours", self.tr("T&ider"), QLineEdit(),
                      self.tr("For eksempel «I åpningstiden» eller «Torsdager kl. 11»"))
        note = self.form.add("note", self.tr("&Merknad"), QPlainTextEdit())
        note.setTabChangesFocus(True)
        note.setMaximumHeight(90)
        kinds.currentIndexChanged.connect(self._update_other)
        if offering is not None:
            self.form.load_record(offering)
        self._update_other()

        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("Lagre"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(buttons)

    def _update_other(self) -> None:
        is_other = self.form.widget("kind_code").currentData() == catalogs.OTHER_CODE
        self.form.widget("other_text").setEnabled(is_other)

    def accept(self) -> None:
        try:
            values = self.form.values()
            values = {name: values[name] for name in OFFERING_FIELDS}
            if self.offering is None:
                self.saved = self.services.offerings.add(self.store_id, values)
            else:
                self.saved = self.services.offerings.update(self.offering.id, values)
        except ValidationError as error:
            self.form.show_errors(error)
            return
        except BygdelivError as error:
            inform(self, self.tr("Kunne ikke lagre"), error_message(error))
            return
        super().accept()
