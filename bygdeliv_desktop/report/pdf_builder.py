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
from reportlab.platypus import (CondPageBreak, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

from bygdeliv_desktop import fonts
from bygdeliv_desktop.domain.text import clean_text
from bygdeliv_desktop.report import charts
from bygdeliv_desktop.report.data import ReportAssessment, ReportData
from bygdeliv_desktop.report.wording import words

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
# Where the visible signature goes on the cover (x1, y1, x2, y2 in points); the cover keeps it free.
SIGNATURE_BOX = (MARGIN, 40 * mm, MARGIN + 95 * mm, 62 * mm)
SIGNATURE_PAGE = 0
GRID = colors.HexColor("#9AA9A0")
HEAD_BG = colors.HexColor("#E4ECE7")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts.register()
    base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=22, leading=27),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=14, leading=18,
                             spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=4),
        "warn": ParagraphStyle("warn", parent=base, fontName=bold, textColor=colors.HexColor("#8A3B12")),
    }


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "–"


def _nok(value: int | None) -> str:
    return f"{value:,} kr".replace(",", " ") if value is not None else "–"


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    # Input validation keeps text the font cannot draw out; records stored before those rules
    # lose their control and bidi characters here rather than carrying them into the report.
    text = clean_text(str(text), multiline=True) if text is not None else ""
    return Paragraph(escape(text) if text else "–", style)


def _table(header: list[str], rows: list[list[object]], widths: list[float], st: dict) -> Table:
    """A table whose cells wrap, whose header repeats on every page it spans."""
    data = [[_p(h, st["head"]) for h in header]]
    data += [[c if isinstance(c, Paragraph) else _p(c, st["cell"]) for c in row] for row in rows]
    table = Table(data, colWidths=[w * CONTENT_W for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        # Tables set a cell font even around Paragraphs; Helvetica (unembedded) would break PDF/A.
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return table


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
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=18 * mm, initialFontName=fonts.REGULAR,
                            title=w("Bygdeliv – sammendrag for {name}", name=report.store["name"]),
                            author=report.signer.name, subject=w("Sammendrag til fylkeskommunen"),
                            creator=f"Bygdeliv Desktop {report.app_version}",
                            lang=f"{report.language}-NO")
    catalogue = ", ".join(f"{k} v{v}" for k, v in report.catalogue_versions.items())
    if report.assessment:
        catalogue = w("kriterier {version}; {catalogues}",
                      version=report.assessment.catalogue_version, catalogues=catalogue)
    canvas_class = type("FooterCanvas", (_NumberedCanvas,), {
        "footer": w("Laget {when} · Bygdeliv Desktop {version}\nKataloger: {catalogues}",
                    when=report.generated_at.astimezone().strftime("%d.%m.%Y %H:%M"),
                    version=report.app_version, catalogues=catalogue),
        "page_text": w("Side {number} av {total}")})
    story = _cover(report, st) + _profile(report, st) + _services(report, st)
    story += _activities(report, st) + _assessment(report, st) + _actions(report, st)
    doc.build(story, canvasmaker=canvas_class)
    return out.getvalue()


def _cover(report: ReportData, st: dict) -> list:
    store, w = report.store, st["w"]
    lines = [
        (w("Butikk"), store["name"]), (w("Organisasjonsnummer"), store["org_number"] or "–"),
        (w("Kommune"), report.municipality),
        (w("Periode"), f"{_date(report.period_start)} – {_date(report.period_end)}"),
        (w("Signert av"), f"{report.signer.name}, {report.signer.role}"),
        (w("Laget"), report.generated_at.astimezone().strftime("%d.%m.%Y %H:%M")),
    ]
    rows = Table([[_p(k, st["head"]), _p(v, st["body"])] for k, v in lines],
                 colWidths=[0.3 * CONTENT_W, 0.7 * CONTENT_W])
    rows.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID)]))
    story = [Spacer(1, 25 * mm), Paragraph(w("Bygdelivsbutikken"), st["h2"]),
             Paragraph(w("Sammendrag til fylkeskommunen"), st["title"]),
             _p(store["name"], st["h1"]), Spacer(1, 8 * mm), rows, Spacer(1, 8 * mm)]
    if report.signer.self_signed:
        story.append(Paragraph(w(
            "Merk: Rapporten er signert med et selvutstedt sertifikat. Signaturen viser at filen "
            "ikke er endret etter signering, men fylkeskommunen har ennå ikke bekreftet hvem som "
            "signerte."), st["warn"]))
    story.append(Paragraph(w(
        "Signaturfeltet nederst på siden er en digital signatur (PAdES). Tallene i rapporten "
        "ligger også som vedlegget data.json i PDF-filen."), st["small"]))
    story.append(PageBreak())
    return story


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
    rows = [[s.kind, s.partner, _date(s.started_on),
             w("Aktiv") if s.active else w("Avsluttet {date}", date=_date(s.ended_on)), s.hours]
            for s in report.services]
    return story + [_table([w("Tjeneste"), w("Partner"), w("Fra"), w("Status"), w("Tid")], rows,
                           [0.25, 0.21, 0.14, 0.18, 0.22], st)]


def _activities(report: ReportData, st: dict) -> list:
    summary, w = report.activities, st["w"]
    story = [CondPageBreak(60 * mm), Paragraph(w("3. Møteplassaktiviteter"), st["h1"])]
    if not summary.total:
        return story + [Paragraph(w("Ingen aktiviteter er registrert i perioden."), st["body"])]
    story.append(Paragraph(w("{total} aktiviteter med til sammen {people} deltakere i perioden.",
                             total=summary.total, people=summary.participants), st["body"]))
    story.append(KeepTogether([Paragraph(w("Aktiviteter per måned"), st["h2"]),
                               charts.months_chart(summary.by_month, CONTENT_W)]))
    story += [Paragraph(w("Per type"), st["h2"]),
              _table([w("Type"), w("Antall"), w("Deltakere")],
                     [[k.label, k.count, k.participants] for k in summary.by_kind],
                     [0.6, 0.2, 0.2], st)]
    story += [Paragraph(w("Målgrupper"), st["h2"]),
              _table([w("Målgruppe"), w("Aktiviteter")],
                     [[g.label, g.count] for g in summary.target_groups] or [["–", 0]],
                     [0.7, 0.3], st)]
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
                             version=escape(current.catalogue_version)), st["body"]))
    verdict = (w("Klar for sertifisering") if current.ready
               else w("Ikke klar for sertifisering ennå"))
    story.append(Paragraph(w("<b>Vurdering:</b> {verdict}", verdict=verdict), st["body"]))
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
    return story


def _actions(report: ReportData, st: dict) -> list:
    w = st["w"]
    story = [CondPageBreak(50 * mm), Paragraph(w("5. Handlingsplan"), st["h1"])]
    if not report.actions:
        return story + [Paragraph(w("Ingen tiltak er registrert."), st["body"])]
    rows = [[a.title, a.status, a.responsible, _date(a.due), _nok(a.cost_nok), a.funding]
            for a in report.actions]
    header = [w("Tiltak"), w("Status"), w("Ansvarlig"), w("Frist"), w("Kostnad"),
              w("Finansiering")]
    story.append(_table(header, rows, [0.25, 0.1, 0.18, 0.14, 0.13, 0.2], st))
    total = sum(a.cost_nok or 0 for a in report.actions)
    story.append(Paragraph(w("Sum kostnad: {sum}", sum=_nok(total)), st["body"]))
    return story
