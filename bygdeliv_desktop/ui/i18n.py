"""Language set-up. The source texts of the app are bokmål.

Qt ships no bokmål translation of its own standard texts (only nynorsk), and a QTranslator
subclass written in Python crashes PySide6 at exit (a reference-count bug in the override), so
the app's message boxes name their buttons themselves (see ``ui/dialogs/ask.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def install_translations(app: QCoreApplication, language: str = "nb") -> list[QTranslator]:
    """Install translators for ``language``; returns them so the caller keeps them alive."""
    translators: list[QTranslator] = []
    if language == "nb":
        QLocale.setDefault(QLocale(QLocale.NorwegianBokmal, QLocale.Norway))
    elif language == "nn":
        qt = QTranslator(app)
        if qt.load("qtbase_nn", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            translators.append(qt)
        QLocale.setDefault(QLocale(QLocale.NorwegianNynorsk, QLocale.Norway))
    for translator in translators:
        app.installTranslator(translator)
    return translators
