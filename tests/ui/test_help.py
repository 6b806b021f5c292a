"""Hjelp menu: the guide in the chosen language, About with real versions and licences."""

from importlib import metadata

import pytest
from PySide6.QtWidgets import QTextBrowser

from bygdeliv_desktop import __version__
from bygdeliv_desktop.domain import language
from bygdeliv_desktop.ui.help_menu import TextDialog, about_text, guide_text


@pytest.mark.parametrize("code, heading", [("nb", "Brukerveiledning"), ("nn", "Brukarrettleiing"),
                                           ("en", "User guide")])
def test_guide_follows_the_language(code, heading):
    language.set_current(code)
    try:
        assert guide_text().startswith(f"# {heading}")
    finally:
        language.set_current("nb")


def test_about_lists_installed_versions_and_licences():
    text = about_text()
    assert f"Bygdeliv Desktop {__version__}" in text
    assert f"| ReportLab | {metadata.version('reportlab')} | BSD-3-Clause |" in text
    assert f"{metadata.version('pyhanko')}" in text and "DejaVu Sans" in text


def test_help_actions_open_the_texts(windows, qtbot, on_dialog):
    window = windows.open()
    help_menu = [a.menu() for a in window.menuBar().actions() if a.text() == "&Hjelp"][0]
    guide, about = [a for a in help_menu.actions() if not a.isSeparator()]
    assert guide.shortcut().toString() == "F1"
    shown = []
    done = on_dialog(TextDialog, lambda d: (shown.append(d.findChild(QTextBrowser)
                                                         .toPlainText()), d.reject()))
    guide.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert "Kom i gang" in shown[0]
    done = on_dialog(TextDialog, lambda d: (shown.append(d.findChild(QTextBrowser)
                                                         .toPlainText()), d.reject()))
    about.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert "pikepdf" in shown[1]
