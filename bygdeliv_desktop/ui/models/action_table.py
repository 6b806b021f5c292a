"""Table model for the action plan; overdue actions say so in words and with an icon."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.assessment_models import ActionItem
from bygdeliv_desktop.domain.text import sort_key
from bygdeliv_desktop.ui import assessment_text as words
from bygdeliv_desktop.ui.models.rows_model import RowsTableModel

SORT_ROLE = Qt.UserRole + 1


# Spelled out so that pyside6-lupdate finds every text with its context.
translate = QCoreApplication.translate


class ActionTableModel(RowsTableModel):
    COLUMNS = ("title", "criteria", "responsible", "deadline", "status", "cost", "funding")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ActionItem] = []
        self.today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (translate("ActionTableModel", "Tiltak"), translate("ActionTableModel", "Kriterier"), translate("ActionTableModel", "Ansvarlig"), translate("ActionTableModel", "Frist"), translate("ActionTableModel", "Status"),
                translate("ActionTableModel", "Kostnad (kr)"), translate("ActionTableModel", "Finansiering"))

    def set_rows(self, rows: list[ActionItem], today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = today or date.today()
        self.endResetModel()

    def action(self, row: int) -> ActionItem:
        return self._rows[row]

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        action = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        overdue = action.is_overdue(self.today)
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return self.text(action, column, overdue)
        if role == Qt.DecorationRole and column == "deadline" and overdue:
            return QApplication.style().standardIcon(QStyle.SP_MessageBoxWarning)
        if role == Qt.ToolTipRole and overdue:
            return translate("ActionTableModel", "Fristen er passert, og tiltaket er ikke ferdig.")
        if role == SORT_ROLE:
            if column == "deadline":
                return action.deadline.toordinal() if action.deadline else 10**7
            if column == "cost":
                return action.estimated_cost_nok if action.estimated_cost_nok is not None else -1
            return sort_key(self.text(action, column, overdue))
        return None

    @staticmethod
    def text(action: ActionItem, column: str, overdue: bool = False) -> str:
        if column == "title":
            return action.title
        if column == "criteria":
            return ", ".join(action.criterion_codes)
        if column == "responsible":
            return action.responsible
        if column == "deadline":
            text = words.date_text(action.deadline)
            late = translate("ActionTableModel", "Forfalt")
            return f"{text} – {late}" if overdue else text
        if column == "status":
            return words.status_label(action.status)
        if column == "cost":
            cost = action.estimated_cost_nok
            return "" if cost is None else f"{cost:,}".replace(",", " ")
        if not action.funding_code:
            return ""
        label = catalogs.funding_sources().label(action.funding_code)
        return f"{label}: {action.funding_note}" if action.funding_note else label
