"""Self-assessment GUI: a whole questionnaire by keyboard, finalise/copy, action from a criterion,
catalogue import refusing a malformed file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.ui.conftest import activate


def _key(qtbot, key, modifier=Qt.NoModifier) -> None:
    """Press a key on whatever has the keyboard focus, as a user would."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _press_button(box, text: str) -> None:
    assert isinstance(box, QMessageBox)
    next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text).click()


def _open_store(windows, name="Kari Kjøpmann"):
    window = windows.open()
    store = windows.services.stores.create({"name": "Testbutikken", "contact_person": name})
    window.reload_stores(store.id)
    return window, store


def _keys_in_dialog(qtbot, key, modifier=Qt.NoModifier):
    """A handler for on_modal: wait until the dialog has the keyboard focus, then press a key."""
    def handler(dialog):
        activate(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.focusWidget() is not None, timeout=3000)
        qtbot.keyClick(dialog.focusWidget(), key, modifier)
    return handler


def _answered(services, assessment_id) -> int:
    return services.assessments.view(assessment_id).result.overall.answered


def test_whole_assessment_by_keyboard_is_complete_and_scored(windows, qtbot, on_modal):
    window, store = _open_store(windows)
    services = windows.services
    _key(qtbot, Qt.Key_5, Qt.ControlModifier)  # Gå til → Egenvurdering
    assert window.current_page() is window.assessment

    on_modal(_keys_in_dialog(qtbot, Qt.Key_Return))
    _key(qtbot, Qt.Key_N, Qt.ControlModifier)  # Ny egenvurdering… with the defaults
    activate(qtbot, window)
    [summary] = services.assessments.list_for_store(store.id)
    assert summary.assessor_name == "Kari Kjøpmann" and not summary.is_final
    page = window.assessment
    assert page.stack.currentWidget() is page.questionnaire

    catalogue = services.assessments.view(summary.id).catalogue
    criteria = catalogue.criteria()
    for number, criterion in enumerate(criteria, start=1):
        assert page.questionnaire.criterion_id == criterion.id
        _key(qtbot, Qt.Key_2, Qt.AltModifier)  # "&2 – Oppfylt"
        qtbot.waitUntil(lambda n=number: _answered(services, summary.id) == n, timeout=3000)
        if number == 1:  # evidence text by keyboard too: Alt+D jumps to "Dokumentasjon"
            _key(qtbot, Qt.Key_D, Qt.AltModifier)
            qtbot.keyClicks(QApplication.focusWidget(), "Oppslag på tavla")
        _key(qtbot, Qt.Key_PageDown, Qt.ControlModifier)

    view = services.assessments.view(summary.id)
    assert view.result.overall.answered == view.result.overall.total == len(criteria)
    assert view.result.overall.points == sum(catalogue.scale_of(c).max for c in criteria)
    assert view.answer(criteria[0].id).evidence == "Oppslag på tavla"
    assert view.result.readiness.ready
    questionnaire = page.questionnaire
    assert questionnaire.progress.text() == f"Besvart {len(criteria)} av {len(criteria)}"
    assert "Klar for sertifisering" in questionnaire.result.text()

    on_modal(_keys_in_dialog(qtbot, Qt.Key_J, Qt.AltModifier))
    _key(qtbot, Qt.Key_S, Qt.AltModifier)  # "Lå&s vurderingen…", confirmed with Alt+J
    qtbot.waitUntil(lambda: services.assessments.view(summary.id).summary.is_final, timeout=3000)
    activate(qtbot, window)
    assert questionnaire.locked.isVisible()
    assert not any(r.isEnabled() for r in questionnaire.radios.values())
    assert questionnaire.evidence.isReadOnly()


def _filled(services, store, level=2, first_level=None):
    summary = services.assessments.create(store.id, {"assessor_role": "shopkeeper",
                                                     "assessor_name": "Kari"})
    criteria = services.assessments.view(summary.id).catalogue.criteria()
    for index, criterion in enumerate(criteria):
        value = first_level if index == 0 and first_level is not None else level
        services.assessments.save_answer(summary.id, criterion.id, {"value": value})
    return summary, criteria


