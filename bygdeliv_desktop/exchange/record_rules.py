"""Every incoming record through the same rules as the forms, before anything is written.

The column types, dates and timestamps were checked when the file was read (``codec.decode``,
with ``domain.dates``); here each record is checked as if it had been typed into its form:
``domain/validation.py`` for stores, services, activities, assessments, answers and actions (so
any rule added there applies to imports as well, including which characters a text takes and
which the summary's font can draw), the criterion scale for answers, and for the text columns no
form shows (ids, codes, file names, catalogue text) the domain's list of characters no text may
hold. One invalid record refuses the whole file: the message names it (kind, name or title, id)
and every field that is wrong, in Norwegian.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache

from sqlmodel import Session, col, select

from bygdeliv_desktop.domain import validation
from bygdeliv_desktop.domain.assessment_models import (
    Answer, Assessment, AttachmentFile, CatalogSnapshot)
from bygdeliv_desktop.domain.criteria import NOT_APPLICABLE, Catalogue, catalogue_from_text
from bygdeliv_desktop.domain.scoring import value_error
from bygdeliv_desktop.errors import CatalogError, ExchangeInvalidRecord, FieldError
from bygdeliv_desktop.exchange import record_text
from bygdeliv_desktop.exchange.codec import registry
from bygdeliv_desktop.exchange.package_format import DATA
from bygdeliv_desktop.exchange.reader import ExchangePackage, IncomingRecord

# Catalogue text is a file's exact text: several lines, and CRLF when it was written on Windows.
MULTILINE_COLUMNS = frozenset({"content"})


def _split(text: str) -> list[str]:
    return [part for part in text.split(",") if part]


def _activity(values: Mapping) -> list[FieldError]:
    # Stored comma separated; the form (and the validator) works with a list of codes.
    return validation.validate_activity({**values, "target_groups": _split(values["target_groups"])})


def _action(values: Mapping) -> list[FieldError]:
    return validation.validate_action({**values, "criterion_ids": _split(values["criterion_ids"])})


DOMAIN_RULES: dict[str, Callable[[Mapping], list[FieldError]]] = {
    "store": validation.validate_store,
    "service_offering": validation.validate_service,
    "activity": _activity,
    "assessment": validation.validate_assessment,
    "answer": validation.validate_answer_texts,
    "action_item": _action,
}


@lru_cache(maxsize=None)
def _columns(table: str) -> tuple[tuple[str, bool], ...]:
    """(column, whether it may hold several lines) for each column of ``table``."""
    return tuple((column.name, column.name in MULTILINE_COLUMNS
                  or column.name in validation.MULTILINE_FIELDS)
                 for column in registry()[table].__table__.columns)


def _character_errors(table: str, values: Mapping) -> list[FieldError]:
    """Characters no text may hold, in every text (the domain's rule; the forms' own
    fields get the whole form rule, font included, from DOMAIN_RULES)."""
    errors = []
    for name, multiline in _columns(table):
        value = values[name]
        if isinstance(value, str):
            if name in MULTILINE_COLUMNS:
                value = value.replace("\r\n", "\n")
            errors += validation.refused_character_errors(name, value, multiline)
    return errors


class _Catalogues:
    """The catalogue an assessment was made with, from the file or from this database."""

    def __init__(self, session: Session, package: ExchangePackage) -> None:
        self._session = session
        self._texts = {r.values["sha256"]: r.values["content"]
                       for r in package.tables.get(CatalogSnapshot.__table__.name, [])}
        self._assessments = {r.values["id"]: r.values["catalog_sha256"]
                             for r in package.tables.get(Assessment.__table__.name, [])}
        self._loaded: dict[str, Catalogue | None] = {}

    def by_sha(self, sha256: str) -> Catalogue | None:
        if sha256 not in self._loaded:
            text = self._texts.get(sha256)
            if text is None:
                text = self._session.exec(select(CatalogSnapshot.content).where(
                    CatalogSnapshot.sha256 == sha256)).first()
            try:
                self._loaded[sha256] = catalogue_from_text(text) if text is not None else None
            except CatalogError:
                self._loaded[sha256] = None
        return self._loaded[sha256]

    def for_assessment(self, assessment_id: str) -> Catalogue | None:
        sha = self._assessments.get(assessment_id)
        if sha is None:
            sha = self._session.exec(select(Assessment.catalog_sha256).where(
                col(Assessment.id) == assessment_id)).first()
            self._assessments[assessment_id] = sha
        return self.by_sha(sha) if sha else None


def _criterion_errors(values: Mapping, catalogues: _Catalogues) -> list[FieldError]:
    """An answer's or attachment's criterion must be one of its assessment's catalogue."""
    catalogue = catalogues.for_assessment(values["assessment_id"])
    if catalogue is None:
        return [FieldError("assessment_id", "catalog.unknown")]
    if catalogue.criterion(values["criterion_id"]) is None:
        return [FieldError("criterion_id", "criterion.unknown", {"code": values["criterion_id"]})]
    return []


def _assessment_errors(values: Mapping, catalogues: _Catalogues) -> list[FieldError]:
    catalogue = catalogues.by_sha(values["catalog_sha256"])
    if catalogue is None:
        return [FieldError("catalog_sha256", "catalog.unknown")]
    if (catalogue.id, catalogue.version) != (values["catalog_id"], values["catalog_version"]):
        return [FieldError("catalog_version", "catalog.mismatch")]
    return []


def _answer_errors(values: Mapping, catalogues: _Catalogues) -> list[FieldError]:
    errors = _criterion_errors(values, catalogues)
    if errors:
        return errors
    catalogue = catalogues.for_assessment(values["assessment_id"])
    criterion = catalogue.criterion(values["criterion_id"])
    if values["not_applicable"] and values["level"] is not None:
        value: object = "both"  # never written by the app: a level and "not applicable" at once
    else:
        value = NOT_APPLICABLE if values["not_applicable"] else values["level"]
    error = value_error(catalogue, criterion, value)
    return [FieldError("level", error.code, error.params)] if error else []


CATALOGUE_RULES: dict[str, Callable[[Mapping, _Catalogues], list[FieldError]]] = {
    Assessment.__table__.name: _assessment_errors,
    Answer.__table__.name: _answer_errors,
    AttachmentFile.__table__.name: _criterion_errors,
}


def record_errors(item: IncomingRecord, catalogues: _Catalogues) -> list[FieldError]:
    errors = _character_errors(item.table, item.values)
    if errors:
        return errors  # text with control characters is not worth checking further
    rule = DOMAIN_RULES.get(item.table)
    if rule is not None:
        errors += rule(item.values)
    extra = CATALOGUE_RULES.get(item.table)
    if extra is not None:
        errors += extra(item.values, catalogues)
    return errors


def check_records(session: Session, package: ExchangePackage) -> None:
    """Raise ExchangeInvalidRecord naming the first invalid record (and how many more there are)."""
    catalogues = _Catalogues(session, package)
    first: tuple[IncomingRecord, list[FieldError]] | None = None
    others = 0
    for table in registry():
        for item in package.tables.get(table, []):
            errors = record_errors(item, catalogues)
            if not errors:
                continue
            if first is None:
                first = (item, errors)
            else:
                others += 1
    if first is None:
        return
    item, errors = first
    detail = (record_text.record(item.table, item.values) + ": "
              + "; ".join(record_text.field_problem(e) for e in errors))
    if others:
        detail += f" (og {others} andre poster med feil)"
    raise ExchangeInvalidRecord(detail, member=DATA, reason="invalid_record", table=item.table,
                                record_id=item.values["id"], fields=[e.field for e in errors])

