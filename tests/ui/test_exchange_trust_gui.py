"""Issue 13 in the window: "Godta bare signerte filer fra klarerte utstedere" in the import preview
blocks unsigned and untrusted files, is remembered, and a blocked file changes nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from bygdeliv_desktop.exchange.importer import preview_import
from bygdeliv_desktop.exchange.signing import CmsManifestSigner, CmsManifestVerifier
from bygdeliv_desktop.exchange.writer import export_file
from bygdeliv_desktop.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from bygdeliv_desktop.ui.exchange_actions import TRUSTED_ONLY_KEY
from tests.exchange import pki
from tests.exchange.conftest import database_digest


def _store(window, org="974760673"):
    store = window.services.stores.create({"name": "Nærbutikken Svatsum", "org_number": org})
    window.services.activities.add(store.id, {"date": dt.date(2025, 3, 6), "kind_code": "quiz",
                                              "title": "Strikkekafé", "participants": 9})
    return store


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.Ok)


def test_unsigned_file_is_blocked_while_the_box_is_ticked(windows, qtbot, on_dialog, tmp_path,
                                                          settings):
    window = windows.open()
    store = _store(window)
    out = export_file(window.services.database, tmp_path / "usignert.bygdeliv", [store.id]).path
    settings.setValue(TRUSTED_ONLY_KEY, True)
    before = database_digest(window.services.database.path)
    seen = []

    def look(dialog):
        seen.append((dialog.trusted_only.isChecked(), _ok(dialog).isEnabled(),
                     dialog.trust_block.text()))
        dialog.trusted_only.setChecked(False)
        seen.append((dialog.trusted_only.isChecked(), _ok(dialog).isEnabled(), ""))
        dialog.trusted_only.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.Cancel).click()

    handled = on_dialog(ImportPreviewDialog, look)
    window.exchange.import_from(out)
    qtbot.waitUntil(lambda: bool(handled), timeout=10000)
    qtbot.wait(100)
    assert seen[0][:2] == (True, False) and "ikke signert" in seen[0][2]
    assert seen[1][:2] == (False, True)
    assert database_digest(window.services.database.path) == before
    assert bool(settings.value(TRUSTED_ONLY_KEY, False, bool)) is True  # remembered


def test_signer_of_another_organisation_is_blocked_and_named(app, services, store, tmp_path):
    county = pki.make_ca()
    root = county.pem_file(tmp_path / "ca.pem")
    own = pki.make_signer(tmp_path / "own", county)
    foreign = pki.make_signer(tmp_path / "foreign", county, org_number="910000000")
    verifier = CmsManifestVerifier([root])
    for signer, allowed in [(own, True), (foreign, False)]:
        path = export_file(services.database, tmp_path / f"{allowed}.bygdeliv", [store.id],
                           signer=CmsManifestSigner(signer.key_file, signer.cert_file)).path
        dialog = ImportPreviewDialog(preview_import(services.database, path, verifier),
                                     require_trusted=True, has_trust_root=True)
        try:
            assert _ok(dialog).isEnabled() is allowed
            if not allowed:
                assert "910000000" in dialog.signer_note.text()
                assert "annen organisasjon" in dialog.trust_block.text()
        finally:
            dialog.deleteLater()


def test_refusals_of_issue_19_have_plain_messages(app):
    from bygdeliv_desktop import errors
    from bygdeliv_desktop.exchange.package_format import DEFAULT_LIMITS
    from bygdeliv_desktop.exchange.reader import _data_too_large
    from bygdeliv_desktop.ui.messages import error_message

    text = error_message(_data_too_large(DEFAULT_LIMITS))
    assert "grensen på 20 MB" in text and "ingenting er endret" in text
    polyglot = error_message(errors.ExchangeNotZip("x", reason="polyglot"))
    assert "foran eller bak" in polyglot
    lie = error_message(errors.ExchangeMalformed("activity: manifest 2, data.json 3",
                                                 reason="manifest_record_counts"))
    assert "Innholdslisten" in lie and "manifest 2, data.json 3" in lie
