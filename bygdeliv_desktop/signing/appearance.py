"""The visible signature box: drawn with reportlab and the embedded DejaVu font.

pyHanko's own text stamp spaces DejaVu's glyphs twice too wide in poppler and spends ~0.2 s
subsetting the font; a one-page reportlab drawing used as a static stamp has neither problem.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bygdeliv_desktop import fonts


def stamp_lines(name: str, role: str, store: str, when: dt.datetime, self_signed: bool,
                language: str = "nb") -> list[str]:
    """The box's lines in the summary's language (nb or nn)."""
    from bygdeliv_desktop.report.wording import words

    w = words(language)
    lines = [w("Digitalt signert av: {name}", name=name), w("Rolle: {role}", role=role),
             w("Butikk: {store}", store=store),
             w("Dato: {date}", date=when.strftime("%d.%m.%Y %H:%M"))]
    if self_signed:
        lines.append(w("Selvutstedt sertifikat – ikke bekreftet av fylket"))
    return lines


def write_stamp_pdf(path: Path, width: float, height: float, lines: list[str]) -> Path:
    """A one-page PDF exactly the size of the signature box; long lines shrink to fit."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    regular, bold = fonts.register()
    pdf = canvas.Canvas(str(path), pagesize=(width, height), initialFontName=regular)
    pdf.setStrokeColorRGB(0.18, 0.42, 0.31)
    pdf.setLineWidth(1)
    pdf.rect(0.5, 0.5, width - 1, height - 1)
    size = 8.0
    leading = min(size * 1.25, (height - 8) / max(len(lines), 1))
    y = height - 4 - leading + 2
    for index, line in enumerate(lines):
        font = bold if index == 0 else regular
        fitted = min(size, size * (width - 10) / max(stringWidth(line, font, size), 1))
        pdf.setFont(font, fitted)
        pdf.drawString(5, y, line)
        y -= leading
    pdf.showPage()
    pdf.save()
    return path
