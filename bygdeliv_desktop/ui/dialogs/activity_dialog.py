"""Add or edit one meeting-place activity."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.models import Activity
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services.activities import ACTIVITY_FIELDS
from bygdeliv_desktop.ui.dialogs.record_dialog import RecordDialog
from bygdeliv_desktop.ui.forms import CheckList
from bygdeliv_desktop.ui.widgets import IntegerEdit, OptionalDateEdit, make_date_edit


class ActivityDialog(RecordDialog):
    fields = ACTIVITY_FIELDS

    def __init__(self, services: AppServices, store_id: str, activity: Activity | None = None,
                 parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.services, self.store_id, self.activity = services, store_id, activity
        self.setWindowTitle(self.tr("Endre aktivitet") if activity else self.tr("Ny aktivitet"))
        self.setMinimumWidth(560)
        f = self.form
        f.add("date", self.tr("&Dato"), make_date_edit())
        f.add("end_date", self.tr("Til &og med"), OptionalDateEdit(self.tr("Flere dager")))
        kinds = QComboBox()
        for kind in catalogs.activity_kinds().kinds:
            kinds.addItem(kind.label(language), kind.code)
        f.add("kind_code", self.tr("&Type"), kinds)
        f.add("title", self.tr("T&ittel"), QLineEdit())
        f.add("participants", self.tr("Deltake&re"), IntegerEdit(),
              self.tr("Omtrent hvor mange som var med"))
        groups = CheckList([(g.code, g.label(language)) for g in catalogs.target_groups().kinds])
        f.add("target_groups", self.tr("&Målgrupper"), groups)
        f.add("partners", self.tr("&Samarbeidspartnere"), QLineEdit(),
              self.tr("Lag og foreninger, kommune, skole …"))
        f.add("cost_nok", self.tr("&Kostnad (kr)"), IntegerEdit())
        f.add("funding", self.tr("&Finansiering"), QLineEdit(),
              self.tr("For eksempel Bygdeliv-tilskudd, kommunen, egeninnsats"))
        note = f.add("note", self.tr("M&erknad"), QPlainTextEdit())
        note.setTabChangesFocus(True)
        note.setMaximumHeight(80)
        if activity is not None:
            f.load_record(activity)
            f.load({"target_groups": activity.target_group_codes})
        else:
            f.load({"date": date.today(), "kind_code": catalogs.activity_kinds().kinds[0].code})
        self.finish_layout()
        f.widget("title").setFocus()

    def save(self, values: dict) -> Activity:
        if self.activity is None:
            return self.services.activities.add(self.store_id, values)
        return self.services.activities.update(self.activity.id, values)
