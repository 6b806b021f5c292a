"""The checks of one PDF verification as a table: check, result (words and icon), reason."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt)
from PySide6.QtWidgets import QApplication, QStyle

from bygdeliv_desktop.signing.verify import Check
from bygdeliv_desktop.ui.verify_texts import check_label, failure_reason


class CheckTableModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("CheckTableModel", "Kontroll"),
               QT_TRANSLATE_NOOP("CheckTableModel", "Resultat"),
               QT_TRANSLATE_NOOP("CheckTableModel", "Begrunnelse"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._checks: list[Check] = []
        self._trust_checked = False

    def set_checks(self, checks: list[Check], trust_checked: bool) -> None:
        self.beginResetModel()
        self._checks, self._trust_checked = list(checks), trust_checked
        self.endResetModel()

    def check(self, row: int) -> Check:
        return self._checks[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._checks)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < 3:
            return QApplication.translate("CheckTableModel", self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self._checks):
            return None
        check = self._checks[index.row()]
        column = index.column()
        if role == Qt.ToolTipRole and column == 2 and not check.ok:
            return f"{failure_reason(check, self._trust_checked)}\n{check.code}: {check.detail}"
        if role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.AccessibleTextRole):
            if column == 0:
                return check_label(check.code)
            if column == 1:
                return (QApplication.translate("CheckTableModel", "OK") if check.ok
                        else QApplication.translate("CheckTableModel", "Feilet"))
            if column == 2:
                return "" if check.ok else failure_reason(check, self._trust_checked)
        if role == Qt.DecorationRole and column == 1:
            icon = QStyle.SP_DialogApplyButton if check.ok else QStyle.SP_MessageBoxCritical
            return QApplication.style().standardIcon(icon)
        return None
