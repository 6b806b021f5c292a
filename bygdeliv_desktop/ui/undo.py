"""Rediger → Angre / Gjør om for deletes (a QUndoCommand per delete made on a page), and
Rediger → Slettede poster for deletes made earlier.

A delete is done by the page (after asking), and only then put on the window's undo stack, so
pushing it does nothing; Angre asks the service to take the delete back, Gjør om deletes again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.services.trash import TrashService
from bygdeliv_desktop.ui.dialogs.ask import inform
from bygdeliv_desktop.ui.messages import error_message


class DeleteCommand(QUndoCommand):
    def __init__(self, text: str, trash: TrashService, kind: str, record_id: str,
                 done: Callable[[BygdelivError | None], None]) -> None:
        super().__init__(text)
        self._trash, self._kind, self._id, self._done = trash, kind, record_id, done
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(): the page has deleted already
            self._pushed = True
            return
        self._run(self._trash.delete)

    def undo(self) -> None:
        self._run(self._trash.restore)

    def _run(self, step: Callable[[str, str], None]) -> None:
        try:
            step(self._kind, self._id)
        except BygdelivError as error:  # changed under us (an import, say): say so
            self._done(error)
            return
        self._done(None)


def _refresh(window: QMainWindow) -> None:
    """A record came back or went again: the page in view and Oversikt show it."""
    window.current_page().refresh()
    window.overview.refresh()


def install_undo(window: QMainWindow, menu: QMenu, pages: list) -> QUndoStack:
    """The window's undo stack, its Angre (Ctrl+Z) and Gjør om (Ctrl+Shift+Z) at the top of
    ``menu``, fed by every page's ``deleted`` signal. Text fields keep their own Ctrl+Z: a focused
    field takes the shortcut first."""
    stack = QUndoStack(window)
    undo = stack.createUndoAction(window, QCoreApplication.translate("MainWindow", "&Angre"))
    undo.setShortcut(QKeySequence.Undo)
    redo = stack.createRedoAction(window, QCoreApplication.translate("MainWindow", "&Gjør om"))
    redo.setShortcut(QKeySequence.Redo)
    trash = QAction(QCoreApplication.translate("MainWindow", "Slettede &poster…"), window)
    trash.triggered.connect(lambda: show_trash(window))
    first = menu.actions()[0] if menu.actions() else None
    menu.insertActions(first, [undo, redo, trash])
    menu.insertSeparator(first)

    def failed(error: BygdelivError) -> None:
        stack.clear()  # the record changed under the stack: its steps no longer hold
        _refresh(window)
        inform(window, QCoreApplication.translate("MainWindow", "Kunne ikke fullføre"),
               error_message(error))

    def done(error: BygdelivError | None) -> None:
        if error is None:
            _refresh(window)
        else:
            # After this command's undo()/redo() has returned: clearing deletes the command,
            # and the message's own event loop must not run inside it either.
            QTimer.singleShot(0, lambda: failed(error))

    def push(name: str, kind: str, record_id: str) -> None:
        text = QCoreApplication.translate("MainWindow", "sletting av «%1»").replace("%1", name)
        stack.push(DeleteCommand(text, window.services.trash, kind, record_id, done))
        window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "«%1» er slettet. Ctrl+Z angrer.").replace("%1", name), 8000)

    for page in pages:
        page.deleted.connect(push)
    return stack


def show_trash(window: QMainWindow) -> None:
    """The current store's deleted records; the pages show what was restored."""
    from bygdeliv_desktop.ui.dialogs.trash_dialog import TrashDialog

    store_id = window.current_store_id
    if store_id is None:
        return
    dialog = TrashDialog(window.services, store_id, window.store_picker.currentText(), window)
    dialog.exec()
    if dialog.restored:
        _refresh(window)
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "1 post er gjenopprettet.")
            if dialog.restored == 1 else QCoreApplication.translate(
                "MainWindow", "%1 poster er gjenopprettet.").replace("%1", str(dialog.restored)),
            8000)
