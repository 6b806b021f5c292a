"""Use cases for the store's action plan (tiltak): create, edit, overdue list, create from a criterion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlmodel import col, select

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.assessment_models import OPEN_ACTION_STATUSES, ActionItem, Assessment
from bygdeliv_desktop.domain.models import Store
from bygdeliv_desktop.domain.validation import validate_action
from bygdeliv_desktop.errors import RecordNotFound
from bygdeliv_desktop.services.catalog_import import CatalogueService
from bygdeliv_desktop.services.records import (
    apply, check, clean, get_live, merged, soft_delete)

ACTION_FIELDS = ("title", "description", "criterion_ids", "responsible", "deadline", "status",
                 "estimated_cost_nok", "funding_code", "funding_note", "assessment_id")


def _normalised(values: Mapping) -> dict:
    data = clean(values, ACTION_FIELDS)
    ids = data.get("criterion_ids")
    if isinstance(ids, (list, tuple, set, frozenset)):
        # Anything but text is left for the validator to name (text.invalid), not crashed on.
        stripped = (i.strip() if isinstance(i, str) else i for i in ids)
        data["criterion_ids"] = list(dict.fromkeys(i for i in stripped if i != ""))
    return data


def _for_storage(data: dict) -> dict:
    stored = dict(data)
    if "criterion_ids" in stored:
        stored["criterion_ids"] = ",".join(stored["criterion_ids"] or ())
    return stored


class ActionService:
    def __init__(self, database: Database, catalogues: CatalogueService) -> None:
        self._db = database
        self._catalogues = catalogues

    def funding_sources(self) -> catalogs.KindCatalog:
        return catalogs.funding_sources()

    def list_for_store(self, store_id: str, open_only: bool = False) -> list[ActionItem]:
        """The store's actions, by deadline (those without a deadline last), then title."""
        query = select(ActionItem).where(ActionItem.store_id == store_id,
                                         col(ActionItem.deleted_at).is_(None))
        if open_only:
            query = query.where(col(ActionItem.status).in_(OPEN_ACTION_STATUSES))
        with self._db.reader() as session:
            rows = list(session.exec(query).all())
        return sorted(rows, key=lambda a: (a.deadline is None, a.deadline or dt.date.max,
                                           a.title.casefold()))

    def overdue(self, store_id: str | None = None, today: dt.date | None = None) -> list[ActionItem]:
        """Open actions (planned / in progress) past their deadline; all stores when no store given.
        Archived and deleted stores are left out."""
        today = today or dt.date.today()
        query = (select(ActionItem).join(Store, col(Store.id) == col(ActionItem.store_id))
                 .where(col(ActionItem.deleted_at).is_(None), col(Store.deleted_at).is_(None),
                        Store.archived == False,  # noqa: E712  (SQL comparison)
                        col(ActionItem.status).in_(OPEN_ACTION_STATUSES),
                        col(ActionItem.deadline) < today)
                 .order_by(col(ActionItem.deadline), col(ActionItem.title)))
        if store_id is not None:
            query = query.where(ActionItem.store_id == store_id)
        with self._db.reader() as session:
            return list(session.exec(query).all())

    def get(self, action_id: str) -> ActionItem:
        with self._db.reader() as session:
            return get_live(session, ActionItem, action_id)

    def add(self, store_id: str, values: Mapping) -> ActionItem:
        """``values``: title, description, criterion_ids (list), responsible, deadline, status
        (planned/in_progress/done/cancelled; default planned), estimated_cost_nok (>= 0),
        funding_code (see ``funding_sources``), funding_note, assessment_id."""
        data = {"status": "planned", **_normalised(values)}
        check(data, validate_action)
        action = ActionItem(store_id=store_id, **_for_storage(data))
        with self._db.transaction() as session:
            get_live(session, Store, store_id)
            if action.assessment_id:
                get_live(session, Assessment, action.assessment_id)
            session.add(action)
        return action

    def update(self, action_id: str, values: Mapping) -> ActionItem:
        data = _normalised(values)
        with self._db.transaction() as session:
            action = get_live(session, ActionItem, action_id)
            current = merged(action, {}, ACTION_FIELDS)
            current["criterion_ids"] = action.criterion_codes
            current.update(data)
            check(current, validate_action)
            apply(action, _for_storage(data))
        return action

    def set_status(self, action_id: str, status: str) -> ActionItem:
        return self.update(action_id, {"status": status})

    def delete(self, action_id: str) -> None:
        with self._db.transaction() as session:
            soft_delete(session, ActionItem, action_id)

    def from_criterion(self, assessment_id: str, criterion_id: str, values: Mapping | None = None,
                       language: str = "nb") -> ActionItem:
        """An action for a criterion that is not met: linked to it and to the assessment, titled
        after the criterion unless ``values`` give a title."""
        with self._db.reader() as session:
            assessment = get_live(session, Assessment, assessment_id)
        criterion = self._catalogues.load(assessment.catalog_sha256).criterion(criterion_id)
        if criterion is None:
            raise RecordNotFound(f"criterion {criterion_id}", id=criterion_id)
        data = {"title": f"{criterion.id}: {criterion.title.get(language)}",
                "description": criterion.description.get(language),
                "criterion_ids": [criterion.id], "assessment_id": assessment_id}
        data.update(values or {})
        return self.add(assessment.store_id, data)
