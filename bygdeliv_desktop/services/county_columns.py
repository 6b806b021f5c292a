"""County overview columns from the self-assessment and the action plan.

Each provider reads the whole county database in a few queries (no query per store: the county
holds hundreds of stores) and returns ``{store_id: {CountyRow field: value}}``.
The assessment shown is the store's newest *finalised* one — what the store stands by; a store
with only drafts shows its newest draft, marked as such.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from bygdeliv_desktop.domain.assessment_models import (
    OPEN_ACTION_STATUSES, ActionItem, Answer, Assessment, CatalogSnapshot)
from bygdeliv_desktop.domain.criteria import NOT_APPLICABLE, catalogue_from_text
from bygdeliv_desktop.domain.scoring import score
from bygdeliv_desktop.errors import CatalogError

DRAFT_MARK = " (utkast)"


def _newest_per_store(session: Session) -> dict[str, Assessment]:
    chosen: dict[str, Assessment] = {}
    rows = session.exec(select(Assessment).where(col(Assessment.deleted_at).is_(None)))
    for row in rows:
        current = chosen.get(row.store_id)
        # Finalised beats draft; then the later date; then the later creation.
        key = (row.is_final, row.assessed_on, row.created_at)
        if current is None or key > (current.is_final, current.assessed_on, current.created_at):
            chosen[row.store_id] = row
    return chosen


def _percent(value: int | None) -> str:
    return "–" if value is None else f"{value} %"


def assessment_columns(session: Session, today: date) -> dict[str, dict[str, object]]:
    """Last assessment date, score per category, overall score and readiness."""
    chosen = _newest_per_store(session)
    if not chosen:
        return {}
    ids = [a.id for a in chosen.values()]
    values: dict[str, dict] = {}
    for answer in session.exec(select(Answer).where(col(Answer.assessment_id).in_(ids),
                                                    col(Answer.deleted_at).is_(None))):
        value = NOT_APPLICABLE if answer.not_applicable else answer.level
        if value is not None:
            values.setdefault(answer.assessment_id, {})[answer.criterion_id] = value
    texts = {s.sha256: s.content for s in session.exec(
        select(CatalogSnapshot).where(col(CatalogSnapshot.sha256).in_(
            {a.catalog_sha256 for a in chosen.values()})))}
    result: dict[str, dict[str, object]] = {}
    for store_id, assessment in chosen.items():
        text = texts.get(assessment.catalog_sha256)
        mark = "" if assessment.is_final else DRAFT_MARK
        if text is None:  # the catalogue did not come with the data: date only
            result[store_id] = {"last_assessment": assessment.assessed_on}
            continue
        try:
            catalogue = catalogue_from_text(text)
        except CatalogError:
            result[store_id] = {"last_assessment": assessment.assessed_on}
            continue
        scored = score(catalogue, values.get(assessment.id, {}))
        result[store_id] = {
            "last_assessment": assessment.assessed_on,
            "category_scores": " · ".join(f"{t.category_id} {_percent(t.percent)}"
                                          for t in scored.categories),
            "overall_score": _percent(scored.overall.percent) + mark,
            "readiness": ("Ja" if scored.readiness.ready else "Nei") + mark,
        }
    return result


def action_columns(session: Session, today: date) -> dict[str, dict[str, object]]:
    """Open and overdue actions (tiltak) per store."""
    live_open = (col(ActionItem.deleted_at).is_(None),
                 col(ActionItem.status).in_(OPEN_ACTION_STATUSES))
    open_counts = dict(session.execute(
        select(ActionItem.store_id, func.count()).where(*live_open)
        .group_by(ActionItem.store_id)).all())
    overdue = dict(session.execute(
        select(ActionItem.store_id, func.count()).where(
            *live_open, col(ActionItem.deadline).is_not(None), col(ActionItem.deadline) < today)
        .group_by(ActionItem.store_id)).all())
    stores = set(session.exec(select(ActionItem.store_id).where(
        col(ActionItem.deleted_at).is_(None)).distinct()))
    return {store_id: {"open_actions": open_counts.get(store_id, 0),
                       "overdue_actions": overdue.get(store_id, 0)} for store_id in stores}
