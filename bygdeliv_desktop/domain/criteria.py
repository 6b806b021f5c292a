"""The certification criteria catalogue: dataclasses and a loader with a schema check.

The catalogue is data (``resources/criteria/*.toml``) so a county can replace it without a new
release. Structure and types are checked by pydantic (strict types, unknown keys refused); the
rules that span the document (unique ids, known scales, levels within the scale) are checked here.
Every problem raises :class:`CatalogError` naming the file, the key path and, where it can be
found, the line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Annotated, Literal

import pydantic
from pydantic import ConfigDict, Field, Strict, StrictBool, StrictInt, StrictStr, TypeAdapter
from pydantic.dataclasses import dataclass

from bygdeliv_desktop.domain import language as _language
from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.errors import CatalogError

SCHEMA = "bygdeliv.criteria"
NOT_APPLICABLE = "na"  # the scale's "ikkje aktuelt": excluded from the possible points
EVIDENCE_SOURCES = ("activities_last_12_months", "active_services")

_CONFIG = ConfigDict(extra="forbid")
Code = Annotated[StrictStr, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")]
NonEmpty = Annotated[StrictStr, Field(min_length=1, max_length=4000)]
Share = Annotated[float, Strict(), Field(ge=0, le=1)]


@dataclass(frozen=True, config=_CONFIG)
class LocalText:
    """A text in bokmål and nynorsk; English optional (the shipped catalogue has it), falling
    back to bokmål where a county's catalogue leaves it out."""

    nb: NonEmpty
    nn: NonEmpty
    en: StrictStr = ""

    def get(self, language: str | None = None) -> str:
        """The text in ``language`` (default: the user's), falling back to bokmål."""
        return getattr(self, language or _language.current(), "") or self.nb


@dataclass(frozen=True, config=_CONFIG)
class Scale:
    """Levels 0..max; ``labels`` has a text for each level ("0", "1", ...) and for "na"."""

    max: Annotated[StrictInt, Field(ge=1, le=10)]
    labels: dict[StrictStr, LocalText]
    not_applicable: StrictBool = True

    @property
    def levels(self) -> tuple[int, ...]:
        return tuple(range(self.max + 1))

    def label(self, value: int | str, language: str | None = None) -> str:
        """The level's word in ``language`` (default: the user's, like every catalogue text)."""
        return self.labels[str(value)].get(language)


@dataclass(frozen=True, config=_CONFIG)
class EvidenceHint:
    """Where the app can look for evidence in the store's own records."""

    source: Literal["activities_last_12_months", "active_services"]
    kinds: tuple[Code, ...] = ()  # empty: every kind counts
    target: Annotated[StrictInt, Field(ge=1)] | None = None  # count that means "fully met"


@dataclass(frozen=True, config=_CONFIG)
class Criterion:
    id: Code
    title: LocalText
    description: LocalText
    evidence: LocalText  # guidance: what counts as evidence
    mandatory: StrictBool = False
    scale: Code = "standard"
    suggest: EvidenceHint | None = None


@dataclass(frozen=True, config=_CONFIG)
class Category:
    id: Code
    title: LocalText
    criteria: Annotated[tuple[Criterion, ...], Field(min_length=1)]
    min_share: Share | None = None  # overrides the readiness rule's share for this category


@dataclass(frozen=True, config=_CONFIG)
class ReadinessRule:
    """Ready when every mandatory criterion reaches ``mandatory_level`` (default: the scale's
    top) and each category has at least its share of the possible points."""

    category_min_share: Share
    mandatory_level: Annotated[StrictInt, Field(ge=1)] | None = None


@dataclass(frozen=True, config=_CONFIG)
class Catalogue:
    schema: Literal["bygdeliv.criteria"]
    id: Code
    version: Annotated[StrictInt, Field(ge=1)]
    title: LocalText
    valid_from: Annotated[dt.date, Strict()]
    readiness: ReadinessRule
    scales: Annotated[dict[Code, Scale], Field(min_length=1)]
    categories: Annotated[tuple[Category, ...], Field(min_length=1)]
    draft: StrictBool = False
    note: StrictStr = ""

    @cached_property
    def _criteria(self) -> dict[str, tuple[Category, Criterion]]:
        return {c.id: (cat, c) for cat in self.categories for c in cat.criteria}

    def criteria(self) -> list[Criterion]:
        """All criteria in catalogue order."""
        return [criterion for _, criterion in self._criteria.values()]

    def criterion(self, criterion_id: str) -> Criterion | None:
        found = self._criteria.get(criterion_id)
        return found[1] if found else None

    def category_of(self, criterion_id: str) -> Category | None:
        found = self._criteria.get(criterion_id)
        return found[0] if found else None

    def scale_of(self, criterion: Criterion) -> Scale:
        return self.scales[criterion.scale]

    def required_level(self, criterion: Criterion) -> int:
        scale_max = self.scale_of(criterion).max
        return min(self.readiness.mandatory_level or scale_max, scale_max)

    def min_share(self, category: Category) -> float:
        return self.readiness.category_min_share if category.min_share is None else category.min_share


_ADAPTER = TypeAdapter(Catalogue)
# pydantic speaks of arguments; a county editing a file thinks in keys.
_PLAIN_MESSAGES = {
    "unexpected_keyword_argument": "unknown key (misspelt?)",
    "missing_argument": "required key is missing",
    "missing": "required key is missing",
}


