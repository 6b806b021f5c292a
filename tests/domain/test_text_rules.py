"""Which characters a text field takes (issue 13): what the form accepts must print in the PDF."""

from __future__ import annotations

import pytest

from bygdeliv_desktop.domain import text
from bygdeliv_desktop.domain.validation import (
    MULTILINE_FIELDS, text_field_errors, validate_action, validate_activity, validate_answer_texts,
    validate_assessment, validate_service, validate_signer, validate_store)

SAMI = "Áltá Čáhppes Ŋ ŧ đ"
NORWEGIAN = "Nærbutikken på Øya – Åpent «hver dag»"


def codes(errors) -> dict[str, str]:
    return {e.field: e.code for e in errors}


REFUSED = {
    "NUL": "A\x00B", "BEL": "A\x07B", "ESC": "A\x1b[31mB", "DEL": "A\x7fB", "C1 NEL": "A\x85B",
    "C1 CSI": "A\x9bB", "lone high surrogate": "A\ud800B", "lone low surrogate": "A\udcffB",
    "RLO": "evil\u202ecod.exe", "LRE": "A\u202aB", "PDF": "A\u202cB", "LRI": "A\u2066B",
    "PDI": "A\u2069B", "LRM": "A\u200eB", "zero width space": "A\u200bB", "BOM": "\ufeffA",
    "soft hyphen": "A\u00adB", "line separator": "A\u2028B", "private use": "A\ue000B",
    "unassigned": "A\u0378B",
}


@pytest.mark.parametrize("value", REFUSED.values(), ids=REFUSED.keys())
def test_refused_characters_are_found(value):
    assert text.refused_characters(value)
    assert text.refused_characters(value, multiline=True)


@pytest.mark.parametrize("value", [SAMI, NORWEGIAN, "Kafé & quiz (5 kr)", "Ä ö ü ß é è ñ",
                                   "Привет", "Ελληνικά", "a\u00a0b"])
def test_ordinary_text_is_not_refused(value):
    assert text.refused_characters(value) == []
    assert text.unprintable_characters(value) == []


def test_tab_and_newline_only_in_multiline_text():
    assert text.refused_characters("a\nb\tc", multiline=True) == []
    assert text.refused_characters("a\nb") == ["\n"]
    assert text.refused_characters("a\tb") == ["\t"]
    assert text.refused_characters("a\rb", multiline=True) == ["\r"]


@pytest.mark.parametrize("value", ["中文", "日本語", "한국어", "A\U0001F600B", "\U0001D400"])
def test_characters_the_pdf_font_lacks_are_unprintable(value):
    # CJK is not in DejaVu Sans; characters past U+FFFF came out of reportlab as another letter.
    assert text.unprintable_characters(value)


@pytest.mark.parametrize("name, value", REFUSED.items(), ids=REFUSED.keys())
def test_store_name_with_refused_character_is_refused(name, value):
    error = text_field_errors("name", value)[0]
    assert (error.field, error.code) == ("name", "text.control")
    assert error.params["chars"].startswith("U+")


def test_name_with_newline_is_single_line_error_but_note_takes_it():
    assert codes(text_field_errors("name", "Linje 1\nLinje 2")) == {"name": "text.single_line"}
    assert text_field_errors("note", "Linje 1\nLinje 2\tinnrykk") == []
    assert {"notes", "note", "opening_hours", "evidence", "comment", "description"} <= MULTILINE_FIELDS


def test_cjk_is_unprintable_and_named():
    error = text_field_errors("title", "Quiz 中文")[0]
    assert (error.field, error.code) == ("title", "text.unprintable")
    assert "中" in error.params["chars"] and "U+4E2D" in error.params["chars"]


def test_non_text_value_is_refused_not_crashing():
    assert codes(text_field_errors("name", 12)) == {"name": "text.invalid"}
    assert codes(text_field_errors("name", b"bytes")) == {"name": "text.invalid"}


