"""Language set-up: bokmål (the source texts), nynorsk or English, chosen in Vis → Språk.

The app's own texts come from ``resources/translations/bygdeliv_<language>.qm`` (built from the
.ts files by ``tools/update_translations --release``); Qt's own texts from Qt's ``qtbase_nn``
(Qt ships no bokmål, so the app's message boxes name their buttons themselves; a QTranslator
subclass written in Python crashes PySide6 at exit). Catalogue texts (criteria, kinds) follow
through ``domain.language``. A change rebuilds the main window (``Session.change_language``):
the pages build their texts once, so a new window is simpler and surer than re-translating
every widget in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from bygdeliv_desktop import paths
from bygdeliv_desktop.domain import language as domain_language

LANGUAGE_KEY = "ui/language"
LANGUAGES = {"nb": "Norsk (bokmål)", "nn": "Norsk (nynorsk)", "en": "English"}
LOCALES = {"nb": QLocale.NorwegianBokmal, "nn": QLocale.NorwegianNynorsk, "en": QLocale.English}


def chosen_language(settings: QSettings) -> str:
    language = str(settings.value(LANGUAGE_KEY, "nb", str))
    return language if language in LANGUAGES else "nb"


def install_translations(app: QCoreApplication, language: str = "nb") -> list[QTranslator]:
    """Install translators for ``language``; returns them so the caller keeps them alive."""
    translators: list[QTranslator] = []
    if language != "nb":
        own = QTranslator(app)
        if own.load(f"bygdeliv_{language}", str(paths.resource("translations"))):
            translators.append(own)
    if language == "nn":
        qt = QTranslator(app)
        if qt.load("qtbase_nn", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            translators.append(qt)
    country = QLocale.UnitedKingdom if language == "en" else QLocale.Norway
    QLocale.setDefault(QLocale(LOCALES[language], country))
    domain_language.set_current(language)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    domain_language.set_current("nb")


def switch_translations(app: QCoreApplication, language: str) -> None:
    """Replace the translators installed on ``app`` (kept in ``app._translators``)."""
    remove_translations(app, getattr(app, "_translators", []))
    app._translators = install_translations(app, language)
