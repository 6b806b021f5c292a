"""The path a new shopkeeper takes, through the widgets only: first start, the store, three
services, five activities, a self-assessment, an action and a signed summary."""

from __future__ import annotations

import datetime as dt
import json

import pikepdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit

from bygdeliv_desktop.signing.verify import verify_pdf
from bygdeliv_desktop.ui.application import Session
from bygdeliv_desktop.ui.dialogs.action_dialog import ActionDialog
from bygdeliv_desktop.ui.dialogs.activity_dialog import ActivityDialog
from bygdeliv_desktop.ui.dialogs.assessment_dialog import AssessmentDialog
from bygdeliv_desktop.ui.dialogs.service_dialog import ServiceDialog
from bygdeliv_desktop.ui.dialogs.welcome_dialog import WelcomeDialog
from tests.ui.conftest import activate
from tests.ui.signing_flow import create_identity, fake_file_dialogs, produce

STORE = "Coop Marked Vingelen"
SERVICES = [("post", "Posten"), ("pharmacy", "Apotek 1 Tynset"), ("library", "Tolga bibliotek")]
ACTIVITIES = [("quiz", "Quiz"), ("market", "Julemarked"), ("coffee_meetup", "Kaffeprat"),
              ("course", "Mobilkurs"), ("village_evening", "Bygdekveld")]


def _save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()


def test_new_shopkeeper_path(app, qtbot, tmp_path, on_dialog, monkeypatch):
    def name_store(dialog: QInputDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit), STORE)
        dialog.accept()

    def welcome(dialog: WelcomeDialog) -> None:
        on_dialog(QInputDialog, name_store)
        dialog.create_button.click()

    welcomed = on_dialog(WelcomeDialog, welcome)
    session = Session(tmp_path / "data" / "bygdeliv.sqlite3", demo=False)
    try:
        assert session.start()
        window = session.window
        qtbot.waitUntil(lambda: bool(welcomed) and window.store_picker.count() == 1, timeout=5000)
        services = window.services
        store_id = window.current_store_id

        # The profile: org number and municipality, saved with Ctrl+S.
        profile = window.profile
        assert window.current_page() is profile
        qtbot.keyClicks(profile.form.widget("org_number"), "974760673")
        municipality = profile.form.widget("municipality_code")
        municipality.setCurrentIndex(municipality.findData("3426"))
        qtbot.keyClicks(profile.form.widget("contact_person"), "Kari Kjøpmann")
        activate(qtbot, window)
        qtbot.keyClick(profile.form.widget("org_number"), Qt.Key_S, Qt.ControlModifier)
        assert services.stores.get(store_id).org_number == "974760673"

        # Three services through the dialog.
        window.nav.setCurrentRow(window.pages.index(window.services_page))
        for kind, partner in SERVICES:
            def fill_service(dialog: ServiceDialog, kind=kind, partner=partner) -> None:
                combo = dialog.form.widget("kind_code")
                combo.setCurrentIndex(combo.findData(kind))
                qtbot.keyClicks(dialog.form.widget("partner"), partner)
                _save(dialog)
            done = on_dialog(ServiceDialog, fill_service)
            window.services_page.new_button.click()
            qtbot.waitUntil(lambda d=done: bool(d), timeout=5000)
        assert window.services_page.model.rowCount() == 3

        # Five activities.
        window.nav.setCurrentRow(window.pages.index(window.activities))
        for kind, title in ACTIVITIES:
            def fill_activity(dialog: ActivityDialog, kind=kind, title=title) -> None:
                combo = dialog.form.widget("kind_code")
                combo.setCurrentIndex(combo.findData(kind))
                qtbot.keyClicks(dialog.form.widget("title"), title)
                qtbot.keyClicks(dialog.form.widget("participants"), "12")
                _save(dialog)
            done = on_dialog(ActivityDialog, fill_activity)
            window.activities.new_button.click()
            qtbot.waitUntil(lambda d=done: bool(d), timeout=5000)
        assert window.activities.model.rowCount() == 5

        # A self-assessment, every criterion answered by keyboard, then locked.
        window.nav.setCurrentRow(window.pages.index(window.assessment))
        created = on_dialog(AssessmentDialog, lambda d: d.accept())
        window.assessment.new_button.click()
        qtbot.waitUntil(lambda: bool(created), timeout=5000)
        [summary] = services.assessments.list_for_store(store_id)
        criteria = services.assessments.view(summary.id).catalogue.criteria()
        questionnaire = window.assessment.questionnaire
        for criterion in criteria:  # (the keyboard-only way is tested in test_assessment_gui)
            assert questionnaire.criterion_id == criterion.id
            questionnaire.radios[1 if criterion.id == criteria[-1].id else 2].click()
            questionnaire.next_button.click()
        qtbot.waitUntil(lambda: services.assessments.view(summary.id).result.overall.answered
                        == len(criteria), timeout=5000)

        # An action from the criterion that is only partly met.
        last = criteria[-1]
        questionnaire.select(last.id)
        planned = on_dialog(ActionDialog, _save)
        questionnaire.action_button.click()
        qtbot.waitUntil(lambda: bool(planned), timeout=5000)
        [action] = services.actions.list_for_store(store_id)
        assert last.id in action.criterion_codes

        # The signed summary.
        window.nav.setCurrentRow(window.pages.index(window.report))
        create_identity(qtbot, window.report, on_dialog)
        out = tmp_path / "sammendrag.pdf"
        fake_file_dialogs(monkeypatch, save=out)
        texts = produce(qtbot, window.report, on_dialog)
        assert "er lagret" in texts[0]
        result = verify_pdf(out.read_bytes())
        assert result.integrity_ok and "Kari" in result.signer
        with pikepdf.open(out) as pdf:
            data = json.loads(pdf.attachments["data.json"].get_file().read_bytes())
        assert data["store"]["name"] == STORE and data["activities"]["total"] == 5
        assert len([s for s in data["services"] if s["active"]]) == 3
        assert data["assessment"] is not None and [a["title"] for a in data["actions"]] \
            == [action.title]
        assert dt.date.fromisoformat(data["assessment"]["assessed_on"]) == summary.assessed_on
    finally:
        session.close_window()
        session.close()
