"""Readiness reasons and answer words in the UI's language: no bokmål scale words in nynorsk or
English (the scale label used to default to bokmål)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from bygdeliv_desktop import paths
from bygdeliv_desktop.domain.criteria import read_catalogue_file
from bygdeliv_desktop.domain.scoring import Reason
from bygdeliv_desktop.ui import assessment_text
from bygdeliv_desktop.ui.i18n import install_translations, remove_translations


@pytest.fixture
def catalogue():
    return read_catalogue_file(paths.resource("criteria", "bygdeliv-criteria-2025-draft.toml"))[0]


@pytest.mark.parametrize("language, word, not_word", [
    ("nn", "«Ikkje oppfylt»", "Ikke oppfylt"),
    ("en", "“Not met”", "Ikke oppfylt"),
    ("nb", "«Ikke oppfylt»", "Ikkje oppfylt"),
])
def test_a_mandatory_criterion_not_met_is_worded_in_the_ui_language(app, catalogue, language,
                                                                   word, not_word):
    translators = install_translations(QApplication.instance(), language)
    try:
        reason = Reason("readiness.mandatory_not_met", {"criterion": "M1", "level": 0})
        text = assessment_text.reason_text(reason, catalogue)
        label = assessment_text.value_label(catalogue, "M1", 0)
    finally:
        remove_translations(QApplication.instance(), translators)
    assert not_word not in text
    assert label == word.strip("«»“”")
    assert label in text
