"""Imported records take the domain's text and date rules, not a second list (issue 13).

A character the form refuses — including the ones the summary PDF's font cannot draw (CJK),
invisible format characters (zero-width space, soft hyphen) — is refused in an incoming record by
the same rule, and every date and timestamp of the file is read by ``domain.dates``: an offset
that pushes a moment past year 1 or a month 13 is a clean refusal naming record and field, never an
OverflowError or a record stored with a date the forms would not take. Through the service layer
and ``bygdeliv import``; the receiving database is unchanged.
"""

from __future__ import annotations

import pytest

from bygdeliv_desktop import errors
from bygdeliv_desktop.app import main
from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.domain.assessment_models import CatalogSnapshot
from bygdeliv_desktop.exchange.importer import import_file
from bygdeliv_desktop.exchange.reader import IncomingRecord
from bygdeliv_desktop.exchange.record_rules import record_errors
from tests.exchange.test_import_validation import (  # noqa: F401  (fixtures)
    _activity, _check_message, _item, _records, _snapshot, base_world, craft, world)

OVERFLOWING = "0001-01-01T00:00:00+23:59"  # 23:59 before year 1 in UTC: astimezone overflows


def cjk_in_activity_title(data, ids):
    _activity(data, ids)["title"] = "Quiz 中文"


def zero_width_space_in_store_name(data, ids):
    _records(data, "store")[0]["name"] = "Test\u200bbutikken"


def soft_hyphen_in_service_partner(data, ids):
    _records(data, "service_offering")[0]["partner"] = "Pos\u00adten"


def zero_width_space_in_an_id_column(data, ids):
    """Columns no form shows (codes, ids) still take no invisible characters."""
    _records(data, "service_offering")[0]["kind_code"] = "post\u200b"


def overflowing_offset_in_updated_at(data, ids):
    _activity(data, ids)["updated_at"] = OVERFLOWING


def overflowing_offset_in_created_at(data, ids):
    _records(data, "store")[0]["created_at"] = OVERFLOWING


def overflowing_offset_in_finalised_at(data, ids):
    _records(data, "assessment")[0]["finalised_at"] = OVERFLOWING


def timestamp_in_year_1850(data, ids):
    _activity(data, ids)["updated_at"] = "1850-01-01T00:00:00+00:00"


def month_13_in_activity_date(data, ids):
    _activity(data, ids)["date"] = "2026-13-45"


def month_13_in_action_deadline(data, ids):
    _item(data, "action_item", ids["S_action"])["record"]["deadline"] = "2026-13-45"


def empty_text_for_a_date(data, ids):
    _activity(data, ids)["end_date"] = ""


def compact_date_python_would_read(data, ids):
    _activity(data, ids)["date"] = "20250502"  # fromisoformat reads it; the forms do not


INVALID = errors.ExchangeInvalidRecord

# (attack, words the Norwegian message must contain)
CASES = [
    (cjk_in_activity_title, ["aktivitet", "tittel", "PDF", "U+4E2D"]),
    (zero_width_space_in_store_name, ["butikk", "navn", "U+200B"]),
    (soft_hyphen_in_service_partner, ["tjeneste", "partner", "U+00AD"]),
    (zero_width_space_in_an_id_column, ["tjeneste", "type", "U+200B"]),
    (overflowing_offset_in_updated_at, ["aktivitet «Quiz»", "endret", "tidspunkt"]),
    (overflowing_offset_in_created_at, ["butikk «Testbutikken»", "opprettet", "tidspunkt"]),
    (overflowing_offset_in_finalised_at, ["egenvurdering", "låst", "tidspunkt"]),
    (timestamp_in_year_1850, ["aktivitet «Quiz»", "endret", "tidspunkt"]),
    (month_13_in_activity_date, ["aktivitet «Quiz»", "dato", "ÅÅÅÅ-MM-DD"]),
    (month_13_in_action_deadline, ["tiltak «Større kaffikrok»", "frist", "ÅÅÅÅ-MM-DD"]),
    (empty_text_for_a_date, ["aktivitet «Quiz»", "sluttdato", "ÅÅÅÅ-MM-DD"]),
    (compact_date_python_would_read, ["aktivitet «Quiz»", "dato", "ÅÅÅÅ-MM-DD"]),
]
IDS = [case[0].__name__ for case in CASES]


@pytest.mark.parametrize(("attack", "words"), CASES, ids=IDS)
def test_refused_by_the_service_layer(world, tmp_path, attack, words):
    path = craft(world, tmp_path, attack)
    before = _snapshot(world)
    database = open_database(world.db_path)
    try:
        with pytest.raises(INVALID) as caught:
            import_file(database, path)
    finally:
        database.close()
    _check_message(caught.value.detail, words)
    assert _snapshot(world) == before


@pytest.mark.parametrize(("attack", "words"), CASES, ids=IDS)
def test_refused_by_the_command_line(world, tmp_path, capsys, attack, words):
    path = craft(world, tmp_path, attack)
    before = _snapshot(world)
    code = main(["import", str(path), "--yes", "--data-dir", str(world.receiver_dir)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Avvist" in err
    _check_message(err, words)
    assert _snapshot(world) == before


def test_letters_the_form_takes_still_import(world, tmp_path):
    """Sámi, Greek, an en dash and a line break in a note: the form takes them, so does import."""
    def edit(data, ids):
        activity = _activity(data, ids)
        activity["title"] = "Sámi giella – Ŋ ŧ Ω"
        activity["note"] = "Første linje\nAndre\tlinje"

    database = open_database(world.db_path)
    try:
        assert import_file(database, craft(world, tmp_path, edit)).applied
    finally:
        database.close()


def test_a_file_name_the_font_cannot_draw_still_imports(world, tmp_path):
    """Attachment names come from the user's disk, not from a form, and never reach the PDF:
    only the characters no text may hold are refused there, not CJK or emoji."""
    def edit(data, ids):
        data["tables"]["attachment_file"][0]["record"]["original_name"] = "写真 📷.jpg"

    database = open_database(world.db_path)
    try:
        assert import_file(database, craft(world, tmp_path, edit)).applied
    finally:
        database.close()


def _catalogue_snapshot(content: str) -> IncomingRecord:
    values = {column.name: None for column in CatalogSnapshot.__table__.columns}
    values.update(id="5f0c1a52-0d0e-4d7e-9a54-3f1b2f6f0a11", content=content)
    return IncomingRecord("catalog_snapshot", values, clock={})


def test_catalogue_text_written_on_windows_is_taken():
    """A catalogue file's exact text is exchanged: CRLF line breaks are line breaks there."""
    assert record_errors(_catalogue_snapshot('{\r\n  "id": "k"\r\n}\r\n'), None) == []


@pytest.mark.parametrize("bad", ["\u202e", "\x07", "\r", "\u200b"])
def test_catalogue_text_with_a_refused_character_is_not(bad):
    errors_found = record_errors(_catalogue_snapshot('{\n  "id": "k' + bad + '"\n}\n'), None)
    assert [(e.field, e.code) for e in errors_found] == [("content", "text.control")]
