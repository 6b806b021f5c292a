"""A small form helper: one place that reads, fills and reports errors for every form.

Each field gets a label (with a keyboard mnemonic), the input widget and an error line right below
it. Errors are text with a warning sign, never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from bygdeliv_desktop.domain.validation import TEXT_LIMITS
from bygdeliv_desktop.errors import FieldError, ValidationError
from bygdeliv_desktop.ui.messages import field_message
from bygdeliv_desktop.ui.widgets import IntegerEdit, OptionalDateEdit, from_qdate, to_qdate


class CheckList(QWidget):
    """Several independent choices (e.g. target groups) as check boxes; value is a list of codes."""

    changed = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for code, label in choices:
            box = QCheckBox(label, self)
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[code] = box
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in (codes or ()))


@dataclass
class _Field:
    widget: QWidget
    error: QLabel
    read: Callable[[], Any]
    write: Callable[[Any], None]


def _accessors(widget: QWidget) -> tuple[Callable[[], Any], Callable[[Any], None], Any]:
    """How to read, write and watch each kind of input widget."""
    if isinstance(widget, (OptionalDateEdit, CheckList, IntegerEdit)):
        signal = widget.textEdited if isinstance(widget, IntegerEdit) else widget.changed
        return widget.value, widget.set_value, signal
    if isinstance(widget, QLineEdit):
        return widget.text, lambda v: widget.setText(v or ""), widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText, lambda v: widget.setPlainText(v or ""), widget.textChanged
    if isinstance(widget, QComboBox):
        def write_combo(value):
            index = widget.findData(value)
            widget.setCurrentIndex(index if index >= 0 else 0)
        return widget.currentData, write_combo, widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.isChecked, lambda v: widget.setChecked(bool(v)), widget.toggled
    if isinstance(widget, QDateEdit):
        return (lambda: from_qdate(widget.date()),
                lambda v: widget.setDate(to_qdate(v) if v else QDate.currentDate()),
                widget.dateChanged)
    if isinstance(widget, QSpinBox):
        return widget.value, lambda v: widget.setValue(v or 0), widget.valueChanged
    raise TypeError(f"no form accessors for {type(widget).__name__}")


class Form(QObject):
    """Binds named fields in a QFormLayout; ``changed`` fires on any edit by the user."""

    changed = Signal()

    def __init__(self, layout: QFormLayout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layout = layout
        self.fields: dict[str, _Field] = {}
        self._loading = False
        self.dirty = False

    def add(self, name: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.layout.addRow(caption, holder)
        widget.setObjectName(name)
        widget.setAccessibleName(caption.text().replace("&", ""))
        if hint:
            widget.setToolTip(hint)
            widget.setAccessibleDescription(hint)
        if isinstance(widget, QLineEdit) and name in TEXT_LIMITS:
            widget.setMaxLength(TEXT_LIMITS[name])
        read, write, signal = _accessors(widget)
        signal.connect(self._on_edit)
        self.fields[name] = _Field(widget, error, read, write)
        return widget

    def widget(self, name: str) -> QWidget:
        return self.fields[name].widget

    def _on_edit(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()

    def values(self) -> dict:
        """Current values; raises ValidationError for input that cannot even be parsed."""
        result, errors = {}, []
        for name, field in self.fields.items():
            try:
                result[name] = field.read()
            except ValueError:
                errors.append(FieldError(name, "number.not_integer"))
        if errors:
            raise ValidationError(errors)
        return result

    def load(self, values: Mapping) -> None:
        self._loading = True
        try:
            for name, field in self.fields.items():
                if name in values:
                    field.write(values[name])
        finally:
            self._loading = False
        self.clear_errors()
        self.dirty = False

    def load_record(self, record: object) -> None:
        self.load({name: getattr(record, name) for name in self.fields if hasattr(record, name)})

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.error.clear()
            field.error.hide()

    def show_errors(self, error: ValidationError) -> list[str]:
        """Show each message under its field and focus the first; returns messages not placed."""
        self.clear_errors()
        unplaced, first = [], None
        for item in error.errors:
            field = self.fields.get(item.field)
            if field is None:
                unplaced.append(field_message(item))
                continue
            field.error.setText("⚠ " + field_message(item))
            field.error.show()
            first = first or field.widget
        if first is not None:
            first.setFocus()
        return unplaced
