"""Start a new self-assessment: when, by whom, and why."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from bygdeliv_desktop.domain.assessment_models import ASSESSOR_ROLES, PURPOSES
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services.assessments import HEADER_FIELDS, AssessmentSummary
from bygdeliv_desktop.ui.assessment_text import purpose_label, role_label
from bygdeliv_desktop.ui.dialogs.record_dialog import RecordDialog
from bygdeliv_desktop.ui.widgets import make_date_edit


class AssessmentDialog(RecordDialog):
    fields = HEADER_FIELDS

    def __init__(self, services: AppServices, store_id: str, default_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.store_id = services, store_id
        self.setWindowTitle(self.tr("Ny egenvurdering"))
        self.setMinimumWidth(480)
        f = self.form
        f.add("assessed_on", self.tr("&Dato"), make_date_edit())
        roles = QComboBox()
        for code in ASSESSOR_ROLES:
            roles.addItem(role_label(code), code)
        f.add("assessor_role", self.tr("&Vurdert av"), roles)
        f.add("assessor_name", self.tr("&Navn"), QLineEdit(),
              self.tr("Navnet på den som gjør vurderingen"))
        purposes = QComboBox()
        for code in PURPOSES:
            purposes.addItem(purpose_label(code), code)
        f.add("purpose", self.tr("&Formål"), purposes,
              self.tr("Utgangspunkt (første vurdering) eller oppfølging"))
        note = f.add("note", self.tr("&Merknad"), QPlainTextEdit())
        note.setTabChangesFocus(True)
        note.setMaximumHeight(80)
        f.widget("assessor_name").setText(default_name)
        self.finish_layout()

    def save(self, values: dict) -> AssessmentSummary:
        return self.services.assessments.create(self.store_id, values)
