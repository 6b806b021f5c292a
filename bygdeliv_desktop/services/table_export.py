"""Write a table (the county overview) to CSV or XLSX, atomically (temp file, then rename).

The table holds text the county did not write (store names, signer names from files and PDFs), so:
  * text that a spreadsheet would take for a formula (starting with ``=``, ``+``, ``-``, ``@``, tab
    or carriage return) is written as text: a string cell in XLSX (never a formula), and in CSV
    prefixed with an apostrophe (OWASP's rule for CSV injection);
  * control characters that XML (and so XLSX) cannot hold are removed, in both formats: older
    databases may still hold them, and openpyxl refuses them with IllegalCharacterError.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path


@contextmanager
def _atomic(out: Path, mode: str = "wb", **kwargs):
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".partial")
    os.close(fd)
    try:
        with open(temp, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def clean_text(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _cell(value: object) -> object:
    if value is None:
        return ""
    return clean_text(value) if isinstance(value, str) else value


def _csv_cell(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    value = _cell(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(out: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Semicolon-separated UTF-8 with BOM: what Excel in Norwegian opens without a wizard."""
    with _atomic(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([_csv_cell(header) for header in headers])
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])


def write_xlsx(out: Path, headers: Sequence[str], rows: Sequence[Sequence[object]],
               sheet_title: str = "Fylkesoversikt") -> None:
    """An Excel sheet with a bold, frozen header row, a filter and sensible column widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title
    sheet.append([_cell(header) for header in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_cell(value) for value in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.data_type != "s":
                cell.data_type = "s"  # openpyxl makes "=..." a formula; ours is always text
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, header in enumerate(headers, start=1):
        width = max([len(str(header))] + [len(str(_cell(r[index - 1]))) for r in rows[:200]])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, width + 2)
    with _atomic(out) as handle:
        book.save(handle)


def table_rows(records: Sequence[object], keys: Sequence[str],
               get: Callable[[object, str], object] = getattr) -> list[list[object]]:
    return [[get(record, key) for key in keys] for record in records]
