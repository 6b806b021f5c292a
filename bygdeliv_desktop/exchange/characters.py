"""Which characters an imported text may hold.

The same rule the forms are getting in ``domain/validation.py`` (control characters, lone
surrogates and direction overrides refused), kept here too so that imports are checked whatever
the forms check: a hostile file can carry what no keyboard types. Tab and line breaks are allowed
(notes and catalogue texts have them).
"""

from __future__ import annotations

import re

ALLOWED_CONTROLS = frozenset("\t\n\r")
# Bidirectional embeddings, overrides and isolates: they make text display in another order than
# it is stored ("Trojan Source"), e.g. a store name that reads differently than it sorts.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def forbidden(character: str) -> bool:
    code = ord(character)
    if character in ALLOWED_CONTROLS:
        return False
    return (code < 0x20 or 0x7f <= code <= 0x9f  # C0 and C1 controls, DEL
            or 0xd800 <= code <= 0xdfff  # lone surrogates (JSON can carry them, UTF-8 cannot)
            or character in BIDI_CONTROLS
            or code in (0xfffe, 0xffff))  # non-characters


# The same set as ``forbidden``, for whole texts at C speed (an import checks every text column).
FORBIDDEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
                          "\u202a-\u202e\u2066-\u2069\ufffe\uffff]")


def first_forbidden(text: str) -> str | None:
    """The first character ``text`` may not hold, spelled U+XXXX; None when all are fine."""
    match = FORBIDDEN_RE.search(text)
    return f"U+{ord(match.group()):04X}" if match else None
