"""Ask for the passphrase of the signing key (hidden input, bokmål buttons)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PassphraseDialog(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        label = QLabel(text)
        label.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setObjectName("passphrase")
        self.edit.setEchoMode(QLineEdit.Password)
        self.edit.setAccessibleName(self.tr("Passord"))
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        return self.edit.text()


def ask_passphrase(parent: QWidget | None, title: str, text: str) -> str | None:
    """The passphrase typed, or None when the user cancelled."""
    dialog = PassphraseDialog(title, text, parent)
    try:
        return dialog.passphrase() if dialog.exec() == QDialog.Accepted else None
    finally:
        dialog.deleteLater()
