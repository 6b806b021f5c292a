"""What the user can do with the signing identity: create it, ask the county for a certificate,
import the county's certificate or a virksomhetssertifikat (.p12). Qt side only; the work is in
``signing/identity.py``. Slow steps (key generation, key decryption) run through ``operations``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from bygdeliv_desktop.errors import BygdelivError, CertificateInvalid, FileUnreadable, FileUnwritable
from bygdeliv_desktop.signing.certs import SignerProfile
from bygdeliv_desktop.signing.identity import SigningIdentity
from bygdeliv_desktop.ui.dialogs.ask import ask_yes_no, notify
from bygdeliv_desktop.ui.dialogs.identity_dialog import IdentityDialog
from bygdeliv_desktop.ui.dialogs.passphrase_dialog import ask_passphrase
from bygdeliv_desktop.ui.operations import Operation, show_failure

LAST_DIR_KEY = "signing/last_dir"


def file_stem(text: str) -> str:
    """A file-name-safe version of a store name (letters incl. æøå, digits, dashes)."""
    kept = "".join(ch if ch.isalnum() else "-" for ch in text.strip().lower())
    return "-".join(part for part in kept.split("-") if part) or "butikk"


class SigningActions(QObject):
    """Dialog flows around one SigningIdentity; ``changed`` fires when the identity changed."""

    changed = Signal()
    status_message = Signal(str)

    def __init__(self, identity: SigningIdentity, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.identity, self.settings, self.widget = identity, settings, parent

    # -- files ------------------------------------------------------------------------------
    def last_dir(self) -> str:
        fallback = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        return str(self.settings.value(LAST_DIR_KEY, fallback, str))

    def remember_dir(self, path: Path) -> None:
        self.settings.setValue(LAST_DIR_KEY, str(path.parent))

    def ask_save_path(self, title: str, file_name: str, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.widget, title,
                                                str(Path(self.last_dir()) / file_name), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        self.remember_dir(path)
        return path

    def ask_open_path(self, title: str, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self.widget, title, self.last_dir(), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        self.remember_dir(path)
        return path

    def _cert_filter(self) -> str:
        return self.tr("Sertifikat (*.pem *.crt *.cer *.der);;Alle filer (*)")

    # -- flows ------------------------------------------------------------------------------
    def _confirm_replace(self) -> bool:
        if not self.identity.exists():
            return True
        return ask_yes_no(self.widget, self.tr("Erstatte signeringsidentiteten?"), self.tr(
            "Det finnes allerede en signeringsidentitet for %1. Den gamle nøkkelen og sertifikatet "
            "blir erstattet og kan ikke brukes igjen. Fortsette?")
            .replace("%1", self.identity.profile().name))

    def create_identity(self, defaults: SignerProfile) -> None:
        if not self._confirm_replace():
            return
        dialog = IdentityDialog(defaults, parent=self.widget)
        if dialog.exec() != QDialog.Accepted:
            return
        profile, passphrase, replace = dialog.profile(), dialog.passphrase(), self.identity.exists()
        Operation(self.widget, lambda token: self.identity.create(profile, passphrase, replace),
                  lambda _: self._changed(self.tr("Signeringsidentiteten er opprettet.")),
                  label=self.tr("Lager signeringsnøkkel (RSA-3072) …")).start()

    def write_request(self, store_name: str) -> None:
        passphrase = ask_passphrase(self.widget, self.tr("Sertifikatforespørsel"), self.tr(
            "Forespørselen signeres med nøkkelen din. Skriv passordet for signeringsnøkkelen:"))
        if passphrase is None:
            return
        path = self.ask_save_path(self.tr("Lagre sertifikatforespørsel"),
                                  f"sertifikatforespørsel-{file_stem(store_name)}.csr",
                                  self.tr("Sertifikatforespørsel (*.csr)"))
        if path is None:
            return

        def work(token) -> Path:
            try:
                return self.identity.write_request(path, passphrase)
            except OSError as exc:
                raise FileUnwritable(str(path), path=str(path), reason=exc.strerror or "") from exc

        def done(written: Path) -> None:
            self.status_message.emit(self.tr("Sertifikatforespørselen er lagret."))
            notify(self.widget, self.tr("Sertifikatforespørsel lagret"), self.tr(
                "Forespørselen er lagret i «%1».\n\nSend filen til fylkeskommunen på e-post eller "
                "minnepinne. Den inneholder ingen hemmeligheter. Du får tilbake en "
                "sertifikatfil som du importerer her.").replace("%1", str(written)))

        Operation(self.widget, work, done, label=self.tr("Lager sertifikatforespørsel …")).start()

    def import_certificate(self) -> None:
        path = self.ask_open_path(self.tr("Velg sertifikatet fra fylkeskommunen"),
                                  self._cert_filter())
        if path is None:
            return
        ca_file = None
        while True:
            try:
                status = self.identity.import_certificate(path, ca_file)
                break
            except CertificateInvalid as error:
                if error.params.get("reason") != "no_issuer" or ca_file is not None:
                    show_failure(self.widget, error)
                    return
                if not ask_yes_no(self.widget, self.tr("CA-sertifikat mangler"), self.tr(
                        "Filen inneholder ikke fylkets CA-sertifikat (ca.pem). Vil du velge den "
                        "filen nå?")):
                    return
                ca_file = self.ask_open_path(self.tr("Velg fylkets CA-sertifikat"),
                                             self._cert_filter())
                if ca_file is None:
                    return
            except OSError as exc:
                show_failure(self.widget, FileUnreadable(str(path), path=str(path),
                                                         reason=exc.strerror or ""))
                return
            except BygdelivError as error:
                show_failure(self.widget, error)
                return
        self._changed(self.tr("Sertifikatet fra fylkeskommunen er tatt i bruk, gyldig til %1.")
                      .replace("%1", f"{status.not_after:%d.%m.%Y}"))

    def import_p12(self, defaults: SignerProfile) -> None:
        path = self.ask_open_path(self.tr("Velg virksomhetssertifikatet"),
                                  self.tr("Virksomhetssertifikat (*.p12 *.pfx);;Alle filer (*)"))
        if path is None or not self._confirm_replace():
            return
        dialog = IdentityDialog(defaults, p12_file=path.name, parent=self.widget)
        if dialog.exec() != QDialog.Accepted:
            return
        profile, passphrase, p12_password = dialog.profile(), dialog.passphrase(), dialog.p12_password()

        def work(token):
            try:
                return self.identity.import_p12(path, p12_password, profile, passphrase)
            except OSError as exc:
                raise FileUnreadable(str(path), path=str(path), reason=exc.strerror or "") from exc

        Operation(self.widget, work,
                  lambda status: self._changed(self.tr("Virksomhetssertifikatet er tatt i bruk.")),
                  label=self.tr("Leser virksomhetssertifikatet …")).start()

    def _changed(self, message: str) -> None:
        self.changed.emit()
        self.status_message.emit(message)


def default_profile(identity: SigningIdentity, store) -> SignerProfile:
    """Prefill: the identity's own profile, else the store's contact person, name and org number."""
    if identity.exists():
        return identity.profile()
    if store is None:
        return SignerProfile("", "", "", "")
    return SignerProfile(store.contact_person or "", "", store.name, store.org_number or "")
