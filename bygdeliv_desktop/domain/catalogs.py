"""Catalogues shipped as data: service kinds, activity kinds, target groups, municipalities.

Each file is checked at load; a malformed file raises :class:`CatalogError` naming the file and key,
so a county can ship a corrected file without a new release of the app.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bygdeliv_desktop import paths
from bygdeliv_desktop.domain import language as _language
from bygdeliv_desktop.errors import CatalogError

LANGUAGES = ("nb", "nn", "en")
# A municipality's official målform (språkvedtak); "nøytral" leaves the choice to bokmål here.
WRITTEN_STANDARDS = ("bokmål", "nynorsk", "nøytral")
OTHER_CODE = "other"  # the "annan" kind that needs a free-text description


@dataclass(frozen=True)
class Kind:
    code: str
    labels: dict[str, str]

    def label(self, language: str | None = None) -> str:
        return self.labels.get(language or _language.current()) or self.labels["nb"]


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    county: str
    written_standard: str = "nøytral"  # official målform: bokmål, nynorsk or nøytral

    @property
    def display(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def summary_language(self) -> str:
        """The summary's default Målform: nynorsk in a nynorsk municipality, else bokmål."""
        return "nn" if self.written_standard == "nynorsk" else "nb"


@dataclass(frozen=True)
class KindCatalog:
    kinds: tuple[Kind, ...]

    def get(self, code: str) -> Kind | None:
        return next((k for k in self.kinds if k.code == code), None)

    def label(self, code: str, language: str | None = None) -> str:
        kind = self.get(code)
        return kind.label(language) if kind else code

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(k.code for k in self.kinds)


def _read_json(path: Path, schema: str) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"{path.name}: cannot be read ({exc.strerror})", file=str(path)) from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{path.name}: line {exc.lineno}: {exc.msg}", file=str(path)) from exc
    if not isinstance(doc, dict) or doc.get("schema") != schema:
        raise CatalogError(f"{path.name}: 'schema' must be '{schema}'", file=str(path))
    if not isinstance(doc.get("version"), int):
        raise CatalogError(f"{path.name}: 'version' must be an integer", file=str(path))
    return doc


def _parse_kinds(path: Path, doc: dict, key: str) -> tuple[Kind, ...]:
    items = doc.get(key)
    if not isinstance(items, list) or not items:
        raise CatalogError(f"{path.name}: '{key}' must be a non-empty list", file=str(path))
    kinds: list[Kind] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"{path.name}: {key}[{index}]"
        if not isinstance(item, dict):
            raise CatalogError(f"{where} must be an object", file=str(path))
        code, labels = item.get("code"), item.get("label")
        if not isinstance(code, str) or not code.strip():
            raise CatalogError(f"{where}.code must be a non-empty string", file=str(path))
        if code in seen:
            raise CatalogError(f"{where}.code '{code}' is listed twice", file=str(path))
        if not isinstance(labels, dict) or not isinstance(labels.get("nb"), str) or not labels["nb"]:
            raise CatalogError(f"{where}.label.nb is required", file=str(path))
        if any(not isinstance(v, str) for v in labels.values()):
            raise CatalogError(f"{where}.label values must be strings", file=str(path))
        seen.add(code)
        kinds.append(Kind(code, dict(labels)))
    return tuple(kinds)


def _kinds_with_other(path: Path, schema: str) -> KindCatalog:
    """A kind list that must offer "annan" (other) for what the list does not name."""
    doc = _read_json(path, schema)
    catalog = KindCatalog(_parse_kinds(path, doc, "kinds"))
    if OTHER_CODE not in catalog.codes:
        raise CatalogError(f"{path.name}: kind '{OTHER_CODE}' is required", file=str(path))
    return catalog


@lru_cache(maxsize=None)
def service_kinds(path: Path | None = None) -> KindCatalog:
    return _kinds_with_other(path or paths.resource("catalogs", "service_kinds.json"),
                             "bygdeliv.service-kinds")


