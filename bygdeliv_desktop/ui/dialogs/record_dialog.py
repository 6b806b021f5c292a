"""Base for dialogs that add or edit one record: a form, Lagre/Avbryt, save in one transaction."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from bygdeliv_desktop.errors import BygdelivError, ValidationError
from bygdeliv_desktop.ui.dialogs.ask import inform
from bygdeliv_desktop.ui.forms import Form
from bygdeliv_desktop.ui.messages import error_message


class RecordDialog(QDialog):
    """Subclasses add fields to ``self.form`` and implement ``save(values)``.

    On Lagre (or Return, or Ctrl+S as on the pages) the values are saved; invalid input is shown
    next to its field and the dialog stays open with everything the user typed.
    """

    fields: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved = None
        self._layout = QFormLayout()
        self.form = Form(self._layout, self)
        # The main window's Ctrl+S does not reach a dialog: it is a window of its own.
        save = QShortcut(QKeySequence.Save, self)
        save.activated.connect(self.accept)

    def finish_layout(self) -> None:
        """Call after the fields are added: puts the buttons under the form."""
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("Lagre"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(self._layout)
        outer.addWidget(buttons)

    def save(self, values: dict):
        """Store ``values`` through the services and return the saved record."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            values = self.form.values()
            self.saved = self.save({name: values[name] for name in self.fields})
        except ValidationError as error:
            self.form.show_errors(error)
            return
        except BygdelivError as error:
            inform(self, self.tr("Kunne ikke lagre"), error_message(error))
            return
        super().accept()
