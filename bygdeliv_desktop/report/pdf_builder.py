"""Lay out the summary as an A4 PDF in Norwegian (reportlab platypus). Returns bytes; writes nothing."""

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
from bygdeliv_desktop.report import charts
from bygdeliv_desktop.report.data import ReportAssessment, ReportData

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
    return Paragraph(escape(str(text)) if text not in (None, "") else "–", style)


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
            self.drawRightString(PAGE_W - MARGIN, 10 * mm, f"Side {number} av {total}")
            super().showPage()
        super().save()


def build_pdf(report: ReportData) -> bytes:
    """The summary as PDF bytes (not yet PDF/A, not signed)."""
    st = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=18 * mm, initialFontName=fonts.REGULAR,
                            title=f"Bygdeliv – sammendrag for {report.store['name']}",
                            author=report.signer.name, subject="Sammendrag til fylkeskommunen",
                            creator=f"Bygdeliv Desktop {report.app_version}", lang="nb-NO")
    catalogue = ", ".join(f"{k} v{v}" for k, v in report.catalogue_versions.items())
    if report.assessment:
        catalogue = f"kriterier {report.assessment.catalogue_version}; {catalogue}"
    canvas_class = type("FooterCanvas", (_NumberedCanvas,), {"footer": (
        f"Laget {report.generated_at.astimezone().strftime('%d.%m.%Y %H:%M')} · Bygdeliv Desktop "
        f"{report.app_version}\nKataloger: {catalogue}")})
    story = _cover(report, st) + _profile(report, st) + _services(report, st)
    story += _activities(report, st) + _assessment(report, st) + _actions(report, st)
    doc.build(story, canvasmaker=canvas_class)
    return out.getvalue()


def _cover(report: ReportData, st: dict) -> list:
    store = report.store
    lines = [
        ("Butikk", store["name"]), ("Organisasjonsnummer", store["org_number"] or "–"),
        ("Kommune", report.municipality),
        ("Periode", f"{_date(report.period_start)} – {_date(report.period_end)}"),
        ("Signert av", f"{report.signer.name}, {report.signer.role}"),
        ("Laget", report.generated_at.astimezone().strftime("%d.%m.%Y %H:%M")),
    ]
    rows = Table([[_p(k, st["head"]), _p(v, st["body"])] for k, v in lines],
                 colWidths=[0.3 * CONTENT_W, 0.7 * CONTENT_W])
    rows.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID)]))
    story = [Spacer(1, 25 * mm), Paragraph("Bygdelivsbutikken", st["h2"]),
             Paragraph("Sammendrag til fylkeskommunen", st["title"]),
             _p(store["name"], st["h1"]), Spacer(1, 8 * mm), rows, Spacer(1, 8 * mm)]
    if report.signer.self_signed:
        story.append(Paragraph(
            "Merk: Rapporten er signert med et selvutstedt sertifikat. Signaturen viser at filen "
            "ikke er endret etter signering, men fylkeskommunen har ennå ikke bekreftet hvem som "
            "signerte.", st["warn"]))
    story.append(Paragraph(
        "Signaturfeltet nederst på siden er en digital signatur (PAdES). Tallene i rapporten "
        "ligger også som vedlegget data.json i PDF-filen.", st["small"]))
    story.append(PageBreak())
    return story


def _profile(report: ReportData, st: dict) -> list:
    store = report.store
    address = " ".join(filter(None, [store["address"], store["postal_code"], store["postal_place"]]))
    merkur = "Ja" if store["merkur_participant"] else "Nei"
    if store["merkur_participant"] and store["merkur_since"]:
        merkur += f", siden {_date(store['merkur_since'])}"
    rows = [["Kjede", store["chain"]], ["Adresse", address],
            ["Kontaktperson", store["contact_person"]], ["Telefon", store["phone"]],
            ["E-post", store["email"]], ["Åpningstider", store["opening_hours"]],
            ["Sentralitetsklasse (SSB)", store["centrality_class"]], ["Merkur-butikk", merkur]]
    return [Paragraph("1. Butikkprofil", st["h1"]),
            _table(["Felt", "Verdi"], rows, [0.3, 0.7], st)]


def _services(report: ReportData, st: dict) -> list:
    story = [Paragraph("2. Tjenester", st["h1"])]
    if not report.services:
        return story + [Paragraph("Ingen tjenester er registrert.", st["body"])]
    rows = [[s.kind, s.partner, _date(s.started_on),
             "Aktiv" if s.active else f"Avsluttet {_date(s.ended_on)}", s.hours]
            for s in report.services]
    return story + [_table(["Tjeneste", "Partner", "Fra", "Status", "Tid"], rows,
                           [0.25, 0.21, 0.14, 0.18, 0.22], st)]


