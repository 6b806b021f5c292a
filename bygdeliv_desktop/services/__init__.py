"""Use cases the UI calls. Plain Python: no Qt, no SQL in the callers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.services.actions import ActionService
from bygdeliv_desktop.services.activities import ActivityService
from bygdeliv_desktop.services.assessments import AssessmentService
from bygdeliv_desktop.services.attachments import AttachmentService
from bygdeliv_desktop.services.catalog_import import CatalogueService
from bygdeliv_desktop.services.evidence import EvidenceService
from bygdeliv_desktop.services.offerings import OfferingService
from bygdeliv_desktop.services.stores import StoreService
from bygdeliv_desktop.services.trash import TrashService


@dataclass(frozen=True)
class AppServices:
    """Everything the UI may ask of the data, bound to one open database."""

    database: Database
    stores: StoreService
    offerings: OfferingService
    activities: ActivityService
    catalogues: CatalogueService
    assessments: AssessmentService
    attachments: AttachmentService
    evidence: EvidenceService
    actions: ActionService
    trash: TrashService
    # What belongs to the user rather than to one data file: the signing identity and the
    # county workspace. The data folder; another data file opened from elsewhere keeps it.
    home: Path

    @classmethod
    def for_database(cls, database: Database, home: Path | None = None) -> AppServices:
        offerings = OfferingService(database)
        catalogues = CatalogueService(database)
        return cls(database, StoreService(database), offerings, ActivityService(database),
                   catalogues, AssessmentService(database, catalogues), AttachmentService(database),
                   EvidenceService(database, offerings), ActionService(database, catalogues),
                   TrashService(database), home or database.path.parent)
