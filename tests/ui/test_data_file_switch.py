"""Fil → Åpne / Ny datafil: the session closes one database and opens another, remembers the
choice for the next start, and refuses a file that is not ours without closing anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from bygdeliv_desktop.ui.data_file_menu import CHOSEN_FILE_KEY, chosen_database_file
from bygdeliv_desktop.ui.session import Session


@pytest.fixture
def session(app, tmp_path):
    QSettings().remove(CHOSEN_FILE_KEY)
    session = Session(tmp_path / "data" / "bygdeliv.sqlite3", demo=False)
    assert session.start()
    session.window.offer_first_start = lambda: None  # no welcome dialog in these tests
    session.services.stores.create({"name": "Coop Prix Lalm"})
    session.window.reload_stores()
    yield session
    session.close_window()
    session.close()
    QSettings().remove(CHOSEN_FILE_KEY)
    QApplication.processEvents()


def store_names(session) -> list[str]:
    return [s.name for s in session.services.stores.list_stores()]


def test_a_new_file_is_opened_and_remembered_and_the_old_one_comes_back(session, tmp_path,
                                                                        on_modal, qtbot):
    from bygdeliv_desktop.ui.dialogs.welcome_dialog import WelcomeDialog

    first = session.database_file
    second = tmp_path / "prosjekt" / "konsulent.sqlite3"
    welcomed = []
    on_modal(lambda dialog: (welcomed.append(type(dialog)), dialog.reject()))
    assert session.switch_to(second)
    qtbot.waitUntil(lambda: welcomed == [WelcomeDialog], timeout=3000)  # an empty file
    assert session.services.database.path == second and second.is_file()
    assert store_names(session) == [] and session.window.isVisible()
    # The signing identity and the county workspace are the user's: they stay where they were.
    assert session.window.report.identity.folder == first.parent / "signing"
    assert session.window.county.workspace.path.parent == first.parent
    assert str(second) in session.window.statusBar().currentMessage()
    assert chosen_database_file(QSettings()) == second
    session.services.stores.create({"name": "Nærbutikken Svatsum"})

    assert session.switch_to(first)
    assert store_names(session) == ["Coop Prix Lalm"]
    assert chosen_database_file(QSettings()) == first


def test_a_file_that_is_not_a_database_is_refused_and_nothing_closes(session, tmp_path,
                                                                     on_modal):
    bogus = tmp_path / "regnskap.sqlite3"
    bogus.write_bytes(b"not a database at all" * 100)
    before = bogus.read_bytes()
    window = session.window
    seen = []

    def ok(box) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == "OK").click()

    on_modal(ok)
    assert not session.switch_to(bogus)
    assert seen
    assert session.window is window and window.isVisible()
    assert store_names(session) == ["Coop Prix Lalm"]
    assert bogus.read_bytes() == before
    assert chosen_database_file(QSettings()) is None


def test_a_remembered_file_that_is_gone_is_forgotten(app, tmp_path):
    QSettings().setValue(CHOSEN_FILE_KEY, str(tmp_path / "minnepinne" / "bygdeliv.sqlite3"))
    assert chosen_database_file(QSettings()) is None
    assert QSettings().value(CHOSEN_FILE_KEY) is None
    real = tmp_path / "real.sqlite3"
    real.write_bytes(b"")
    QSettings().setValue(CHOSEN_FILE_KEY, str(real))
    assert chosen_database_file(QSettings()) == Path(real)
    QSettings().remove(CHOSEN_FILE_KEY)
