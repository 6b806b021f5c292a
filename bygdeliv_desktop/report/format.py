"""Page geometry, styles and small formatting helpers shared by the summary's sections."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from bygdeliv_desktop import fonts
from bygdeliv_desktop.domain.text import clean_text

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
# Where the visible signature goes on the cover (x1, y1, x2, y2 in points); the cover keeps it free.
SIGNATURE_BOX = (MARGIN, 40 * mm, MARGIN + 95 * mm, 62 * mm)
SIGNATURE_PAGE = 0
# The consultant's countersignature goes in an empty field beside it, captioned just above
# (the cover's text stops 4 mm above both boxes).
COUNTERSIGN_BOX = (PAGE_W - MARGIN - 74 * mm, 40 * mm, PAGE_W - MARGIN, 62 * mm)
COUNTERSIGN_CAPTION = "Bekreftet av konsulent"
GRID = colors.HexColor("#9AA9A0")
HEAD_BG = colors.HexColor("#E4ECE7")
NOT_MET_BG = colors.HexColor("#FBE3D6")  # criteria not met, overdue actions
DONE_BG = colors.HexColor("#E3F1E0")  # completed actions


def styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts.register()
    base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=8.5, leading=10.5),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=20, leading=24),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=14, leading=18,
                             spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=4),
        "warn": ParagraphStyle("warn", parent=base, fontName=bold, textColor=colors.HexColor("#8A3B12")),
    }


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "–"


def nok(value: int | None) -> str:
    return f"{value:,} kr".replace(",", " ") if value is not None else "–"


def para(text: object, style: ParagraphStyle) -> Paragraph:
    # Input validation keeps text the font cannot draw out; records stored before those rules
    # lose their control and bidi characters here rather than carrying them into the report.
    text = clean_text(str(text), multiline=True) if text is not None else ""
    return Paragraph(escape(text) if text else "–", style)


def table(header: list[str], rows: list[list[object]], widths: list[float], st: dict,
          row_colours: dict[int, object] | None = None) -> Table:
    """A table whose cells wrap, whose header repeats on every page it spans. ``row_colours``
    maps a row index (0 = first row after the header) to its background."""
    data = [[para(h, st["head"]) for h in header]]
    data += [[c if isinstance(c, Paragraph) else para(c, st["cell"]) for c in row] for row in rows]
    result = Table(data, colWidths=[w * CONTENT_W for w in widths], repeatRows=1)
    commands = [
        # Tables set a cell font even around Paragraphs; Helvetica (unembedded) would break PDF/A.
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    commands += [("BACKGROUND", (0, i + 1), (-1, i + 1), colour)
                 for i, colour in (row_colours or {}).items()]
    result.setStyle(TableStyle(commands))
    return result
