"""What every page in the main window offers the window (save, new, delete, unsaved state)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.ui.dialogs.ask import ask_yes_no, inform
from bygdeliv_desktop.ui.messages import error_message


class Page(QWidget):
    """A page shows one aspect of the current store. Override what applies."""

    data_changed = Signal()  # this page saved something other pages may show
    status_message = Signal(str)
    # A record was deleted: (what it is called, its kind in services.trash.KINDS, its id).
    deleted = Signal(str, str, str)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.store_id: str | None = None

    def title(self) -> str:
        raise NotImplementedError

    def set_store(self, store_id: str | None) -> None:
        self.store_id = store_id
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> bool:
        """Save pending edits; False when they could not be saved (the edits stay in the form)."""
        return True

    def discard(self) -> None:
        """Throw away pending edits."""

    def new_item(self) -> None:
        """Ctrl+N on this page."""

    def delete_item(self) -> None:
        """Delete key on this page."""

    def show_record(self, record_id: str) -> None:
        """Bring one record into view and select it (from the search); filters give way."""

    def show_error(self, error: BygdelivError) -> None:
        inform(self, self.tr("Kunne ikke fullføre"), error_message(error))

    def confirm(self, question: str) -> bool:
        return ask_yes_no(self, self.tr("Bekreft"), question)