def _activities(report: ReportData, st: dict) -> list:
    summary = report.activities
    story = [CondPageBreak(60 * mm), Paragraph("3. Møteplassaktiviteter", st["h1"])]
    if not summary.total:
        return story + [Paragraph("Ingen aktiviteter er registrert i perioden.", st["body"])]
    story.append(Paragraph(f"{summary.total} aktiviteter med til sammen {summary.participants} "
                           "deltakere i perioden.", st["body"]))
    story.append(KeepTogether([Paragraph("Aktiviteter per måned", st["h2"]),
                               charts.months_chart(summary.by_month, CONTENT_W)]))
    story += [Paragraph("Per type", st["h2"]),
              _table(["Type", "Antall", "Deltakere"],
                     [[k.label, k.count, k.participants] for k in summary.by_kind],
                     [0.6, 0.2, 0.2], st)]
    story += [Paragraph("Målgrupper", st["h2"]),
              _table(["Målgruppe", "Aktiviteter"],
                     [[g.label, g.count] for g in summary.target_groups] or [["–", 0]],
                     [0.7, 0.3], st)]
    partners = list(summary.partners[:25])
    story += [Paragraph("Samarbeidspartnere", st["h2"]),
              _table(["Partner", "Aktiviteter"], [[p.label, p.count] for p in partners] or [["–", 0]],
                     [0.7, 0.3], st)]
    if len(summary.partners) > len(partners):
        story.append(Paragraph(f"… og {len(summary.partners) - len(partners)} andre "
                               "(alle står i data.json).", st["small"]))
    return story


def _assessment(report: ReportData, st: dict) -> list:
    story = [CondPageBreak(70 * mm), Paragraph("4. Vurdering", st["h1"])]
    current: ReportAssessment | None = report.assessment
    if current is None:
        return story + [Paragraph("Ingen vurdering er valgt for denne rapporten.", st["body"])]
    previous = report.previous_assessment
    story.append(Paragraph(f"{escape(current.title)} ({_date(current.assessed_on)}), "
                           f"kriteriekatalog {escape(current.catalogue_version)}.", st["body"]))
    verdict = "Klar for sertifisering" if current.ready else "Ikke klar for sertifisering ennå"
    story.append(Paragraph(f"<b>Vurdering:</b> {verdict}", st["body"]))
    story += [Paragraph(f"• {escape(reason)}", st["body"]) for reason in current.reasons]
    before = {c.name: c for c in previous.categories} if previous else {}
    header = ["Kategori", "Poeng", "Andel"] + (["Forrige", "Endring"] if previous else [])
    rows = []
    for c in current.categories:
        row = [c.name, f"{c.points:g} av {c.max_points:g}", f"{c.percent:.0f} %"]
        if previous:
            old = before.get(c.name)
            row += [f"{old.percent:.0f} %" if old else "–",
                    f"{c.percent - old.percent:+.0f} %-poeng" if old else "ny"]
        rows.append(row)
    widths = [0.36, 0.16, 0.12, 0.14, 0.22] if previous else [0.56, 0.24, 0.2]
    story.append(_table(header, rows, widths, st))
    if previous:
        story.append(Paragraph(f"Sammenlignet med {escape(previous.title)} "
                               f"({_date(previous.assessed_on)}): lys stolpe er forrige vurdering.",
                               st["small"]))
    story.append(charts.scores_chart(current.categories, previous.categories if previous else None,
                                     CONTENT_W))
    return story


def _actions(report: ReportData, st: dict) -> list:
    story = [CondPageBreak(50 * mm), Paragraph("5. Handlingsplan", st["h1"])]
    if not report.actions:
        return story + [Paragraph("Ingen tiltak er registrert.", st["body"])]
    rows = [[a.title, a.status, a.responsible, _date(a.due), _nok(a.cost_nok), a.funding]
            for a in report.actions]
    story.append(_table(["Tiltak", "Status", "Ansvarlig", "Frist", "Kostnad", "Finansiering"], rows,
                        [0.25, 0.1, 0.18, 0.14, 0.13, 0.2], st))
    total = sum(a.cost_nok or 0 for a in report.actions)
    story.append(Paragraph(f"Sum kostnad: {_nok(total)}", st["body"]))
    return story
