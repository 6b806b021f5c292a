"""Oversikt: the current store's key figures at a glance."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services import dashboard
from bygdeliv_desktop.ui.assessment_text import date_text, readiness_verdict
from bygdeliv_desktop.ui.charts import BarChart, Series
from bygdeliv_desktop.ui.pages.base import Page

LAST_SIGNED_KEY = "report/last_signed/{store}"  # ISO time and path of the last signed summary
SENT_KEY = "report/sent/{store}"  # ISO date the user marked it as sent to the county


class FigureCard(QFrame):
    """One key figure: a big number and what it means (in words, not colour)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.StyledPanel)
        self.value = QLabel("–")
        self.value.setObjectName("figureValue")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)  # compact: the charts below need the height
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.caption.text()}: {value}. {detail}")


class OverviewPage(Page):
    create_store_requested = Signal()

    def __init__(self, services: AppServices, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.settings = settings or QSettings()
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.services_card = FigureCard(self.tr("aktive tjenester utover dagligvarer"))
        self.this_year_card = FigureCard(self.tr("aktiviteter hittil i år"))
        self.last_year_card = FigureCard(self.tr("aktiviteter i fjor"))
        self.last12_card = FigureCard(self.tr("aktiviteter siste 12 måneder"))
        self.actions_card = FigureCard(self.tr("åpne tiltak i tiltaksplanen"))
        self.actions_card.setObjectName("actionsCard")
        self.readiness_card = FigureCard(self.tr("siste egenvurdering"))
        self.readiness_card.setObjectName("readinessCard")
        grid = QGridLayout()
        for index, card in enumerate((self.services_card, self.this_year_card,
                                      self.last_year_card, self.last12_card,
                                      self.actions_card, self.readiness_card)):
            grid.addWidget(card, index // 2, index % 2)
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        welcome = QLabel(self.tr("Velkommen til Bygdeliv Desktop. Her registrerer du butikkens "
                                 "tjenester og møteplassaktiviteter. Start med å opprette butikken."))
        welcome.setWordWrap(True)
        create = QPushButton(self.tr("&Opprett butikk…"))
        create.clicked.connect(self.create_store_requested)
        empty_layout.addWidget(welcome)
        empty_layout.addWidget(create, 0, Qt.AlignLeft)
        self.month_chart = BarChart(self.tr("Aktiviteter per måned"))
        self.month_chart.setObjectName("monthChart")
        # Horizontal bars: the category names get a column of their own instead of being cut.
        self.category_chart = BarChart(self.tr("Siste egenvurdering, poeng per kategori"),
                                       horizontal=True)
        self.category_chart.setObjectName("categoryChart")
        charts = QHBoxLayout()
        charts.addWidget(self.month_chart, 3)
        charts.addWidget(self.category_chart, 2)
        self.report_line = QLabel()
        self.report_line.setObjectName("reportLine")
        self.report_line.setWordWrap(True)
        self.sent_button = QPushButton(self.tr("&Marker sammendraget som sendt"))
        self.sent_button.clicked.connect(self.mark_sent)
        self.backup_line = QLabel()
        self.backup_line.setObjectName("backupLine")
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_line, 1)
        report_row.addWidget(self.sent_button)
        self.figures = QWidget()
        figures_layout = QVBoxLayout(self.figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addLayout(grid)
        figures_layout.addLayout(charts, 1)
        figures_layout.addLayout(report_row)
        figures_layout.addWidget(self.backup_line)
        # On a low screen the figures scroll rather than being squeezed until the charts' axes
        # are cut off; at ordinary sizes the scroll area is invisible (no frame, no scroll bar).
        self.figures_scroll = QScrollArea()
        self.figures_scroll.setObjectName("figuresScroll")
        self.figures_scroll.setWidgetResizable(True)
        self.figures_scroll.setFrameShape(QFrame.NoFrame)
        self.figures_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.figures_scroll.setWidget(self.figures)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.empty)
        layout.addWidget(self.figures_scroll, 1)
        self.empty_stretch = layout.addStretch(0)

    def title(self) -> str:
        return self.tr("Oversikt")

    def refresh(self) -> None:
        has_store = self.store_id is not None
        self.empty.setVisible(not has_store)
        self.figures_scroll.setVisible(has_store)
        if not has_store:
            self.heading.setText(self.tr("Ingen butikk ennå"))
            self.subheading.clear()
            return
        store = self.services.stores.get(self.store_id)
        municipality = catalogs.municipality(store.municipality_code)
        self.heading.setText(store.name)
        parts = [municipality.display if municipality else self.tr("Kommune ikke valgt")]
        if store.chain:
            parts.append(store.chain)
        if store.org_number:
            parts.append(self.tr("org.nr. %1").replace("%1", store.org_number))
        self.subheading.setText(" · ".join(parts))

        active = self.services.offerings.list_for_store(self.store_id, active_only=True)
        self.services_card.set(str(len(active)))
        today = date.today()
        activities = self.services.activities
        for card, year in ((self.this_year_card, today.year), (self.last_year_card, today.year - 1)):
            totals = activities.totals_by_kind(self.store_id, year)
            people = sum(t.participants for t in totals)
            card.set(str(sum(t.count for t in totals)),
                     self.tr("1 deltaker") if people == 1
                     else self.tr("%1 deltakere").replace("%1", str(people)))
        recent = activities.count_since(self.store_id, today - timedelta(days=365))
        self.last12_card.set(str(recent), self.tr("Kriteriet M3 krever minst seks i året."))
        self._show_assessment_cards(today)
        self._show_charts(today)
        self._show_report_and_backup()

    def _show_charts(self, today: date) -> None:
        years = dashboard.activities_by_month(self.services, self.store_id,
                                              (today.year - 1, today.year))
        months = tuple(date(2000, m, 1).strftime("%m") for m in range(1, 13))
        self.month_chart.set_data(months, tuple(
            Series(str(year), tuple(years[year].activities)) for year in sorted(years)))
        figures = dashboard.latest_assessment(self.services, self.store_id)
        if figures is None:
            self.category_chart.set_data((), ())
            return
        self.category_chart.set_data(
            tuple(bar.title for bar in figures.categories),
            (Series(date_text(figures.assessed_on),
                    tuple(bar.percent for bar in figures.categories)),),
            maximum=100, suffix=" %")

    def _show_report_and_backup(self) -> None:
        from bygdeliv_desktop.db import backups

        signed = str(self.settings.value(LAST_SIGNED_KEY.format(store=self.store_id), "", str))
        sent = str(self.settings.value(SENT_KEY.format(store=self.store_id), "", str))
        if signed:
            when = signed.split("|", 1)[0][:10]
            text = self.tr("Siste signerte sammendrag: %1.").replace(
                "%1", date_text(date.fromisoformat(when)))
            text += " " + (self.tr("Markert som sendt til fylket %1.").replace(
                "%1", date_text(date.fromisoformat(sent))) if sent >= when
                else self.tr("Ikke markert som sendt."))
        else:
            text = self.tr("Ingen signerte sammendrag laget på denne maskinen ennå.")
        self.report_line.setText(text)
        self.sent_button.setEnabled(bool(signed) and not sent >= signed[:10])
        made = [b.created_at for b in backups.list_backups(self.services.database.path)]
        self.backup_line.setText(self.tr("Siste sikkerhetskopi: %1.").replace(
            "%1", max(made).astimezone().strftime("%d.%m.%Y %H:%M")) if made
            else self.tr("Ingen sikkerhetskopi ennå (Fil → Sikkerhetskopier…)."))

    def mark_sent(self) -> None:
        if self.store_id is not None:
            self.settings.setValue(SENT_KEY.format(store=self.store_id), date.today().isoformat())
            self._show_report_and_backup()

    def _show_assessment_cards(self, today: date) -> None:
        open_actions = self.services.actions.list_for_store(self.store_id, open_only=True)
        overdue = sum(1 for a in open_actions if a.is_overdue(today))
        self.actions_card.set(str(len(open_actions)),
                              self.tr("⚠ %1 forfalt").replace("%1", str(overdue)) if overdue
                              else self.tr("Ingen forfalte tiltak."))
        assessments = self.services.assessments.list_for_store(self.store_id)
        if not assessments:
            self.readiness_card.set("–", self.tr("Ingen egenvurdering ennå."))
            return
        last = assessments[0]
        status = self.tr("låst") if last.is_final else self.tr("utkast")
        self.readiness_card.set(
            readiness_verdict(last.ready),
            self.tr("%1 (%2), besvart %3 av %4.").replace("%1", date_text(last.assessed_on))
            .replace("%2", status).replace("%3", str(last.answered)).replace("%4", str(last.total)))
