"""Fylkesoversikt: the county reads many stores' exchange files and signed summaries into one
table (its own database, apart from the store data), then sorts, filters and exports it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSortFilterProxyModel, QStandardPaths, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from bygdeliv_desktop.errors import FileUnwritable
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services.county_workspace import CountyWorkspace
from bygdeliv_desktop.ui.dialogs.ask import inform
from bygdeliv_desktop.ui.messages import error_message
from bygdeliv_desktop.ui.models.county_model import SORT_ROLE, CountyTableModel
from bygdeliv_desktop.ui.operations import Operation
from bygdeliv_desktop.ui.pages.base import Page
from bygdeliv_desktop.ui.pages.verify_page import TRUSTED_CA_KEY

LAST_DIR_KEY = "county/last_dir"


class CountyFilter(QSortFilterProxyModel):
    """Rows whose store or municipality contains the text, in the chosen municipality."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text, self.municipality = "", ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, municipality: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt < 6.9
            self.text, self.municipality = text.casefold().strip(), municipality
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.text, self.municipality = text.casefold().strip(), municipality
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, _parent) -> bool:  # noqa: N802
        model: CountyTableModel = self.sourceModel()
        record = model.rows[row]
        if self.municipality and record.municipality != self.municipality:
            return False
        return not self.text or self.text in record.store.casefold() \
            or self.text in record.municipality.casefold()


