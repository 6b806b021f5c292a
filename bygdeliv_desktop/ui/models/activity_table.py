"""Table model for meeting-place activities, built for long lists.

The rows come from an ``ActivityListing``: the service filters and sorts in SQLite through
indexes and hands over rows a block at a time as the view scrolls, so 100 000 activities open,
sort and filter in tens of milliseconds (benchmarks/activities_list.py). No
QSortFilterProxyModel: it would ask ``data()`` for every row to compare them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt)

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.services.activities import ROW_COLUMNS, ActivityService
from bygdeliv_desktop.services.activity_listing import ActivityQuery

ID, DATE, END_DATE, KIND, TITLE, PARTICIPANTS, GROUPS, PARTNERS = range(len(ROW_COLUMNS))
ID_ROLE = Qt.UserRole + 1
# Which listing order each shown field sorts by.
SORT_FIELD = {DATE: "date", KIND: "kind", TITLE: "title", PARTICIPANTS: "participants",
              GROUPS: "target_groups", PARTNERS: "partners"}
# Beyond this many remembered indexes (a big selection), a re-sort resets the view instead.
_REMAPPED_INDEXES = 200


class ActivityTableModel(QAbstractTableModel):
    # (row field shown, header text)
    # QT_TRANSLATE_NOOP marks the headers for pyside6-lupdate; headerData translates them.
    COLUMNS = ((DATE, QT_TRANSLATE_NOOP("ActivityTableModel", "Dato")),
               (KIND, QT_TRANSLATE_NOOP("ActivityTableModel", "Type")),
               (TITLE, QT_TRANSLATE_NOOP("ActivityTableModel", "Tittel")),
               (PARTICIPANTS, QT_TRANSLATE_NOOP("ActivityTableModel", "Deltakere")),
               (GROUPS, QT_TRANSLATE_NOOP("ActivityTableModel", "Målgrupper")),
               (PARTNERS, QT_TRANSLATE_NOOP("ActivityTableModel", "Samarbeidspartnere")))

    def __init__(self, activities: ActivityService, parent=None,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self._activities = activities
        self._query: ActivityQuery | None = None
        self._rows: Sequence[Sequence] = ()
        self._total = 0
        self._text = ""
        self._sort: tuple[str, bool] = ("date", True)
        self.set_language(language)

    def set_language(self, language: str | None) -> None:
        self._kind_labels = {k.code: k.label(language) for k in catalogs.activity_kinds().kinds}
        self._group_labels = {g.code: g.label(language) for g in catalogs.target_groups().kinds}

    # -- contents ---------------------------------------------------------------------------
    def set_filter(self, store_id: str | None, year: int | None = None,
                   kind_code: str | None = None) -> None:
        """Show a store's activities for a year and kind (None: all), keeping text and order."""
        query = None if store_id is None else ActivityQuery(
            store_id, year, kind_code, self._text, self._sort[0], self._sort[1])
        self._reset(query, count_total=True)

    def set_text_filter(self, text: str) -> None:
        self._text = text.strip()
        if self._query is not None:
            self._reset(replace(self._query, text=self._text), count_total=False)

    def _reset(self, query: ActivityQuery | None, count_total: bool) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = self._listing(query) if query else ()
        if query is None:
            self._total = 0
        elif not query.text:
            self._total = len(self._rows)
        elif count_total:
            self._total = self._activities.count(query)
        self.endResetModel()

    def _listing(self, query: ActivityQuery) -> Sequence[Sequence]:
        return self._activities.listing(query, self._kind_labels, self._group_labels)

    def activity_id(self, row: int) -> str:
        return self._rows[row][ID]

    def row_of(self, activity_id: str) -> int:
        return self._rows.index_of(activity_id) if self._query else -1

    def rows_in_memory(self) -> int:
        return self._rows.rows_in_memory() if self._query else 0

    def total_count(self) -> int:
        """Activities in the chosen year and kind, before the text filter."""
        return self._total

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
        if not row[ID]:  # gone from the database since the list was read
            return ""
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
        self._sort = (SORT_FIELD[self.COLUMNS[column][0]], order == Qt.DescendingOrder)
        if self._query is None:
            return
        query = replace(self._query, sort=self._sort[0], descending=self._sort[1])
        if len(self.persistentIndexList()) > _REMAPPED_INDEXES:
            self._reset(query, count_total=False)
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        ids = [self._rows[index.row()][ID] for index in kept]
        self._query = query
        self._rows = self._listing(self._query)
        # The selection and current row follow their activities to where they now are.
        moved = []
        for index, activity_id in zip(kept, ids):
            row = self._rows.index_of(activity_id)
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()
