"""Who signs: name, role, store and org number, and a new passphrase typed twice.

Used to create a signing identity and to take an existing virksomhetssertifikat (.p12), which also
asks for the password of the .p12 file.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from bygdeliv_desktop.domain.validation import normalise_orgnr, validate_signer
from bygdeliv_desktop.errors import ValidationError
from bygdeliv_desktop.signing.certs import SignerProfile
from bygdeliv_desktop.signing.identity import MIN_PASSPHRASE_LENGTH
from bygdeliv_desktop.ui.forms import Form


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.Password)
    return edit


class IdentityDialog(QDialog):
    """Checks the input on OK and stays open, with the errors under the fields, until it is valid."""

    def __init__(self, defaults: SignerProfile, p12_file: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.p12_file = p12_file
        self.setWindowTitle(self.tr("Bruk virksomhetssertifikat") if p12_file
                            else self.tr("Opprett signeringsidentitet"))
        self.setMinimumWidth(540)
        intro = QLabel(
            self.tr("Sertifikatet i «%1» tas i bruk. Nøkkelen lagres på denne PC-en, beskyttet "
                    "med et nytt passord du velger her.").replace("%1", p12_file) if p12_file else
            self.tr("Programmet lager en signeringsnøkkel som bare finnes på denne PC-en. Velg et "
                    "passord du husker: uten det kan du ikke signere, og det kan ikke hentes fram "
                    "igjen."))
        intro.setWordWrap(True)
        layout = QFormLayout()
        self.form = Form(layout, self)
        f = self.form
        f.add("name", self.tr("&Navn"), QLineEdit(), self.tr("Den som signerer sammendraget"))
        role = f.add("role", self.tr("&Rolle"), QLineEdit())
        role.setPlaceholderText(self.tr("For eksempel daglig leder"))
        role.setMaxLength(64)
        f.add("store_name", self.tr("&Butikk"), QLineEdit())
        f.add("org_number", self.tr("&Organisasjonsnummer"), QLineEdit(),
              self.tr("Skrives inn i sertifikatet, så fylket ser hvilken virksomhet som signerte"))
        if p12_file:
            f.add("p12_password", self.tr("Passord for &.p12-filen"), _password_edit())
        f.add("passphrase", self.tr("Nytt &passord"), _password_edit(),
              self.tr("Minst %n tegn", "", MIN_PASSPHRASE_LENGTH))
        f.add("passphrase_again", self.tr("&Gjenta passordet"), _password_edit())
        f.load({"name": defaults.name, "role": defaults.role, "store_name": defaults.store_name,
                "org_number": defaults.org_number})

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Bruk sertifikatet") if p12_file
                                                    else self.tr("&Opprett"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(intro)
        outer.addLayout(layout)
        outer.addWidget(buttons)

    def accept(self) -> None:
        errors = validate_signer(self.form.values(), MIN_PASSPHRASE_LENGTH)
        if errors:
            self.form.show_errors(ValidationError(errors))
            return
        super().accept()

    def profile(self) -> SignerProfile:
        values = self.form.values()
        return SignerProfile(values["name"].strip(), values["role"].strip(),
                             values["store_name"].strip(), normalise_orgnr(values["org_number"]))

    def passphrase(self) -> str:
        return self.form.values()["passphrase"]

    def p12_password(self) -> str:
        return self.form.values().get("p12_password", "")
