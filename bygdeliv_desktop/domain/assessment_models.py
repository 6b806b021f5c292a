"""Tables for self-assessment against the criteria catalogue and for the action plan (tiltak).

Assessments point at their catalogue by content hash, not by row id: two machines that import
the same catalogue file get different snapshot rows but the same hash, so an assessment made on
one renders on the other after an exchange.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Column, Index, Text
from sqlmodel import Field

from bygdeliv_desktop.domain.models import SyncedRecord, utc_now

ASSESSOR_ROLES = ("shopkeeper", "consultant")
PURPOSES = ("baseline", "follow_up", "other")
ACTION_STATUSES = ("planned", "in_progress", "done", "cancelled")  # planlagd, i gang, ferdig, avlyst
OPEN_ACTION_STATUSES = ("planned", "in_progress")

# Fixed namespace for answer ids (see Answer.id_for). Never change it: exchange relies on it.
_ANSWER_NAMESPACE = uuid.UUID("5d0f2f6e-3c0b-4d8e-9a57-2a4f2b1c9e10")


class CatalogSnapshot(SyncedRecord, table=True):
    """A catalogue file exactly as it was imported; its sha256 is what assessments keep."""

    __tablename__ = "catalog_snapshot"

    catalog_id: str = Field(max_length=40, index=True)
    catalog_version: int
    sha256: str = Field(max_length=64, index=True)
    content: str = Field(sa_column=Column(Text, nullable=False))
    file_name: str = Field(default="", max_length=255)
    origin: str = Field(default="imported", max_length=20)  # "bundled" or "imported"
    imported_at: dt.datetime = Field(default_factory=utc_now)


class Assessment(SyncedRecord, table=True):
    store_id: str = Field(foreign_key="store.id", index=True, max_length=36)
    assessed_on: dt.date
    assessor_role: str = Field(max_length=20)
    assessor_name: str = Field(default="", max_length=120)
    purpose: str = Field(default="baseline", max_length=20)
    note: str = Field(default="", max_length=2000)
    catalog_id: str = Field(max_length=40)
    catalog_version: int
    catalog_sha256: str = Field(max_length=64, index=True)
    finalised_at: dt.datetime | None = Field(default=None)
    copied_from_id: str | None = Field(default=None, max_length=36)

    @property
    def is_final(self) -> bool:
        return self.finalised_at is not None


class Answer(SyncedRecord, table=True):
    """One criterion's answer. ``level`` is None while unanswered or when not applicable."""

    __table_args__ = (Index("ux_answer_assessment_criterion", "assessment_id", "criterion_id",
                            unique=True),)

    assessment_id: str = Field(foreign_key="assessment.id", index=True, max_length=36)
    criterion_id: str = Field(max_length=40)
    level: int | None = Field(default=None)
    not_applicable: bool = Field(default=False)
    evidence: str = Field(default="", max_length=4000)
    comment: str = Field(default="", max_length=2000)

    @staticmethod
    def id_for(assessment_id: str, criterion_id: str) -> str:
        """The same answer gets the same id on every machine, so a merge meets it, not a twin."""
        return str(uuid.uuid5(_ANSWER_NAMESPACE, f"{assessment_id}/{criterion_id}"))


class AttachmentFile(SyncedRecord, table=True):
    """An evidence file copied into <data dir>/attachments, named by its content hash."""

    __tablename__ = "attachment_file"

    assessment_id: str = Field(foreign_key="assessment.id", index=True, max_length=36)
    criterion_id: str = Field(max_length=40)
    sha256: str = Field(max_length=64)
    stored_name: str = Field(max_length=90)
    original_name: str = Field(max_length=255)
    size_bytes: int


class ActionItem(SyncedRecord, table=True):
    """A measure (tiltak) in the store's action plan."""

    __tablename__ = "action_item"

    store_id: str = Field(foreign_key="store.id", index=True, max_length=36)
    title: str = Field(max_length=200)
    description: str = Field(default="", max_length=4000)
    # Criterion ids, comma separated (like Activity.target_groups): ids are short codes.
    criterion_ids: str = Field(default="", max_length=300)
    responsible: str = Field(default="", max_length=200)
    deadline: dt.date | None = Field(default=None, index=True)
    status: str = Field(default="planned", max_length=20)
    estimated_cost_nok: int | None = Field(default=None)
    funding_code: str = Field(default="", max_length=40)
    funding_note: str = Field(default="", max_length=200)
    assessment_id: str | None = Field(default=None, foreign_key="assessment.id", max_length=36)

    @property
    def criterion_codes(self) -> list[str]:
        return [code for code in self.criterion_ids.split(",") if code]

    def is_overdue(self, today: dt.date) -> bool:
        return (self.deleted_at is None and self.status in OPEN_ACTION_STATUSES
                and self.deadline is not None and self.deadline < today)


ASSESSMENT_TABLES = (CatalogSnapshot, Assessment, Answer, AttachmentFile, ActionItem)
