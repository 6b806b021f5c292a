"""What an import would change, shown before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from bygdeliv_desktop.exchange.importer import ImportPreview
from bygdeliv_desktop.exchange.merge import CHANGED, CONFLICT, DELETED, NEW, UNCHANGED
from bygdeliv_desktop.exchange.signing import ADVISER, OTHER_ORG, TRUSTED, VALID


class ImportPreviewDialog(QDialog):
    """Per kind of record: new / changed / deleted / unchanged / conflicts; signer; the stores.

    "Godta bare signerte filer fra klarerte utstedere" (``require_trusted``, remembered by the
    caller) blocks the import of a file that is unsigned, signed by a certificate that does not
    chain to the county CA chosen, or signed for another organisation than the stores'."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None,
                 require_trusted: bool = False, has_trust_root: bool = True) -> None:
        super().__init__(parent)
        self._preview, self._has_root = preview, has_trust_root
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Importer utvekslingsfil"))
        package, plan = preview.package, preview.plan
        names = {"store": self.tr("Butikker"), "service_offering": self.tr("Tjenester"),
                 "activity": self.tr("Aktiviteter"), "catalog_snapshot": self.tr("Kriteriekataloger"),
                 "assessment": self.tr("Egenvurderinger"), "answer": self.tr("Svar"),
                 "attachment_file": self.tr("Vedlegg"), "action_item": self.tr("Tiltak")}
        actions = [(NEW, self.tr("Nye")), (CHANGED, self.tr("Endret")), (DELETED, self.tr("Slettet")),
                   (UNCHANGED, self.tr("Uendret")), (CONFLICT, self.tr("Konflikter"))]

        header = QLabel(self.tr("<b>%1</b><br>Laget %2 · %3").replace("%1", package.path.name)
                        .replace("%2", f"{package.manifest.created_at.astimezone():%d.%m.%Y %H:%M}")
                        .replace("%3", self._signature_text(package.signer)))
        header.setWordWrap(True)
        stores = QLabel(self.tr("Butikker i filen: %1").replace(
            "%1", ", ".join(name for _id, name in plan.stores) or "–"))
        stores.setWordWrap(True)

        rows = [(table, counter) for table, counter in plan.counts.items() if sum(counter.values())]
        self.table = QTableWidget(len(rows), len(actions))
        self.table.setObjectName("previewTable")
        self.table.setAccessibleName(self.tr("Endringer per type"))
        self.table.setHorizontalHeaderLabels([label for _a, label in actions])
        self.table.setVerticalHeaderLabels([names.get(t, t) for t, _c in rows])
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for r, (_table, counter) in enumerate(rows):
            for c, (action, _label) in enumerate(actions):
                self.table.setItem(r, c, QTableWidgetItem(str(counter[action])))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)

        totals = plan.totals
        if plan.already_imported:
            verdict = self.tr("Denne filen er importert før. Ingenting vil bli endret.")
        elif totals[CONFLICT]:
            verdict = self.tr("%1 poster er endret både her og i filen siden sist. Én versjon "
                              "velges automatisk; den andre tas vare på under Fil → Konflikter, "
                              "der du kan velge den i stedet.").replace("%1", str(totals[CONFLICT]))
        else:
            verdict = self.tr("Ingen konflikter.")
        self.verdict = QLabel(verdict + " " + self.tr(
            "Før importen tas en sikkerhetskopi av databasen."))
        self.verdict.setWordWrap(True)

        self.signer_note = QLabel(self._signer_note(package.signer))
        self.signer_note.setObjectName("signerNote")
        self.signer_note.setWordWrap(True)
        self.signer_note.setVisible(bool(self.signer_note.text()))
        self.trusted_only = QCheckBox(self.tr("&Godta bare signerte filer fra klarerte utstedere"))
        self.trusted_only.setObjectName("trustedOnly")
        self.trusted_only.setChecked(require_trusted)
        self.trusted_only.setToolTip(self.tr(
            "Klarert utsteder: fylkets CA-sertifikat valgt på siden Kontroller PDF. Filen må "
            "være signert med et sertifikat derfra, for butikkenes eget organisasjonsnummer "
            "eller av en konsulent eller fylket."))
        self.trust_block = QLabel()
        self.trust_block.setObjectName("trustBlock")
        self.trust_block.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Importer"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.trusted_only.toggled.connect(self._update)
        layout = QVBoxLayout(self)
        for widget in (header, stores, self.table, self.verdict, self.signer_note,
                       self.trusted_only, self.trust_block, self.buttons):
            layout.addWidget(widget)
        self.resize(640, 460)
        self._update()

    def require_trusted(self) -> bool:
        return self.trusted_only.isChecked()

    def _blocked_by_trust(self) -> str:
        """Why the file may not be imported with the box ticked ("" = it may)."""
        if not self.trusted_only.isChecked():
            return ""
        signer = self._preview.package.signer
        if signer is None:
            return self.tr("Filen er ikke signert.")
        if not self._has_root:
            return self.tr("Ingen klarert utsteder er valgt: velg fylkets CA-sertifikat på "
                           "siden Kontroller PDF.")
        if not signer.trusted:
            return self.tr("Underskriveren er ikke utstedt av en klarert utsteder.")
        if signer.stores == OTHER_ORG:
            return self.tr("Sertifikatet tilhører en annen organisasjon enn butikkene i filen.")
        return ""

    def _update(self, *_args) -> None:
        blocked = self._blocked_by_trust()
        self.trust_block.setText(self.tr("Kan ikke importeres: %1 Fjern haken for å importere "
                                         "likevel.").replace("%1", blocked) if blocked else "")
        self.trust_block.setVisible(bool(blocked))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(
            not self._preview.plan.already_imported and not blocked)

    def _signer_note(self, signer) -> str:
        if signer is None:
            return ""
        if signer.stores == ADVISER:
            return self.tr("Underskriveren signerer som konsulent eller fylke (%1), ikke som "
                           "butikkens egen.").replace("%1", signer.role)
        if signer.stores == OTHER_ORG:
            stores = ", ".join(org or self.tr("uten org.nr.") for org in signer.store_orgs)
            return self.tr("Advarsel: sertifikatet tilhører org.nr. %1, ikke butikkene i filen "
                           "(%2). Signaturen bekrefter ikke hvem dataene kommer fra.").replace(
                "%1", signer.org_number or self.tr("ukjent")).replace("%2", stores or "–")
        return ""

    def _signature_text(self, signer) -> str:
        if signer is None:
            return self.tr("ikke signert")
        org = signer.org_number  # eIDAS writes "NTRNO-974760673"
        who = signer.subject + (self.tr(", org.nr. %1").replace("%1", org) if org else "")
        if signer.status == TRUSTED:
            return self.tr("signert av %1 (bekreftet av fylkets CA)").replace("%1", who)
        if signer.status == VALID:
            return self.tr("signert av %1 (uendret, men avsenderen er ikke bekreftet)"
                           ).replace("%1", who)
        return signer.status
