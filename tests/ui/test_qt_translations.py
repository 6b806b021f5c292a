"""Qt's own texts (standard buttons, the file dialog) speak the user's language, not English."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from bygdeliv_desktop.ui.i18n import chosen_language, switch_translations

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def in_language(app, settings):
    """Switch the running app to a language, and back to the one it had afterwards."""
    before = chosen_language(settings)

    def switch(language: str) -> QApplication:
        switch_translations(app, language)
        return app

    yield switch
    switch_translations(app, before)


def button_texts() -> dict[str, str]:
    box = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel
                           | QDialogButtonBox.Open | QDialogButtonBox.Close)
    texts = {name: box.button(getattr(QDialogButtonBox, name)).text().replace("&", "")
             for name in ("Save", "Cancel", "Open", "Close")}
    box.deleteLater()
    return texts


def file_dialog_labels() -> dict[str, str]:
    dialog = QFileDialog(None, "", "", "")
    dialog.setOption(QFileDialog.DontUseNativeDialog)  # Qt's own dialog (Linux, the bundle)
    dialog.setAcceptMode(QFileDialog.AcceptSave)
    labels = {name: dialog.findChild(QLabel, name).text().replace("&", "")
              for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")}
    dialog.deleteLater()
    return labels


@pytest.mark.parametrize("language, expected", [
    ("nb", {"Save": "Lagre", "Cancel": "Avbryt", "Open": "Åpne", "Close": "Lukk"}),
    ("nn", {"Save": "Lagra", "Cancel": "Avbryt", "Open": "Opna", "Close": "Lukk"}),
    ("en", {"Save": "Save", "Cancel": "Cancel", "Open": "Open", "Close": "Close"}),
])
def test_standard_buttons_speak_the_chosen_language(in_language, language, expected):
    in_language(language)
    assert button_texts() == expected


@pytest.mark.parametrize("language, expected", [
    ("nb", {"lookInLabel": "Se i:", "fileNameLabel": "Filnavn:", "fileTypeLabel": "Filtype:"}),
    ("nn", {"lookInLabel": "Leit i:", "fileNameLabel": "Filnamn:",
            "fileTypeLabel": "Filer av typen:"}),
    ("en", {"lookInLabel": "Look in:", "fileNameLabel": "File name:",
            "fileTypeLabel": "Files of type:"}),
])
def test_the_file_dialog_speaks_the_chosen_language(in_language, language, expected):
    in_language(language)
    assert file_dialog_labels() == expected


def test_nynorsk_falls_back_to_bokmal_where_qt_has_no_nynorsk(in_language, monkeypatch,
                                                              tmp_path):
    """A Qt without qtbase_nn (an empty translations folder) shows bokmål, not English."""
    from bygdeliv_desktop.ui import i18n

    class NoQtTranslations:
        TranslationsPath = QLibraryInfo.TranslationsPath

        @staticmethod
        def path(_which):
            return str(tmp_path)

    monkeypatch.setattr(i18n, "QLibraryInfo", NoQtTranslations)
    in_language("nn")
    assert button_texts() == {"Save": "Lagre", "Cancel": "Avbryt", "Open": "Åpne", "Close": "Lukk"}


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="pyside6-lrelease not on PATH")
@pytest.mark.parametrize("name", ["qt_nb", "qt_nn"])
def test_the_compiled_qt_texts_match_their_source(tmp_path, name):
    compiled = tmp_path / f"{name}.qm"
    subprocess.run([shutil.which("pyside6-lrelease"), "-silent",
                    str(TRANSLATIONS / f"{name}.ts"), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == (TRANSLATIONS / f"{name}.qm").read_bytes(), \
        f"compile with: pyside6-lrelease resources/translations/{name}.ts"
