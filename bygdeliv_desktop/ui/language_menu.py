"""Innstillinger → Språk: bokmål, nynorsk or English, stored in QSettings.

Choosing a language asks the window to change (``MainWindow.language_requested``); the session
rebuilds the window in the new language at once (``Session.change_language``). If the change does
not happen (unsaved edits kept, say), the menu goes back to showing the language in use.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from bygdeliv_desktop.ui.i18n import LANGUAGES, chosen_language


def build_language_menu(parent: QWidget, menu: QMenu, settings: QSettings,
                        request: Callable[[str], None]) -> QActionGroup:
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
        if code != chosen_language(settings):
            request(code)
        in_use = chosen_language(settings)
        for each in group.actions():
            each.setChecked(each.data() == in_use)

    group.triggered.connect(chosen)
    return group
