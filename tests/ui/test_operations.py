"""ui/operations.py: work runs in another thread, callbacks on the UI thread, errors shown."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from bygdeliv_desktop.errors import WrongPassphrase
from bygdeliv_desktop.ui.operations import Operation


def _parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_result_is_computed_off_the_ui_thread_and_delivered_on_it(app, qtbot):
    parent = _parent(qtbot)
    ui_thread = threading.get_ident()
    seen = {}

    def work(token):
        seen["work_thread"] = threading.get_ident()
        return sum(range(1000))

    def success(result):
        seen["result"] = result
        seen["callback_thread"] = threading.get_ident()

    operation = Operation(parent, work, success, label="Regner …")
    with qtbot.waitSignal(operation.finished, timeout=5000):
        operation.start()
    assert seen["result"] == 499500
    assert seen["work_thread"] != ui_thread
    assert seen["callback_thread"] == ui_thread
    assert parent.findChild(QProgressDialog) is None or not parent.findChild(QProgressDialog).isVisible()


def test_bygdeliv_error_goes_to_on_failure(app, qtbot):
    parent = _parent(qtbot)
    failures, successes = [], []

    def work(token):
        raise WrongPassphrase("key.pem")

    operation = Operation(parent, work, successes.append, label="…", on_failure=failures.append)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        operation.start()
    assert successes == []
    assert len(failures) == 1 and isinstance(failures[0], WrongPassphrase)


def test_error_without_handler_is_shown_in_bokmal(app, qtbot, on_dialog):
    parent = _parent(qtbot)
    shown = []

    def read(box):
        shown.append(box.text())
        box.accept()

    handled = on_dialog(QMessageBox, read)
    Operation(parent, lambda token: (_ for _ in ()).throw(WrongPassphrase("x")), print,
              label="…").start()
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert "Feil passord" in shown[0]


def test_unexpected_error_is_shown_not_swallowed(app, qtbot, on_dialog):
    parent = _parent(qtbot)
    shown = []
    handled = on_dialog(QMessageBox, lambda box: (shown.append(box.text()), box.accept()))
    Operation(parent, lambda token: 1 / 0, print, label="…").start()
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert "Uventet feil" in shown[0] and "ZeroDivisionError" in shown[0]


def test_cancel_stops_interruptible_work_and_drops_the_result(app, qtbot, on_dialog):
    parent = _parent(qtbot)
    started, stopped = threading.Event(), threading.Event()
    successes, cancelled = [], []

    def work(token):
        started.set()
        while not token.cancelled:
            threading.Event().wait(0.01)
        stopped.set()
        return "too late"

    def press_cancel(dialog):
        assert started.wait(5)
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.LeftButton)

    handled = on_dialog(QProgressDialog, press_cancel)
    operation = Operation(parent, work, successes.append, label="Venter …", cancellable=True,
                          on_cancelled=lambda: cancelled.append(True))
    operation.start()
    qtbot.waitUntil(lambda: bool(handled) and stopped.is_set(), timeout=5000)
    qtbot.wait(50)  # give a (wrongly) queued success a chance to arrive
    assert cancelled == [True]
    assert successes == []


def test_work_that_cannot_be_interrupted_only_has_its_result_hidden(app, qtbot, on_dialog):
    parent = _parent(qtbot)
    release, finished_work = threading.Event(), threading.Event()
    successes = []

    def work(token):
        release.wait(5)  # ignores the token on purpose
        finished_work.set()
        return 42

    def press_escape(dialog):
        qtbot.keyClick(dialog, Qt.Key_Escape)
        release.set()

    on_dialog(QProgressDialog, press_escape)
    Operation(parent, work, successes.append, label="…", cancellable=True).start()
    qtbot.waitUntil(finished_work.is_set, timeout=5000)
    qtbot.wait(50)
    assert successes == []


def test_without_cancel_the_dialog_has_no_cancel_button_and_ignores_escape(app, qtbot):
    parent = _parent(qtbot)
    release = threading.Event()
    results = []
    operation = Operation(parent, lambda token: release.wait(5), results.append, label="…")
    operation.start()
    dialog = operation.dialog
    assert dialog.findChild(QPushButton) is None
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert dialog.isVisible()
    with qtbot.waitSignal(operation.finished, timeout=5000):
        release.set()
    assert results == [True]
