"""Use cases the UI calls. Plain Python: no Qt, no SQL in the callers."""

from __future__ import annotations

from dataclasses import dataclass

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.services.activities import ActivityService
from bygdeliv_desktop.services.offerings import OfferingService
from bygdeliv_desktop.services.stores import StoreService


@dataclass(frozen=True)
class AppServices:
    """Everything the UI may ask of the data, bound to one open database."""

    database: Database
    stores: StoreService
    offerings: OfferingService
    activities: ActivityService

    @classmethod
    def for_database(cls, database: Database) -> AppServices:
        return cls(database, StoreService(database), OfferingService(database),
                   ActivityService(database))
