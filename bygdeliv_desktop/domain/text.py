"""Text helpers shared by lists and reports."""

from __future__ import annotations

# Norwegian alphabet order puts æ, ø, å after z; plain code-point order would mix them up.
# '{', '|', '}' are the three code points right after 'z'.
NORWEGIAN_ORDER = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"})


def sort_key(text: str) -> str:
    """A key that sorts Norwegian words the way a Norwegian reader expects (case-insensitive)."""
    return text.casefold().translate(NORWEGIAN_ORDER)
