"""Kontroller PDF: check a signed summary offline and say plainly whether it can be trusted."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QStyle, QTableView, QTabWidget, QTreeView, QVBoxLayout, QWidget,
)

from bygdeliv_desktop.errors import FileUnreadable
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.signing.verify import VerificationResult, load_trust_roots, verify_pdf
from bygdeliv_desktop.ui.models.check_table import CheckTableModel
from bygdeliv_desktop.ui.models.json_tree import json_model
from bygdeliv_desktop.ui.operations import Operation
from bygdeliv_desktop.ui.pages.base import Page
from bygdeliv_desktop.ui.verify_texts import certificate_name

TRUSTED_CA_KEY = "verify/trusted_ca"
LAST_PDF_DIR_KEY = "verify/last_dir"
ICON_SIZE = 48
VALID, INVALID, UNKNOWN_SIGNER = "valid", "invalid", "unknown_signer"


@dataclass(frozen=True)
class Checked:
    path: Path
    ca_file: Path | None
    result: VerificationResult


def verdict(result: VerificationResult) -> str:
    if result.ok:
        return VALID
    return UNKNOWN_SIGNER if result.integrity_ok else INVALID


def _check_file(pdf: Path, ca_file: Path | None) -> Checked:
    """Read and verify (worker thread); unreadable files become a FileUnreadable error."""
    # pyHanko logs an untrusted signer (an expected outcome here) with a traceback; the verdict
    # already says it in words.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    for path in filter(None, (pdf, ca_file)):
        if not path.is_file():
            raise FileUnreadable(str(path), path=str(path), reason="finnes ikke")
    try:
        roots = load_trust_roots([ca_file]) if ca_file else []
        data = pdf.read_bytes()
    except OSError as exc:
        raise FileUnreadable(str(exc.filename), path=str(exc.filename),
                             reason=exc.strerror or "") from exc
    return Checked(pdf, ca_file, verify_pdf(data, roots))


class VerifyPage(Page):
    def __init__(self, services: AppServices, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.settings = settings
        self.last: Checked | None = None
        self.setAcceptDrops(True)
        heading = QLabel(self.tr("Kontroller signert PDF"))
        heading.setObjectName("pageHeading")

        self.pdf_edit = QLineEdit()
        self.pdf_edit.setObjectName("pdfFile")
        self.pdf_edit.setPlaceholderText(self.tr("Velg en PDF, eller dra filen hit"))
        self.pdf_edit.setReadOnly(True)
        pick_pdf = QPushButton(self.tr("&Velg PDF…"))
        pick_pdf.clicked.connect(self.pick_pdf)
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("caFile")
        self.ca_edit.setReadOnly(True)
        self.ca_edit.setPlaceholderText(self.tr("Ingen – da kan ikke underskriveren bekreftes"))
        self.ca_edit.setText(str(settings.value(TRUSTED_CA_KEY, "", str)))
        pick_ca = QPushButton(self.tr("Velg &CA…"))
        pick_ca.clicked.connect(self.pick_ca)
        clear_ca = QPushButton(self.tr("&Fjern"))
        clear_ca.clicked.connect(lambda: self.set_ca_file(None))
        self.check_button = QPushButton(self.tr("&Kontroller"))
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(self.run_check)
        files = QGridLayout()
        pdf_label = QLabel(self.tr("&PDF-fil:"))
        pdf_label.setBuddy(pick_pdf)
        ca_label = QLabel(self.tr("Betrodd CA-&sertifikat (valgfritt):"))
        ca_label.setBuddy(pick_ca)
        # The mnemonics go to the buttons (the fields are read-only); the fields keep the names.
        self.pdf_edit.setAccessibleName(pdf_label.text().replace("&", "").rstrip(":"))
        self.ca_edit.setAccessibleName(ca_label.text().replace("&", "").rstrip(":"))
        files.addWidget(pdf_label, 0, 0)
        files.addWidget(self.pdf_edit, 0, 1)
        files.addWidget(pick_pdf, 0, 2)
        files.addWidget(self.check_button, 0, 3)
        files.addWidget(ca_label, 1, 0)
        files.addWidget(self.ca_edit, 1, 1)
        files.addWidget(pick_ca, 1, 2)
        files.addWidget(clear_ca, 1, 3)
        files.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(files)
        layout.addWidget(self._build_verdict())
        layout.addWidget(self._build_details(), 1)
        self.show_result(None)

    def _build_verdict(self) -> QGroupBox:
        box = QGroupBox(self.tr("Resultat"))
        self.verdict_icon = QLabel()
        self.verdict_icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.verdict_text = QLabel()
        self.verdict_text.setWordWrap(True)
        self.signer_label, self.time_label, self.chain_label = QLabel(), QLabel(), QLabel()
        for label in (self.signer_label, self.time_label, self.chain_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        facts = QFormLayout()
        facts.addRow(self.tr("Signert av:"), self.signer_label)
        facts.addRow(self.tr("Tidspunkt:"), self.time_label)
        facts.addRow(self.tr("Sertifikatkjede:"), self.chain_label)
        text = QVBoxLayout()
        text.addWidget(self.verdict_label)
        text.addWidget(self.verdict_text)
        text.addLayout(facts)
        row = QHBoxLayout(box)
        row.addWidget(self.verdict_icon, 0, Qt.AlignTop)
        row.addLayout(text, 1)
        return box

    def _build_details(self) -> QTabWidget:
        self.checks = CheckTableModel(self)
        self.check_table = QTableView()
        self.check_table.setObjectName("checkTable")
        self.check_table.setAccessibleName(self.tr("Kontroller"))
        self.check_table.setModel(self.checks)
        self.check_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.check_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.check_table.verticalHeader().hide()
        self.check_table.setWordWrap(True)
        header = self.check_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.data_tree = QTreeView()
        self.data_tree.setObjectName("dataTree")
        self.data_tree.setAccessibleName(self.tr("Innholdet i data.json"))
        self.data_tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.data_tree.setModel(json_model(None, self))
        # Tabs rather than side by side: the reasons need the full width, and the page must fit
        # a small laptop screen.
        self.details = QTabWidget()
        self.details.setObjectName("verifyDetails")
        self.details.addTab(self.check_table, self.tr("K&ontroller"))
        self.details.addTab(self.data_tree, self.tr("&Data i filen (data.json)"))
        return self.details

    def title(self) -> str:
        return self.tr("Kontroller PDF")

    # -- files ------------------------------------------------------------------------------
    def pdf_file(self) -> Path | None:
        return Path(self.pdf_edit.text()) if self.pdf_edit.text() else None

    def ca_file(self) -> Path | None:
        return Path(self.ca_edit.text()) if self.ca_edit.text() else None

    def set_ca_file(self, path: Path | None) -> None:
        self.ca_edit.setText(str(path) if path else "")
        self.settings.setValue(TRUSTED_CA_KEY, str(path) if path else "")

    def pick_pdf(self) -> None:
        start = str(self.settings.value(LAST_PDF_DIR_KEY, "", str))
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Velg signert PDF"), start,
                                                self.tr("PDF (*.pdf);;Alle filer (*)"))
        if chosen:
            self.check_pdf(Path(chosen))

    def pick_ca(self) -> None:
        start = str(self.ca_file().parent) if self.ca_file() else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Velg fylkets CA-sertifikat"), start,
            self.tr("Sertifikat (*.pem *.crt *.cer *.der);;Alle filer (*)"))
        if chosen:
            self.set_ca_file(Path(chosen))
            if self.pdf_file():
                self.run_check()

    def check_pdf(self, path: Path) -> None:
        self.pdf_edit.setText(str(path))
        self.settings.setValue(LAST_PDF_DIR_KEY, str(path.parent))
        self.run_check()

    @staticmethod
    def _dropped_pdf(event) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        return paths[0] if len(paths) == 1 and paths[0].suffix.lower() == ".pdf" else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_pdf(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_pdf(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.check_pdf(path)

    # -- checking ---------------------------------------------------------------------------
    def run_check(self) -> None:
        pdf, ca_file = self.pdf_file(), self.ca_file()
        if pdf is None:
            return
        Operation(self, lambda token: _check_file(pdf, ca_file), self.show_checked,
                  title=self.tr("Kontroller PDF"), label=self.tr("Kontrollerer signaturen …"),
                  cancellable=True).start()

    def show_checked(self, checked: Checked) -> None:
        self.last = checked
        self.show_result(checked.result)
        self.status_message.emit(self.tr("Kontrollert: %1").replace("%1", checked.path.name))

    def show_result(self, result: VerificationResult | None) -> None:
        if result is None:
            icon, title = QStyle.SP_MessageBoxQuestion, self.tr("Ingen fil kontrollert ennå")
            text = self.tr("Velg en signert PDF fra Bygdeliv Desktop. Velg også fylkets "
                           "CA-sertifikat for å bekrefte hvem som signerte.")
        else:
            kind = verdict(result)
            if kind == VALID:
                icon, title = QStyle.SP_DialogApplyButton, self.tr("✔ GYLDIG")
                text = self.tr("Filen er uendret siden den ble signert, og underskriveren er "
                               "bekreftet av CA-en du valgte.")
            elif kind == UNKNOWN_SIGNER and result.not_current:
                icon, title = QStyle.SP_MessageBoxWarning, self.tr("⚠ Intakt, men sertifikatet er ikke gyldig nå")
                info, state = result.not_current[0]
                text = (self.tr("Filen er uendret, men sertifikatet til %1 er utløpt (gyldig til %2), "
                                "så signaturen kan ikke bekreftes.") if state == "expired" else
                        self.tr("Filen er uendret, men sertifikatet til %1 er ennå ikke gyldig "
                                "(gyldig fra %2), så signaturen kan ikke bekreftes."))
                when = info.not_after if state == "expired" else info.not_before
                text = text.replace("%1", info.label).replace("%2", f"{when:%d.%m.%Y}")
            elif kind == UNKNOWN_SIGNER and result.trust_checked:
                icon, title = QStyle.SP_MessageBoxWarning, self.tr("⚠ Intakt, men ukjent underskriver")
                text = self.tr("Filen er uendret siden den ble signert, men underskriveren er ikke "
                               "utstedt av CA-en du valgte (et sertifikat fra en annen CA, også "
                               "med samme navn, godtas ikke).")
            elif kind == UNKNOWN_SIGNER:
                icon, title = QStyle.SP_MessageBoxWarning, self.tr("⚠ Intakt, men ukjent underskriver")
                text = self.tr("Filen er uendret siden den ble signert, men det er ikke bekreftet "
                               "hvem som signerte. Velg fylkets CA-sertifikat, eller be butikken "
                               "om å importere sertifikatet fra fylket.")
            else:
                icon, title = QStyle.SP_MessageBoxCritical, self.tr("✘ IKKE GYLDIG")
                text = self.tr("Filen kan ikke stoles på. Se kontrollene som feilet nedenfor.")
                self.details.setCurrentWidget(self.check_table)
        self.verdict_icon.setPixmap(self.style().standardIcon(icon).pixmap(ICON_SIZE, ICON_SIZE))
        self.verdict_label.setText(title)
        self.verdict_text.setText(text)
        self.verdict_label.setAccessibleName(f"{title}. {text}")
        self._show_facts(result)
        self.checks.set_checks(result.checks if result else [], bool(result and result.trust_checked))
        self.check_table.resizeRowsToContents()
        self.data_tree.setModel(json_model(result.data if result else None, self))
        self.data_tree.expandToDepth(0)
        self.data_tree.resizeColumnToContents(0)

    def _show_facts(self, result: VerificationResult | None) -> None:
        unknown = "—"
        if result is None or not result.signer_subject:
            for label in (self.signer_label, self.time_label, self.chain_label):
                label.setText(unknown)
            return
        org = self.tr(", org.nr. %1").replace("%1", result.signer_org_number) \
            if result.signer_org_number else ""
        later = [info.label for info in result.signatures[1:]]
        self.signer_label.setText(f"{result.signer}{org}" + "".join(
            self.tr("; godkjent av %1").replace("%1", label) for label in later))
        self.signer_label.setToolTip("\n".join(info.label for info in result.signatures))
        when = result.signing_time.astimezone() if result.signing_time else None
        self.time_label.setText(f"{when:%d.%m.%Y %H:%M}" + self.tr(" (oppgitt av underskriveren)")
                                if when else unknown)
        names = [certificate_name(subject) for subject in result.chain]
        if len(names) == 1:
            names[0] += self.tr(" – ingen utsteder fulgte med (selvutstedt)")
        self.chain_label.setText(self.tr(" ← utstedt av ").join(names) or unknown)
        self.chain_label.setToolTip("\n".join(result.chain_names))
