"""The window shows the text rules' messages under the field and keeps the stored record."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_invisible_direction_character_in_store_name_is_shown_and_refused(windows, qtbot):
    window = windows.open()
    store = windows.services.stores.create({"name": "Testbutikk"})
    window.reload_stores(store.id)
    window.nav.setCurrentRow(window.pages.index(window.profile))
    edit = window.profile.form.widget("name")
    edit.setText("Test\u202ekittu")  # as pasted
    qtbot.keyClicks(edit, "b")
    assert window.profile.save() is False
    error = window.profile.findChild(QLabel, "error_name")
    assert error.isVisible()
    assert "styretegn" in error.text() and "U+202E" in error.text()
    assert windows.services.stores.get(store.id).name == "Testbutikk"


def test_chinese_letters_in_notes_are_named_as_unprintable(windows, qtbot):
    window = windows.open()
    store = windows.services.stores.create({"name": "Testbutikk"})
    window.reload_stores(store.id)
    window.nav.setCurrentRow(window.pages.index(window.profile))
    window.profile.form.widget("notes").setPlainText("Åpent\n中文")
    assert window.profile.save() is False
    error = window.profile.findChild(QLabel, "error_notes")
    assert error.isVisible() and "PDF" in error.text() and "中 (U+4E2D)" in error.text()
    assert windows.services.stores.get(store.id).notes == ""
