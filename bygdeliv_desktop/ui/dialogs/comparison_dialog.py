"""Two assessments side by side: what moved up or down, per category and criterion."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QTableView, QVBoxLayout, QWidget,
)

from bygdeliv_desktop.domain.comparison import DOWN, ONLY_AFTER, ONLY_BEFORE, SAME, UP
from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services.assessments import AssessmentSummary
from bygdeliv_desktop.ui import assessment_text as words
from bygdeliv_desktop.ui.messages import error_message


class ComparisonDialog(QDialog):
    def __init__(self, services: AppServices, rows: list[AssessmentSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Sammenlign egenvurderinger"))
        self.resize(760, 560)
        self.before, self.after = QComboBox(), QComboBox()
        for summary in rows:
            text = (f"{words.date_text(summary.assessed_on)} – "
                    f"{words.purpose_label(summary.purpose)} – {summary.assessor_name}")
            self.before.addItem(text, summary.id)
            self.after.addItem(text, summary.id)
        # rows are newest first: compare the one before the newest with the newest
        self.before.setCurrentIndex(min(1, len(rows) - 1))
        self.after.setCurrentIndex(0)
        form = QFormLayout()
        for combo, caption in ((self.before, self.tr("&Før")), (self.after, self.tr("&Etter"))):
            label = QLabel(caption)
            label.setBuddy(combo)
            combo.setAccessibleName(caption.replace("&", ""))
            combo.currentIndexChanged.connect(self.update_table)
            form.addRow(label, combo)
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(self.tr("Sammenligning"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.readiness = QLabel()
        self.readiness.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.readiness)
        layout.addWidget(buttons)
        self.update_table()

    def _movement(self, movement: str) -> str:
        return {UP: self.tr("↑ Bedre"), DOWN: self.tr("↓ Dårligere"), SAME: self.tr("Uendret"),
                ONLY_BEFORE: self.tr("Bare i før"), ONLY_AFTER: self.tr("Bare i etter")
                }.get(movement, self.tr("Endret"))

    def update_table(self) -> None:
        try:
            before = self.services.assessments.view(self.before.currentData())
            after = self.services.assessments.view(self.after.currentData())
            comparison = self.services.assessments.compare(before.summary.id, after.summary.id)
        except BygdelivError as error:
            self.readiness.setText(error_message(error))
            return
        catalogue = after.catalogue
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Område / kriterium"), self.tr("Før"),
                                              self.tr("Etter"), self.tr("Endring")])

        def totals(t) -> str:
            return words.totals_text(t) if t is not None else "–"

        for change in (comparison.overall, *comparison.categories):
            name = (self.tr("Totalt") if change.category_id is None
                    else words.category_title(catalogue, change.category_id))
            self.model.appendRow([QStandardItem(name), QStandardItem(totals(change.before)),
                                  QStandardItem(totals(change.after)),
                                  QStandardItem(self._movement(change.movement))])
        for change in comparison.criteria:
            cid = change.criterion_id
            old_cat = before.catalogue if change.after is None else catalogue
            self.model.appendRow([
                QStandardItem(f"  {cid}"),
                QStandardItem(words.value_label(before.catalogue, cid, change.before)),
                QStandardItem(words.value_label(old_cat, cid, change.after)),
                QStandardItem(self._movement(change.movement))])
        self.readiness.setText(
            self.tr("Før: %1\nEtter: %2")
            .replace("%1", words.readiness_verdict(comparison.readiness_before.ready))
            .replace("%2", words.readiness_verdict(comparison.readiness_after.ready)))
