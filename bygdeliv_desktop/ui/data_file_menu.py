"""Fil → Åpne datafil / Ny datafil: work on another database file than the default one.

A consultant may keep one file per project, or a file on an encrypted stick. The choice is
remembered (QSettings) and used at the next start, unless ``--data-dir`` or BYGDELIV_DATA_DIR
says otherwise. The session does the switch (``Session.switch_to``); this module only asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from bygdeliv_desktop.ui.dialogs.ask import inform

translate = QCoreApplication.translate

CHOSEN_FILE_KEY = "data/database_file"


def chosen_database_file(settings: QSettings) -> Path | None:
    """The file the user chose last, if it is still there (a stick may be gone: then the
    default file is used and the choice forgotten)."""
    value = settings.value(CHOSEN_FILE_KEY, "", str)
    if not value:
        return None
    path = Path(value)
    if path.is_file():
        return path
    settings.remove(CHOSEN_FILE_KEY)
    return None


def remember_database_file(settings: QSettings, path: Path) -> None:
    settings.setValue(CHOSEN_FILE_KEY, str(path))


def add_data_file_actions(window: QMainWindow, menu: QMenu) -> None:
    """Two entries in ``menu``; each emits ``window.data_file_requested(path)``."""
    folder = window.services.database.path.parent
    pattern = translate("DataFileMenu", "Bygdeliv-database (*.sqlite3);;Alle filer (*)")
    new_title = translate("DataFileMenu", "Ny datafil")

    def open_file() -> None:
        picked, _ = QFileDialog.getOpenFileName(
            window, translate("DataFileMenu", "Åpne datafil"), str(folder), pattern)
        if picked:
            window.data_file_requested.emit(picked)

    def new_file() -> None:
        picked, _ = QFileDialog.getSaveFileName(
            window, new_title, str(folder / "bygdeliv.sqlite3"), pattern,
            options=QFileDialog.DontConfirmOverwrite)
        if not picked:
            return
        path = Path(picked)
        if path.suffix == "":
            path = path.with_suffix(".sqlite3")
        if path.exists():  # never over an existing file: that is what Åpne is for
            inform(window, new_title, translate(
                "DataFileMenu", "%1 finnes allerede. Velg et nytt navn, eller bruk Åpne datafil."
            ).replace("%1", str(path)))
            return
        window.data_file_requested.emit(str(path))

    for text, slot in ((translate("DataFileMenu", "Åpne &datafil…"), open_file),
                       (translate("DataFileMenu", "N&y datafil…"), new_file)):
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
