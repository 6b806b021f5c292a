"""Kontroller PDF page: verdict in words, each check with its reason, signer, chain, data.json."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from bygdeliv_desktop.ui.models.json_tree import find_value

from .signing_flow import (ORGNR, STORE_NAME, create_identity, fake_file_dialogs,
                           import_county_certificate, produce, show_page, store_with_activities)


def _signed_summary(qtbot, window, on_dialog, monkeypatch, tmp_path, county: bool):
    store_with_activities(window, 3)
    page = window.report
    show_page(window, page)
    create_identity(qtbot, page, on_dialog)
    ca = import_county_certificate(qtbot, page, on_dialog, monkeypatch, tmp_path) if county else None
    out = tmp_path / "sammendrag.pdf"
    fake_file_dialogs(monkeypatch, save=out)
    produce(qtbot, page, on_dialog)
    assert out.exists()
    return out, ca


def _wait_for_verdict(qtbot, page, previous: str) -> str:
    qtbot.waitUntil(lambda: page.verdict_label.text() != previous, timeout=20000)
    return page.verdict_label.text()


def _checks(page) -> dict[str, tuple[str, str]]:
    model = page.checks
    return {model.index(row, 0).data(): (model.index(row, 1).data(), model.index(row, 2).data())
            for row in range(model.rowCount())}


def test_county_signed_summary_is_valid_with_the_county_ca(windows, qtbot, on_dialog,
                                                          monkeypatch, tmp_path, qtmodeltester):
    window = windows.open()
    pdf, ca = _signed_summary(qtbot, window, on_dialog, monkeypatch, tmp_path, county=True)
    page = window.verify
    show_page(window, page)
    page.set_ca_file(None)

    fake_file_dialogs(monkeypatch, open_=[pdf])
    before = page.verdict_label.text()
    page.pick_pdf()
    verdict = _wait_for_verdict(qtbot, page, before)
    assert "Intakt, men ukjent underskriver" in verdict
    rows = _checks(page)
    assert rows["Underskriveren er bekreftet av en betrodd CA"][0] == "Feilet"
    assert "Ingen betrodd CA er valgt" in rows["Underskriveren er bekreftet av en betrodd CA"][1]

    fake_file_dialogs(monkeypatch, open_=[ca.cert_file])
    page.pick_ca()  # re-checks the same PDF with the CA
    verdict = _wait_for_verdict(qtbot, page, verdict)
    assert verdict == "✔ GYLDIG"
    assert all(result == "OK" for result, _ in _checks(page).values())
    assert "Innholdet er uendret siden signering" in _checks(page)
    assert page.signer_label.text() == f"Kari Kjøpmann, org.nr. {ORGNR}"
    assert "Innlandet fylkeskommune" in page.chain_label.text()
    tree = page.data_tree.model()
    assert find_value(tree, "store", "name") == STORE_NAME
    assert find_value(tree, "store", "org_number") == ORGNR
    assert find_value(tree, "activities", "total") == "3"
    assert find_value(tree, "signer", "self_signed") == "nei"
    qtmodeltester.check(page.checks)


def test_tampered_file_is_not_valid_and_says_why(windows, qtbot, on_dialog, monkeypatch, tmp_path,
                                                settings):
    window = windows.open()
    pdf, _ = _signed_summary(qtbot, window, on_dialog, monkeypatch, tmp_path, county=False)
    signed = pdf.read_bytes()
    tampered = bytearray(signed)
    tampered[signed.index(b"stream", 2000) + 20] ^= 0x01  # page content inside the signed range
    bad = tmp_path / "endret.pdf"
    bad.write_bytes(bytes(tampered))

    page = window.verify
    show_page(window, page)
    before = page.verdict_label.text()
    page.check_pdf(bad)
    verdict = _wait_for_verdict(qtbot, page, before)
    assert verdict == "✘ IKKE GYLDIG"
    result, reason = _checks(page)["Innholdet er uendret siden signering"]
    assert result == "Feilet" and "endret etter at det ble signert" in reason
    assert page.verdict_label.accessibleName().startswith("✘ IKKE GYLDIG. Filen kan ikke stoles på")


def test_drop_a_pdf_and_the_ca_choice_is_remembered(windows, qtbot, on_dialog, monkeypatch,
                                                    tmp_path):
    window = windows.open()
    pdf, _ = _signed_summary(qtbot, window, on_dialog, monkeypatch, tmp_path, county=False)
    page = window.verify
    show_page(window, page)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    before = page.verdict_label.text()
    # QApplication drops synthetic drag events that no real drag started, so the test calls the
    # page's handlers with real event objects.
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    enter.ignore()  # events start out accepted; the page must accept it itself
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    page.dropEvent(QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    assert page.pdf_edit.text() == str(pdf)
    assert "ukjent underskriver" in _wait_for_verdict(qtbot, page, before)
    assert find_value(page.data_tree.model(), "activities", "total") == "3"

    page.set_ca_file(tmp_path / "ca.pem")
    windows.close()
    window = windows.open()
    assert window.verify.ca_edit.text() == str(tmp_path / "ca.pem")


def test_drag_of_something_else_is_refused(windows, tmp_path):
    page = windows.open().verify
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "bilde.png"))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    page.dragEnterEvent(enter)
    assert not enter.isAccepted()
