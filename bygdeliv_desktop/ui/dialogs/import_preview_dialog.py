"""What an import would change, shown before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from bygdeliv_desktop.exchange.importer import ImportPreview
from bygdeliv_desktop.exchange.merge import CHANGED, CONFLICT, DELETED, NEW, UNCHANGED
from bygdeliv_desktop.exchange.signing import TRUSTED, VALID


class ImportPreviewDialog(QDialog):
    """Per kind of record: new / changed / deleted / unchanged / conflicts; signer; the stores."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Importer"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not plan.already_imported)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (header, stores, self.table, self.verdict, self.buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def _signature_text(self, signer) -> str:
        if signer is None:
            return self.tr("ikke signert")
        # eIDAS writes Norwegian organisation numbers as "NTRNO-974760673".
        org = signer.organization_id.removeprefix("NTRNO-")
        who = signer.subject + (self.tr(", org.nr. %1").replace("%1", org) if org else "")
        if signer.status == TRUSTED:
            return self.tr("signert av %1 (bekreftet av fylkets CA)").replace("%1", who)
        if signer.status == VALID:
            return self.tr("signert av %1 (uendret, men avsenderen er ikke bekreftet)"
                           ).replace("%1", who)
        return signer.status
