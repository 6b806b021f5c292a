"""Innstillinger → Språk changes the language at once: a new window in the chosen language on the
same store and page; unsaved edits are asked about first, and "Avbryt" changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.domain import language as domain_language
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.ui.i18n import LANGUAGE_KEY, chosen_language, switch_translations
from bygdeliv_desktop.ui.session import Session


def choose(window, code: str) -> None:
    next(a for a in window.languages.actions() if a.data() == code).trigger()


@pytest.fixture
def session(app, tmp_path):
    path = tmp_path / "data" / "bygdeliv.sqlite3"
    services = AppServices.for_database(open_database(path))
    services.stores.create({"name": "Nærbutikken Svatsum"})
    chosen = services.stores.create({"name": "Coop Marked Vingelen"})
    services.database.close()
    QSettings().setValue(LANGUAGE_KEY, "nb")
    session = Session(path, demo=False)
    assert session.start()
    session.window.reload_stores(chosen.id)
    yield session
    session.close_window()
    session.close()
    QSettings().setValue(LANGUAGE_KEY, "nb")
    switch_translations(QApplication.instance(), "nb")
    QApplication.processEvents()


def test_choosing_english_rebuilds_the_window_in_english_on_the_same_store_and_page(session):
    old = session.window
    store_id = old.current_store_id
    old.nav.setCurrentRow(old.pages.index(old.activities))
    assert old.nav.item(0).text() == "Oversikt"

    choose(old, "en")

    window = session.window
    assert window is not old and window.isVisible() and not old.isVisible()
    assert [window.nav.item(r).text() for r in range(3)] == ["Overview", "Store", "Services"]
    assert window.activities.new_button.text().replace("&", "") == "New activity"
    assert window.current_store_id == store_id
    assert window.current_page() is window.activities
    assert chosen_language(QSettings()) == "en" and domain_language.current() == "en"
    assert [a.data() for a in window.languages.actions() if a.isChecked()] == ["en"]

    choose(window, "nn")
    assert session.window.nav.item(2).text() == "Tenester"
    assert chosen_language(QSettings()) == "nn"


def test_unsaved_edits_are_asked_about_and_cancel_keeps_language_and_edits(session, on_modal,
                                                                          qtbot):
    window = session.window
    window.nav.setCurrentRow(window.pages.index(window.profile))
    field = window.profile.form.widget("chain")
    qtbot.keyClicks(field, "Coop Marked")
    assert window.profile.has_unsaved_changes()

    asked = []

    def cancel(box) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        next(b for b in box.findChildren(QPushButton)
             if b.text().replace("&", "") == "Avbryt").click()

    on_modal(cancel)
    choose(window, "en")

    assert asked and "ikke er lagret" in asked[0]
    assert session.window is window and window.isVisible()
    assert field.text() == "Coop Marked"
    assert chosen_language(QSettings()) == "nb"
    assert [a.data() for a in window.languages.actions() if a.isChecked()] == ["nb"]
    assert window.nav.item(0).text() == "Oversikt"
