"""Create a store, a service and an activity through the widgets; restart; find them again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLabel, QLineEdit

from bygdeliv_desktop.ui.dialogs.activity_dialog import ActivityDialog
from bygdeliv_desktop.ui.dialogs.service_dialog import ServiceDialog
from bygdeliv_desktop.ui.models.activity_table import ActivityTableModel

from .conftest import activate


def _press_save(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.Save), Qt.LeftButton)


def _create_store(qtbot, window, on_modal, name: str) -> None:
    def fill(dialog):
        assert isinstance(dialog, QInputDialog)
        edit = dialog.findChild(QLineEdit)
        qtbot.keyClicks(edit, name)
        dialog.accept()

    on_modal(fill)
    window.create_store()


def _add_service(qtbot, window, on_modal) -> None:
    page = window.services_page
    window.nav.setCurrentRow(window.pages.index(page))

    def fill(dialog):
        assert isinstance(dialog, ServiceDialog)
        kind = dialog.form.widget("kind_code")
        kind.setCurrentIndex(kind.findData("library"))
        qtbot.keyClicks(dialog.form.widget("partner"), "Grue folkebibliotek")
        qtbot.keyClicks(dialog.form.widget("hours"), "Tysdag og torsdag")
        _press_save(qtbot, dialog)

    on_modal(fill)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)


def test_store_service_activity_survive_restart(windows, qtbot, on_modal):
    window = windows.open()
    assert window.store_picker.count() == 0
    _create_store(qtbot, window, on_modal, "Nærbutikken Åsbygda")
    assert window.store_picker.currentText() == "Nærbutikken Åsbygda"

    # Profile: type a valid org number and a municipality, save with Ctrl+S.
    profile = window.profile
    qtbot.keyClicks(profile.form.widget("org_number"), "974 760 673")
    municipality = profile.form.widget("municipality_code")
    municipality.setCurrentIndex(municipality.findData("3441"))
    activate(qtbot, window)
    qtbot.keyClick(profile.form.widget("org_number"), Qt.Key_S, Qt.ControlModifier)
    assert window.current_page() is profile
    assert not profile.has_unsaved_changes()

    _add_service(qtbot, window, on_modal)
    assert window.services_page.model.rowCount() == 1

    page = window.activities
    window.nav.setCurrentRow(window.pages.index(page))

    def fill_activity(dialog):
        assert isinstance(dialog, ActivityDialog)
        kind = dialog.form.widget("kind_code")
        kind.setCurrentIndex(kind.findData("quiz"))
        qtbot.keyClicks(dialog.form.widget("title"), "Quiz på butikken")
        qtbot.keyClicks(dialog.form.widget("participants"), "23")
        dialog.form.widget("target_groups").boxes["elderly"].setChecked(True)
        _press_save(qtbot, dialog)

    on_modal(fill_activity)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    assert page.model.rowCount() == 1

    windows.close()
    window = windows.open()
    assert window.store_picker.currentText() == "Nærbutikken Åsbygda"
    assert window.profile.form.widget("org_number").text() == "974760673"
    assert window.profile.form.widget("municipality_code").currentData() == "3441"
    services = window.services_page.model
    assert services.rowCount() == 1
    assert services.offering(0).partner == "Grue folkebibliotek"
    activities = window.activities.model
    assert activities.rowCount() == 1
    window.activities.refresh()
    assert window.activities.summary.text() == "1 aktivitet"  # one, not "1 aktiviteter"
    title_column = [c for c, (_f, h) in enumerate(ActivityTableModel.COLUMNS) if h == "Tittel"][0]
    assert activities.index(0, title_column).data() == "Quiz på butikken"
    stored = windows.services.activities.get(activities.activity_id(0))
    assert stored.participants == 23 and stored.target_group_codes == ["elderly"]


def test_invalid_activity_is_refused_next_to_field_and_nothing_saved(windows, qtbot, on_modal):
    windows_open = windows.open()
    store = windows.services.stores.create({"name": "Testbutikk"})
    windows_open.reload_stores(store.id)
    page = windows_open.activities
    windows_open.nav.setCurrentRow(windows_open.pages.index(page))
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.form.widget("title"), "Dugnad")
        qtbot.keyClicks(dialog.form.widget("participants"), "-4")
        _press_save(qtbot, dialog)
        error = dialog.findChild(QLabel, "error_participants")
        seen["visible"] = error.isVisible()
        seen["text"] = error.text()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    on_modal(fill)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    assert seen["still_open"] and seen["visible"]
    assert "negativt" in seen["text"]
    assert windows.services.activities.list_rows(store.id) == []


def test_invalid_org_number_shows_message_and_keeps_database(windows, qtbot):
    window = windows.open()
    store = windows.services.stores.create({"name": "Testbutikk", "org_number": "974760673"})
    window.reload_stores(store.id)
    window.nav.setCurrentRow(window.pages.index(window.profile))
    edit = window.profile.form.widget("org_number")
    edit.selectAll()
    qtbot.keyClicks(edit, "123456789")
    assert window.profile.save() is False
    error = window.profile.findChild(QLabel, "error_org_number")
    assert error.isVisible() and "organisasjonsnummer" in error.text().lower()
    assert edit.text() == "123456789"  # the user's edit stays in the form
    assert windows.services.stores.get(store.id).org_number == "974760673"
