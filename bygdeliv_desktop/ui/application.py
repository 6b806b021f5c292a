"""GUI start-up: the Qt application, a first window at once, then the data file.

The first window (``StartupWindow``) needs nothing but Qt, so it is on screen as fast as a bare
Qt window; the data layer, the checks and the main window follow right after the first paint
(``session.py``). The safety order of those checks is unchanged.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

import bygdeliv_desktop
from bygdeliv_desktop import paths
from bygdeliv_desktop.ui.i18n import chosen_language, install_translations

log = logging.getLogger(__name__)
QUIT_AFTER_ENV = "BYGDELIV_QUIT_AFTER_MS"
SHOWN_ENV = "BYGDELIV_PRINT_SHOWN"  # benchmarks: print when the first and the main window show
STYLE_SHEET = """
QLabel#pageHeading { font-size: 15pt; font-weight: 600; padding: 4px 0 6px 0; }
QLabel#figureValue { font-size: 22pt; font-weight: 600; }
QListWidget#navigation { font-size: 11pt; }
QListWidget#navigation::item { padding: 7px 6px; }
"""


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName("Bygdeliv Desktop")
    app.setStyle("Fusion")
    _register_fonts()
    app.setWindowIcon(QIcon(str(paths.resource("icons", "bygdeliv.svg"))))
    app.setStyleSheet(STYLE_SHEET)
    if not hasattr(app, "_translators"):  # once per process: tests make the app many times
        app._translators = install_translations(app, chosen_language(QSettings()))
    return app


def _register_fonts() -> None:
    """The bundled DejaVu Sans, so a machine without fonts (a bare Linux, the PyInstaller bundle)
    still shows letters, æøå included, rather than boxes."""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = paths.resource("fonts", name)
        if path.is_file() and QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not register %s", path)




def __getattr__(name: str):
    """``Session`` and ``database_file_for`` live in session.py (imported late, see above)."""
    if name in ("Session", "database_file_for", "DEMO_DIRNAME", "DEMO_DATABASE"):
        from bygdeliv_desktop.ui import session

        return getattr(session, name)
    raise AttributeError(name)


class StartupWindow(QWidget):
    """What the user sees while the data file is checked and opened (a second or so)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Bygdeliv Desktop")
        self.setObjectName("startupWindow")
        title = QLabel("Bygdeliv Desktop")
        title.setObjectName("pageHeading")
        text = QLabel(self.tr("Åpner databasen …"))
        layout = QVBoxLayout(self)
        for label in (title, text):
            label.setAlignment(Qt.AlignCenter)
            layout.addWidget(label)
        geometry = QSettings().value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)


def _print_when_shown(label: str) -> None:
    if os.environ.get(SHOWN_ENV):
        import time

        print(f"{label} {time.perf_counter():.4f}", flush=True)


def run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    startup = StartupWindow()
    startup.show()
    state: dict = {"session": None}

    def open_session() -> None:
        _print_when_shown("first-window")
        from bygdeliv_desktop.ui import crash_dialog

        state["reporter"] = crash_dialog.install(app)  # kept alive for the whole run
        app.setApplicationVersion(bygdeliv_desktop.__version__)
        from bygdeliv_desktop.ui.session import Session, database_file_for

        data_dir = Path(args.data_dir).expanduser() if args.data_dir else paths.default_data_dir()
        database_file = database_file_for(data_dir, args.demo)
        home = database_file.parent  # the demo keeps its own signing identity
        if not (args.demo or args.data_dir or os.environ.get(paths.DATA_DIR_ENV)):
            from bygdeliv_desktop.ui.data_file_menu import chosen_database_file

            database_file = chosen_database_file(QSettings()) or database_file  # Fil → Åpne
        session = state["session"] = Session(database_file, demo=args.demo, home=home)
        app.setQuitOnLastWindowClosed(False)  # the start-up window closes before the main one
        started = session.start()
        startup.close()
        app.setQuitOnLastWindowClosed(True)
        if not started:
            app.exit(2)
            return
        _print_when_shown("main-window")
        quit_after = os.environ.get(QUIT_AFTER_ENV)
        if quit_after:  # smoke tests and benchmarks: open, settle, quit cleanly
            QTimer.singleShot(int(quit_after), app.quit)

    QTimer.singleShot(0, open_session)  # after the first paint
    try:
        return app.exec()
    finally:
        if state["session"] is not None:
            state["session"].close()
