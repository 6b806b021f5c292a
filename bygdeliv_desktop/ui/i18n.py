"""Language set-up: bokmål (the source texts), nynorsk or English, chosen in Vis → Språk.

The app's own texts come from ``resources/translations/bygdeliv_<language>.qm`` (built from the
.ts files by ``tools/update_translations --release``). Qt's own texts (standard buttons, file
dialogs, the text-field menu) come from Qt's ``qtbase_<language>`` where Qt ships one (nynorsk).
Qt ships no bokmål, so ``resources/translations/qt_nb.qm`` (ours) covers bokmål and stands
behind Qt's nynorsk for what that lacks; ``qt_nn.qm`` has the few nynorsk texts of today's
file dialog that Qt's older nynorsk misses (stacked translators: a QTranslator subclass written
in Python crashes PySide6 at exit). Catalogue texts (criteria,
kinds) follow through ``domain.language``. A change rebuilds the main window (``Session.change_language``):
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
        if own.load(str(paths.resource("translations", f"bygdeliv_{language}.qm"))):
            translators.append(own)
    translators += _qt_translators(app, language)
    country = QLocale.UnitedKingdom if language == "en" else QLocale.Norway
    QLocale.setDefault(QLocale(LOCALES[language], country))
    domain_language.set_current(language)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def _qt_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own texts for ``language``, in install order (Qt searches the last one first):
    our bokmål as the floor, Qt's own on top, and our supplement for what Qt's lacks on top."""
    if language == "en":
        return []  # Qt's source texts are English
    candidates = [(str(paths.resource("translations", "qt_nb.qm")), ""),
                  (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath))]
    if language != "nb":
        candidates.append((str(paths.resource("translations", f"qt_{language}.qm")), ""))
    found: list[QTranslator] = []
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder) if folder else translator.load(name):
            found.append(translator)
    return found


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    domain_language.set_current("nb")


def switch_translations(app: QCoreApplication, language: str) -> None:
    """Replace the translators installed on ``app`` (kept in ``app._translators``)."""
    remove_translations(app, getattr(app, "_translators", []))
    app._translators = install_translations(app, language)