def test_finalise_then_copy_to_draft(windows, qtbot, on_modal):
    window, store = _open_store(windows)
    services = windows.services
    summary, criteria = _filled(services, store, first_level=1)
    window.nav.setCurrentRow(window.pages.index(window.assessment))
    page = window.assessment
    page.table.selectRow(0)
    assert page.finalise_button.isEnabled() and not page.copy_button.isEnabled()
    on_modal(lambda box: _press_button(box, "Ja"))
    page.finalise_button.click()
    assert services.assessments.view(summary.id).summary.is_final
    page.open_button.click()
    assert page.questionnaire.locked.isVisibleTo(page)
    assert not page.questionnaire.radios[0].isEnabled()
    page.questionnaire.back_button.click()

    page.table.selectRow(0)
    page.copy_button.click()
    rows = services.assessments.list_for_store(store.id)
    draft = next(r for r in rows if r.id != summary.id)
    assert not draft.is_final and draft.copied_from_id == summary.id
    assert draft.answered == len(criteria)
    assert page.model.rowCount() == 2
    assert page.model.data(page.model.index(0, 4)) in ("Utkast", "Låst")


def test_action_from_unmet_criterion_is_prefilled_and_linked(windows, qtbot, on_modal):
    window, store = _open_store(windows)
    services = windows.services
    summary, criteria = _filled(services, store, first_level=1)
    window.nav.setCurrentRow(window.pages.index(window.assessment))
    page = window.assessment
    page.open_assessment(summary.id)
    questionnaire = page.questionnaire
    assert questionnaire.criterion_id == criteria[0].id
    assert questionnaire.action_button.isEnabled()
    questionnaire.step(1)  # a criterion that is met cannot get an action from here
    assert not questionnaire.action_button.isEnabled()
    questionnaire.step(-1)

    seen = {}

    def fill(dialog):
        seen["title"] = dialog.form.widget("title").text()
        seen["criteria"] = dialog.form.widget("criterion_ids").text()
        qtbot.keyClicks(dialog.form.widget("responsible"), "Ola")
        dialog.accept()

    on_modal(fill)
    questionnaire.action_button.click()
    assert seen["title"].startswith(criteria[0].id)
    assert seen["criteria"] == criteria[0].id
    [action] = services.actions.list_for_store(store.id)
    assert action.criterion_codes == [criteria[0].id]
    assert action.assessment_id == summary.id and action.responsible == "Ola"


def test_actions_page_marks_overdue_in_words_and_icon(windows):
    import datetime as dt
    window, store = _open_store(windows)
    services = windows.services
    today = dt.date.today()
    late = services.actions.add(store.id, {"title": "Ny kaffemaskin",
                                           "deadline": today - dt.timedelta(days=3)})
    services.actions.add(store.id, {"title": "Oppslagstavle",
                                    "deadline": today + dt.timedelta(days=30)})
    services.actions.add(store.id, {"title": "Gammel sak", "status": "done",
                                    "deadline": today - dt.timedelta(days=60)})
    window.nav.setCurrentRow(window.pages.index(window.actions_page))
    page = window.actions_page
    model = page.model
    assert model.rowCount() == 2  # open only: the finished one is filtered out
    column = model.COLUMNS.index("deadline")
    marked = {model.action(r).title: (model.data(model.index(r, column)),
                                      model.data(model.index(r, column), Qt.DecorationRole))
              for r in range(model.rowCount())}
    assert "Forfalt" in marked[late.title][0] and marked[late.title][1] is not None
    assert "Forfalt" not in marked["Oppslagstavle"][0] and marked["Oppslagstavle"][1] is None
    assert "1 forfalt" in page.summary.text()
    page.open_only.setChecked(False)
    done_row = next(r for r in range(model.rowCount()) if model.action(r).title == "Gammel sak")
    assert "Forfalt" not in model.data(model.index(done_row, column))

    window.nav.setCurrentRow(window.pages.index(window.overview))
    assert window.overview.actions_card.value.text() == "2"
    assert "1 forfalt" in window.overview.actions_card.detail.text()


def test_malformed_catalogue_import_shows_message_and_changes_nothing(windows, tmp_path,
                                                                       on_modal):
    window, store = _open_store(windows)
    services = windows.services
    window.nav.setCurrentRow(window.pages.index(window.assessment))
    before = [(c.sha256, c.version) for c in services.catalogues.list()]
    bad = tmp_path / "kriterier-ny.toml"
    bad.write_text('schema = "bygdeliv.criteria"\nid = "x"\nversion = "to"\n', encoding="utf-8")
    seen = []
    on_modal(lambda box: (seen.append(box.text()), _press_button(box, "OK")))
    window.assessment.import_catalogue_file(bad)
    assert seen and "kriterier-ny.toml" in seen[0] and "Ingenting er endret" in seen[0]
    assert [(c.sha256, c.version) for c in services.catalogues.list()] == before
