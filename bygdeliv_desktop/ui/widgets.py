"""Small input widgets the forms share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit, QHBoxLayout,
                               QLineEdit, QWidget)

DATE_FORMAT = "dd.MM.yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def make_date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate.currentDate())
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box switches the date field on and off."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.edit = make_date_edit(self)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self.check.setAccessibleName(name)
        self.edit.setAccessibleName(name)


class IntegerEdit(QLineEdit):
    """Whole numbers that may be empty. Bad text is reported by the form, not silently dropped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(12)

    def value(self) -> int | None:
        text = self.text().strip().replace(" ", "")
        if not text:
            return None
        return int(text)  # ValueError is turned into a field message by the form

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


class TypeAheadComboBox(QComboBox):
    """A closed combo box where typing finds an entry by any word, not only by its start.

    Qt's own type-ahead only matches the beginning of an entry, so in "3432 Lesja (Innlandet)"
    typing "Lesja" found nothing. Here the typed text (letters typed in quick succession, as in
    Qt) selects the first entry that starts with it, else the first with a word that starts with
    it; case does not matter. Text that matches nothing leaves the choice as it was.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        text = event.text()
        typing = (text and text.isprintable() and not event.modifiers()
                  & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
        pause = (not self._since.isValid()
                 or self._since.elapsed() > QApplication.keyboardInputInterval())
        if not typing or (text == " " and (pause or not self._typed)):
            super().keyPressEvent(event)  # arrows, F4, and Space opening the list as before
            return
        if pause:
            self._typed = ""
        self._since.restart()
        self._typed += text
        row = self.find_text(self._typed)
        if row >= 0:
            self.setCurrentIndex(row)
        event.accept()

    def find_text(self, typed: str) -> int:
        """Row of the best entry for ``typed``, or -1."""
        needle = typed.casefold()
        if not needle.strip():
            return -1
        word_match = -1
        for row in range(self.count()):
            if not self.model().flags(self.model().index(row, 0)) & Qt.ItemIsEnabled:
                continue  # a separator
            text = self.itemText(row).casefold()
            if text.startswith(needle):
                return row
            if word_match < 0 and any(text[i:].startswith(needle) for i in range(1, len(text))
                                      if not text[i - 1].isalnum() and text[i].isalnum()):
                word_match = row
        return word_match
