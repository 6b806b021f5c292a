"""Message boxes with buttons named in the app's language (Qt has no bokmål for them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ask", text)


def _box(parent: QWidget | None, icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.NoButton, parent)
    return box


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    box = _box(parent, QMessageBox.Question, title, text)
    yes = box.addButton(_tr("&Ja"), QMessageBox.YesRole)
    no = box.addButton(_tr("&Nei"), QMessageBox.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str) -> str:
    """Returns "save", "discard" or "cancel"."""
    box = _box(parent, QMessageBox.Question, title, text)
    save = box.addButton(_tr("&Lagre"), QMessageBox.AcceptRole)
    discard = box.addButton(_tr("&Forkast endringene"), QMessageBox.DestructiveRole)
    cancel = box.addButton(_tr("&Avbryt"), QMessageBox.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def inform(parent: QWidget | None, title: str, text: str, critical: bool = False) -> None:
    box = _box(parent, QMessageBox.Critical if critical else QMessageBox.Warning, title, text)
    ok = box.addButton(_tr("OK"), QMessageBox.AcceptRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    box.exec()


def notify(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went well (information icon, one OK button)."""
    box = _box(parent, QMessageBox.Information, title, text)
    ok = box.addButton(_tr("OK"), QMessageBox.AcceptRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    box.exec()
