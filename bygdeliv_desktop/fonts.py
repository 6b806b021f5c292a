"""Register the shipped TrueType fonts with reportlab (embedded in the PDF, so æøå and PDF/A work)."""

from __future__ import annotations

from functools import lru_cache

from bygdeliv_desktop import paths

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@lru_cache(maxsize=1)
def register() -> tuple[str, str]:
    """Register once per process; returns (regular, bold) font names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR, str(paths.resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(paths.resource("fonts", "DejaVuSans-Bold.ttf"))))
    # <b> in paragraphs must map to the embedded bold face, never to Helvetica-Bold.
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)
    return REGULAR, BOLD


@lru_cache(maxsize=1)
def covered_codepoints() -> frozenset[int]:
    """Code points both shipped faces can draw (names are set in bold too). Input validation
    refuses text outside this set, so whatever the app accepts also prints in the PDF."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    regular = TTFontFile(str(paths.resource("fonts", "DejaVuSans.ttf"))).charToGlyph
    bold = TTFontFile(str(paths.resource("fonts", "DejaVuSans-Bold.ttf"))).charToGlyph
    return frozenset(regular.keys() & bold.keys())
