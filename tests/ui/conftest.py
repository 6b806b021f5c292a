"""Fixtures for GUI tests: a real main window on a real SQLite file in tmp_path."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.ui.application import make_application
from bygdeliv_desktop.ui.main_window import MainWindow


@pytest.fixture
def app(qapp):
    return make_application()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


def activate(qtbot, window: QWidget) -> None:
    """Make ``window`` the active window: keyboard shortcuts only reach the active window, and
    the offscreen platform does not hand activation back by itself after a dialog closes."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


class WindowFactory:
    """Opens (and re-opens, to test a restart) the main window on one database file."""

    def __init__(self, qtbot, db_path, settings) -> None:
        self.qtbot, self.db_path, self.settings = qtbot, db_path, settings
        self.services: AppServices | None = None
        self.window: MainWindow | None = None

    def open(self) -> MainWindow:
        self.services = AppServices.for_database(open_database(self.db_path))
        self.window = MainWindow(self.services, self.settings)
        # Not qtbot.addWidget: qtbot closes widgets before fixtures tear down, and closing with
        # unsaved edits would open a modal prompt. close() below discards them first.
        self.window.show()
        self.qtbot.waitExposed(self.window)
        activate(self.qtbot, self.window)
        return self.window

    def close(self) -> None:
        if self.window is not None:
            for page in self.window.pages:  # no "unsaved changes?" prompt while tearing down
                if page.has_unsaved_changes():
                    page.discard()
            self.window.close()
            # Destroy the window now rather than at interpreter exit, where PySide6 may tear
            # down Python objects before the Qt objects that still refer to them.
            self.window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
            self.window = None
        if self.services is not None:
            self.services.database.close()
            self.services = None


@pytest.fixture
def windows(app, qtbot, db_path, settings):
    factory = WindowFactory(qtbot, db_path, settings)
    yield factory
    factory.close()


@pytest.fixture
def on_modal(qtbot) -> Callable[[Callable[[QWidget], None]], None]:
    """Run ``handler(dialog)`` as soon as a modal dialog is open (exec() blocks the test)."""

    def schedule(handler: Callable[[QWidget], None], attempts: int = 200) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if attempts > 0:
                    QTimer.singleShot(10, lambda: schedule(handler, attempts - 1))
                return
            handler(dialog)

        QTimer.singleShot(10, poll)

    return schedule



@pytest.fixture
def on_dialog(qtbot) -> Callable[[type, Callable[[QWidget], None]], list]:
    """Like ``on_modal`` but waits (up to ``timeout_ms``) for a modal dialog of ``kind``: long work
    shows a modal progress dialog first, which must not be mistaken for the dialog awaited.
    Returns a list that gets the dialog appended once it has been handled."""

    def schedule(kind: type, handler: Callable[[QWidget], None], timeout_ms: int = 30000) -> list:
        handled: list = []
        deadline = [timeout_ms]

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible():
                handler(dialog)
                handled.append(dialog)
                return
            deadline[0] -= 10
            if deadline[0] > 0:
                QTimer.singleShot(10, poll)

        QTimer.singleShot(10, poll)
        return handled

    return schedule
