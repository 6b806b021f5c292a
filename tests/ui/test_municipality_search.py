"""The municipality box in the store profile finds a municipality by its name as well as its
number: entries read "3432 Lesja (Innlandet)", and people type the name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bygdeliv_desktop.ui.pages.store_profile import StoreProfilePage


def _profile(qtbot, services, store) -> StoreProfilePage:
    page = StoreProfilePage(services)
    qtbot.addWidget(page)
    page.set_store(store.id)
    page.show()
    qtbot.waitExposed(page)
    combo = page.form.widget("municipality_code")
    combo.setFocus()
    return page


def test_typing_the_name_selects_the_municipality_and_saves_it(app, qtbot, services, store):
    page = _profile(qtbot, services, store)
    combo = page.form.widget("municipality_code")
    qtbot.keyClicks(combo, "Lesja")
    assert combo.currentData() == "3432"
    assert page.has_unsaved_changes()
    assert page.save()
    assert services.stores.get(store.id).municipality_code == "3432"


def test_name_search_is_case_blind_and_finds_later_words(app, qtbot, services, store):
    page = _profile(qtbot, services, store)
    combo = page.form.widget("municipality_code")
    qtbot.keyClicks(combo, "toten")  # "3442 Østre Toten": the second word of the name
    assert combo.currentData() == "3442"
    qtbot.wait(QApplication.keyboardInputInterval() + 100)
    qtbot.keyClicks(combo, "VESTRE T")  # across the space
    assert combo.currentData() == "3443"
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a pause starts a new search
    qtbot.keyClicks(combo, "åm")
    assert combo.currentData() == "3422"


def test_typing_the_number_still_works_and_nonsense_keeps_the_choice(app, qtbot, services,
                                                                     store):
    page = _profile(qtbot, services, store)
    combo = page.form.widget("municipality_code")
    qtbot.keyClicks(combo, "3436")
    assert combo.currentData() == "3436"
    qtbot.wait(QApplication.keyboardInputInterval() + 100)
    qtbot.keyClicks(combo, "xyzzy")
    assert combo.currentData() == "3436"
    qtbot.keyClick(combo, Qt.Key_Down)  # the arrow keys go on working as before
    assert combo.currentData() != "3436"


def test_space_still_opens_the_list(app, qtbot, services, store):
    page = _profile(qtbot, services, store)
    combo = page.form.widget("municipality_code")
    qtbot.keyClick(combo, Qt.Key_Space)
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=3000)
    combo.hidePopup()