def content_sha256(text: str) -> str:
    """The catalogue's identity: assessments keep this hash so they render with their own version."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _key_path(loc: tuple, doc: object) -> str:
    """('categories', 1, 'criteria', 0, 'mandatory') -> 'categories[1](V).criteria[0](V1).mandatory'."""
    parts: list[str] = []
    node = doc
    for item in loc:
        if isinstance(item, int):
            node = node[item] if isinstance(node, list) and item < len(node) else None
            ident = node.get("id") if isinstance(node, dict) else None
            parts[-1] += f"[{item}]" + (f"({ident})" if isinstance(ident, str) else "")
            continue
        if not isinstance(item, str):
            continue
        parts.append(item)
        node = node.get(item) if isinstance(node, dict) else None
    return ".".join(parts) or "(top level)"


def _line_of(text: str, key_path: str) -> int | None:
    """Best effort: the line of the last key, searched after the line of the nearest id."""
    lines = text.splitlines()
    start = 0
    ids = re.findall(r"\(([^)]*)\)", key_path)
    if ids:
        pattern = re.compile(rf'^\s*id\s*=\s*"{re.escape(ids[-1])}"')
        start = next((n for n, line in enumerate(lines) if pattern.match(line)), 0)
    last = re.sub(r"\[.*$", "", key_path.rsplit(".", 1)[-1])
    pattern = re.compile(rf'^\s*"?{re.escape(last)}"?\s*=|^\s*\[+[\w.]*\b{re.escape(last)}\]')
    for number in range(start, len(lines)):
        if pattern.search(lines[number]):
            return number + 1
    return start + 1 if ids else None


def _fail(name: str, text: str, key: str, problem: str) -> CatalogError:
    line = _line_of(text, key)
    where = f"{name}: {key}" + (f" (line {line})" if line else "")
    return CatalogError(f"{where}: {problem}", file=name, key=key, line=line, problem=problem)


def _check_references(name: str, text: str, catalogue: Catalogue) -> None:
    """Rules pydantic cannot see: ids unique, scales known and labelled, levels reachable."""
    for scale_id, scale in catalogue.scales.items():
        expected = {str(level) for level in scale.levels} | ({NOT_APPLICABLE} if scale.not_applicable else set())
        if set(scale.labels) != expected:
            raise _fail(name, text, f"scales.{scale_id}.labels",
                        f"needs exactly the labels {sorted(expected)}, found {sorted(scale.labels)}")
    seen_categories: set[str] = set()
    seen_criteria: set[str] = set()
    for ci, category in enumerate(catalogue.categories):
        where = f"categories[{ci}]({category.id})"
        if category.id in seen_categories:
            raise _fail(name, text, f"{where}.id", f"category id '{category.id}' is used twice")
        seen_categories.add(category.id)
        for ki, criterion in enumerate(category.criteria):
            here = f"{where}.criteria[{ki}]({criterion.id})"
            if criterion.id in seen_criteria:
                raise _fail(name, text, f"{here}.id", f"criterion id '{criterion.id}' is used twice")
            seen_criteria.add(criterion.id)
            scale = catalogue.scales.get(criterion.scale)
            if scale is None:
                raise _fail(name, text, f"{here}.scale", f"unknown scale '{criterion.scale}'")
            level = catalogue.readiness.mandatory_level
            if criterion.mandatory and level is not None and level > scale.max:
                raise _fail(name, text, "readiness.mandatory_level",
                            f"{level} is above the top level {scale.max} of mandatory {criterion.id}")
            if criterion.suggest:
                _check_kinds(name, text, f"{here}.suggest.kinds", criterion.suggest)


def _check_kinds(name: str, text: str, key: str, hint: EvidenceHint) -> None:
    known = (catalogs.service_kinds() if hint.source == "active_services"
             else catalogs.activity_kinds()).codes
    unknown = [kind for kind in hint.kinds if kind not in known]
    if unknown:
        raise _fail(name, text, key, f"unknown kind(s) {', '.join(unknown)} for {hint.source}")


def parse_catalogue(text: str, name: str = "catalogue") -> Catalogue:
    """Parse and check catalogue text; ``name`` is used in error messages (usually the file name)."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        raise CatalogError(f"{name}: not valid TOML: {exc}", file=name, key="", line=line,
                           problem=str(exc)) from exc
    if doc.get("schema") != SCHEMA:
        raise _fail(name, text, "schema", f"must be '{SCHEMA}'")
    try:
        catalogue = _ADAPTER.validate_python(doc)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        more = len(exc.errors()) - 1
        problem = _PLAIN_MESSAGES.get(first["type"], first["msg"])
        problem += f" (and {more} more problem(s))" if more else ""
        raise _fail(name, text, _key_path(first["loc"], doc), problem) from exc
    _check_references(name, text, catalogue)
    return catalogue


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def read_catalogue_file(path: Path) -> tuple[Catalogue, str]:
    """Read, decode and check a catalogue file; returns the catalogue and its exact text."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"{path.name}: cannot be read ({exc.strerror})", file=path.name,
                           key="", line=None, problem=str(exc.strerror)) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CatalogError(f"{path.name}: line {line}: not UTF-8 text", file=path.name, key="",
                           line=line, problem="not UTF-8") from exc
    return parse_catalogue(text, path.name), text


@lru_cache(maxsize=16)
def catalogue_from_text(text: str) -> Catalogue:
    """Cached parse of a stored snapshot (its text was checked when it was stored)."""
    return parse_catalogue(text, "stored catalogue")
