"""Innstillinger → Språk: bokmål, nynorsk or English, stored in QSettings, used at next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from bygdeliv_desktop.ui.dialogs.ask import notify
from bygdeliv_desktop.ui.i18n import LANGUAGE_KEY, LANGUAGES, chosen_language


def build_language_menu(parent: QWidget, menu: QMenu, settings: QSettings) -> QActionGroup:
    group = QActionGroup(parent)
    group.setExclusive(True)
    current = chosen_language(settings)
    for code, name in LANGUAGES.items():  # each language named in itself, never translated
        action = QAction(name, parent)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        code = action.data()
        if code == chosen_language(settings):
            return
        settings.setValue(LANGUAGE_KEY, code)
        # Said in the language chosen, since that is the one the user reads.
        text = {"nb": "Språket blir byttet til bokmål neste gang du starter Bygdeliv Desktop.",
                "nn": "Språket blir bytt til nynorsk neste gong du startar Bygdeliv Desktop.",
                "en": "The language changes to English the next time you start Bygdeliv "
                      "Desktop."}[code]
        notify(parent, LANGUAGES[code], text)

    group.triggered.connect(chosen)
    return group