class CountyPage(Page):
    def __init__(self, services: AppServices, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.settings = settings
        self.workspace = CountyWorkspace(services.home)
        heading = QLabel(self.tr("Fylkesoversikt"))
        heading.setObjectName("pageHeading")
        intro = QLabel(self.tr(
            "For fylket: les inn utvekslingsfiler (.bygdeliv) og signerte sammendrag (PDF) fra "
            "mange butikker. Signaturene kontrolleres mot fylkets CA-sertifikat (velg det på "
            "siden Kontroller PDF). Tallene lagres i en egen database: %1").replace(
            "%1", str(self.workspace.path)))
        intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Importer mappe…"))
        self.csv_button = QPushButton(self.tr("Eksporter &CSV…"))
        self.xlsx_button = QPushButton(self.tr("Eksporter E&xcel…"))
        self.import_button.clicked.connect(self.choose_folder)
        self.csv_button.clicked.connect(lambda: self.export_table("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export_table("xlsx"))

        search_label = QLabel(self.tr("&Søk:"))
        self.search = QLineEdit()
        self.search.setObjectName("countySearch")
        self.search.setPlaceholderText(self.tr("Butikk eller kommune"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        municipality_label = QLabel(self.tr("K&ommune:"))
        self.municipality = QComboBox()
        self.municipality.setObjectName("countyMunicipality")
        self.municipality.setMinimumWidth(200)
        municipality_label.setBuddy(self.municipality)

        self.model = CountyTableModel(self)
        self.proxy = CountyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("countyTable")
        self.view.setAccessibleName(self.tr("Fylkesoversikt, én rad per butikk"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)  # one line per store; long cells show in full as tooltips
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.count_label = QLabel()

        buttons = QHBoxLayout()
        for widget in (self.import_button, self.csv_button, self.xlsx_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(municipality_label)
        filters.addWidget(self.municipality)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.search.textChanged.connect(self._apply_filter)
        self.municipality.currentIndexChanged.connect(self._apply_filter)

    def title(self) -> str:
        return self.tr("Fylkesoversikt")

    def set_store(self, store_id: str | None) -> None:
        self.store_id = store_id  # the county table does not follow the store picker

    def refresh(self) -> None:
        self.model.set_rows(self.workspace.table())
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 260))
        chosen = self.municipality.currentText()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(self.tr("Alle kommuner"), "")
        for name in sorted({row.municipality for row in self.model.rows if row.municipality}):
            self.municipality.addItem(name, name)
        self.municipality.setCurrentIndex(max(self.municipality.findText(chosen), 0))
        self.municipality.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self, *_args) -> None:
        self.proxy.set_filter(self.search.text(), self.municipality.currentData() or "")
        stores = self.model.rowCount()
        text = (self.tr("1 butikk, %2 vist") if stores == 1
                else self.tr("%1 butikker, %2 vist").replace("%1", str(stores)))
        self.count_label.setText(text.replace("%2", str(self.proxy.rowCount())))
        has_rows = self.proxy.rowCount() > 0
        self.csv_button.setEnabled(has_rows)
        self.xlsx_button.setEnabled(has_rows)

    def _last_dir(self) -> str:
        fallback = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        return str(self.settings.value(LAST_DIR_KEY, fallback, str))

    # -- import -----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Velg mappen med filene"),
                                                  self._last_dir())
        if folder:
            self.settings.setValue(LAST_DIR_KEY, folder)
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> Operation:
        ca = str(self.settings.value(TRUSTED_CA_KEY, "", str))
        trust = [Path(ca)] if ca and Path(ca).is_file() else []
        workspace = self.workspace

        def work(token):
            def progress(done: int, total: int, name: str) -> bool:
                token.report(done, total, self.tr("Leser %1 (%2 av %3) …").replace(
                    "%1", name).replace("%2", str(done + 1)).replace("%3", str(total)))
                return not token.cancelled
            return workspace.import_folder(folder, trust, progress)

        return Operation(self, work, self._imported, label=self.tr("Leser filene …"),
                         title=self.tr("Fylkesoversikt"), cancellable=True,
                         on_cancelled=self.refresh).start()

    def _imported(self, report) -> None:
        self.refresh()
        text = self.tr("Lest inn: %1. Allerede lest inn før: %2. Avvist: %3.").replace(
            "%1", str(len(report.imported))).replace("%2", str(len(report.skipped))).replace(
            "%3", str(len(report.refused)))
        if not (report.imported or report.skipped or report.refused):
            text = self.tr("Fant ingen .bygdeliv- eller PDF-filer i mappen.")
        for path, error in report.refused[:15]:
            text += f"\n• {path.name}: {error_message(error)}"
        if len(report.refused) > 15:
            text += "\n" + self.tr("… og %1 til.").replace("%1", str(len(report.refused) - 15))
        inform(self, self.tr("Fylkesoversikt"), text)

    # -- export -----------------------------------------------------------------------------
    def visible_rows(self) -> list[list[object]]:
        rows = []
        for proxy_row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
            rows.append([self.model.value(source, key) for key in self.model.keys])
        return rows

    def export_table(self, kind: str) -> None:
        suffix, file_filter = (".csv", self.tr("CSV (*.csv)")) if kind == "csv" else \
            (".xlsx", self.tr("Excel-arbeidsbok (*.xlsx)"))
        default = str(Path(self._last_dir()) / (self.tr("fylkesoversikt") + suffix))
        picked, _ = QFileDialog.getSaveFileName(self, self.tr("Eksporter tabellen"), default,
                                                file_filter)
        if picked:
            path = Path(picked) if picked.endswith(suffix) else Path(picked + suffix)
            self.settings.setValue(LAST_DIR_KEY, str(path.parent))
            self.write_table(path)

    def write_table(self, path: Path) -> Operation:
        from bygdeliv_desktop.services.table_export import write_csv, write_xlsx

        headers, rows = list(self.model.headers), self.visible_rows()
        writer = write_csv if path.suffix.lower() == ".csv" else write_xlsx

        def done(_result) -> None:
            self.status_message.emit(self.tr("Skrev %1 (%2 rader)").replace(
                "%1", str(path)).replace("%2", str(len(rows))))

        def work(token) -> None:
            try:
                writer(path, headers, rows)
            except OSError as exc:
                raise FileUnwritable(str(exc), path=str(path),
                                     reason=exc.strerror or str(exc)) from exc

        return Operation(self, work, done,
                         label=self.tr("Skriver tabellen …"), title=self.tr("Eksporter")).start()
