"""Rapport: the signed PDF summary for the county, and the signing identity behind it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout,
    QWidget,
)

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain import language as domain_language
from bygdeliv_desktop.errors import FileUnwritable
from bygdeliv_desktop.report.data import ReportAction, ReportAssessment
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.signing.identity import (SOURCE_COUNTY, SOURCE_SELF_SIGNED, IdentityStatus,
                                               SigningIdentity)
from bygdeliv_desktop.ui.dialogs.ask import ask_yes_no, inform
from bygdeliv_desktop.ui.dialogs.passphrase_dialog import ask_passphrase
from bygdeliv_desktop.ui.operations import Operation
from bygdeliv_desktop.ui.pages.base import Page
from bygdeliv_desktop.ui.signing_actions import SigningActions, default_profile, file_stem
from bygdeliv_desktop.ui.verify_texts import certificate_name
from bygdeliv_desktop.ui.widgets import from_qdate, make_date_edit, to_qdate

if TYPE_CHECKING:
    from bygdeliv_desktop.report.produce import ReportRequest

ICON_SIZE = 32


def last_twelve_months(today: dt.date) -> tuple[dt.date, dt.date]:
    """From the day after the same date last year up to today (29 February falls back a day)."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:
        year_ago = today.replace(year=today.year - 1, day=28)
    return year_ago + dt.timedelta(days=1), today


