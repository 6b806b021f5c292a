"""The main window: store picker, navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget, QMainWindow,
    QScrollArea, QStackedWidget, QToolBar, QWidget,
)

from bygdeliv_desktop.domain.validation import TEXT_LIMITS
from bygdeliv_desktop.errors import BygdelivError, ValidationError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.ui.data_file_menu import add_data_file_actions
from bygdeliv_desktop.ui.dialogs.ask import ask_save_discard_cancel, ask_yes_no, inform
from bygdeliv_desktop.ui.messages import error_message, field_message
from bygdeliv_desktop.ui.pages.actions_page import ActionsPage
from bygdeliv_desktop.ui.pages.activities_page import ActivitiesPage
from bygdeliv_desktop.ui.pages.assessment_page import AssessmentPage
from bygdeliv_desktop.ui.pages.base import Page
from bygdeliv_desktop.ui.pages.county_page import CountyPage
from bygdeliv_desktop.ui.pages.overview import OverviewPage
from bygdeliv_desktop.ui.pages.report_page import ReportPage
from bygdeliv_desktop.ui.pages.services_page import ServicesPage
from bygdeliv_desktop.ui.pages.store_profile import StoreProfilePage
from bygdeliv_desktop.ui.pages.verify_page import VerifyPage
from bygdeliv_desktop.ui.undo import install_undo

LAST_STORE_KEY = "window/last_store"


class MainWindow(QMainWindow):
    restore_requested = Signal(str)  # a backup folder the user chose to restore
    language_requested = Signal(str)  # a language code chosen in Innstillinger → Språk
    data_file_requested = Signal(str)  # Fil → Åpne / Ny datafil

    def __init__(self, services: AppServices, settings: QSettings,
                 initial_store_id: str | None = None) -> None:
        super().__init__()
        self.services, self.settings = services, settings
        self.setWindowTitle(self.tr("Bygdeliv Desktop"))
        self.overview = OverviewPage(services, settings)
        self.profile = StoreProfilePage(services)
        self.services_page = ServicesPage(services)
        self.activities = ActivitiesPage(services)
        self.assessment = AssessmentPage(services)
        self.actions_page = ActionsPage(services)
        self.report = ReportPage(services, settings)
        self.verify = VerifyPage(services, settings)
        self.county = CountyPage(services, settings)
        self.pages: list[Page] = [self.overview, self.profile, self.services_page, self.activities,
                                  self.assessment, self.actions_page, self.report, self.verify,
                                  self.county]

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigasjon"))
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.nav.addItem(page.title())
            # In a scroll area: at 200 % or with a large font on a small screen a page scrolls
            # instead of pushing the window past the screen's edge.
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.NoFrame)
            scroller.setWidget(page)
            self.stack.addWidget(scroller)
            page.data_changed.connect(self._on_data_changed)
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.overview.create_store_requested.connect(self.create_store)
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        self._nav_row = 0

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_store_bar()
        self._build_actions()
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", str(services.database.path)))
        self._restore_geometry()
        self.reload_stores(initial_store_id or self.settings.value(LAST_STORE_KEY, None, str))
        self.nav.setCurrentRow(0)

    # -- building ---------------------------------------------------------------------------
    def _build_store_bar(self) -> None:
        bar = QToolBar(self.tr("Butikk"))
        bar.setObjectName("storeBar")
        bar.setMovable(False)
        label = QLabel(self.tr("&Butikk: "))
        self.store_picker = QComboBox()
        self.store_picker.setObjectName("storePicker")
        self.store_picker.setAccessibleName(self.tr("Velg butikk"))
        self.store_picker.setMinimumWidth(280)
        label.setBuddy(self.store_picker)
        self.store_picker.activated.connect(self._on_store_picked)
        bar.addWidget(label)
        bar.addWidget(self.store_picker)
        self.addToolBar(Qt.TopToolBarArea, bar)

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fil"))
        self.save_action = self._action(self.tr("&Lagre"), self.save_current, QKeySequence.Save)
        file_menu.addAction(self.save_action)
        add_data_file_actions(self, file_menu)
        file_menu.addSeparator()
        self._build_exchange_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Sikker&hetskopier…"), self.show_backups,
                                         "Ctrl+Shift+B"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Avslutt"), self.close, QKeySequence.Quit))
        edit_menu = self.menuBar().addMenu(self.tr("&Rediger"))
        self.new_action = self._action(self.tr("&Ny"), self.new_in_page, QKeySequence.New)
        self.delete_action = self._action(self.tr("&Slett"), self.delete_in_page,
                                          QKeySequence.Delete)
        edit_menu.addAction(self.new_action)
        edit_menu.addAction(self.delete_action)
        self.undo_stack = install_undo(self, edit_menu, self.pages)
        store_menu = self.menuBar().addMenu(self.tr("&Butikk"))
        store_menu.addAction(self._action(self.tr("&Ny butikk…"), self.create_store, "Ctrl+Shift+N"))
        store_menu.addAction(self._action(self.tr("&Gi nytt navn…"), self.rename_store, "F2"))
        self.archive_action = self._action(self.tr("&Arkiver butikken"), self.toggle_archive)
        store_menu.addAction(self.archive_action)
        self.show_archived = self._action(self.tr("&Vis arkiverte butikker"), self._toggle_show_archived)
        self.show_archived.setCheckable(True)
        store_menu.addAction(self.show_archived)
        go_menu = self.menuBar().addMenu(self.tr("&Gå til"))
        for row, page in enumerate(self.pages):
            go_menu.addAction(self._action(page.title(), self._go_to(row), f"Ctrl+{row + 1}"))
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("S&øk…"), self.search, QKeySequence.Find))
        settings_menu = self.menuBar().addMenu(self.tr("&Innstillinger"))
        from bygdeliv_desktop.ui.language_menu import build_language_menu

        self.languages = build_language_menu(self, settings_menu.addMenu(self.tr("&Språk")),
                                             self.settings, self.language_requested.emit)
        from bygdeliv_desktop.ui.help_menu import build_help_menu

        build_help_menu(self, self.menuBar().addMenu(self.tr("&Hjelp")))

    def _build_exchange_actions(self, menu) -> None:
        from bygdeliv_desktop.ui.exchange_actions import ExchangeActions

        self.exchange = ExchangeActions(self.services, self.settings, self)
        self.exchange.imported.connect(self._after_import)
        menu.addAction(self._action(self.tr("&Eksporter utvekslingsfil…"),
                                    lambda: self.exchange.export_file(self.current_store_id),
                                    "Ctrl+E"))
        menu.addAction(self._action(self.tr("&Importer utvekslingsfil…"), self._import_file,
                                    "Ctrl+I"))
        menu.addAction(self._action(self.tr("&Konflikter…"), self.exchange.show_conflicts))

    def offer_first_start(self) -> None:
        """An empty data file: welcome the user with the two ways to begin."""
        from bygdeliv_desktop.ui.dialogs import welcome_dialog

        if self.services.stores.list_stores(include_archived=True):
            return
        dialog = welcome_dialog.WelcomeDialog(self)
        try:
            dialog.exec()
            choice = dialog.choice
        finally:
            dialog.deleteLater()
        if choice == welcome_dialog.CREATE:
            self.create_store()
        elif choice == welcome_dialog.IMPORT:
            self._import_file()

    def _import_file(self) -> None:
        if self.resolve_unsaved():  # the import may change what a form shows
            self.exchange.import_file()

    def _after_import(self) -> None:
        self.reload_stores(self.current_store_id)
        self.current_page().refresh()

    def search(self) -> None:
        from bygdeliv_desktop.ui.search_dialog import SearchDialog

        if not self.resolve_unsaved():
            return
        dialog = SearchDialog(self.services.database, parent=self)
        try:
            hit = dialog.chosen if dialog.exec() else None
        finally:
            dialog.deleteLater()
        if hit is not None:
            self.open_hit(hit)

    def open_hit(self, hit) -> None:
        """Show the store of a search hit, the page for its kind, and the record selected."""
        from bygdeliv_desktop.services import search as kinds

        if hit.store_id != self.current_store_id:
            if self.store_picker.findData(hit.store_id) < 0:  # an archived store
                self.show_archived.setChecked(True)
            self.reload_stores(hit.store_id)
        page = {kinds.STORE: self.profile, kinds.SERVICE: self.services_page,
                kinds.ACTION: self.actions_page, kinds.ACTIVITY: self.activities}[hit.kind]
        self.nav.setCurrentRow(self.pages.index(page))
        page.show_record(hit.record_id)

    def _go_to(self, row: int):
        return lambda: self.nav.setCurrentRow(row)

    # -- stores -----------------------------------------------------------------------------
    @property
    def current_store_id(self) -> str | None:
        return self.store_picker.currentData()

    def reload_stores(self, select_id: str | None = None) -> None:
        stores = self.services.stores.list_stores(include_archived=self.show_archived.isChecked())
        self.store_picker.blockSignals(True)
        self.store_picker.clear()
        for store in stores:
            suffix = self.tr(" (arkivert)") if store.archived else ""
            self.store_picker.addItem(store.name + suffix, store.id)
        index = self.store_picker.findData(select_id) if select_id else -1
        self.store_picker.setCurrentIndex(index if index >= 0 else (0 if stores else -1))
        self.store_picker.blockSignals(False)
        self._show_store(self.current_store_id)

    def _show_store(self, store_id: str | None) -> None:
        for page in self.pages:
            page.set_store(store_id)
        if store_id:
            self.settings.setValue(LAST_STORE_KEY, store_id)
            store = self.services.stores.get(store_id)
            self.archive_action.setText(self.tr("&Hent fram fra arkivet") if store.archived
                                        else self.tr("&Arkiver butikken"))
            self.setWindowTitle(self.tr("%1 – Bygdeliv Desktop").replace("%1", store.name))
        else:
            self.setWindowTitle(self.tr("Bygdeliv Desktop"))
        for action in (self.archive_action, self.new_action, self.delete_action):
            action.setEnabled(store_id is not None)

    def _on_store_picked(self, _index: int) -> None:
        wanted = self.current_store_id
        shown = self.profile.store_id
        if wanted == shown:
            return
        if not self.resolve_unsaved():
            self.store_picker.setCurrentIndex(self.store_picker.findData(shown))
            return
        self._show_store(wanted)

    def _ask_name(self, title: str, current: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Navn på butikken:"),
                                        QLineEdit.Normal, current)
        return name.strip() if ok and name.strip() else None

    def create_store(self) -> None:
        if not self.resolve_unsaved():
            return
        name = self._ask_name(self.tr("Ny butikk"))
        if name is None:
            return
        try:
            store = self.services.stores.create({"name": name[:TEXT_LIMITS["name"] + 1]})
        except BygdelivError as error:
            self._show_error(error)
            return
        self.reload_stores(store.id)
        self.nav.setCurrentRow(self.pages.index(self.profile))
        self.statusBar().showMessage(self.tr("Butikken er opprettet. Fyll ut profilen."), 6000)

    def rename_store(self) -> None:
        store_id = self.current_store_id
        if store_id is None or not self.resolve_unsaved():
            return
        store = self.services.stores.get(store_id)
        name = self._ask_name(self.tr("Gi nytt navn"), store.name)
        if name is None:
            return
        try:
            self.services.stores.rename(store_id, name)
        except BygdelivError as error:
            self._show_error(error)
            return
        self.reload_stores(store_id)

    def toggle_archive(self) -> None:
        store_id = self.current_store_id
        if store_id is None or not self.resolve_unsaved():
            return
        store = self.services.stores.get(store_id)
        if not store.archived:
            question = self.tr("Arkivere «%1»? Butikken skjules fra listen, men ingenting slettes.")
            if not ask_yes_no(self, self.tr("Arkiver butikk"), question.replace("%1", store.name)):
                return
        self.services.stores.set_archived(store_id, not store.archived)
        self.reload_stores(store_id if self.show_archived.isChecked() else None)

    def _toggle_show_archived(self) -> None:
        self.reload_stores(self.current_store_id)

    # -- pages ------------------------------------------------------------------------------
    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def _on_nav_changed(self, row: int) -> None:
        if row == self._nav_row or row < 0:
            return
        if not self.resolve_unsaved():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._nav_row)
            self.nav.blockSignals(False)
            return
        self._nav_row = row
        self.stack.setCurrentIndex(row)
        self.pages[row].refresh()

    def resolve_unsaved(self) -> bool:
        """Ask what to do with unsaved edits; False means stay where we are."""
        page = next((p for p in self.pages if p.has_unsaved_changes()), None)
        if page is None:
            return True
        answer = ask_save_discard_cancel(
            self, self.tr("Ulagrede endringer"),
            self.tr("Du har endringer på siden «%1» som ikke er lagret.").replace("%1", page.title()))
        if answer == "save":
            if page.save():
                return True
            self.nav.setCurrentRow(self.pages.index(page))
            return False
        if answer == "discard":
            page.discard()
            return True
        return False

    def save_current(self) -> None:
        """Ctrl+S saves whatever has unsaved edits, starting with the page in view."""
        pending = [p for p in self.pages if p.has_unsaved_changes()]
        pending.sort(key=lambda p: p is not self.current_page())
        for page in pending:
            if not page.save():
                self.nav.setCurrentRow(self.pages.index(page))
                return

    def new_in_page(self) -> None:
        self.current_page().new_item()

    def delete_in_page(self) -> None:
        # Text fields claim the Delete key first (ShortcutOverride), so this only fires elsewhere.
        self.current_page().delete_item()

    def _on_data_changed(self) -> None:
        if self.sender() is self.profile:
            self.reload_stores(self.current_store_id)
        else:
            self.overview.refresh()

    def _show_error(self, error: BygdelivError) -> None:
        if isinstance(error, ValidationError):
            text = "\n".join(field_message(e) for e in error.errors)
        else:
            text = error_message(error)
        inform(self, self.tr("Kunne ikke fullføre"), text)

    def show_backups(self) -> None:
        from bygdeliv_desktop.ui.dialogs.backup_dialog import BackupDialog

        if not self.resolve_unsaved():
            return
        dialog = BackupDialog(self.services.database.path, self)
        dialog.restore_requested.connect(self.restore_requested)
        dialog.exec()

    # -- window state -----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def close_without_prompt(self) -> None:
        """Close after the session has dealt with unsaved edits (e.g. for a restore)."""
        self._closing_quietly = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not getattr(self, "_closing_quietly", False) and not self.resolve_unsaved():
            event.ignore()
            return
        self.county.workspace.close()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        event.accept()
