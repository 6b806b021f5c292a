"""Walk data.json one record at a time, so memory holds the checked records and not, besides them,
the whole parsed document (a generic tree of dicts and strings several times the file's size).

Only the fixed outer shell ``{"tables": {NAME: [ITEM, ...], ...}}`` is walked here; every table
name and every item is parsed by the standard library's JSON decoder with the same strict rules as
``loads_strict`` (no NaN/Infinity, no duplicate keys).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from bygdeliv_desktop.errors import ExchangeMalformed
from bygdeliv_desktop.exchange.package_format import DATA, strict_decoder

_SPACE = re.compile(r"[ \t\n\r]*")
TABLE, ITEM = "table", "item"


class _Cursor:
    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0
        self.decoder = strict_decoder()

    def peek(self) -> str:
        self.pos = _SPACE.match(self.text, self.pos).end()
        return self.text[self.pos:self.pos + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise ValueError(f"expected {char!r} at character {self.pos}")
        self.pos += 1

    def value(self) -> object:
        self.peek()
        value, self.pos = self.decoder.raw_decode(self.text, self.pos)
        return value

    def at_end(self) -> bool:
        return self.peek() == ""


def _layout(detail: str) -> ExchangeMalformed:
    return ExchangeMalformed(f"{DATA}: {detail}", member=DATA, reason="layout")


def _walk(cursor: _Cursor) -> Iterator[tuple[str, object]]:
    if cursor.peek() != "{":
        raise _layout('expected {"tables": {...}}')
    cursor.expect("{")
    if cursor.peek() != '"' or cursor.value() != "tables":
        raise _layout('expected {"tables": {...}}')
    cursor.expect(":")
    if cursor.peek() != "{":
        raise _layout('expected {"tables": {...}}')
    cursor.expect("{")
    seen: set[str] = set()
    while cursor.peek() != "}":
        if seen:
            cursor.expect(",")
        name = cursor.value()
        if not isinstance(name, str):
            raise ValueError(f"table name expected at character {cursor.pos}")
        if name in seen:
            raise ValueError(f"duplicate key {name!r}")
        seen.add(name)
        cursor.expect(":")
        if cursor.peek() != "[":
            raise _layout(f"{name[:40]}: expected a list")
        yield TABLE, name
        cursor.expect("[")
        first = True
        while cursor.peek() != "]":
            if not first:
                cursor.expect(",")
            first = False
            yield ITEM, cursor.value()
        cursor.expect("]")
    cursor.expect("}")
    if cursor.peek() != "}":  # another top-level key (or "tables" twice)
        raise _layout('expected only {"tables": {...}}')
    cursor.expect("}")
    if not cursor.at_end():
        raise ValueError(f"extra data at character {cursor.pos}")


def walk(text: str) -> Iterator[tuple[str, object]]:
    """Yield ``(TABLE, name)`` as each table starts and ``(ITEM, item)`` for its items, in order.
    Raises ExchangeMalformed for anything that is not strict JSON of that shape."""
    try:
        yield from _walk(_Cursor(text))
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, NaN, duplicate keys, long ints
        raise ExchangeMalformed(f"{DATA}: {exc}"[:300], member=DATA, reason="json") from exc