def service_label(kind_code: str, other_text: str = "", language: str | None = None) -> str:
    """What a service offered is called: the free text of an "annan" service, else its kind."""
    if kind_code == OTHER_CODE and other_text:
        return other_text
    return service_kinds().label(kind_code, language)


@lru_cache(maxsize=None)
def _activity_doc(path: Path) -> tuple[tuple[Kind, ...], tuple[Kind, ...]]:
    doc = _read_json(path, "bygdeliv.activity-kinds")
    return _parse_kinds(path, doc, "kinds"), _parse_kinds(path, doc, "target_groups")


@lru_cache(maxsize=None)  # like service_kinds: validating an imported file asks once per activity
def activity_kinds(path: Path | None = None) -> KindCatalog:
    return KindCatalog(_activity_doc(path or paths.resource("catalogs", "activity_kinds.json"))[0])


@lru_cache(maxsize=None)
def target_groups(path: Path | None = None) -> KindCatalog:
    return KindCatalog(_activity_doc(path or paths.resource("catalogs", "activity_kinds.json"))[1])


@lru_cache(maxsize=None)
def municipalities(path: Path | None = None) -> tuple[Municipality, ...]:
    """All municipalities, Innlandet first (in file order), then the rest by name."""
    path = path or paths.resource("catalogs", "municipalities.json")
    doc = _read_json(path, "bygdeliv.municipalities")
    items = doc.get("municipalities")
    if not isinstance(items, list) or not items:
        raise CatalogError(f"{path.name}: 'municipalities' must be a non-empty list", file=str(path))
    result: list[Municipality] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"{path.name}: municipalities[{index}]"
        if not isinstance(item, dict):
            raise CatalogError(f"{where} must be an object", file=str(path))
        code, name, county = item.get("code"), item.get("name"), item.get("county")
        if not (isinstance(code, str) and len(code) == 4 and code.isdigit()):
            raise CatalogError(f"{where}.code must be four digits", file=str(path))
        if code in seen:
            raise CatalogError(f"{where}.code '{code}' is listed twice", file=str(path))
        if not isinstance(name, str) or not name or not isinstance(county, str) or not county:
            raise CatalogError(f"{where}: name and county are required", file=str(path))
        standard = item.get("written_standard", "nøytral")
        if standard not in WRITTEN_STANDARDS:
            raise CatalogError(f"{where}.written_standard must be one of "
                               f"{', '.join(WRITTEN_STANDARDS)}", file=str(path))
        seen.add(code)
        result.append(Municipality(code, name, county, standard))
    innlandet = [m for m in result if m.county == "Innlandet"]
    others = sorted((m for m in result if m.county != "Innlandet"), key=lambda m: m.name)
    return tuple(innlandet + others)


def municipality(code: str | None) -> Municipality | None:
    return next((m for m in municipalities() if m.code == code), None)


def summary_language(municipality_code: str | None, user_language: str = "nb") -> str:
    """The default Målform (nb or nn) of a store's summary: the municipality's nynorsk, else the
    user's own nynorsk, else bokmål (the summary is Norwegian even for an English-speaking user)."""
    place = municipality(municipality_code)
    if place is not None and place.summary_language == "nn":
        return "nn"
    return "nn" if user_language == "nn" else "nb"


def catalog_version(file_name: str) -> int:
    """The ``version`` of a shipped catalogue file (reports print which catalogue they used)."""
    doc = json.loads(paths.resource("catalogs", file_name).read_text(encoding="utf-8"))
    return int(doc["version"])


@lru_cache(maxsize=None)
def funding_sources(path: Path | None = None) -> KindCatalog:
    """Funding sources for actions in the action plan (Bygdeliv-tilskot, Merkur, kommune, ...)."""
    return _kinds_with_other(path or paths.resource("catalogs", "funding_sources.json"),
                             "bygdeliv.funding-sources")
