"""Table model for meeting-place activities, built for long lists.

Rows are the light tuples from ``ActivityService.list_rows`` (no ORM objects, no widgets per row).
Sorting and text filtering happen here on plain Python lists rather than through
QSortFilterProxyModel: a proxy calls ``data()`` once per comparison, which takes seconds at
100 000 rows, while a keyed list sort takes tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt)

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.text import NORWEGIAN_ORDER, sort_key
from bygdeliv_desktop.services.activities import ROW_COLUMNS

ID, DATE, END_DATE, KIND, TITLE, PARTICIPANTS, GROUPS, PARTNERS = range(len(ROW_COLUMNS))
ID_ROLE = Qt.UserRole + 1


class ActivityTableModel(QAbstractTableModel):
    # (row field shown, header text)
    # QT_TRANSLATE_NOOP marks the headers for pyside6-lupdate; headerData translates them.
    COLUMNS = ((DATE, QT_TRANSLATE_NOOP("ActivityTableModel", "Dato")),
               (KIND, QT_TRANSLATE_NOOP("ActivityTableModel", "Type")),
               (TITLE, QT_TRANSLATE_NOOP("ActivityTableModel", "Tittel")),
               (PARTICIPANTS, QT_TRANSLATE_NOOP("ActivityTableModel", "Deltakere")),
               (GROUPS, QT_TRANSLATE_NOOP("ActivityTableModel", "Målgrupper")),
               (PARTNERS, QT_TRANSLATE_NOOP("ActivityTableModel", "Samarbeidspartnere")))

    def __init__(self, parent=None, language: str | None = None) -> None:
        super().__init__(parent)
        self._all: list[Sequence] = []
        self._rows: list[Sequence] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.DescendingOrder)
        self.set_language(language)

    def set_language(self, language: str) -> None:
        self._kind_labels = {k.code: k.label(language) for k in catalogs.activity_kinds().kinds}
        self._group_labels = {g.code: g.label(language) for g in catalogs.target_groups().kinds}

    # -- contents ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Sequence]) -> None:
        """Replace all rows (already newest first from the service), keeping sort and filter."""
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._filtered(self._all)
        self._apply_sort()
        self.endResetModel()

    def set_text_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text.casefold().strip()
        self._rows = self._filtered(self._all)
        self._apply_sort()
        self.endResetModel()

    def _filtered(self, rows: list[Sequence]) -> list[Sequence]:
        needle = self._filter
        if not needle:
            return list(rows)
        labels = self._kind_labels
        return [r for r in rows
                if needle in r[TITLE].casefold() or needle in r[PARTNERS].casefold()
                or needle in labels.get(r[KIND], r[KIND]).casefold()]

    def activity_id(self, row: int) -> str:
        return self._rows[row][ID]

    def row_of(self, activity_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r[ID] == activity_id), -1)

    def total_count(self) -> int:
        return len(self._all)

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("ActivityTableModel", self.COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        field = self.COLUMNS[index.column()][0]
        if role == Qt.DisplayRole:
            return self._display(row, field)
        if role == Qt.TextAlignmentRole and field == PARTICIPANTS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == ID_ROLE:
            return row[ID]
        return None

    def _display(self, row: Sequence, field: int) -> str:
        value = row[field]
        if field == DATE:
            text = value.strftime("%d.%m.%Y")
            end = row[END_DATE]
            return f"{text}–{end.strftime('%d.%m.%Y')}" if end and end != value else text
        if field == KIND:
            return self._kind_labels.get(value, value)
        if field == PARTICIPANTS:
            return "" if value is None else str(value)
        if field == GROUPS:
            return ", ".join(self._group_labels.get(c, c) for c in value.split(",") if c)
        return value

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        field = self.COLUMNS[column][0]
        if field == DATE:
            key = lambda r: r[DATE]  # noqa: E731
        elif field == PARTICIPANTS:
            key = lambda r: -1 if r[PARTICIPANTS] is None else r[PARTICIPANTS]  # noqa: E731
        elif field == KIND:
            labels = {code: sort_key(text) for code, text in self._kind_labels.items()}
            key = lambda r: labels.get(r[KIND], r[KIND])  # noqa: E731
        elif field in (TITLE, PARTNERS):  # plain text: the key without a call per row
            table = NORWEGIAN_ORDER
            key = lambda r: r[field].casefold().translate(table)  # noqa: E731
        else:
            key = lambda r: sort_key(self._display(r, field))  # noqa: E731
        self._rows.sort(key=key, reverse=order == Qt.DescendingOrder)
