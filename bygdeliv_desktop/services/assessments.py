"""Use cases for self-assessments: create, answer (autosave per criterion), score, finalise, copy.

Everything the UI gets back is a plain frozen dataclass; errors are typed (see ``errors.py``).
A finalised assessment refuses every edit with :class:`AssessmentFinalised`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlmodel import Session, col, select

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain.assessment_models import Answer, Assessment, AttachmentFile
from bygdeliv_desktop.domain.comparison import Comparison, compare
from bygdeliv_desktop.domain.criteria import NOT_APPLICABLE, Catalogue
from bygdeliv_desktop.domain.models import Store, utc_now
from bygdeliv_desktop.domain.scoring import AnswerValue, AssessmentResult, score, value_error
from bygdeliv_desktop.domain.validation import validate_answer_texts, validate_assessment
from bygdeliv_desktop.errors import (AssessmentFinalised, AssessmentIncomplete, RecordNotFound,
                                     ValidationError)
from bygdeliv_desktop.services.catalog_import import CatalogueService
from bygdeliv_desktop.services.records import apply, check, clean, get_live, merged, soft_delete

HEADER_FIELDS = ("assessed_on", "assessor_role", "assessor_name", "purpose", "note")
ANSWER_FIELDS = ("value", "evidence", "comment")


@dataclass(frozen=True)
class AttachmentView:
    id: str
    criterion_id: str
    original_name: str
    sha256: str
    size_bytes: int
    stored_name: str  # file name under <data dir>/attachments


@dataclass(frozen=True)
class AnswerView:
    criterion_id: str
    value: AnswerValue | None  # a level, NOT_APPLICABLE, or None while unanswered
    evidence: str = ""
    comment: str = ""
    attachments: tuple[AttachmentView, ...] = ()


@dataclass(frozen=True)
class AssessmentSummary:
    id: str
    store_id: str
    assessed_on: dt.date
    assessor_role: str
    assessor_name: str
    purpose: str
    note: str
    catalog_id: str
    catalog_version: int
    catalog_sha256: str
    finalised_at: dt.datetime | None
    copied_from_id: str | None
    answered: int
    total: int
    ready: bool
    # Locked, yet an answer carries a later change: made as a draft on another machine and
    # merged in by an exchange file after the lock (by the machines' clocks).
    changed_after_lock: bool = False

    @property
    def is_final(self) -> bool:
        return self.finalised_at is not None


@dataclass(frozen=True)
class AssessmentView:
    """Everything a questionnaire or result page shows, with the assessment's own catalogue."""

    summary: AssessmentSummary
    catalogue: Catalogue
    answers: dict[str, AnswerView]
    result: AssessmentResult

    def answer(self, criterion_id: str) -> AnswerView:
        return self.answers.get(criterion_id) or AnswerView(criterion_id, None)


def answer_value(answer: Answer) -> AnswerValue | None:
    return NOT_APPLICABLE if answer.not_applicable else answer.level


def get_draft(session: Session, assessment_id: str) -> Assessment:
    """The assessment, if it may still be edited; AssessmentFinalised otherwise."""
    assessment = get_live(session, Assessment, assessment_id)
    if assessment.is_final:
        raise AssessmentFinalised(assessment_id, id=assessment_id)
    return assessment


def _values(answers: list[Answer]) -> dict[str, AnswerValue]:
    return {a.criterion_id: v for a in answers if (v := answer_value(a)) is not None}


def _summary(assessment: Assessment, result: AssessmentResult,
             answers: list[Answer]) -> AssessmentSummary:
    locked = assessment.finalised_at
    return AssessmentSummary(
        assessment.id, assessment.store_id, assessment.assessed_on, assessment.assessor_role,
        assessment.assessor_name, assessment.purpose, assessment.note, assessment.catalog_id,
        assessment.catalog_version, assessment.catalog_sha256, assessment.finalised_at,
        assessment.copied_from_id, result.overall.answered, result.overall.total,
        result.readiness.ready,
        changed_after_lock=locked is not None and any(a.updated_at > locked for a in answers))


