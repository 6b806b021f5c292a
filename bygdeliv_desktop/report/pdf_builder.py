"""Lay out the summary as an A4 PDF in bokmål or nynorsk (reportlab platypus). Returns bytes;
writes nothing. The words come from ``wording``."""

from __future__ import annotations

import datetime as dt
import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, Table, TableStyle)

from bygdeliv_desktop import fonts
from bygdeliv_desktop.domain.text import clean_text
from bygdeliv_desktop.report import charts
from bygdeliv_desktop.report.data import ReportAssessment, ReportData
from bygdeliv_desktop.report.format import (CONTENT_W, GRID, MARGIN, DONE_BG, NOT_MET_BG, PAGE_H,
                                            PAGE_W,
                                            COUNTERSIGN_BOX, COUNTERSIGN_CAPTION,
                                            SIGNATURE_BOX, SIGNATURE_PAGE, date_text as _date,
                                            nok as _nok, para as _p, styles as _styles,
                                            table as _table)
from bygdeliv_desktop.report.criteria_section import criteria_section
from bygdeliv_desktop.report.overview import cover, verdict
from bygdeliv_desktop.report.wording import words

class _NumberedCanvas(pdfcanvas.Canvas):
    """Holds pages back until the end so every footer can say "side X av Y"."""

    footer = ""
    page_text = "Side {number} av {total}"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(fonts.REGULAR, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            # Two lines, so a long catalogue list never runs into the page number.
            for line_number, line in enumerate(self.footer.split("\n")):
                self.drawString(MARGIN, (10 - 3.5 * line_number) * mm, line)
            self.drawRightString(PAGE_W - MARGIN, 10 * mm,
                                 self.page_text.format(number=number, total=total))
            super().showPage()
        super().save()


def build_pdf(report: ReportData) -> bytes:
    """The summary as PDF bytes (not yet PDF/A, not signed)."""
    st = _styles()
    w = st["w"] = words(report.language)
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=18 * mm, initialFontName=fonts.REGULAR,
                            title=w("Bygdeliv – sammendrag for {name}", name=report.store["name"]),
                            author=report.signer.name, subject=w("Sammendrag til fylkeskommunen"),
                            creator=f"Bygdeliv Desktop {report.app_version}",
                            lang=f"{report.language}-NO")
    catalogue = ", ".join(f"{k} v{v}" for k, v in report.catalogue_versions.items())
    if report.assessment:
        catalogue = w("kriterier {version}; {catalogues}",
                      version=report.assessment.catalogue_name
                      or report.assessment.catalogue_version, catalogues=catalogue)
    # Page 1 stops above the visible signature box; the pages after it use the whole page.
    cover_bottom = SIGNATURE_BOX[3] + 4 * mm
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(MARGIN, cover_bottom, CONTENT_W, PAGE_H - MARGIN - cover_bottom,
                                     id="cover", leftPadding=0, rightPadding=0, topPadding=0,
                                     bottomPadding=0)],
                     onPage=lambda canvas, _doc: _countersign_caption(canvas, w)),
        PageTemplate("body", [Frame(MARGIN, 18 * mm, CONTENT_W, PAGE_H - MARGIN - 18 * mm,
                                    id="body", leftPadding=0, rightPadding=0, topPadding=0,
                                    bottomPadding=0)])])
    canvas_class = type("FooterCanvas", (_NumberedCanvas,), {
        "footer": w("Laget {when} · Bygdeliv Desktop {version}\nKataloger: {catalogues}",
                    when=report.generated_at.astimezone().strftime("%d.%m.%Y %H:%M"),
                    version=report.app_version, catalogues=catalogue),
        "page_text": w("Side {number} av {total}")})
    story = [NextPageTemplate("body")] + cover(report, st)
    story += _profile(report, st) + _services(report, st)
    story += _activities(report, st) + _assessment(report, st) + _actions(report, st)
    doc.build(story, canvasmaker=canvas_class)
    return out.getvalue()


