"""The dialog shown for an unhandled exception: what happened, a copyable report, the log file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from bygdeliv_desktop import crashlog


class CrashDialog(QDialog):
    def __init__(self, report: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bygdeliv Desktop – uventet feil"))
        self.resize(640, 420)
        intro = QLabel(self.tr(
            "Det oppstod en feil programmet ikke var forberedt på. Det du allerede har lagret, "
            "er trygt. Send gjerne rapporten under til den som gir deg brukerstøtte."))
        intro.setWordWrap(True)
        self.report_view = QPlainTextEdit(report)
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        log_label = QLabel(self.tr("Loggfil: %1").replace("%1", str(log_file)))
        log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Kopier rapporten"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.report_view, log_label, buttons):
            layout.addWidget(widget)

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_view.toPlainText())
        self.copy_button.setText(self.tr("Kopiert"))


class CrashReporter(QObject):
    """Shows CrashDialog on the GUI thread, whichever thread crashed (signals queue across)."""

    report_ready = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report_ready.connect(self._show)
        self.last_dialog: CrashDialog | None = None

    def show_report(self, report: str, log_file: Path) -> None:
        """The ``show`` callback for crashlog.install_excepthook; safe from any thread."""
        self.report_ready.emit(report, str(log_file))

    @Slot(str, str)
    def _show(self, report: str, log_file: str) -> None:
        self.last_dialog = CrashDialog(report, Path(log_file))
        self.last_dialog.exec()


def install(app: QObject) -> CrashReporter:
    """Route unhandled exceptions (all threads) to the log and the crash dialog."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    reporter = CrashReporter(app)
    crashlog.setup_logging()
    crashlog.install_excepthook(reporter.show_report,
                                extra={"Qt": qVersion(), "PySide6": pyside_version})
    return reporter