class ReportPage(Page):
    def __init__(self, services: AppServices, settings: QSettings,
                 identity: SigningIdentity | None = None, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.identity = identity or SigningIdentity.in_data_dir(services.home)
        self.settings = settings
        self.actions = SigningActions(self.identity, settings, self)
        self.actions.changed.connect(self.refresh)
        self.actions.status_message.connect(self.status_message)

        heading = QLabel(self.tr("Signert sammendrag til fylkeskommunen"))
        heading.setObjectName("pageHeading")
        intro = QLabel(self.tr(
            "Sammendraget samler butikkens tjenester og møteplassaktiviteter i perioden i én "
            "PDF-fil (PDF/A) med tallene som maskinlesbare data. Filen signeres digitalt, så "
            "fylkeskommunen kan se hvem som laget den og at ingenting er endret etterpå."))
        intro.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self._build_period())
        layout.addWidget(self._build_identity())
        self.produce_button = QPushButton(self.tr("&Lag signert sammendrag…"))
        self.produce_button.setObjectName("produceButton")
        self.produce_button.clicked.connect(self.produce)
        self.produce_hint = QLabel()
        self.produce_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.produce_button)
        row.addWidget(self.produce_hint, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.reset_period()

    # -- building ---------------------------------------------------------------------------
    def _build_period(self) -> QGroupBox:
        box = QGroupBox(self.tr("Periode"))
        self.start_edit, self.end_edit = make_date_edit(), make_date_edit()
        self.start_edit.setObjectName("periodStart")
        self.end_edit.setObjectName("periodEnd")
        start_label, end_label = QLabel(self.tr("&Fra:")), QLabel(self.tr("&Til:"))
        start_label.setBuddy(self.start_edit)
        end_label.setBuddy(self.end_edit)
        self.start_edit.setAccessibleName(self.tr("Periodens første dag"))
        self.end_edit.setAccessibleName(self.tr("Periodens siste dag"))
        reset = QPushButton(self.tr("Siste &12 måneder"))
        reset.clicked.connect(self.reset_period)
        # The county reads both written standards; a store in a nynorsk municipality may want
        # its report in nynorsk. Remembered per store.
        self.report_language = QComboBox()
        self.report_language.setObjectName("reportLanguage")
        self.report_language.setAccessibleName(self.tr("Målform i sammendraget"))
        self.report_language.addItem(self.tr("Bokmål"), "nb")
        self.report_language.addItem(self.tr("Nynorsk"), "nn")
        self.report_language.activated.connect(self._remember_language)
        language_label = QLabel(self.tr("&Målform:"))
        language_label.setBuddy(self.report_language)
        row = QHBoxLayout(box)
        for widget in (start_label, self.start_edit, end_label, self.end_edit, reset):
            row.addWidget(widget)
        row.addSpacing(16)
        row.addWidget(language_label)
        row.addWidget(self.report_language)
        row.addStretch(1)
        return box

    def _language_key(self) -> str:
        return f"report/language/{self.store_id}"

    def _remember_language(self, *_args) -> None:
        if self.store_id:
            self.settings.setValue(self._language_key(), self.report_language.currentData())

    def _show_language(self) -> None:
        """The store's last choice, else nynorsk in a nynorsk municipality or for a user of the
        app in nynorsk."""
        store = self._store()
        default = catalogs.summary_language(store.municipality_code if store else None,
                                            domain_language.current())
        chosen = self.settings.value(self._language_key(), default, str) if self.store_id \
            else default
        self.report_language.setCurrentIndex(max(self.report_language.findData(chosen), 0))

    def _build_identity(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signeringsidentitet"))
        self.status_icon = QLabel()
        self.status_icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.status_text = QLabel()
        self.status_text.setObjectName("identityStatus")
        self.status_text.setWordWrap(True)
        self.status_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("identityFingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        status = QGridLayout()
        status.addWidget(self.status_icon, 0, 0, 2, 1, Qt.AlignTop)
        status.addWidget(self.status_text, 0, 1)
        status.addWidget(self.fingerprint, 1, 1)
        status.setColumnStretch(1, 1)

        self.create_button = QPushButton(self.tr("&Opprett signeringsidentitet…"))
        self.request_button = QPushButton(self.tr("Lag sertifikatfo&respørsel…"))
        self.import_button = QPushButton(self.tr("&Importer sertifikat fra fylket…"))
        self.p12_button = QPushButton(self.tr("Importer &virksomhetssertifikat (.p12)…"))
        self.create_button.clicked.connect(
            lambda: self.actions.create_identity(default_profile(self.identity, self._store())))
        self.request_button.clicked.connect(lambda: self.actions.write_request(self._store_name()))
        self.import_button.clicked.connect(self.actions.import_certificate)
        self.p12_button.clicked.connect(
            lambda: self.actions.import_p12(default_profile(self.identity, self._store())))
        buttons = QGridLayout()
        for index, button in enumerate((self.create_button, self.request_button,
                                        self.import_button, self.p12_button)):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)

        column = QVBoxLayout(box)
        column.addLayout(status)
        column.addLayout(buttons)
        return box

    def title(self) -> str:
        return self.tr("Rapport")

    # -- state ------------------------------------------------------------------------------
    def _store(self):
        return self.services.stores.get(self.store_id) if self.store_id else None

    def _store_name(self) -> str:
        store = self._store()
        return store.name if store else ""

    def reset_period(self) -> None:
        start, end = last_twelve_months(dt.date.today())
        self.start_edit.setDate(to_qdate(start))
        self.end_edit.setDate(to_qdate(end))

    def period(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())

    def refresh(self) -> None:
        self._show_language()
        status = self.identity.status() if self.identity.exists() else None
        self._show_status(status)
        has_identity = status is not None
        self.request_button.setEnabled(has_identity)
        self.import_button.setEnabled(has_identity)
        self.create_button.setText(self.tr("&Ny signeringsidentitet…") if has_identity
                                   else self.tr("&Opprett signeringsidentitet…"))
        self.produce_button.setEnabled(has_identity and self.store_id is not None)
        if self.store_id is None:
            self.produce_hint.setText(self.tr("Velg eller opprett en butikk først."))
        elif not has_identity:
            self.produce_hint.setText(self.tr("Opprett en signeringsidentitet først."))
        else:
            self.produce_hint.setText(self.tr("Du blir bedt om passordet og hvor filen skal lagres."))

    def _show_status(self, status: IdentityStatus | None) -> None:
        if status is None:
            icon, text, detail = QStyle.SP_MessageBoxInformation, self.tr(
                "Ingen signeringsidentitet ennå. Opprett en for å kunne signere sammendraget."), ""
        else:
            who = self.tr("%1 (%2), %3").replace("%1", status.profile.name) \
                .replace("%2", status.profile.role).replace("%3", status.profile.store_name)
            until = f"{status.not_after:%d.%m.%Y}"
            expired = status.not_after < dt.datetime.now(dt.timezone.utc)
            issuer = certificate_name(status.issuer)
            if expired:
                icon = QStyle.SP_MessageBoxCritical
                text = self.tr("Sertifikatet for %1 er utløpt (%2). Lag en ny sertifikatforespørsel "
                               "eller opprett en ny signeringsidentitet.")
            elif status.source == SOURCE_SELF_SIGNED:
                icon = QStyle.SP_MessageBoxWarning
                text = self.tr("Selvutstedt sertifikat for %1, gyldig til %2. Fylkeskommunen kan "
                               "ikke bekrefte hvem som har signert før du har importert et "
                               "sertifikat fra fylket. Lag en sertifikatforespørsel og send den "
                               "til fylkeskommunen.")
            elif status.source == SOURCE_COUNTY:
                icon = QStyle.SP_DialogApplyButton
                text = self.tr("Sertifikat fra fylkeskommunen (%3) for %1, gyldig til %2.")
            else:
                icon = QStyle.SP_DialogApplyButton
                text = self.tr("Virksomhetssertifikat fra %3 for %1, gyldig til %2.")
            text = text.replace("%1", who).replace("%2", until).replace("%3", issuer)
            detail = self.tr("Fingeravtrykk (SHA-256), for kontroll på telefon:\n%1") \
                .replace("%1", status.fingerprint)
        self.status_icon.setPixmap(self.style().standardIcon(icon).pixmap(ICON_SIZE, ICON_SIZE))
        self.status_text.setText(text)
        self.status_text.setAccessibleName(text)
        self.fingerprint.setText(detail)
        self.fingerprint.setVisible(bool(detail))

    # -- producing --------------------------------------------------------------------------
    def assessment_for_report(self) -> tuple[ReportAssessment | None, ReportAssessment | None,
                                             tuple[ReportAction, ...]]:
        """The assessment to report, the one before it, and the action plan."""
        from bygdeliv_desktop.report.assessment_input import assessment_inputs

        return assessment_inputs(self.services, self.store_id,
                                 self.report_language.currentData())

    def report_request(self) -> ReportRequest:
        # Imported here: the PDF and signing libraries cost ~0.3 s, not worth paying at start-up.
        from bygdeliv_desktop.report.produce import ReportRequest

        assessment, previous, actions = self.assessment_for_report()
        return ReportRequest(self.store_id, self.period(), assessment, previous, actions,
                             self.report_language.currentData())

    def default_file_name(self, day: dt.date | None = None) -> str:
        day = day or dt.date.today()
        return f"sammendrag-{file_stem(self._store_name())}-{day:%Y-%m-%d}.pdf"

    def produce(self) -> None:
        if self.store_id is None or not self.identity.exists():
            return
        start, end = self.period()
        if start > end:
            inform(self, self.tr("Ugyldig periode"),
                   self.tr("Periodens første dag er etter den siste. Rett datoene."))
            return
        passphrase = ask_passphrase(self, self.tr("Signer sammendraget"), self.tr(
            "Skriv passordet for signeringsnøkkelen til %1:")
            .replace("%1", self.identity.profile().name))
        if passphrase is None:
            return
        path = self.actions.ask_save_path(self.tr("Lagre signert sammendrag"),
                                          self.default_file_name(), self.tr("PDF (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        request = self.report_request()
        from bygdeliv_desktop.report.produce import produce_report

        def work(token) -> Path:
            try:
                return produce_report(self.services, request, self.identity, passphrase, path,
                                      cancelled=lambda: token.cancelled)
            except OSError as exc:
                raise FileUnwritable(str(path), path=str(path), reason=exc.strerror or "") from exc

        Operation(self, work, self._produced, title=self.tr("Signert sammendrag"),
                  label=self.tr("Lager og signerer sammendraget …"), cancellable=True,
                  on_cancelled=lambda: self.status_message.emit(
                      self.tr("Avbrutt. Sammendraget er ikke lagret."))).start()

    def _produced(self, path: Path) -> None:
        from bygdeliv_desktop.ui.pages.overview import LAST_SIGNED_KEY

        self.settings.setValue(LAST_SIGNED_KEY.format(store=self.store_id),
                               f"{dt.datetime.now().isoformat(timespec='seconds')}|{path}")
        self.data_changed.emit()
        self.status_message.emit(self.tr("Signert sammendrag lagret i %1").replace("%1", str(path)))
        if ask_yes_no(self, self.tr("Sammendraget er lagret"), self.tr(
                "Det signerte sammendraget er lagret i «%1».\n\nVil du åpne det nå?")
                .replace("%1", str(path))):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
