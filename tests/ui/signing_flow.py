"""Steps shared by the report and verify page tests, done through the widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from bygdeliv_desktop.domain.models import Activity
from bygdeliv_desktop.signing.ca import CountyCA
from bygdeliv_desktop.ui.dialogs.identity_dialog import IdentityDialog
from bygdeliv_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog

PASSPHRASE = "riktig-passord"
CA_PASSPHRASE = "fylkes-passord"
STORE_NAME = "Nærbutikken Åsbygda"
ORGNR = "974760673"


def store_with_activities(window, count: int = 3) -> str:
    """A store with ``count`` activities in the last weeks, selected in the window."""
    services = window.services
    store = services.stores.create({"name": STORE_NAME, "org_number": ORGNR,
                                    "municipality_code": "3441", "contact_person": "Kari Kjøpmann"})
    today = dt.date.today()
    with services.database.transaction() as session:
        session.add_all(Activity(store_id=store.id, date=today - dt.timedelta(days=7 * (i + 1)),
                                 kind_code="quiz", title=f"Quiz {i + 1}", participants=10 + i,
                                 target_groups="everyone") for i in range(count))
    window.reload_stores(store.id)
    return store.id


def show_page(window, page) -> None:
    window.nav.setCurrentRow(window.pages.index(page))
    assert window.current_page() is page


def fake_file_dialogs(monkeypatch, save: Path | None = None, open_: list[Path] | None = None) -> list:
    """Make QFileDialog's static functions answer with the given paths; returns the calls seen."""
    calls: list = []
    queue = list(open_ or [])

    def get_save(parent, caption, directory="", file_filter="", *args, **kwargs):
        calls.append(("save", caption, directory))
        return (str(save), file_filter) if save else ("", "")

    def get_open(parent, caption, directory="", file_filter="", *args, **kwargs):
        calls.append(("open", caption, directory))
        return (str(queue.pop(0)), file_filter) if queue else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    return calls


def click_button(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.LeftButton)


def create_identity(qtbot, page, on_dialog, name: str = "Kari Kjøpmann") -> IdentityDialog:
    seen = {}

    def fill(dialog: IdentityDialog) -> None:
        seen["store"] = dialog.form.widget("store_name").text()
        seen["orgnr"] = dialog.form.widget("org_number").text()
        name_edit = dialog.form.widget("name")
        name_edit.clear()
        qtbot.keyClicks(name_edit, name)
        qtbot.keyClicks(dialog.form.widget("role"), "Daglig leder")
        qtbot.keyClicks(dialog.form.widget("passphrase"), PASSPHRASE)
        qtbot.keyClicks(dialog.form.widget("passphrase_again"), PASSPHRASE)
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.Ok), Qt.LeftButton)

    handled = on_dialog(IdentityDialog, fill)
    qtbot.mouseClick(page.create_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(handled) and page.identity.exists(), timeout=20000)
    qtbot.waitUntil(lambda: page.produce_button.isEnabled(), timeout=5000)
    return seen


def type_passphrase(qtbot, on_dialog, passphrase: str) -> list:
    def fill(dialog: PassphraseDialog) -> None:
        qtbot.keyClicks(dialog.edit, passphrase)
        qtbot.keyClick(dialog.edit, Qt.Key_Return)

    return on_dialog(PassphraseDialog, fill)


def produce(qtbot, page, on_dialog, passphrase: str = PASSPHRASE) -> list[str]:
    """Press "Lag signert sammendrag…", type the passphrase, answer the message box that follows
    (Nei to "open it now?", OK to an error); returns that box's text."""
    texts: list[str] = []

    def answer(box: QMessageBox) -> None:
        texts.append(box.text())
        labels = [b.text().replace("&", "") for b in box.buttons()]
        click_button(qtbot, box, "Nei" if "Nei" in labels else "OK")

    typed = type_passphrase(qtbot, on_dialog, passphrase)
    answered = on_dialog(QMessageBox, answer)
    qtbot.mouseClick(page.produce_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(typed) and bool(answered), timeout=30000)
    return texts


def import_county_certificate(qtbot, page, on_dialog, monkeypatch, tmp_path: Path) -> CountyCA:
    """Write the request through the page, let a test county CA issue it, import it back.

    The county sends the certificate alone, so the app asks for the CA file as well."""
    request = tmp_path / "foresporsel.csr"
    fake_file_dialogs(monkeypatch, save=request)
    type_passphrase(qtbot, on_dialog, PASSPHRASE)
    told = on_dialog(QMessageBox, lambda box: click_button(qtbot, box, "OK"))
    qtbot.mouseClick(page.request_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert request.read_bytes().startswith(b"-----BEGIN CERTIFICATE REQUEST-----")

    ca = CountyCA(tmp_path / "ca")
    ca.init("Innlandet fylkeskommune", CA_PASSPHRASE)
    bundle = ca.issue(request, tmp_path / "bundle.pem", CA_PASSPHRASE) and tmp_path / "bundle.pem"
    leaf_only = tmp_path / "sertifikat.pem"
    leaf_only.write_bytes(b"".join(bundle.read_bytes().partition(b"-----END CERTIFICATE-----\n")[:2]))
    fake_file_dialogs(monkeypatch, open_=[leaf_only, ca.cert_file])
    asked = on_dialog(QMessageBox, lambda box: click_button(qtbot, box, "Ja"))
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    return ca
