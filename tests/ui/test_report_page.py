"""Rapport page: signing identity, certificate round trip with the county, signed summary."""

from __future__ import annotations

import datetime as dt
import json

import pikepdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from bygdeliv_desktop.signing.identity import SOURCE_COUNTY
from bygdeliv_desktop.signing.verify import verify_pdf
from bygdeliv_desktop.ui.dialogs.identity_dialog import IdentityDialog
from bygdeliv_desktop.ui.pages.report_page import last_twelve_months

from .signing_flow import (ORGNR, STORE_NAME, create_identity, fake_file_dialogs,
                           import_county_certificate, produce, show_page, store_with_activities)


def _data_json(path) -> dict:
    with pikepdf.open(path) as pdf:
        return json.loads(pdf.attachments["data.json"].get_file().read_bytes())


def test_page_is_after_activities_with_shortcut(windows):
    window = windows.open()
    titles = [page.title() for page in window.pages]
    assert titles[3:] == ["Aktiviteter", "Egenvurdering", "Tiltak", "Rapport", "Kontroller PDF",
                          "Fylkesoversikt"]
    go_to = {action.text(): action.shortcut().toString() for action in window.actions()}
    assert go_to["Rapport"] == "Ctrl+7" and go_to["Kontroller PDF"] == "Ctrl+8"


def test_default_period_is_last_twelve_months():
    assert last_twelve_months(dt.date(2025, 6, 15)) == (dt.date(2024, 6, 16), dt.date(2025, 6, 15))
    assert last_twelve_months(dt.date(2024, 2, 29)) == (dt.date(2023, 3, 1), dt.date(2024, 2, 29))


def test_identity_dialog_insists_on_a_long_matching_passphrase(windows, qtbot, on_dialog):
    window = windows.open()
    store_with_activities(window, 0)
    page = window.report
    show_page(window, page)
    errors = []

    def fill(dialog: IdentityDialog) -> None:
        qtbot.keyClicks(dialog.form.widget("role"), "Daglig leder")
        qtbot.keyClicks(dialog.form.widget("passphrase"), "kort")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        qtbot.mouseClick(ok, Qt.LeftButton)
        errors.append(dialog.form.fields["passphrase"].error.text())
        qtbot.keyClicks(dialog.form.widget("passphrase"), "-men-lengre")
        qtbot.keyClicks(dialog.form.widget("passphrase_again"), "noe annet")
        qtbot.mouseClick(ok, Qt.LeftButton)
        errors.append(dialog.form.fields["passphrase_again"].error.text())
        assert dialog.isVisible()
        dialog.reject()

    handled = on_dialog(IdentityDialog, fill)
    qtbot.mouseClick(page.create_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert "minst 8 tegn" in errors[0]
    assert "ikke like" in errors[1]
    assert not page.identity.exists()


def test_self_signed_summary_is_written_and_read_back(windows, qtbot, on_dialog, monkeypatch,
                                                     tmp_path):
    window = windows.open()
    store_with_activities(window, 3)
    page = window.report
    show_page(window, page)
    assert "Ingen signeringsidentitet" in page.status_text.text()
    assert not page.produce_button.isEnabled()

    prefilled = create_identity(qtbot, page, on_dialog)
    assert prefilled == {"store": STORE_NAME, "orgnr": ORGNR}
    assert "Selvutstedt" in page.status_text.text()
    assert "ikke bekrefte hvem som har signert" in page.status_text.text()

    out = tmp_path / "ut" / "sammendrag.pdf"
    out.parent.mkdir()
    calls = fake_file_dialogs(monkeypatch, save=out)
    texts = produce(qtbot, page, on_dialog)
    assert "er lagret" in texts[0] and str(out) in texts[0]
    suggested = calls[0][2]
    assert suggested.endswith(f"sammendrag-nærbutikken-åsbygda-{dt.date.today():%Y-%m-%d}.pdf")

    assert out.read_bytes().startswith(b"%PDF-")
    assert verify_pdf(out.read_bytes()).integrity_ok  # signed, whole, unchanged
    data = _data_json(out)
    assert data["store"]["name"] == STORE_NAME
    assert data["activities"]["total"] == 3
    assert data["signer"] == {"name": "Kari Kjøpmann", "role": "Daglig leder", "self_signed": True,
                              "certificate_subject": data["signer"]["certificate_subject"]}
    assert data["assessment"] is None and data["actions"] == []
    start, end = last_twelve_months(dt.date.today())
    assert (data["period_start"], data["period_end"]) == (start.isoformat(), end.isoformat())

    # Oversikt remembers it, and the user can mark it as sent to the county.
    overview = window.overview
    overview.refresh()
    assert "Siste signerte sammendrag" in overview.report_line.text()
    assert "Ikke markert som sendt" in overview.report_line.text()
    overview.sent_button.click()
    assert "Markert som sendt" in overview.report_line.text()
    assert not overview.sent_button.isEnabled()


def test_wrong_passphrase_says_so_and_writes_nothing(windows, qtbot, on_dialog, monkeypatch,
                                                    tmp_path):
    window = windows.open()
    store_with_activities(window, 2)
    page = window.report
    show_page(window, page)
    create_identity(qtbot, page, on_dialog)
    folder = tmp_path / "ut"
    folder.mkdir()
    fake_file_dialogs(monkeypatch, save=folder / "sammendrag.pdf")
    texts = produce(qtbot, page, on_dialog, passphrase="feil-passord")
    assert "Feil passord" in texts[0] and "Ingenting er skrevet" in texts[0]
    assert list(folder.iterdir()) == []


def test_county_certificate_round_trip(windows, qtbot, on_dialog, monkeypatch, tmp_path):
    window = windows.open()
    store_with_activities(window, 1)
    page = window.report
    show_page(window, page)
    create_identity(qtbot, page, on_dialog)
    import_county_certificate(qtbot, page, on_dialog, monkeypatch, tmp_path)
    assert page.identity.status().source == SOURCE_COUNTY
    assert "Sertifikat fra fylkeskommunen (Innlandet fylkeskommune signerings-CA)" in page.status_text.text()


def test_summary_in_nynorsk_is_chosen_by_keyboard_and_remembered_per_store(
        windows, qtbot, on_dialog, monkeypatch, tmp_path):
    window = windows.open()
    first = store_with_activities(window, 2)
    page = window.report
    show_page(window, page)
    create_identity(qtbot, page, on_dialog)
    assert page.report_language.currentData() == "nb"  # the app is in bokmål
    page.report_language.setFocus()
    qtbot.keyClick(page.report_language, Qt.Key_Down)  # Nynorsk
    assert page.report_language.currentData() == "nn"

    out = tmp_path / "samandrag.pdf"
    fake_file_dialogs(monkeypatch, save=out)
    produce(qtbot, page, on_dialog)
    data = _data_json(out)
    assert data["language"] == "nn"
    with pikepdf.open(out) as pdf:
        assert str(pdf.Root.Lang) == "nn-NO"

    other = window.services.stores.create({"name": "Nabobutikken"})
    window.reload_stores(other.id)
    show_page(window, page)
    assert page.report_language.currentData() == "nb"
    window.reload_stores(first)
    page.refresh()
    assert page.report_language.currentData() == "nn"
