"""Run long work off the UI thread, behind a modal progress dialog (like Anki's QueryOp).

    Operation(self, lambda token: slow_thing(...), on_success,
              label=self.tr("Lager sammendraget …"), cancellable=True).start()

``work`` runs in Qt's global thread pool and gets a ``CancelToken``; ``on_success`` and
``on_failure`` run on the UI thread. Work that can be interrupted asks ``token.cancelled`` (or calls
``token.raise_if_cancelled()``); work that cannot be interrupted still lets the user cancel, and
its result is then simply dropped. A BygdelivError is shown with the text from ``ui/messages.py``
unless an ``on_failure`` is given; any other exception is logged with its traceback and shown as
an unexpected error, never swallowed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from bygdeliv_desktop.errors import BygdelivError, OperationCancelled
from bygdeliv_desktop.ui.dialogs.ask import inform
from bygdeliv_desktop.ui.messages import error_message

log = logging.getLogger(__name__)


class CancelToken:
    """Set from the UI thread when the user presses Avbryt; read by the work (thread-safe)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._report: Callable[[int, int, str], None] | None = None

    def report(self, done: int, total: int, text: str = "") -> None:
        """From the work: ``done`` of ``total`` steps, now at ``text`` (shown in the dialog)."""
        if self._report is not None:
            self._report(done, total, text)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise OperationCancelled()


class BusyDialog(QProgressDialog):
    """An indeterminate, modal progress dialog; without a cancel button Esc does nothing."""

    def __init__(self, parent: QWidget | None, title: str, label: str, cancellable: bool) -> None:
        super().__init__(label, self.tr("Avbryt") if cancellable else "", 0, 0, parent)
        self.cancellable = cancellable
        self.setObjectName("operationProgress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModal if parent is not None else Qt.ApplicationModal)
        self.setMinimumDuration(0)
        self.setMinimumWidth(380)
        self.setAutoClose(False)
        self.setAutoReset(False)
        if not cancellable:
            self.setCancelButton(None)

    def reject(self) -> None:
        # Esc means Avbryt where there is one; QDialog.reject alone would not say "canceled".
        if self.cancellable:
            self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.cancellable:
            super().closeEvent(event)
        else:
            event.ignore()


class _Runnable(QRunnable):
    def __init__(self, function: Callable[[], None]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # owned by the Operation, not by the pool
        self.function = function

    def run(self) -> None:
        self.function()


class Operation(QObject):
    """One piece of background work with its callbacks. Call ``start()`` once."""

    # Emitted from the worker thread; the receivers live in the UI thread, so Qt queues them.
    _succeeded = Signal(object)
    _failed = Signal(object)
    _progressed = Signal(int, int, str)
    finished = Signal()  # after the callbacks (or after a cancel), on the UI thread

    def __init__(self, parent: QWidget, work: Callable[[CancelToken], Any],
                 on_success: Callable[[Any], None], *, label: str, title: str = "",
                 cancellable: bool = False,
                 on_failure: Callable[[Exception], None] | None = None,
                 on_cancelled: Callable[[], None] | None = None) -> None:
        super().__init__(parent)  # the parent widget keeps us alive while the work runs
        self.parent_widget = parent
        self.work, self.on_success = work, on_success
        self.on_failure, self.on_cancelled = on_failure, on_cancelled
        self.token = CancelToken()
        self.dialog = BusyDialog(parent, title or self.tr("Arbeider"), label, cancellable)
        self.dialog.canceled.connect(self._on_cancel_pressed)
        self._succeeded.connect(self._deliver_success)
        self._failed.connect(self._deliver_failure)
        self._progressed.connect(self._show_progress)
        self.token._report = self._report_from_worker
        self.done = False

    def start(self) -> Operation:
        self.dialog.show()
        self._runnable = _Runnable(self._run)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    # -- worker thread ----------------------------------------------------------------------
    def _run(self) -> None:
        try:
            result = self.work(self.token)
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, never dropped
            self._emit(self._failed, exc)
            return
        self._emit(self._succeeded, result)

    def _emit(self, signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The window that started the work was closed and deleted meanwhile: nobody is left
            # to tell, and the work's own guarantees (atomic writes) hold without us.
            log.info("operation finished after its window was closed")

    def _report_from_worker(self, done: int, total: int, text: str) -> None:
        try:
            self._progressed.emit(done, total, text)
        except RuntimeError:
            pass  # the window is gone (see _emit); progress has nobody to show it to

    # -- UI thread --------------------------------------------------------------------------
    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self.done:
            return
        self.dialog.setRange(0, max(total, 1))
        self.dialog.setValue(done)
        if text:
            self.dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        self.dialog.canceled.disconnect(self._on_cancel_pressed)
        self.dialog.hide()
        self.dialog.deleteLater()

    def _on_cancel_pressed(self) -> None:
        if self.done:
            return
        self.token.cancel()
        self._finish()
        if self.on_cancelled is not None:
            self.on_cancelled()

    def _finish(self) -> None:
        self.done = True
        self._close_dialog()
        self.finished.emit()
        self.deleteLater()

    def _deliver_success(self, result: object) -> None:
        if self.done:  # cancelled: the result is no longer wanted
            return
        self.done = True
        self._close_dialog()
        try:
            self.on_success(result)
        finally:
            self.finished.emit()
            self.deleteLater()

    def _deliver_failure(self, error: Exception) -> None:
        if self.done:
            return
        self.done = True
        self._close_dialog()
        try:
            if isinstance(error, OperationCancelled):
                if self.on_cancelled is not None:
                    self.on_cancelled()
            elif self.on_failure is not None:
                self.on_failure(error)
            else:
                show_failure(self.parent_widget, error)
        finally:
            self.finished.emit()
            self.deleteLater()


def show_failure(parent: QWidget | None, error: Exception) -> None:
    """The standard dialog for an operation that failed."""
    title = translate("operations", "Kunne ikke fullføre")
    if isinstance(error, BygdelivError):
        inform(parent, title, error_message(error))
        return
    log.error("unexpected error in background work", exc_info=error)
    inform(parent, title, translate("operations", "Uventet feil: %1").replace("%1", f"{type(error).__name__}: {error}"),
           critical=True)


# Spelled out so that pyside6-lupdate finds every text with its context.
translate = QCoreApplication.translate
