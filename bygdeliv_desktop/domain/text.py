"""Text helpers shared by lists and reports."""

from __future__ import annotations

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
