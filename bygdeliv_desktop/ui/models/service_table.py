"""Table model for the services a store offers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.models import ServiceOffering
from bygdeliv_desktop.domain.text import sort_key
from bygdeliv_desktop.ui.models.rows_model import RowsTableModel

SORT_ROLE = Qt.UserRole + 1


def service_name(offering: ServiceOffering, language: str | None = None) -> str:
    return catalogs.service_label(offering.kind_code, offering.other_text, language)


def _date_text(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class ServiceTableModel(RowsTableModel):
    COLUMNS = ("service", "partner", "since", "ended", "hours", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ServiceOffering] = []
        self.language: str | None = None  # None: the language the user chose

    def headers(self) -> tuple[str, ...]:
        translate = QCoreApplication.translate
        return (translate("ServiceTableModel", "Tjeneste"),
                translate("ServiceTableModel", "Samarbeidspartner"),
                translate("ServiceTableModel", "Fra"), translate("ServiceTableModel", "Avsluttet"),
                translate("ServiceTableModel", "Tider"), translate("ServiceTableModel", "Status"))

    def set_rows(self, rows: list[ServiceOffering]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def offering(self, row: int) -> ServiceOffering:
        return self._rows[row]

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        offering = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return self._display(offering, column)
        if role == SORT_ROLE:
            if column in ("since", "ended"):
                value = offering.started_on if column == "since" else offering.ended_on
                return value.toordinal() if value else 0
            return sort_key(self._display(offering, column))
        return None

    def _display(self, offering: ServiceOffering, column: str) -> str:
        if column == "service":
            return service_name(offering, self.language)
        if column == "partner":
            return offering.partner
        if column == "since":
            return _date_text(offering.started_on)
        if column == "ended":
            return _date_text(offering.ended_on)
        if column == "hours":
            return offering.hours
        active = offering.is_active()
        return (QCoreApplication.translate("ServiceTableModel", "Aktiv") if active
                else QCoreApplication.translate("ServiceTableModel", "Avsluttet"))
