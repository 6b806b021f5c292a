"""Catalogues: the shipped files load; a malformed file names the file and the key at fault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.errors import CatalogError

PILOT_MUNICIPALITIES = {"3417": "Grue", "3435": "Vågå", "3441": "Gausdal", "3432": "Lesja",
                        "3426": "Tolga"}


def test_shipped_municipalities_innlandet_first():
    municipalities = catalogs.municipalities()
    first = municipalities[:46]
    assert {m.county for m in first} == {"Innlandet"}
    assert len({m.code for m in first}) == 46
    assert all(m.county != "Innlandet" for m in municipalities[46:])
    for code, name in PILOT_MUNICIPALITIES.items():
        assert catalogs.municipality(code).name == name
    assert catalogs.municipality("3426").display == "3426 Tolga"
    assert catalogs.municipality("0000") is None


def test_shipped_kind_catalogues():
    services = catalogs.service_kinds()
    assert catalogs.OTHER_CODE in services.codes
    assert {"post", "pharmacy", "cash", "defibrillator"} <= services.codes
    activities = catalogs.activity_kinds()
    assert {"quiz", "dugnad", "other"} <= activities.codes
    groups = catalogs.target_groups()
    assert {"elderly", "children_youth", "immigrants", "cabin_owners", "everyone"} == groups.codes
    for catalog in (services, activities, groups):
        for kind in catalog.kinds:
            assert all(kind.labels.get(lang) for lang in catalogs.LANGUAGES), kind.code


def test_labels_fall_back_to_bokmal():
    catalog = catalogs.KindCatalog((catalogs.Kind("x", {"nb": "Bokmål"}),))
    assert catalog.label("x", "en") == "Bokmål"
    assert catalog.label("unknown") == "unknown"


def kinds_doc(**overrides) -> dict:
    doc = {"schema": "bygdeliv.service-kinds", "version": 1,
           "kinds": [{"code": "post", "label": {"nb": "Post"}},
                     {"code": "other", "label": {"nb": "Annen"}}]}
    doc.update(overrides)
    return doc


def write(tmp_path: Path, doc, name="service_kinds.json") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, indent=1), encoding="utf-8")
    return path


def test_a_valid_custom_file_loads(tmp_path):
    catalog = catalogs.service_kinds(write(tmp_path, kinds_doc()))
    assert catalog.codes == {"post", "other"}


def test_bad_json_names_the_line(tmp_path):
    path = write(tmp_path, '{\n "schema": "bygdeliv.service-kinds",\n "version": 1,\n "kinds": [,]\n}')
    with pytest.raises(CatalogError) as caught:
        catalogs.service_kinds(path)
    assert "service_kinds.json" in str(caught.value)
    assert "line 4" in str(caught.value)
    assert caught.value.params["file"] == str(path)


@pytest.mark.parametrize("doc, key", [
    (kinds_doc(schema="bygdeliv.activity-kinds"), "'schema'"),
    ([1, 2, 3], "'schema'"),
    (kinds_doc(version="1"), "'version'"),
    (kinds_doc(kinds={"code": "post"}), "'kinds'"),
    (kinds_doc(kinds=[]), "'kinds'"),
    (kinds_doc(kinds=["post", {"code": "other", "label": {"nb": "Annen"}}]), "kinds[0]"),
    (kinds_doc(kinds=[{"code": "other", "label": {"nb": "Annen"}},
                      {"code": "other", "label": {"nb": "Annen igjen"}}]), "kinds[1].code 'other'"),
    (kinds_doc(kinds=[{"code": "other", "label": {"nn": "Anna"}}]), "kinds[0].label.nb"),
    (kinds_doc(kinds=[{"code": "other", "label": {"nb": ""}}]), "kinds[0].label.nb"),
    (kinds_doc(kinds=[{"code": "other", "label": {"nb": "Annen", "en": 3}}]), "kinds[0].label"),
    (kinds_doc(kinds=[{"code": " ", "label": {"nb": "Tom"}}]), "kinds[0].code"),
    (kinds_doc(kinds=[{"code": "post", "label": {"nb": "Post"}}]), "'other'"),
])
def test_malformed_service_kinds(tmp_path, doc, key):
    with pytest.raises(CatalogError) as caught:
        catalogs.service_kinds(write(tmp_path, doc))
    assert str(caught.value).startswith("service_kinds.json")
    assert key in str(caught.value)


def test_missing_file(tmp_path):
    with pytest.raises(CatalogError, match="service_kinds.json: cannot be read"):
        catalogs.service_kinds(tmp_path / "service_kinds.json")


def activity_doc(**overrides) -> dict:
    doc = {"schema": "bygdeliv.activity-kinds", "version": 2,
           "kinds": [{"code": "quiz", "label": {"nb": "Quiz"}}],
           "target_groups": [{"code": "everyone", "label": {"nb": "Alle"}}]}
    doc.update(overrides)
    return doc


def test_activity_file_checks_both_lists(tmp_path):
    good = write(tmp_path, activity_doc(), "activity_kinds.json")
    assert catalogs.activity_kinds(good).codes == {"quiz"}
    assert catalogs.target_groups(good).codes == {"everyone"}
    bad = tmp_path / "bad"
    bad.mkdir()
    path = write(bad, activity_doc(target_groups=[{"code": "everyone", "label": {}}]),
                 "activity_kinds.json")
    with pytest.raises(CatalogError, match=r"activity_kinds\.json: target_groups\[0\]\.label\.nb"):
        catalogs.activity_kinds(path)


def municipality_doc(items) -> dict:
    return {"schema": "bygdeliv.municipalities", "version": 1, "municipalities": items}


@pytest.mark.parametrize("items, key", [
    ([{"code": "341", "name": "Kort", "county": "Innlandet"}], "municipalities[0].code"),
    ([{"code": "34a7", "name": "Bokstav", "county": "Innlandet"}], "municipalities[0].code"),
    ([{"code": 3417, "name": "Tall", "county": "Innlandet"}], "municipalities[0].code"),
    ([{"code": "3417", "name": "Grue", "county": "Innlandet"},
      {"code": "3417", "name": "Grue", "county": "Innlandet"}], "municipalities[1].code '3417'"),
    ([{"code": "3417", "name": "", "county": "Innlandet"}], "municipalities[0]: name and county"),
    ([{"code": "3417", "name": "Grue"}], "municipalities[0]: name and county"),
    ({"3417": "Grue"}, "'municipalities'"),
    (["3417"], "municipalities[0]"),
])
def test_malformed_municipalities(tmp_path, items, key):
    with pytest.raises(CatalogError) as caught:
        catalogs.municipalities(write(tmp_path, municipality_doc(items), "municipalities.json"))
    assert str(caught.value).startswith("municipalities.json")
    assert key in str(caught.value)


def test_other_counties_follow_innlandet_alphabetically(tmp_path):
    path = write(tmp_path, municipality_doc([
        {"code": "5001", "name": "Trondheim", "county": "Trøndelag"},
        {"code": "3426", "name": "Tolga", "county": "Innlandet"},
        {"code": "4601", "name": "Bergen", "county": "Vestland"},
        {"code": "3417", "name": "Grue", "county": "Innlandet"},
    ]), "municipalities.json")
    assert [m.code for m in catalogs.municipalities(path)] == ["3426", "3417", "4601", "5001"]


def test_loaders_are_cached_by_path(tmp_path):
    # A second call with the same path does not reread the file: a fixed file needs a new path
    # (or a restart), which is why every test above writes its own file.
    path = write(tmp_path, kinds_doc())
    first = catalogs.service_kinds(path)
    path.write_text("not json", encoding="utf-8")
    assert catalogs.service_kinds(path) is first


# --- Målform (the municipality's official written standard) ------------------------------------

NYNORSK_MUNICIPALITIES = {"3432": "Lesja", "3433": "Skjåk", "3434": "Lom", "3435": "Vågå",
                          "3452": "Vestre Slidre", "3453": "Øystre Slidre", "3454": "Vang"}


def test_every_innlandet_municipality_has_its_official_malform():
    innlandet = [m for m in catalogs.municipalities() if m.county == "Innlandet"]
    assert len(innlandet) == 46
    assert {m.written_standard for m in innlandet} == {"bokmål", "nynorsk", "nøytral"}
    assert {m.code: m.name for m in innlandet if m.written_standard == "nynorsk"} \
        == NYNORSK_MUNICIPALITIES
    # Språkrådet's count for Innlandet: 22 bokmål, 7 nynorsk, 17 nøytral.
    counts = {s: sum(m.written_standard == s for m in innlandet) for s in ("bokmål", "nøytral")}
    assert counts == {"bokmål": 22, "nøytral": 17}


@pytest.mark.parametrize("code, expected", [("3432", "nn"), ("3435", "nn"), ("3454", "nn"),
                                            ("3431", "nb"),  # Dovre: nøytral, bokmål by default
                                            ("3403", "nb"), (None, "nb"), ("0000", "nb")])
def test_summary_language_follows_the_municipality(code, expected):
    assert catalogs.summary_language(code) == expected


def test_a_nynorsk_user_gets_nynorsk_where_the_municipality_has_no_nynorsk_rule():
    assert catalogs.summary_language("3403", user_language="nn") == "nn"
    assert catalogs.summary_language("3432", user_language="en") == "nn"
    assert catalogs.summary_language("3403", user_language="en") == "nb"


def test_an_unknown_malform_is_refused(tmp_path):
    doc = {"schema": "bygdeliv.municipalities", "version": 1, "municipalities": [
        {"code": "3432", "name": "Lesja", "county": "Innlandet", "written_standard": "nynorks"}]}
    with pytest.raises(CatalogError, match=r"municipalities\[0\]\.written_standard"):
        catalogs.municipalities(write(tmp_path, doc, "municipalities.json"))


def test_malform_may_be_left_out_for_a_municipality_outside_innlandet(tmp_path):
    doc = {"schema": "bygdeliv.municipalities", "version": 1, "municipalities": [
        {"code": "4601", "name": "Bergen", "county": "Vestland"}]}
    (bergen,) = catalogs.municipalities(write(tmp_path, doc, "municipalities.json"))
    assert bergen.written_standard == "nøytral"
