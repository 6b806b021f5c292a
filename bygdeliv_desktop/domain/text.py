"""Text helpers shared by lists, reports and validation: sort order, which characters a text
field takes, and safe terminal output."""

from __future__ import annotations

import re
import unicodedata

# Norwegian alphabet order puts æ, ø, å after z; plain code-point order would mix them up.
# '{', '|', '}' are the three code points right after 'z'.
_AFTER_Z = {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"}
NORWEGIAN_ORDER = str.maketrans(_AFTER_Z)


def sort_key(text: str) -> str:
    """A key that sorts Norwegian words the way a Norwegian reader expects (case-insensitive)."""
    return text.casefold().translate(NORWEGIAN_ORDER)


def norwegian_key_sql(column: str) -> str:
    """The SQL expression that sorts ``column`` as ``sort_key`` does, for ASCII and æøåäö.

    SQLite's lower() folds ASCII letters only, so the capitals of the moved letters are replaced
    too (other non-ASCII capitals, such as É, sort apart from their small letters). Migration 0006
    indexes exactly this text for the activity list: change it only together with a migration.
    """
    expression = f"lower({column})"
    for letter, stand_in in _AFTER_Z.items():
        for variant in (letter.upper(), letter):
            expression = f"replace({expression}, '{variant}', '{stand_in}')"
    return expression


# -- which characters a text field takes (issue 13) ------------------------------------------
# What the app stores must also print in the summary PDF and show in a terminal. Refused:
# control characters (C0 except tab/newline in multi-line fields, DEL, C1), lone surrogates
# (they cannot even be written to the database as UTF-8), invisible format characters (bidi
# overrides and isolates such as U+202E, zero-width and soft hyphen, BOM), private use,
# unassigned code points and the line/paragraph separators U+2028/U+2029.
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
MULTILINE_CONTROLS = frozenset("\t\n")
# Printable ASCII and Latin-1 without the soft hyphen: always fine, no per-character work.
_PLAIN = re.compile(r"[\x20-\x7e\xa0-\xac\xae-\xff]*")
_PLAIN_MULTILINE = re.compile(r"[\t\n\x20-\x7e\xa0-\xac\xae-\xff]*")
_SHOWN = 5  # characters named in one message


def _is_refused(char: str, multiline: bool) -> bool:
    if multiline and char in MULTILINE_CONTROLS:
        return False
    return unicodedata.category(char) in REFUSED_CATEGORIES


def refused_characters(value: str, multiline: bool = False) -> list[str]:
    """The distinct characters in ``value`` no text field may hold, in order of appearance."""
    if (_PLAIN_MULTILINE if multiline else _PLAIN).fullmatch(value):
        return []
    return list(dict.fromkeys(c for c in value if _is_refused(c, multiline)))


def unprintable_characters(value: str) -> list[str]:
    """The distinct characters in ``value`` the PDF font cannot draw (refused ones left out).

    Characters past U+FFFF count as unprintable even where DejaVu Sans has a glyph: reportlab
    writes them as a different letter.
    """
    if _PLAIN_MULTILINE.fullmatch(value):
        return []
    from bygdeliv_desktop import fonts

    covered = fonts.covered_codepoints()
    return list(dict.fromkeys(
        c for c in value if not _is_refused(c, True) and c not in MULTILINE_CONTROLS
        and (ord(c) > 0xFFFF or ord(c) not in covered)))


def code_points(chars: list[str], visible: bool = False) -> str:
    """'U+202E, U+0007' for a message; ``visible`` adds the character itself ('中 (U+4E2D)')."""
    shown = [f"{c} (U+{ord(c):04X})" if visible else f"U+{ord(c):04X}" for c in chars[:_SHOWN]]
    return ", ".join(shown) + (" …" if len(chars) > _SHOWN else "")


def clean_text(value: str, multiline: bool = False) -> str:
    """``value`` with refused characters removed, composed (NFC), line breaks as '\\n'.

    In a one-line field tabs and line breaks become spaces. For text from outside (paste,
    old data) where removing is safer than refusing; forms and the CLI refuse instead.
    """
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        value = value.replace("\t", " ").replace("\n", " ")
    kept = "".join(c for c in value if not _is_refused(c, multiline))
    return unicodedata.normalize("NFC", kept)


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(value: object, encoding: str | None = None) -> str:
    """``value`` safe to print on a terminal: control, format and surrogate characters (and,
    given the terminal's ``encoding``, characters it cannot show) as \\x.. / \\u.. escapes.
    A name holding ESC [2J can no longer clear the screen of whoever runs ``bygdeliv info``."""
    text = str(value)
    out = []
    for char in text:
        if _is_refused(char, False):
            out.append(_escape(char))
        elif encoding is not None:
            try:
                char.encode(encoding)
                out.append(char)
            except (UnicodeEncodeError, LookupError):
                out.append(_escape(char))
        else:
            out.append(char)
    return "".join(out)
