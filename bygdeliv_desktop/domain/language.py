"""The language catalogue texts are shown in (nb, nn or en), chosen by the UI at start.

Data files carry their texts in several languages (criteria, service and activity kinds); the
domain stays Qt-free, so the UI tells it the user's choice here once, before any text is read.
"""

from __future__ import annotations

LANGUAGES = ("nb", "nn", "en")
_current = "nb"


def current() -> str:
    return _current


def set_current(language: str) -> None:
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _current = language