class AssessmentService:
    def __init__(self, database: Database, catalogues: CatalogueService) -> None:
        self._db = database
        self._catalogues = catalogues

    # -- reading -----------------------------------------------------------------------------

    def list_for_store(self, store_id: str) -> list[AssessmentSummary]:
        """The store's assessments, newest first."""
        with self._db.reader() as session:
            assessments = session.exec(
                select(Assessment).where(Assessment.store_id == store_id,
                                         col(Assessment.deleted_at).is_(None))
                .order_by(col(Assessment.assessed_on).desc(), col(Assessment.created_at).desc())
            ).all()
            ids = [a.id for a in assessments]
            answers = session.exec(select(Answer).where(col(Answer.assessment_id).in_(ids))).all()
        by_assessment: dict[str, list[Answer]] = {}
        for answer in answers:
            by_assessment.setdefault(answer.assessment_id, []).append(answer)
        return [_summary(a, score(self._catalogues.load(a.catalog_sha256),
                                  _values(by_assessment.get(a.id, []))), by_assessment.get(a.id, []))
                for a in assessments]

    def view(self, assessment_id: str) -> AssessmentView:
        with self._db.reader() as session:
            assessment = get_live(session, Assessment, assessment_id)
            answers = session.exec(select(Answer).where(Answer.assessment_id == assessment_id)).all()
            files = session.exec(select(AttachmentFile).where(
                AttachmentFile.assessment_id == assessment_id,
                col(AttachmentFile.deleted_at).is_(None))
                .order_by(col(AttachmentFile.created_at))).all()
        catalogue = self._catalogues.load(assessment.catalog_sha256)
        attachments: dict[str, list[AttachmentView]] = {}
        for f in files:
            attachments.setdefault(f.criterion_id, []).append(
                AttachmentView(f.id, f.criterion_id, f.original_name, f.sha256, f.size_bytes,
                               f.stored_name))
        views = {a.criterion_id: AnswerView(a.criterion_id, answer_value(a), a.evidence, a.comment,
                                            tuple(attachments.pop(a.criterion_id, ())))
                 for a in answers}
        for criterion_id, items in attachments.items():  # files attached before any answer
            views[criterion_id] = AnswerView(criterion_id, None, attachments=tuple(items))
        result = score(catalogue, _values(list(answers)))
        return AssessmentView(_summary(assessment, result, list(answers)), catalogue, views,
                              result)

    def result(self, assessment_id: str) -> AssessmentResult:
        return self.view(assessment_id).result

    def compare(self, before_id: str, after_id: str) -> Comparison:
        """Side by side: what moved from ``before`` (e.g. baseline) to ``after`` (follow-up)."""
        return compare(self.result(before_id), self.result(after_id))

    # -- writing -----------------------------------------------------------------------------

    def create(self, store_id: str, values: Mapping) -> AssessmentSummary:
        """A new draft with the current catalogue. ``values``: assessed_on (default today),
        assessor_role ("shopkeeper"/"consultant"), assessor_name, purpose
        ("baseline"/"follow_up"/"other"), note."""
        data = {"assessed_on": dt.date.today(), "purpose": "baseline", "note": ""}
        data.update(clean(values, HEADER_FIELDS))
        check(data, validate_assessment)
        info = self._catalogues.current()
        assessment = Assessment(store_id=store_id, catalog_id=info.catalog_id,
                                catalog_version=info.version, catalog_sha256=info.sha256, **data)
        with self._db.transaction() as session:
            get_live(session, Store, store_id)
            session.add(assessment)
        return self.view(assessment.id).summary

    def update_details(self, assessment_id: str, values: Mapping) -> AssessmentSummary:
        data = clean(values, HEADER_FIELDS)
        with self._db.transaction() as session:
            assessment = get_draft(session, assessment_id)
            check(merged(assessment, data, HEADER_FIELDS), validate_assessment)
            apply(assessment, data)
        return self.view(assessment_id).summary

    def save_answer(self, assessment_id: str, criterion_id: str, values: Mapping) -> AnswerView:
        """Autosave one criterion. ``values`` may hold any of: value (a level, "na" or None to
        clear), evidence, comment; keys left out keep their stored content."""
        data = clean(values, ANSWER_FIELDS)
        with self._db.transaction() as session:
            assessment = get_draft(session, assessment_id)
            catalogue = self._catalogues.load(assessment.catalog_sha256)
            criterion = catalogue.criterion(criterion_id)
            if criterion is None:
                raise RecordNotFound(f"criterion {criterion_id}", id=criterion_id)
            errors = validate_answer_texts(data)
            if "value" in data and (error := value_error(catalogue, criterion, data["value"])):
                errors.append(error)
            if errors:
                raise ValidationError(errors)
            answer = self._answer_row(session, assessment_id, criterion_id)
            if "value" in data:
                answer.not_applicable = data["value"] == NOT_APPLICABLE
                answer.level = data["value"] if isinstance(data["value"], int) else None
            apply(answer, {k: v for k, v in data.items() if k != "value"})
        return self.view(assessment_id).answer(criterion_id)

    def finalise(self, assessment_id: str) -> AssessmentSummary:
        """Lock the assessment. Every criterion must be answered first (AssessmentIncomplete)."""
        view = self.view(assessment_id)
        if view.summary.is_final:
            raise AssessmentFinalised(assessment_id, id=assessment_id)
        missing = [s.criterion_id for s in view.result.criteria if s.value is None]
        if missing:
            raise AssessmentIncomplete(", ".join(missing), count=len(missing), criteria=missing)
        with self._db.transaction() as session:
            get_draft(session, assessment_id).finalised_at = utc_now()
        return self.view(assessment_id).summary

    def copy_to_draft(self, assessment_id: str, values: Mapping | None = None) -> AssessmentSummary:
        """A new draft (purpose follow_up, dated today unless ``values`` say otherwise) with the
        current catalogue, carrying over answers, texts and attachments for criteria it still has.
        A level the new scale does not allow is dropped; its texts are kept."""
        source = self.view(assessment_id)
        header = {name: getattr(source.summary, name) for name in HEADER_FIELDS}
        header.update({"assessed_on": dt.date.today(), "purpose": "follow_up"})
        header.update(clean(values or {}, HEADER_FIELDS))
        check(header, validate_assessment)
        info = self._catalogues.current()
        catalogue = self._catalogues.load(info.sha256)
        draft = Assessment(store_id=source.summary.store_id, catalog_id=info.catalog_id,
                           catalog_version=info.version, catalog_sha256=info.sha256,
                           copied_from_id=assessment_id, **header)
        with self._db.transaction() as session:
            session.add(draft)
            session.flush()  # no ORM relationships: the parent row must exist before its answers
            for old in source.answers.values():
                criterion = catalogue.criterion(old.criterion_id)
                if criterion is None:
                    continue
                keep = old.value is not None and value_error(catalogue, criterion, old.value) is None
                value = old.value if keep else None
                session.add(Answer(id=Answer.id_for(draft.id, old.criterion_id),
                                   assessment_id=draft.id, criterion_id=old.criterion_id,
                                   level=value if isinstance(value, int) else None,
                                   not_applicable=value == NOT_APPLICABLE,
                                   evidence=old.evidence, comment=old.comment))
                for f in old.attachments:
                    session.add(AttachmentFile(assessment_id=draft.id, criterion_id=f.criterion_id,
                                               sha256=f.sha256, original_name=f.original_name,
                                               size_bytes=f.size_bytes,
                                               stored_name=f.stored_name))
        return self.view(draft.id).summary

    def delete_draft(self, assessment_id: str) -> None:
        with self._db.transaction() as session:
            get_draft(session, assessment_id)
            soft_delete(session, Assessment, assessment_id)

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _answer_row(session: Session, assessment_id: str, criterion_id: str) -> Answer:
        answer_id = Answer.id_for(assessment_id, criterion_id)
        answer = session.get(Answer, answer_id)
        if answer is None:
            answer = Answer(id=answer_id, assessment_id=assessment_id, criterion_id=criterion_id)
            session.add(answer)
        return answer