def _countersign_caption(canvas, w) -> None:
    """The caption over the consultant's (empty until countersigned) signature field."""
    canvas.saveState()
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.setFillColor(colors.HexColor("#4A5A50"))
    canvas.drawString(COUNTERSIGN_BOX[0], COUNTERSIGN_BOX[3] + 1.2 * mm, w(COUNTERSIGN_CAPTION))
    canvas.setStrokeColor(GRID)
    canvas.setDash(2, 2)
    canvas.rect(COUNTERSIGN_BOX[0], COUNTERSIGN_BOX[1], COUNTERSIGN_BOX[2] - COUNTERSIGN_BOX[0],
                COUNTERSIGN_BOX[3] - COUNTERSIGN_BOX[1])
    canvas.restoreState()


def _profile(report: ReportData, st: dict) -> list:
    store, w = report.store, st["w"]
    address = " ".join(filter(None, [store["address"], store["postal_code"], store["postal_place"]]))
    merkur = w("Ja") if store["merkur_participant"] else w("Nei")
    if store["merkur_participant"] and store["merkur_since"]:
        merkur = w("{answer}, siden {date}", answer=merkur, date=_date(store["merkur_since"]))
    rows = [[w("Kjede"), store["chain"]], [w("Adresse"), address],
            [w("Kontaktperson"), store["contact_person"]], [w("Telefon"), store["phone"]],
            [w("E-post"), store["email"]], [w("Åpningstider"), store["opening_hours"]],
            [w("Sentralitetsklasse (SSB)"), store["centrality_class"]],
            [w("Merkur-butikk"), merkur]]
    return [Paragraph(w("1. Butikkprofil"), st["h1"]),
            _table([w("Felt"), w("Verdi")], rows, [0.3, 0.7], st)]


def _services(report: ReportData, st: dict) -> list:
    w = st["w"]
    story = [Paragraph(w("2. Tjenester"), st["h1"])]
    if not report.services:
        return story + [Paragraph(w("Ingen tjenester er registrert."), st["body"])]
    current = [s for s in report.services if s.active]
    ended = [s for s in report.services if not s.active]
    header = [w("Tjeneste"), w("Partner"), w("Fra"), w("Tid")]
    story.append(_table(header, [[s.kind.label, s.partner, _date(s.started_on), s.hours]
                                 for s in current] or [["–", "", "", ""]],
                        [0.3, 0.25, 0.15, 0.3], st))
    if ended:
        story += [Paragraph(w("Avsluttede tjenester"), st["h2"]),
                  _table([w("Tjeneste"), w("Partner"), w("Fra"), w("Avsluttet")],
                         [[s.kind.label, s.partner, _date(s.started_on), _date(s.ended_on)]
                          for s in ended], [0.3, 0.3, 0.2, 0.2], st)]
    return story


def _activities(report: ReportData, st: dict) -> list:
    summary, w = report.activities, st["w"]
    story = [CondPageBreak(60 * mm), Paragraph(w("3. Møteplassaktiviteter"), st["h1"])]
    if not summary.total:
        return story + [Paragraph(w("Ingen aktiviteter er registrert i perioden."), st["body"])]
    story.append(Paragraph(w("{total} aktiviteter med til sammen {attendances} deltakinger i "
                             "perioden. En deltaking er ett besøk: samme person telles hver gang.",
                             total=summary.total, attendances=summary.attendances), st["body"]))
    story.append(KeepTogether([Paragraph(w("Aktiviteter per måned"), st["h2"]),
                               charts.months_chart(summary.by_month, CONTENT_W)]))
    months = [[f"{m.code[5:7]}.{m.code[:4]}", m.count, m.attendances] for m in summary.by_month]
    months.append([w("Sum"), summary.total, summary.attendances])
    story.append(_table([w("Måned"), w("Aktiviteter"), w("Deltakinger")], months,
                        [0.4, 0.3, 0.3], st))
    story += [Paragraph(w("Per type"), st["h2"]),
              _table([w("Type"), w("Antall"), w("Deltakinger")],
                     [[k.label, k.count, k.attendances] for k in summary.by_kind],
                     [0.6, 0.2, 0.2], st)]
    story += [Paragraph(w("Målgrupper"), st["h2"]),
              Paragraph(w("En aktivitet kan ha flere målgrupper, så tallene kan ikke legges "
                          "sammen."), st["small"]),
              _table([w("Målgruppe"), w("Aktiviteter"), w("Deltakinger")],
                     [[g.label, g.count, g.attendances] for g in summary.target_groups]
                     or [["–", 0, 0]], [0.6, 0.2, 0.2], st)]
    partners = list(summary.partners[:25])
    story += [Paragraph(w("Samarbeidspartnere"), st["h2"]),
              _table([w("Partner"), w("Aktiviteter")],
                     [[p.label, p.count] for p in partners] or [["–", 0]], [0.7, 0.3], st)]
    if len(summary.partners) > len(partners):
        story.append(Paragraph(w("… og {count} andre (alle står i data.json).",
                                 count=len(summary.partners) - len(partners)), st["small"]))
    return story


