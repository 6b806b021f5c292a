"""The county overview as a Qt table model, columns taken from ``county_table.COLUMNS``.

Display texts are translated here; ``SORT_ROLE`` gives comparable values (numbers as numbers,
dates as ISO text, empty cells last) so a QSortFilterProxyModel sorts them correctly.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from bygdeliv_desktop.exchange.signing import TRUSTED, UNSIGNED, VALID
from bygdeliv_desktop.services.county_table import COLUMNS, CountyRow

SORT_ROLE = Qt.UserRole + 1
EMPTY_LAST = "\uffff"  # sorts after any text


# Spelled out so that pyside6-lupdate finds every text with its context.
translate = QCoreApplication.translate


def _headers() -> dict[str, str]:
    return {"store": translate("CountyTableModel", "Butikk"), "municipality": translate("CountyTableModel", "Kommune"),
            "last_assessment": translate("CountyTableModel", "Siste vurdering"), "category_scores": translate("CountyTableModel", "Poeng per kategori"),
            "overall_score": translate("CountyTableModel", "Poeng totalt"), "readiness": translate("CountyTableModel", "Klar for sertifisering"),
            "activities_12m": translate("CountyTableModel", "Aktiviteter siste 12 mnd"),
            "services_12m": translate("CountyTableModel", "Tjenester siste 12 mnd"), "open_actions": translate("CountyTableModel", "Åpne tiltak"),
            "overdue_actions": translate("CountyTableModel", "Forfalte tiltak"), "signature": translate("CountyTableModel", "Signatur"),
            "signer": translate("CountyTableModel", "Signert av"), "source": translate("CountyTableModel", "Kilde"),
            "note": translate("CountyTableModel", "Merknad")}


def signature_text(status: str) -> str:
    return {TRUSTED: translate("CountyTableModel", "Bekreftet (fylkets CA)"), VALID: translate("CountyTableModel", "Uendret, avsender ikke bekreftet"),
            UNSIGNED: translate("CountyTableModel", "Ikke signert")}.get(status, status)


DRAFT = " (utkast)"


def value_text(key: str, value: str) -> str:
    """The county service writes a few words in bokmål (they also go to CSV); shown translated."""
    if key in ("readiness", "overall_score") and value:
        draft = value.endswith(DRAFT)
        base = value.removesuffix(DRAFT)
        base = {"Ja": translate("CountyTableModel", "Ja"),
                "Nei": translate("CountyTableModel", "Nei")}.get(base, base)
        return base + (translate("CountyTableModel", " (utkast)") if draft else "")
    if key == "note" and value:
        return {"ikke bekreftet": translate("CountyTableModel", "ikke bekreftet"),
                "flere bekreftede sammendrag for samme periode": translate(
                    "CountyTableModel", "flere bekreftede sammendrag for samme periode")}.get(value, value)
    if key == "source":
        return {"fil": translate("CountyTableModel", "fil"),
                "fil + PDF": translate("CountyTableModel", "fil + PDF")}.get(value, value)
    return value


class CountyTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[CountyRow] = []
        self.keys = [key for key, _header in COLUMNS]
        headers = _headers()
        self.headers = [headers.get(key, header) for key, header in COLUMNS]

    def set_rows(self, rows: list[CountyRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def value(self, row: int, key: str) -> object:
        return getattr(self.rows[row], key)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        key = self.keys[index.column()]
        value = self.value(index.row(), key)
        if role == Qt.DisplayRole:
            if key == "signature":
                return signature_text(value)
            if isinstance(value, dt.date):
                return f"{value:%d.%m.%Y}"
            return "" if value is None else value_text(key, str(value))
        if role == SORT_ROLE:
            if isinstance(value, bool) or value is None or value == "":
                return EMPTY_LAST if not isinstance(value, bool) else str(value)
            if isinstance(value, int):
                return f"{value:012d}"  # one type per column keeps the proxy's comparison sane
            if isinstance(value, dt.date):
                return value.isoformat()
            return str(value).casefold()
        if role == Qt.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and key in ("category_scores", "signer"):
            return "" if value is None else str(value)
        return None
