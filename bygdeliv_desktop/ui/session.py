"""One open data file in the GUI: location check, lock, integrity check, open, window, backups.

Imported after the first window is on screen (see ``application.run_gui``): it pulls in the
data layer (SQLAlchemy, sqlmodel, alembic), which is most of the start-up time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from bygdeliv_desktop import paths
from bygdeliv_desktop.db import backups, checks, location, open_database
from bygdeliv_desktop.db.database import inspect_file
from bygdeliv_desktop.db.restore import restore_backup
from bygdeliv_desktop.errors import BygdelivError, DatabaseDamaged
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.ui import integrity_dialog, single_instance
from bygdeliv_desktop.ui.data_file_menu import remember_database_file
from bygdeliv_desktop.ui.dialogs.ask import inform
from bygdeliv_desktop.ui.i18n import LANGUAGE_KEY, switch_translations
from bygdeliv_desktop.ui.main_window import MainWindow
from bygdeliv_desktop.ui.messages import error_message

log = logging.getLogger(__name__)
DEMO_DIRNAME = "demo"
DEMO_DATABASE = "bygdeliv-demo.sqlite3"
DAILY_BACKUP_DELAY_MS = 3000  # after the window is up, so start-up is not held back


def database_file_for(data_dir: Path, demo: bool) -> Path:
    return data_dir / DEMO_DIRNAME / DEMO_DATABASE if demo else paths.database_path(data_dir)


@contextmanager
def _window_gap() -> Iterator[None]:
    """The main window goes away for a moment (rebuilt, or its file swapped): the app must not
    quit because no window is left."""
    app = QApplication.instance()
    app.setQuitOnLastWindowClosed(False)
    try:
        yield
    finally:
        app.setQuitOnLastWindowClosed(True)


class Session(QObject):
    """One open data file in the GUI: its lock, database, services and main window."""

    backup_finished = Signal(str)

    def __init__(self, database_file: Path, demo: bool, home: Path | None = None) -> None:
        super().__init__()
        self.database_file, self.demo = database_file, demo
        # The signing identity and the county workspace stay here when another file is opened.
        self.home = home or database_file.parent
        self.lock: single_instance.InstanceLock | None = None
        self.services: AppServices | None = None
        self.window: MainWindow | None = None
        self.backup_finished.connect(self._show_backup_message)

    def start(self) -> bool:
        """Checks, lock, integrity, open; False (after telling the user) when it can't go on."""
        problems: list[str] = []
        try:
            location.ensure_safe_location(self.database_file)
            self.lock = single_instance.acquire_instance_lock(self.database_file)
            inspect_file(self.database_file)  # not ours or too new: say so before any check
        except DatabaseDamaged as error:  # ours, but even its first page is damaged
            problems = list(error.params.get("problems") or [error.detail])
        except BygdelivError as error:
            inform(None, self.tr("Kan ikke åpne databasen"), error_message(error), critical=True)
            return False
        problems = problems or checks.quick_check(self.database_file)
        if problems and not integrity_dialog.ask_to_restore(self.database_file, problems):
            return False
        return self.open()

    def open(self, store_id: str | None = None) -> bool:
        try:
            self.services = AppServices.for_database(open_database(self.database_file),
                                                     self.home)
            if self.demo:
                store_id = self._demo_store_id()
        except BygdelivError as error:
            inform(None, self.tr("Kan ikke åpne databasen"), error_message(error), critical=True)
            return False
        self._show_window(store_id)
        if not self.demo:
            QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self.start_daily_backup)
            QTimer.singleShot(0, self.window.offer_first_start)
        return True

    def _show_window(self, store_id: str | None, page_row: int = 0) -> None:
        self.window = MainWindow(self.services, QSettings(), initial_store_id=store_id)
        self.window.restore_requested.connect(self.restore)
        self.window.language_requested.connect(self.change_language)
        self.window.data_file_requested.connect(lambda path: self.switch_to(Path(path)))
        self.window.nav.setCurrentRow(page_row)
        self.window.show()

    def switch_to(self, path: Path) -> bool:
        """Close this data file and open ``path`` (a new database is made there if there is no
        file). A file that is not ours, too new, or in an unsafe place is refused before anything
        closes; if the new file still cannot be opened, the current one is opened again."""
        if self.window is not None and not self.window.resolve_unsaved():
            return False
        path = path.expanduser().absolute()
        if path == self.database_file.absolute():
            return True
        try:
            location.ensure_safe_location(path)
            inspect_file(path)
        except BygdelivError as error:
            inform(self.window, self.tr("Kan ikke åpne databasen"), error_message(error),
                   critical=True)
            return False
        previous = self.database_file
        with _window_gap():
            self.close_window()
            self.close()
            self.database_file, self.demo = path, False
            opened = self.start()
            if opened:
                remember_database_file(QSettings(), path)
            else:
                self.database_file = previous
                opened = self.start()
        if not opened:
            QApplication.instance().quit()
        return opened and self.database_file == path

    def change_language(self, language: str) -> None:
        """Switch the UI language now: a new main window on the same store and page (after any
        unsaved edits are saved or dropped as the user says)."""
        old = self.window
        if old is None or not old.resolve_unsaved():
            return
        store_id, page_row = old.current_store_id, old.nav.currentRow()
        settings = QSettings()
        settings.setValue(LANGUAGE_KEY, language)
        settings.sync()
        app = QApplication.instance()
        app.setOverrideCursor(Qt.WaitCursor)
        try:
            with _window_gap():
                switch_translations(app, language)
                self.close_window()
                self._show_window(store_id, page_row)
        finally:
            app.restoreOverrideCursor()

    def _demo_store_id(self) -> str:
        from bygdeliv_desktop.services.demo import DEMO_STORE_NAME, create_demo_store

        existing = [s for s in self.services.stores.list_stores() if s.name == DEMO_STORE_NAME]
        return (existing[0] if existing else create_demo_store(self.services)).id

    def start_daily_backup(self) -> None:
        """Back up in a thread if the last backup is a day old (it reads through its own
        connection, so the window stays usable)."""
        def work() -> None:
            try:
                made = backups.backup_if_due(self.database_file)
            except BygdelivError as error:
                log.warning("daily backup failed: %s", error)
                self.backup_finished.emit(error_message(error))
                return
            if made is not None:
                self.backup_finished.emit(self.tr("Sikkerhetskopi tatt: %1").replace(
                    "%1", str(made.folder)))

        threading.Thread(target=work, name="daily-backup", daemon=True).start()

    def _show_backup_message(self, text: str) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(text, 10000)

    def restore(self, source: str) -> None:
        """Close the database, restore ``source`` (keeping the current file as a backup), reopen."""
        store_id = self.window.current_store_id if self.window else None
        with _window_gap():
            self.close_window()
            self.services.database.close()
            try:
                result = restore_backup(self.database_file, Path(source))
            except BygdelivError as error:
                inform(None, self.tr("Kunne ikke gjenopprette"), error_message(error))
            else:
                kept = result.previous.folder if result.previous else "–"
                inform(None, self.tr("Gjenopprettet"), self.tr(
                    "Sikkerhetskopien er gjenopprettet. Databasen slik den var, er tatt vare på "
                    "i %1.").replace("%1", str(kept)))
            reopened = self.open(store_id)
        if not reopened:
            QApplication.instance().quit()

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close_without_prompt()
            self.window.deleteLater()
            self.window = None

    def close(self) -> None:
        if self.services is not None:
            self.services.database.close()
            self.services = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
