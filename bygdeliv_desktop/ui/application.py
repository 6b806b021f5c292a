"""GUI start-up: Qt application, data location, database, main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from bygdeliv_desktop import __version__, paths
from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.ui.dialogs.ask import inform
from bygdeliv_desktop.ui.i18n import install_translations
from bygdeliv_desktop.ui.main_window import MainWindow
from bygdeliv_desktop.ui.messages import error_message

DEMO_DIRNAME = "demo"
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
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
    app._translators = install_translations(app)  # kept alive with the app
    return app


def open_services(data_dir: Path, demo: bool = False) -> tuple[AppServices, str | None]:
    """Open the database (the demo one with --demo); returns the services and a store to show."""
    if not demo:
        return AppServices.for_database(open_database(paths.database_path(data_dir))), None
    from bygdeliv_desktop.services.demo import DEMO_STORE_NAME, create_demo_store

    services = AppServices.for_database(
        open_database(data_dir / DEMO_DIRNAME / "bygdeliv-demo.sqlite3"))
    existing = [s for s in services.stores.list_stores() if s.name == DEMO_STORE_NAME]
    store = existing[0] if existing else create_demo_store(services)
    return services, store.id


def run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    data_dir = Path(args.data_dir).expanduser() if args.data_dir else paths.default_data_dir()
    try:
        services, store_id = open_services(data_dir, demo=args.demo)
    except BygdelivError as error:
        inform(None, app.tr("Kan ikke åpne databasen"), error_message(error), critical=True)
        return 2
    window = MainWindow(services, QSettings(), initial_store_id=store_id)
    window.show()
    try:
        return app.exec()
    finally:
        services.database.close()
