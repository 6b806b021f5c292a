"""Add or edit one action (tiltak) in the store's action plan."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from bygdeliv_desktop.domain.assessment_models import ACTION_STATUSES, ActionItem
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services.actions import ACTION_FIELDS
from bygdeliv_desktop.ui.assessment_text import status_label
from bygdeliv_desktop.ui.dialogs.record_dialog import RecordDialog
from bygdeliv_desktop.ui.widgets import IntegerEdit, OptionalDateEdit


def split_codes(text: str) -> list[str]:
    """ "M1, V3 S2" -> ["M1", "V3", "S2"]: users type criteria ids separated as they like."""
    return [part for part in text.replace(";", ",").replace(" ", ",").split(",") if part]


class ActionDialog(RecordDialog):
    """``prefill`` (for a new action) may carry any action field, e.g. from an unmet criterion."""

    fields = tuple(name for name in ACTION_FIELDS if name != "assessment_id")

    def __init__(self, services: AppServices, store_id: str, action: ActionItem | None = None,
                 prefill: Mapping | None = None, parent: QWidget | None = None,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.services, self.store_id, self.action = services, store_id, action
        self.assessment_id = (prefill or {}).get("assessment_id")
        self.setWindowTitle(self.tr("Endre tiltak") if action else self.tr("Nytt tiltak"))
        self.setMinimumWidth(540)
        f = self.form
        f.add("title", self.tr("&Tiltak"), QLineEdit())
        description = f.add("description", self.tr("&Beskrivelse"), QPlainTextEdit())
        description.setTabChangesFocus(True)
        description.setMaximumHeight(90)
        criteria = f.add("criterion_ids", self.tr("&Kriterier"), QLineEdit(),
                         self.tr("Kriteriene tiltaket skal oppfylle, for eksempel «M3, V1»"))
        criteria.setPlaceholderText(self.tr("for eksempel M3, V1"))
        f.add("responsible", self.tr("&Ansvarlig"), QLineEdit())
        f.add("deadline", self.tr("&Frist"), OptionalDateEdit(self.tr("Har frist")))
        statuses = QComboBox()
        for code in ACTION_STATUSES:
            statuses.addItem(status_label(code), code)
        f.add("status", self.tr("St&atus"), statuses)
        f.add("estimated_cost_nok", self.tr("Anslått &kostnad (kr)"), IntegerEdit())
        funding = QComboBox()
        funding.addItem(self.tr("(ikke valgt)"), "")
        for kind in services.actions.funding_sources().kinds:
            funding.addItem(kind.label(language), kind.code)
        f.add("funding_code", self.tr("Fi&nansiering"), funding)
        f.add("funding_note", self.tr("Merknad om finansie&ring"), QLineEdit())
        if action is not None:
            f.load_record(action)
            criteria.setText(", ".join(action.criterion_codes))
        elif prefill:
            f.load({k: v for k, v in prefill.items() if k != "criterion_ids"})
            criteria.setText(", ".join(prefill.get("criterion_ids") or ()))
        self.finish_layout()

    def save(self, values: dict) -> ActionItem:
        values = dict(values, criterion_ids=split_codes(values["criterion_ids"]))
        if self.action is not None:
            return self.services.actions.update(self.action.id, values)
        if self.assessment_id:
            values["assessment_id"] = self.assessment_id
        return self.services.actions.add(self.store_id, values)
