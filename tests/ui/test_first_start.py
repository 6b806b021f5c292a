"""First start on an empty data file: a welcome dialog, and the store made from it."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit

from bygdeliv_desktop.ui.application import Session
from bygdeliv_desktop.ui.dialogs.welcome_dialog import WelcomeDialog


def test_empty_file_welcomes_and_creates_the_store(app, qtbot, tmp_path, on_dialog):
    seen = []

    def name_it(dialog: QInputDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit), "Coop Marked Vingelen")
        dialog.accept()

    def welcome(dialog: WelcomeDialog) -> None:
        seen.append([dialog.create_button.text(), dialog.import_button.text()])
        on_dialog(QInputDialog, name_it)
        dialog.create_button.click()

    handled = on_dialog(WelcomeDialog, welcome)
    session = Session(tmp_path / "data" / "bygdeliv.sqlite3", demo=False)
    try:
        assert session.start()
        qtbot.waitUntil(lambda: bool(handled), timeout=5000)
        qtbot.waitUntil(lambda: session.window.store_picker.count() == 1, timeout=5000)
        assert session.window.store_picker.currentText() == "Coop Marked Vingelen"
        assert session.window.current_page() is session.window.profile  # fill in the profile next
        assert "Opprett" in seen[0][0].replace("&", "")
    finally:
        session.close_window()
        session.close()


def test_a_file_with_stores_opens_without_the_welcome(app, qtbot, tmp_path):
    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.services import AppServices

    path = tmp_path / "data" / "bygdeliv.sqlite3"
    services = AppServices.for_database(open_database(path))
    services.stores.create({"name": "Nærbutikken Lesjaverk"})
    services.database.close()
    session = Session(path, demo=False)
    try:
        assert session.start()
        qtbot.wait(100)
        assert not any(isinstance(w, WelcomeDialog) and w.isVisible()
                       for w in app.topLevelWidgets())
    finally:
        session.close_window()
        session.close()