def _assessment(report: ReportData, st: dict) -> list:
    w = st["w"]
    story = [CondPageBreak(70 * mm), Paragraph(w("4. Vurdering"), st["h1"])]
    current: ReportAssessment | None = report.assessment
    if current is None:
        return story + [Paragraph(w("Ingen vurdering er valgt for denne rapporten."), st["body"])]
    previous = report.previous_assessment
    story.append(Paragraph(w("{title} ({date}), kriteriekatalog {version}.",
                             title=escape(current.title), date=_date(current.assessed_on),
                             version=escape(current.catalogue_name or current.catalogue_version)),
                           st["body"]))
    story.append(Paragraph(verdict(current, w), st["body"]))
    story += [Paragraph(f"• {escape(reason)}", st["body"]) for reason in current.reasons]
    before = {c.name: c for c in previous.categories} if previous else {}
    header = [w("Kategori"), w("Poeng"), w("Andel")]
    if previous:
        header += [w("Forrige"), w("Endring")]
    rows = []
    for c in current.categories:
        row = [c.name, w("{points} av {possible}", points=f"{c.points:g}",
                         possible=f"{c.max_points:g}"), f"{c.percent:.0f} %"]
        if previous:
            old = before.get(c.name)
            row += [f"{old.percent:.0f} %" if old else "–",
                    w("{change} %-poeng", change=f"{c.percent - old.percent:+.0f}") if old
                    else w("ny")]
        rows.append(row)
    widths = [0.36, 0.16, 0.12, 0.14, 0.22] if previous else [0.56, 0.24, 0.2]
    story.append(_table(header, rows, widths, st))
    if previous:
        story.append(Paragraph(w("Sammenlignet med {title} ({date}): lys stolpe er forrige "
                                 "vurdering.", title=escape(previous.title),
                                 date=_date(previous.assessed_on)), st["small"]))
    story.append(charts.scores_chart(current.categories, previous.categories if previous else None,
                                     CONTENT_W, w("Andel av mulige poeng (%)")))
    return story + criteria_section(current, previous is not None, st)


def _actions(report: ReportData, st: dict) -> list:
    w = st["w"]
    story = [CondPageBreak(50 * mm), Paragraph(w("5. Handlingsplan"), st["h1"])]
    if not report.actions:
        return story + [Paragraph(w("Ingen tiltak er registrert."), st["body"])]
    rows, colours = [], {}
    for i, a in enumerate(report.actions):
        status = a.status
        if a.overdue:
            status, colours[i] = w("{status} – FORFALT", status=status), NOT_MET_BG
        elif a.status_code == "done":
            status, colours[i] = w("{status} ✓", status=status), DONE_BG
        rows.append([a.title, status, a.responsible, _date(a.due), _nok(a.cost_nok), a.funding])
    header = [w("Tiltak"), w("Status"), w("Ansvarlig"), w("Frist"), w("Kostnad"),
              w("Finansiering")]
    story.append(_table(header, rows, [0.25, 0.12, 0.17, 0.13, 0.13, 0.2], st, colours))
    total = sum(a.cost_nok or 0 for a in report.actions)
    story.append(Paragraph(w("Sum kostnad: {sum}", sum=_nok(total)), st["body"]))
    return story
