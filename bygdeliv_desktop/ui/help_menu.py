"""Hjelp: the user guide (in the app's language) and About (versions and licences)."""

from __future__ import annotations

import json
import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QMainWindow, QMenu, QTextBrowser,
                               QVBoxLayout, QWidget)

from bygdeliv_desktop import __version__, paths
from bygdeliv_desktop.domain import language

translate = QCoreApplication.translate


def guide_text(language_code: str | None = None) -> str:
    """The guide in ``language_code`` (default: the user's), falling back to bokmål."""
    code = language_code or language.current()
    for candidate in (code, "nb"):
        path = paths.resource("help", f"guide_{candidate}.md")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "–"


def about_text() -> str:
    """Markdown: app version, Python/Qt, and each bundled library and font with its licence."""
    licences = json.loads(paths.resource("help", "licences.json").read_text(encoding="utf-8"))
    lines = [f"# Bygdeliv Desktop {__version__}", "",
             translate("help", "Et offline program for bygdelivsbutikker (Innlandet "
                               "fylkeskommune og Distriktssenteret, Merkur-programmet)."), "",
             f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}", "",
             "## " + translate("help", "Biblioteker"), "",
             "| | | |", "|---|---|---|"]
    lines += [f"| {lib['name']} | {_version(lib['package'])} | {lib['licence']} |"
              for lib in licences["libraries"]]
    lines += ["", "## " + translate("help", "Skrift"), ""]
    lines += [f"- {font['name']}: {font['licence']}" for font in licences["fonts"]]
    return "\n".join(lines)


class TextDialog(QDialog):
    def __init__(self, title: str, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(title)
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(markdown)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("&Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(680, 560)


def build_help_menu(window: QMainWindow, menu: QMenu) -> None:
    def show(title: str, text: str) -> None:
        dialog = TextDialog(title, text, window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    guide = menu.addAction(translate("help", "&Brukerveiledning"))
    guide.setShortcut(QKeySequence.HelpContents)
    guide.triggered.connect(lambda: show(translate("help", "Brukerveiledning"), guide_text()))
    menu.addSeparator()
    about = menu.addAction(translate("help", "&Om Bygdeliv Desktop"))
    about.triggered.connect(lambda: show(translate("help", "Om Bygdeliv Desktop"), about_text()))
