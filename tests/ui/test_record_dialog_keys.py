"""Keyboard in the record dialogs: Ctrl+S saves, as Return does (and as Ctrl+S does on pages)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bygdeliv_desktop.ui.dialogs.action_dialog import ActionDialog
from bygdeliv_desktop.ui.dialogs.activity_dialog import ActivityDialog
from bygdeliv_desktop.ui.dialogs.service_dialog import ServiceDialog

from .conftest import activate


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def test_ctrl_s_saves_a_new_activity(app, qtbot, services, store):
    dialog = _open(qtbot, ActivityDialog(services, store.id))
    qtbot.keyClicks(dialog.form.widget("title"), "Strikkekafe")
    # From a multi-line field too: Ctrl+S is not swallowed by the text editor.
    note = dialog.form.widget("note")
    note.setFocus()
    qtbot.keyClicks(note, "Med kaffe")
    qtbot.keyClick(note, Qt.Key_S, Qt.ControlModifier)
    assert dialog.result() == QDialog.Accepted
    [row] = services.activities.list_rows(store.id)
    assert services.activities.get(row.id).title == "Strikkekafe"
    assert services.activities.get(row.id).note == "Med kaffe"


def test_ctrl_s_with_bad_input_keeps_the_dialog_open(app, qtbot, services, store):
    dialog = _open(qtbot, ActivityDialog(services, store.id))
    qtbot.keyClicks(dialog.form.widget("title"), "Quiz")
    qtbot.keyClicks(dialog.form.widget("participants"), "mange")
    qtbot.keyClick(dialog.form.widget("participants"), Qt.Key_S, Qt.ControlModifier)
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    assert not dialog.findChild(type(dialog.form.fields["participants"].error),
                                "error_participants").isHidden()
    assert services.activities.list_rows(store.id) == []


@pytest.mark.parametrize("kind", ["service", "action"])
def test_ctrl_s_saves_a_new_service_and_action(app, qtbot, services, store, kind):
    if kind == "service":
        dialog = _open(qtbot, ServiceDialog(services, store.id))
        field = dialog.form.widget("partner")
        qtbot.keyClicks(field, "Posten")
    else:
        dialog = _open(qtbot, ActionDialog(services, store.id))
        field = dialog.form.widget("title")
        qtbot.keyClicks(field, "Lag oppslagstavle")
    qtbot.keyClick(field, Qt.Key_S, Qt.ControlModifier)
    assert dialog.result() == QDialog.Accepted
    saved = (services.offerings.list_for_store(store.id) if kind == "service"
             else services.actions.list_for_store(store.id))
    assert len(saved) == 1
