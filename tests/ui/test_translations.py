"""Every text in the UI has a nynorsk and an English translation, and the app shows them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtWidgets import QApplication

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.ui.i18n import install_translations, remove_translations

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
needs_qt_tools = pytest.mark.skipif(shutil.which("pyside6-lupdate") is None,
                                    reason="pyside6-lupdate not on PATH")


@pytest.mark.parametrize("language", ["nn", "en"])
def test_every_message_is_translated(language):
    tree = ElementTree.parse(TRANSLATIONS / f"bygdeliv_{language}.ts")
    problems = []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not all(t and t.strip() for t in texts):
                problems.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    assert problems == [], f"{len(problems)} untranslated in {language}: {problems[:10]}"


@needs_qt_tools
def test_the_translation_files_have_every_text_in_the_code():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_qt_tools
@pytest.mark.parametrize("language", ["nn", "en"])
def test_compiled_files_match_the_sources(tmp_path, language):
    compiled = tmp_path / f"{language}.qm"
    subprocess.run([shutil.which("pyside6-lrelease"), "-silent",
                    str(TRANSLATIONS / f"bygdeliv_{language}.ts"), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == (TRANSLATIONS / f"bygdeliv_{language}.qm").read_bytes(), \
        "run tools/update_translations --release"


@pytest.mark.parametrize("language, expected", [
    ("en", ["Overview", "Store", "Services", "Activities", "Self-assessment"]),
    ("nn", ["Oversikt", "Butikk", "Tenester", "Aktivitetar", "Eigenvurdering"]),
])
def test_window_speaks_the_chosen_language(windows, language, expected):
    app = QApplication.instance()
    translators = install_translations(app, language)
    try:
        window = windows.open()
        assert [page.title() for page in window.pages[:5]] == expected
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[0] in ("&File", "&Fil")  # Fil is the same word in nynorsk
        # Catalogue texts follow: a service kind in the chosen language where the data has it.
        post = catalogs.service_kinds().get("post")
        assert catalogs.service_kinds().label("post") == post.label(language)
        windows.close()
    finally:
        remove_translations(app, translators)


def test_county_words_from_the_service_are_shown_translated(app):
    from bygdeliv_desktop.ui.models.county_model import value_text

    translators = install_translations(QApplication.instance(), "en")
    try:
        assert value_text("readiness", "Nei (utkast)") == "No (draft)"
        assert value_text("overall_score", "83 % (utkast)") == "83 % (draft)"
        assert value_text("source", "fil + PDF") == "file + PDF"
        assert value_text("store", "Nei") == "Nei"  # a store called "Nei" stays itself
    finally:
        remove_translations(QApplication.instance(), translators)
