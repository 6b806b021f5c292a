"""Message boxes with buttons named in the app's language (Qt has no bokmål for them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


# Spelled out so that pyside6-lupdate finds every text with its context.
translate = QCoreApplication.translate


def _box(parent: QWidget | None, icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.NoButton, parent)
    return box


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    box = _box(parent, QMessageBox.Question, title, text)
    yes = box.addButton(translate("ask", "&Ja"), QMessageBox.YesRole)
    no = box.addButton(translate("ask", "&Nei"), QMessageBox.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str) -> str:
    """Returns "save", "discard" or "cancel"."""
    box = _box(parent, QMessageBox.Question, title, text)
    save = box.addButton(translate("ask", "&Lagre"), QMessageBox.AcceptRole)
    discard = box.addButton(translate("ask", "&Forkast endringene"), QMessageBox.DestructiveRole)
    cancel = box.addButton(translate("ask", "&Avbryt"), QMessageBox.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def inform(parent: QWidget | None, title: str, text: str, critical: bool = False) -> None:
    box = _box(parent, QMessageBox.Critical if critical else QMessageBox.Warning, title, text)
    ok = box.addButton(translate("ask", "OK"), QMessageBox.AcceptRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    box.exec()


def notify(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went well (information icon, one OK button)."""
    box = _box(parent, QMessageBox.Information, title, text)
    ok = box.addButton(translate("ask", "OK"), QMessageBox.AcceptRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    box.exec()
