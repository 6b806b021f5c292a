"""Rediger → Angre takes a delete back (Ctrl+Z) and Gjør om deletes again, through the widgets;
a focused text field keeps Ctrl+Z for its own typing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.ui.conftest import activate


def _yes(box) -> None:
    assert isinstance(box, QMessageBox)
    next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == "Ja").click()


def _titles(page) -> list[str]:
    return [page.model.index(r, 2).data() for r in range(page.model.rowCount())]


def test_deleted_activity_comes_back_with_ctrl_z_and_goes_again_with_redo(windows, qtbot,
                                                                          on_modal):
    window = windows.open()
    store = windows.services.stores.create({"name": "Nærbutikken Lesjaverk"})
    for title in ("Quiz", "Kaffeprat"):
        windows.services.activities.add(store.id, {"date": date.today(), "kind_code": "quiz",
                                                   "title": title, "participants": 9})
    window.reload_stores(store.id)
    page = window.activities
    window.nav.setCurrentRow(window.pages.index(page))
    page.table.selectRow(_titles(page).index("Quiz"))
    page.table.setFocus()

    on_modal(_yes)
    qtbot.keyClick(page.table, Qt.Key_Delete)
    qtbot.waitUntil(lambda: _titles(page) == ["Kaffeprat"], timeout=3000)
    undo = next(a for a in window.findChildren(type(window.save_action))
                if a.shortcut() == QKeySequence(QKeySequence.Undo))
    assert undo.isEnabled() and "«Quiz»" in undo.text()
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    activate(qtbot, window)
    page.table.setFocus()
    qtbot.keySequence(window, QKeySequence.Undo)
    assert sorted(_titles(page)) == ["Kaffeprat", "Quiz"]
    assert not undo.isEnabled()

    qtbot.keySequence(window, QKeySequence.Redo)
    assert _titles(page) == ["Kaffeprat"]
    assert window.undo_stack.canUndo()


def test_ctrl_z_in_a_text_field_undoes_typing_not_the_delete(windows, qtbot, on_modal):
    window = windows.open()
    store = windows.services.stores.create({"name": "Coop Prix Lalm"})
    offering = windows.services.offerings.add(store.id, {"kind_code": "post"})
    window.reload_stores(store.id)
    page = window.services_page
    window.nav.setCurrentRow(window.pages.index(page))
    page.table.selectRow(0)
    on_modal(_yes)
    page.delete_item()
    assert windows.services.offerings.list_for_store(store.id) == []

    search = window.activities.search  # any line edit will do; this one is always there
    window.nav.setCurrentRow(window.pages.index(window.activities))
    search.setFocus()
    qtbot.keyClicks(search, "kaffe")
    qtbot.keySequence(search, QKeySequence.Undo)
    assert search.text() == ""
    assert windows.services.offerings.list_for_store(store.id) == []  # the delete still stands

    window.undo_stack.undo()
    assert [o.id for o in windows.services.offerings.list_for_store(store.id)] == [offering.id]


def test_deleted_items_dialog_restores_what_was_deleted_in_an_earlier_session(windows, qtbot,
                                                                              on_dialog):
    from bygdeliv_desktop.ui.dialogs.trash_dialog import TrashDialog

    window = windows.open()
    store = windows.services.stores.create({"name": "Joker Grue Finnskog"})
    quiz = windows.services.activities.add(store.id, {"date": date(2025, 3, 6),
                                                      "kind_code": "quiz", "title": "Quiz"})
    windows.services.activities.delete(quiz.id)
    windows.close()  # a new start: nothing left on the undo stack

    window = windows.open()
    window.reload_stores(store.id)
    page = window.activities
    window.nav.setCurrentRow(window.pages.index(page))
    assert not window.undo_stack.canUndo()
    assert page.model.rowCount() == 0

    def restore(dialog: TrashDialog) -> None:
        assert dialog.table.rowCount() == 1 and dialog.empty.isHidden()
        assert dialog.table.item(0, 1).text() == "06.03.2025 Quiz"
        assert not dialog.restore_button.isEnabled()
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
        assert dialog.table.rowCount() == 0 and not dialog.empty.isHidden()
        dialog.accept()

    handled = on_dialog(TrashDialog, restore)
    trash = next(a for a in window.findChildren(type(window.save_action))
                 if a.text().replace("&", "") == "Slettede poster…")
    trash.trigger()
    assert handled
    page.year.setCurrentIndex(page.year.findData(None))
    assert _titles(page) == ["Quiz"]
    assert "gjenopprettet" in window.statusBar().currentMessage()


def test_undo_of_a_record_gone_under_the_stack_says_so_and_empties_the_stack(windows, qtbot,
                                                                             on_modal):
    window = windows.open()
    store = windows.services.stores.create({"name": "Coop Marked Vingelen"})
    action = windows.services.actions.add(store.id, {"title": "Skilt ved vegen"})
    window.reload_stores(store.id)
    page = window.actions_page
    window.nav.setCurrentRow(window.pages.index(page))
    page.table.selectRow(0)
    on_modal(_yes)
    page.delete_item()
    with windows.services.database.transaction() as session:  # gone for good (not in the app)
        session.connection().exec_driver_sql("DELETE FROM action_item WHERE id = ?", (action.id,))
    told = []

    def ok(box) -> None:
        told.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == "OK").click()

    on_modal(ok)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()
