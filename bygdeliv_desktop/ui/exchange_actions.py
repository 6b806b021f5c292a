"""Fil → Eksporter / Importer utvekslingsfil and Konflikter: moving data between machines.

The work (reading, checking, merging, writing) is the Qt-free ``exchange`` package; this module
asks the user, runs it off the UI thread with a progress dialog, and tells what happened.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from bygdeliv_desktop.exchange.package_format import SUFFIX
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.signing.identity import SigningIdentity
from bygdeliv_desktop.ui.dialogs.ask import inform
from bygdeliv_desktop.ui.operations import Operation
from bygdeliv_desktop.ui.pages.verify_page import TRUSTED_CA_KEY
from bygdeliv_desktop.ui.signing_actions import file_stem

LAST_DIR_KEY = "exchange/last_dir"
TRUSTED_ONLY_KEY = "exchange/trusted_only"  # "Godta bare signerte filer fra klarerte utstedere"


class ExchangeActions(QObject):
    imported = Signal()  # data changed under the window: reload stores and pages

    def __init__(self, services: AppServices, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.services, self.settings, self.widget = services, settings, parent
        self.identity = SigningIdentity.in_data_dir(services.home)

    # -- files ------------------------------------------------------------------------------
    def _last_dir(self) -> Path:
        fallback = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        return Path(str(self.settings.value(LAST_DIR_KEY, fallback, str)))

    def _file_filter(self) -> str:
        return self.tr("Utvekslingsfil (*%1);;Alle filer (*)").replace("%1", SUFFIX)

    def _trust_files(self) -> list[Path]:
        ca = str(self.settings.value(TRUSTED_CA_KEY, "", str))
        return [Path(ca)] if ca and Path(ca).is_file() else []

    # -- export -----------------------------------------------------------------------------
    def export_file(self, current_store_id: str | None) -> None:
        from bygdeliv_desktop.ui.dialogs.export_dialog import ExportDialog

        stores = [(s.id, s.name) for s in self.services.stores.list_stores(include_archived=True)]
        if not stores:
            inform(self.widget, self.tr("Eksporter"), self.tr("Det finnes ingen butikker å "
                                                              "eksportere ennå."))
            return
        dialog = ExportDialog(stores, current_store_id, self.identity.exists(), self.widget)
        try:
            if dialog.exec() != QDialog.Accepted:
                return
            chosen, sign = dialog.chosen_store_ids(), dialog.sign()
        finally:
            dialog.deleteLater()
        names = dict(stores)
        stem = file_stem(names[chosen[0]]) if len(chosen) == 1 else self.tr("butikker")
        default = self._last_dir() / f"{stem}-{dt.date.today():%Y-%m-%d}{SUFFIX}"
        picked, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Lagre utvekslingsfil"),
                                                str(default), self._file_filter())
        if not picked:
            return
        path = Path(picked) if picked.endswith(SUFFIX) else Path(picked + SUFFIX)
        self.settings.setValue(LAST_DIR_KEY, str(path.parent))
        passphrase = None
        if sign:
            from bygdeliv_desktop.ui.dialogs.passphrase_dialog import ask_passphrase

            passphrase = ask_passphrase(self.widget, self.tr("Signer utvekslingsfilen"),
                                        self.tr("Passord for signeringsnøkkelen:"))
            if passphrase is None:
                return
        self.export_to(path, chosen, passphrase)

    def export_to(self, path: Path, store_ids: list[str], passphrase: str | None = None) -> Operation:
        """Write the file in the background; ``passphrase`` given means: sign it."""
        from bygdeliv_desktop.exchange.signing import CmsManifestSigner
        from bygdeliv_desktop.exchange.writer import export_file

        database, identity = self.services.database, self.identity

        def work(token):
            signer = None
            if passphrase is not None:
                loaded = identity.load(passphrase)
                signer = CmsManifestSigner.from_loaded(loaded.key, loaded.cert)
            token.raise_if_cancelled()
            return export_file(database, path, store_ids, signer)

        def done(result) -> None:
            text = self.tr("Utvekslingsfilen er lagret:\n%1").replace("%1", str(result.path))
            text += "\n\n" + (self.tr("Filen er signert.") if result.signed
                              else self.tr("Filen er ikke signert."))
            if result.missing_attachments:
                text += "\n\n" + self.tr("Disse vedleggene fantes ikke på denne maskinen og er "
                                         "ikke med: %1").replace(
                    "%1", ", ".join(result.missing_attachments))
            inform(self.widget, self.tr("Eksportert"), text)

        return Operation(self.widget, work, done, label=self.tr("Skriver utvekslingsfilen …"),
                         title=self.tr("Eksporter"), cancellable=True).start()

    # -- import -----------------------------------------------------------------------------
    def import_file(self) -> None:
        picked, _ = QFileDialog.getOpenFileName(self.widget, self.tr("Importer utvekslingsfil"),
                                                str(self._last_dir()), self._file_filter())
        if picked:
            self.settings.setValue(LAST_DIR_KEY, str(Path(picked).parent))
            self.import_from(Path(picked))

    def import_from(self, path: Path) -> Operation:
        """Check and preview in the background, ask, then back up and merge in the background."""
        from bygdeliv_desktop.exchange.importer import preview_import
        from bygdeliv_desktop.exchange.signing import CmsManifestVerifier

        database, trust = self.services.database, self._trust_files()
        return Operation(self.widget,
                         lambda token: preview_import(database, path, CmsManifestVerifier(trust)),
                         self._ask_and_apply, label=self.tr("Kontrollerer filen …"),
                         title=self.tr("Importer"), cancellable=True).start()

    def _ask_and_apply(self, preview) -> None:
        from bygdeliv_desktop.exchange.importer import apply_import
        from bygdeliv_desktop.ui.dialogs.import_preview_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(preview, self.widget,
                                     bool(self.settings.value(TRUSTED_ONLY_KEY, False, bool)),
                                     bool(self._trust_files()))
        try:
            accepted = dialog.exec() == QDialog.Accepted
            self.settings.setValue(TRUSTED_ONLY_KEY, dialog.require_trusted())
        finally:
            dialog.deleteLater()
        if not accepted:
            return
        database = self.services.database
        # Not cancellable: the merge is one transaction, and half-cancelling it would only confuse.
        Operation(self.widget, lambda token: apply_import(database, preview), self._imported,
                  label=self.tr("Tar sikkerhetskopi og importerer …"),
                  title=self.tr("Importer")).start()

    def _imported(self, result) -> None:
        self.imported.emit()
        totals = result.plan.totals
        text = self.tr("Importert: %1 nye, %2 endret, %3 slettet, %4 konflikter.").replace(
            "%1", str(totals["new"])).replace("%2", str(totals["changed"])).replace(
            "%3", str(totals["deleted"])).replace("%4", str(totals["conflict"]))
        if result.backup is not None:
            text += "\n\n" + self.tr("Sikkerhetskopi tatt før importen: %1").replace(
                "%1", str(result.backup))
        if totals["conflict"]:
            text += "\n\n" + self.tr("Se Fil → Konflikter for å velge versjon.")
        inform(self.widget, self.tr("Importert"), text)

    # -- conflicts --------------------------------------------------------------------------
    def show_conflicts(self) -> None:
        from bygdeliv_desktop.ui.dialogs.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.services.database, self.widget)
        dialog.resolved.connect(self.imported)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
