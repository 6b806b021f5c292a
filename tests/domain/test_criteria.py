"""The criteria catalogue loader: the shipped draft loads; malformed files are refused precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from bygdeliv_desktop import paths
from bygdeliv_desktop.domain.criteria import content_sha256, parse_catalogue, read_catalogue_file
from bygdeliv_desktop.errors import CatalogError
from tests.domain.criteria_helpers import catalogue_toml

GOOD = catalogue_toml({"A": [("A1", True), ("A2", False)], "B": [("B1", False)]})


def test_bundled_draft_loads_with_all_categories_and_texts():
    catalogue, text = read_catalogue_file(paths.resource("criteria", "bygdeliv-criteria-2025-draft.toml"))
    assert catalogue.draft is True
    assert [c.id for c in catalogue.categories] == ["M", "V", "S", "B", "T"]
    ids = [c.id for c in catalogue.criteria()]
    assert len(ids) == len(set(ids)) == 26
    assert {c.id for c in catalogue.criteria() if c.mandatory} == {"M1", "M3", "M4", "V1", "S1", "S2"}
    assert all(c.title.nb and c.title.nn and c.evidence.nn for c in catalogue.criteria())
    assert catalogue.readiness.mandatory_level == 2 and catalogue.readiness.category_min_share == 0.6
    assert catalogue.criterion("M3").suggest.target == 6
    assert catalogue.scale_of(catalogue.criterion("M3")).label("na", "nn") == "Ikkje aktuelt"
    assert len(content_sha256(text)) == 64


def test_good_hand_made_catalogue_loads():
    catalogue = parse_catalogue(GOOD, "good.toml")
    assert catalogue.category_of("B1").id == "B" and catalogue.criterion("A1").mandatory


def _edit(old: str, new: str, count: int = 1) -> str:
    assert old in GOOD, old  # the edit must really change the file
    return GOOD.replace(old, new, count)


# (kind of mistake, file text, words the message must contain)
MALFORMED = [
    ("toml syntax", _edit("version = 1", "version = = 1"), ["not valid TOML", "line 3"]),
    ("wrong schema", _edit('schema = "bygdeliv.criteria"', 'schema = "bygdeliv.kinds"'),
     ["schema", "bygdeliv.criteria"]),
    ("version not integer", _edit("version = 1", 'version = "1.0"'), ["version", "line 3"]),
    ("version zero", _edit("version = 1", "version = 0"), ["version", "greater than or equal to 1"]),
    ("date as text", _edit("valid_from = 2025-01-01", 'valid_from = "2025-01-01"'),
     ["valid_from", "date"]),
    ("missing nynorsk", _edit('nn = "Kriterium A2"', 'en = "Criterion A2"'),
     ["categories[0](A).criteria[1](A2).title.nn", "required key is missing"]),
    ("mandatory not boolean", _edit("mandatory = true", "mandatory = 1"),
     ["criteria[0](A1).mandatory", "boolean"]),
    ("misspelt key", _edit("mandatory = false", "mandatroy = false"),
     ["criteria[1](A2).mandatroy", "unknown key"]),
    ("share above one", _edit("category_min_share = 0.6", "category_min_share = 60"),
     ["readiness.category_min_share", "line 7"]),
    ("readiness missing", _edit("[readiness]\ncategory_min_share = 0.6\nmandatory_level = 2\n", ""),
     ["readiness", "required key is missing"]),
    ("duplicate criterion", _edit('id = "B1"', 'id = "A1"'), ["criteria[0](A1).id", "used twice"]),
    ("duplicate category", _edit('id = "B"', 'id = "A"'), ["categories[1](A).id", "used twice"]),
    ("unknown scale", _edit('id = "B1"', 'id = "B1"\nscale = "five"'),
     ["criteria[0](B1).scale", "unknown scale 'five'"]),
    ("scale label missing", _edit('"1" = { nb = "Delvis", nn = "Delvis" }\n', ""),
     ["scales.standard.labels", "'1'"]),
    ("mandatory level above scale", _edit("mandatory_level = 2", "mandatory_level = 3"),
     ["readiness.mandatory_level", "top level 2"]),
    ("empty category", GOOD + '[[categories]]\nid = "C"\ntitle = { nb = "C", nn = "C" }\ncriteria = []\n',
     ["categories[2](C).criteria", "at least 1 item"]),
    ("no criteria list", _edit('[[categories.criteria]]\nid = "B1"', '[categories.x]\nid = "B1"'),
     ["categories[1](B)", "criteria"]),
    ("bad criterion id", _edit('id = "A2"', 'id = "A 2"'), ["criteria[1]", "id", "pattern"]),
    ("unknown evidence source", _edit('id = "A1"', 'id = "A1"\nsuggest = { source = "weather" }'),
     ["criteria[0](A1).suggest.source", "active_services"]),
    ("unknown service kind", _edit('id = "A1"', 'id = "A1"\nsuggest = { source = "active_services", kinds = ["spa"] }'),
     ["criteria[0](A1).suggest.kinds", "spa"]),
]


@pytest.mark.parametrize("text, words", [(t, w) for _, t, w in MALFORMED],
                         ids=[kind for kind, _, _ in MALFORMED])
def test_malformed_catalogue_is_refused_with_a_precise_message(text, words):
    with pytest.raises(CatalogError) as caught:
        parse_catalogue(text, "county.toml")
    message = str(caught.value)
    assert message.startswith("county.toml")
    for word in words:
        assert word in message, message
    assert caught.value.code == "catalog.invalid"
    assert caught.value.params["file"] == "county.toml"


def test_schema_errors_name_the_line_of_the_key():
    text = _edit("mandatory = false", "mandatory = 0")  # A2, the second criterion
    with pytest.raises(CatalogError) as caught:
        parse_catalogue(text, "county.toml")
    line = caught.value.params["line"]
    assert text.splitlines()[line - 1] == "mandatory = 0"


def test_file_that_is_not_utf8_is_refused(tmp_path: Path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(GOOD.replace("Kategori A", "Kategori Æ").encode("latin-1"))
    with pytest.raises(CatalogError, match=r"latin1.toml: line \d+: not UTF-8"):
        read_catalogue_file(path)


def test_missing_file_is_refused(tmp_path: Path):
    with pytest.raises(CatalogError, match="nothing.toml: cannot be read"):
        read_catalogue_file(tmp_path / "nothing.toml")


def test_bundled_draft_speaks_english_too():
    """An English UI shows English criterion texts, not the bokmål fallback."""
    catalogue, _ = read_catalogue_file(paths.resource("criteria", "bygdeliv-criteria-2025-draft.toml"))
    for criterion in catalogue.criteria():
        for text in (criterion.title, criterion.description, criterion.evidence):
            assert text.en and text.get("en") == text.en != text.nb, criterion.id
    assert all(category.title.en for category in catalogue.categories)
    assert catalogue.criterion("M1").title.get("en") == "Seating / coffee corner indoors"
    scale = catalogue.scale_of(catalogue.criterion("M1"))
    assert [scale.label(v, "en") for v in ("0", "1", "2", "na")] == \
        ["Not met", "Partly met", "Met", "Not applicable"]


def test_scale_labels_follow_the_chosen_language(monkeypatch):
    """Without a language given, a scale label is in the user's language (not always bokmål)."""
    from bygdeliv_desktop.domain import language

    catalogue, _ = read_catalogue_file(paths.resource("criteria", "bygdeliv-criteria-2025-draft.toml"))
    scale = catalogue.scale_of(catalogue.criterion("M1"))
    monkeypatch.setattr(language, "_current", "nn")
    assert scale.label(0) == "Ikkje oppfylt"
    monkeypatch.setattr(language, "_current", "en")
    assert scale.label(0) == "Not met"
    monkeypatch.setattr(language, "_current", "nb")
    assert scale.label(0) == "Ikke oppfylt"
