"""Table model for the store's self-assessments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from bygdeliv_desktop.domain.scoring import Totals
from bygdeliv_desktop.services.assessments import AssessmentSummary
from bygdeliv_desktop.ui import assessment_text as words
from bygdeliv_desktop.ui.models.rows_model import RowsTableModel


# Spelled out so that pyside6-lupdate finds every text with its context.
translate = QCoreApplication.translate


class AssessmentTableModel(RowsTableModel):
    COLUMNS = ("date", "by", "purpose", "catalogue", "status", "answered", "score", "readiness")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentSummary] = []
        self._scores: dict[str, Totals] = {}

    def headers(self) -> tuple[str, ...]:
        return (translate("AssessmentTableModel", "Dato"), translate("AssessmentTableModel", "Vurdert av"), translate("AssessmentTableModel", "Formål"), translate("AssessmentTableModel", "Katalog"), translate("AssessmentTableModel", "Status"),
                translate("AssessmentTableModel", "Besvart"), translate("AssessmentTableModel", "Poeng totalt"), translate("AssessmentTableModel", "Klar for sertifisering"))

    def set_rows(self, rows: list[AssessmentSummary], scores: dict[str, Totals]) -> None:
        """``scores``: each assessment's overall totals, by assessment id."""
        self.beginResetModel()
        self._rows, self._scores = list(rows), dict(scores)
        self.endResetModel()

    def summary(self, row: int) -> AssessmentSummary:
        return self._rows[row]

    def rows(self) -> list[AssessmentSummary]:
        return list(self._rows)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ToolTipRole and column == "status" and summary.changed_after_lock:
            return translate("AssessmentTableModel",
                             "Et svar er endret etter at vurderingen ble låst, trolig som utkast "
                             "på en annen maskin før utvekslingsfilene ble lest inn. Kopier "
                             "vurderingen til et nytt utkast for å gå gjennom svarene.")
        if role not in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return None
        if column == "score":
            totals = self._scores.get(summary.id)
            return words.totals_text(totals) if totals else ""
        return self.text(summary, column)

    @staticmethod
    def text(s: AssessmentSummary, column: str) -> str:
        if column == "date":
            return words.date_text(s.assessed_on)
        if column == "by":
            return f"{words.role_label(s.assessor_role)}: {s.assessor_name}"
        if column == "purpose":
            return words.purpose_label(s.purpose)
        if column == "catalogue":
            return translate("AssessmentTableModel", "versjon %1").replace("%1", str(s.catalog_version))
        if column == "status":
            if s.changed_after_lock:
                return translate("AssessmentTableModel", "Låst – endret etterpå")
            return translate("AssessmentTableModel", "Låst") if s.is_final else translate("AssessmentTableModel", "Utkast")
        if column == "answered":
            return translate("AssessmentTableModel", "%1 av %2").replace("%1", str(s.answered)).replace("%2", str(s.total))
        return translate("AssessmentTableModel", "Ja") if s.ready else translate("AssessmentTableModel", "Nei")
