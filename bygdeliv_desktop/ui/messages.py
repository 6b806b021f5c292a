"""User-facing text for the error codes raised by the Qt-free layers, in the UI's language.

The texts themselves live in ``bygdeliv_desktop/error_texts.py`` (one catalogue for the GUI and
the command line); this module only translates them with Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bygdeliv_desktop import error_texts
from bygdeliv_desktop.errors import BygdelivError, FieldError

# Spelled out so that pyside6-lupdate finds every text with its context.
translate = QCoreApplication.translate


def field_message(error: FieldError) -> str:
    return error_texts.field_text(error, translate)


def error_message(error: BygdelivError) -> str:
    """The user's text for ``error``; a ``reason`` param picks a more precise text when there is one."""
    return error_texts.error_text(error, translate)


def catalogue_import_message(error: BygdelivError, file_name: str) -> str:
    """An imported catalogue file was refused; the shipped-file wording would mislead here."""
    if error.code == "catalog.invalid":
        return translate("messages", "Kriteriekatalogen «{file}» kan ikke brukes: {detail}. Ingenting er endret."
                   ).replace("{file}", file_name).replace("{detail}", error.detail or error.code)
    return error_message(error)
