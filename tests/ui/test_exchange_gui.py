"""Exchange through the window: export on one machine, preview and import on another, conflicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from bygdeliv_desktop.exchange.importer import import_file
from bygdeliv_desktop.exchange.writer import export_file
from bygdeliv_desktop.ui import exchange_actions
from bygdeliv_desktop.ui.dialogs.conflicts_dialog import ConflictsDialog
from bygdeliv_desktop.ui.dialogs.export_dialog import ExportDialog
from bygdeliv_desktop.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from tests.exchange.conftest import database_digest
from tests.ui.conftest import WindowFactory

STORE = "Nærbutikken Svatsum"


@pytest.fixture
def laptop(app, qtbot, tmp_path, settings):
    """A second machine: its own database file, its own window."""
    factory = WindowFactory(qtbot, tmp_path / "laptop" / "bygdeliv.sqlite3", settings)
    yield factory
    factory.close()


def _store_with_activity(window, title="Strikkekafé"):
    store = window.services.stores.create({"name": STORE})
    window.services.activities.add(store.id, {"date": dt.date(2025, 3, 6), "kind_code": "quiz",
                                              "title": title, "participants": 9})
    window.reload_stores(store.id)
    return store


def _press(dialog, which=QDialogButtonBox.Ok):
    dialog.findChild(QDialogButtonBox).button(which).click()


def _message(on_dialog, texts: list) -> list:
    return on_dialog(QMessageBox, lambda box: (texts.append(box.text()), box.accept()))


def test_export_dialog_then_import_with_preview_on_another_machine(windows, laptop, qtbot,
                                                                   on_dialog, monkeypatch,
                                                                   tmp_path):
    shop = windows.open()
    store = _store_with_activity(shop)
    out = tmp_path / "minnepinne" / "svatsum.bygdeliv"
    out.parent.mkdir()
    offered = []

    def save_name(_parent, _title, default, _filter):
        offered.append(Path(default).name)
        return str(out), ""

    monkeypatch.setattr(exchange_actions.QFileDialog, "getSaveFileName", save_name)
    chosen = []

    def pick(dialog: ExportDialog) -> None:
        chosen.append(dialog.chosen_store_ids())
        assert not dialog.sign_box.isEnabled()  # no signing identity on this machine
        _press(dialog)

    texts: list[str] = []
    on_dialog(ExportDialog, pick)
    done = _message(on_dialog, texts)
    shop.exchange.export_file(shop.current_store_id)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert chosen == [[store.id]] and offered[0].startswith("nærbutikken-svatsum-")
    assert out.exists() and str(out) in texts[0] and "ikke signert" in texts[0]

    other = laptop.open()
    assert other.store_picker.count() == 0
    shown = []

    def confirm(dialog: ImportPreviewDialog) -> None:
        table = dialog.table
        rows = {table.verticalHeaderItem(r).text(): table.item(r, 0).text()
                for r in range(table.rowCount())}
        shown.append(rows)
        _press(dialog)

    on_dialog(ImportPreviewDialog, confirm)
    done = _message(on_dialog, texts)
    other.exchange.import_from(out)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert shown[0]["Butikker"] == "1" and shown[0]["Aktiviteter"] == "1"
    assert "Importert: 3 nye" in texts[-1] and "Sikkerhetskopi" in texts[-1]
    assert other.store_picker.currentText() == STORE  # the window reloaded
    rows = other.services.activities.list_rows(store.id)
    assert [row.title for row in rows] == ["Strikkekafé"]


def test_cancelled_preview_changes_nothing(windows, laptop, qtbot, on_dialog, tmp_path):
    shop = windows.open()
    store = _store_with_activity(shop)
    out = export_file(shop.services.database, tmp_path / "a.bygdeliv", [store.id]).path
    other = laptop.open()
    before = database_digest(other.services.database.path)
    handled = on_dialog(ImportPreviewDialog, lambda d: _press(d, QDialogButtonBox.Cancel))
    other.exchange.import_from(out)
    qtbot.waitUntil(lambda: bool(handled), timeout=10000)
    qtbot.wait(100)
    assert database_digest(other.services.database.path) == before
    assert other.store_picker.count() == 0


@pytest.mark.parametrize("content, expected", [
    (b"PK\x03\x04 truncated", "ikke en utvekslingsfil"),
    (b"just some text", "ikke en utvekslingsfil"),
])
def test_broken_file_is_explained_and_changes_nothing(windows, qtbot, on_dialog, tmp_path,
                                                      content, expected):
    window = windows.open()
    _store_with_activity(window)
    bad = tmp_path / "skadet.bygdeliv"
    bad.write_bytes(content)
    before = database_digest(window.services.database.path)
    texts: list[str] = []
    done = _message(on_dialog, texts)
    window.exchange.import_from(bad)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert expected in texts[0] and "Ingenting er endret" in texts[0]
    assert database_digest(window.services.database.path) == before


def test_conflict_is_resolved_in_the_dialog(windows, laptop, qtbot, tmp_path):
    shop = windows.open()
    store = _store_with_activity(shop)
    [activity] = shop.services.activities.list_rows(store.id)
    other = laptop.open()
    import_file(other.services.database,
                export_file(shop.services.database, tmp_path / "1.bygdeliv", [store.id]).path)
    # The same activity changed on both machines before they meet again.
    shop.services.activities.update(activity.id, {"title": "Strikkekafé i butikken"})
    other.services.activities.update(activity.id, {"title": "Strikkekafé på grendehuset"})
    import_file(shop.services.database,
                export_file(other.services.database, tmp_path / "2.bygdeliv", [store.id]).path)

    dialog = ConflictsDialog(shop.services.database, shop)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "Aktivitet" in dialog.list.item(0).text()
    fields = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                              dialog.table.item(r, 2).text())
              for r in range(dialog.table.rowCount())}
    current, other_version = fields["title"]
    assert {current, other_version} == {"Strikkekafé i butikken", "Strikkekafé på grendehuset"}
    qtbot.mouseClick(dialog.take_button, Qt.LeftButton)
    [row] = shop.services.activities.list_rows(store.id)
    assert row.title == other_version
    assert dialog.list.count() == 0 and dialog.empty.isVisibleTo(dialog)


def test_signed_export_shows_the_signer_in_the_preview(windows, laptop, qtbot, on_dialog,
                                                       tmp_path):
    from bygdeliv_desktop.signing.certs import SignerProfile

    shop = windows.open()
    store = _store_with_activity(shop)
    shop.exchange.identity.create(SignerProfile("Kari Kjøpmann", "Daglig leder", STORE,
                                                "974760673"), "riktig-passord")
    texts: list[str] = []
    done = _message(on_dialog, texts)
    out = tmp_path / "signert.bygdeliv"
    shop.exchange.export_to(out, [store.id], "riktig-passord")
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert "Filen er signert." in texts[0]

    other = laptop.open()
    seen = []
    handled = on_dialog(ImportPreviewDialog, lambda d: (
        seen.append(d.findChildren(type(d.verdict))[0].text()), _press(d, QDialogButtonBox.Cancel)))
    other.exchange.import_from(out)
    qtbot.waitUntil(lambda: bool(handled), timeout=10000)
    assert "signert av Kari Kjøpmann, org.nr. 974760673" in seen[0]
    assert "ikke bekreftet" in seen[0]  # self-signed: intact, signer not confirmed


def test_wrong_passphrase_on_export_writes_nothing(windows, qtbot, on_dialog, tmp_path):
    from bygdeliv_desktop.signing.certs import SignerProfile

    shop = windows.open()
    store = _store_with_activity(shop)
    shop.exchange.identity.create(SignerProfile("Kari Kjøpmann", "Daglig leder", STORE,
                                                "974760673"), "riktig-passord")
    texts: list[str] = []
    done = _message(on_dialog, texts)
    out = tmp_path / "signert.bygdeliv"
    shop.exchange.export_to(out, [store.id], "feil-passord")
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert "Feil passord" in texts[0]
    assert not out.exists() and not list(tmp_path.glob("*.partial"))
