"""The questionnaire's list of criteria by category, each with a mark for its answer.

Marks: ✓ met, ◐ partly met, ✗ not met, – not applicable, nothing when unanswered. The mark is
never the only sign: the row says the answer in words after the title, and its tooltip holds
the whole title and the answer. Long titles wrap instead of being cut short.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem,
                               QTreeView, QWidget)

from bygdeliv_desktop.domain.criteria import NOT_APPLICABLE, Catalogue
from bygdeliv_desktop.services.assessments import AssessmentView
from bygdeliv_desktop.ui import assessment_text as words

CRITERION_ROLE = Qt.UserRole + 1
MET, PARTLY, NOT_MET, NOT_RELEVANT, UNANSWERED = "✓", "◐", "✗", "–", ""


def answer_mark(catalogue: Catalogue, criterion_id: str, value) -> str:
    """The mark for an answer on the criterion's own scale."""
    if value is None:
        return UNANSWERED
    if value == NOT_APPLICABLE:
        return NOT_RELEVANT
    scale = catalogue.scale_of(catalogue.criterion(criterion_id))
    if value >= scale.max:
        return MET
    return NOT_MET if value <= min(scale.levels) else PARTLY


class _WrappingDelegate(QStyledItemDelegate):
    """QTreeView asks for row heights without a width, so wrapped text would get one line."""

    def sizeHint(self, option, index):  # noqa: N802 (Qt naming)
        tree = self.parent()
        depth = 1 if tree.rootIsDecorated() else 0
        parent = index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        wide = QStyleOptionViewItem(option)
        wide.rect = QRect(0, 0, max(60, tree.columnWidth(0) - depth * tree.indentation()), 1)
        return super().sizeHint(wide, index)


class CriteriaTree(QTreeView):
    """Categories with their criteria; ``select`` and ``criterion_id`` work by criterion id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaTree")
        self.setAccessibleName(QCoreApplication.translate("Questionnaire", "Kriterier"))
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setWordWrap(True)  # rows grow to the whole title; needs per-row heights
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        self.items = QStandardItemModel(self)
        self.setModel(self.items)

    def fill(self, catalogue: Catalogue) -> None:
        self.items.clear()
        for category in catalogue.categories:
            parent = QStandardItem()
            parent.setData(None, CRITERION_ROLE)
            parent.setSelectable(False)
            for criterion in category.criteria:
                child = QStandardItem()
                child.setData(criterion.id, CRITERION_ROLE)
                parent.appendRow(child)
            self.items.appendRow(parent)
        self.expandAll()

    def show_answers(self, view: AssessmentView) -> None:
        catalogue = view.catalogue
        for row, totals in enumerate(view.result.categories):
            item = self.items.item(row)
            item.setText(f"{words.category_title(catalogue, totals.category_id)} – "
                         f"{words.totals_text(totals)}")
            item.setToolTip(item.text())
            for child_row in range(item.rowCount()):
                child = item.child(child_row)
                cid = child.data(CRITERION_ROLE)
                value = view.answer(cid).value
                title = f"{cid} {catalogue.criterion(cid).title.get()}"
                answer = words.value_label(catalogue, cid, value)
                mark = answer_mark(catalogue, cid, value)
                # An em space keeps the ids in line when there is no mark.
                child.setText(f"{mark or chr(0x2003)} {title} – {answer}")
                child.setToolTip(f"{title}\n" + QCoreApplication.translate(
                    "Questionnaire", "Vurdering: %1").replace("%1", answer))
        self.doItemsLayout()

    def select(self, criterion_id: str) -> None:
        for row in range(self.items.rowCount()):
            parent = self.items.item(row)
            for child_row in range(parent.rowCount()):
                if parent.child(child_row).data(CRITERION_ROLE) == criterion_id:
                    self.setCurrentIndex(parent.child(child_row).index())
                    return

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # wrapped rows change height with the width
