"""The crash dialog shows the report and copies it; crashes in threads reach the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from bygdeliv_desktop.ui.crash_dialog import CrashDialog, CrashReporter

REPORT = "Bygdeliv Desktop 0.1.0\nTraceback ...\nRuntimeError: noe gikk galt\n"


def test_report_is_shown_and_copied(qtbot):
    dialog = CrashDialog(REPORT, Path("/tmp/logs/bygdeliv.log"))
    qtbot.addWidget(dialog)
    assert dialog.report_view.toPlainText() == REPORT
    assert dialog.report_view.isReadOnly()
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == REPORT


def test_reporter_shows_on_the_gui_thread(qtbot, monkeypatch):
    shown_in = []
    monkeypatch.setattr(CrashDialog, "exec",
                        lambda self: shown_in.append((threading.current_thread(),
                                                      self.report_view.toPlainText())))
    reporter = CrashReporter()
    worker = threading.Thread(target=reporter.show_report, args=(REPORT, Path("x.log")))
    with qtbot.waitSignal(reporter.report_ready):
        worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown_in))
    assert shown_in == [(threading.main_thread(), REPORT)]