def test_every_validator_checks_its_text_fields():
    bad = "A\u202eB"
    assert codes(validate_store({"name": bad})) == {"name": "text.control"}
    assert codes(validate_store({"name": "Ok", "notes": bad})) == {"notes": "text.control"}
    assert codes(validate_service({"kind_code": "post", "partner": bad})) == {
        "partner": "text.control"}
    assert codes(validate_activity({"date": __import__("datetime").date(2025, 1, 1),
                                    "kind_code": "quiz", "title": bad})) == {"title": "text.control"}
    assert codes(validate_action({"title": "T", "status": "planned", "responsible": bad})) == {
        "responsible": "text.control"}
    assert codes(validate_assessment({"assessed_on": __import__("datetime").date(2025, 1, 1),
                                      "assessor_role": "consultant", "assessor_name": bad,
                                      "purpose": "baseline"})) == {"assessor_name": "text.control"}
    assert codes(validate_answer_texts({"evidence": bad})) == {"evidence": "text.control"}
    signer = {"name": bad, "role": "Leiar", "store_name": "Butikken"}
    assert codes(validate_signer(signer, 8)) == {"name": "text.control"}


def test_passphrase_with_lone_surrogate_is_refused_without_echoing_it():
    values = {"name": "Kari", "role": "Leiar", "store_name": "Butikken",
              "passphrase": "hemmelig\udcff", "passphrase_again": "hemmelig\udcff"}
    error = validate_signer(values, 8)[0]
    assert (error.field, error.code, error.params) == ("passphrase", "passphrase.invalid", {})


def test_sami_and_norwegian_pass_every_validator():
    assert validate_store({"name": SAMI, "postal_place": NORWEGIAN, "notes": SAMI + "\n" + NORWEGIAN}) == []


@pytest.mark.parametrize("value, multiline, expected", [
    ("A\x00B\x1bC", False, "ABC"),
    ("evil\u202ecod.exe", False, "evilcod.exe"),
    ("A\ud800B", False, "AB"),
    ("Linje 1\r\nLinje 2\rLinje 3", True, "Linje 1\nLinje 2\nLinje 3"),
    ("Linje 1\nLinje 2\tx", False, "Linje 1 Linje 2 x"),
    ("A\u0301ltá", False, "Áltá"),  # decomposed (macOS) becomes the composed letter
    (SAMI, False, SAMI),
])
def test_clean_text(value, multiline, expected):
    cleaned = text.clean_text(value, multiline=multiline)
    assert cleaned == expected
    assert text.refused_characters(cleaned, multiline=multiline) == []


@pytest.mark.parametrize("value, expected", [
    ("Nærbutikken", "Nærbutikken"),
    ("A\x1b[2JB", "A\\x1b[2JB"),
    ("A\x00B", "A\\x00B"),
    ("evil\u202ecod", "evil\\u202ecod"),
    ("A\udcffB", "A\\udcffB"),
    ("A\nB", "A\\x0aB"),
])
def test_printable_escapes_controls(value, expected):
    assert text.printable(value) == expected


def test_printable_escapes_what_the_terminal_cannot_encode():
    assert text.printable("Čáhppes æ", encoding="cp1252") == "\\u010cáhppes æ"
    assert text.printable("Čáhppes", encoding="ascii") == "\\u010c\\xe1hppes"


def test_bokmal_message_names_the_field_for_cli_and_import():
    from bygdeliv_desktop.domain.field_messages import describe, describe_all

    error = text_field_errors("name", "evil\u202ecod")[0]
    assert describe(error) == ("Navn: Teksten har usynlige styretegn eller retningstegn (U+202E), "
                               "ofte med fra kopiering. Fjern dem og prøv igjen.")
    lines = describe_all(validate_activity({"date": "2026-13-45", "kind_code": "quiz",
                                            "title": "Quiz 中"})).splitlines()
    assert any(line.startswith("Dato: Ugyldig dato") for line in lines) and len(lines) == 2
    assert lines[0] == ("Tittel: Teksten har tegn som ikke kan skrives ut i PDF-rapporten: "
                        "中 (U+4E2D). Bruk andre tegn.")
