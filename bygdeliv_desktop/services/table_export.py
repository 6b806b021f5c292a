"""Write a table (the county overview) to CSV or XLSX, atomically (temp file, then rename)."""

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


def _cell(value: object) -> object:
    return "" if value is None else value


def write_csv(out: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Semicolon-separated UTF-8 with BOM: what Excel in Norwegian opens without a wizard."""
    with _atomic(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([value.isoformat() if isinstance(value, date) else _cell(value)
                             for value in row])


def write_xlsx(out: Path, headers: Sequence[str], rows: Sequence[Sequence[object]],
               sheet_title: str = "Fylkesoversikt") -> None:
    """An Excel sheet with a bold, frozen header row, a filter and sensible column widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_cell(value) for value in row])
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
