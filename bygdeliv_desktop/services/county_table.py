"""The county overview ("Fylkesoversikt"): one row per store from the data imported into the
county's database. Sorting and filtering are plain functions so the CLI and the Qt proxy agree.

Assessment, readiness and action columns come from ``COLUMN_PROVIDERS`` (see county_columns.py);
a new kind of column is one more provider and a field here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.models import Activity, ServiceOffering, Store
from bygdeliv_desktop.domain.sync_state import SyncImport
from bygdeliv_desktop.exchange.signing import TRUSTED, UNSIGNED
from bygdeliv_desktop.services import county_columns, county_summaries

WINDOW = timedelta(days=365)


@dataclass(frozen=True)
class CountyRow:
    store_id: str
    store: str
    municipality: str
    last_assessment: date | None = None
    category_scores: str = ""
    overall_score: str = ""
    readiness: str = ""
    activities_12m: int = 0
    services_12m: int = 0
    open_actions: int | None = None
    overdue_actions: int | None = None
    signature: str = UNSIGNED
    signer: str = ""
    source: str = ""  # "fil", "PDF" or "fil + PDF": where the row's numbers and signature come from
    note: str = ""  # "ikke bekreftet" (untrusted summary, listed apart) or a same-period warning


# Column key -> header (bokmål; the Qt model translates its own headers).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("store", "Butikk"), ("municipality", "Kommune"), ("last_assessment", "Siste vurdering"),
    ("category_scores", "Poeng per kategori"), ("overall_score", "Poeng totalt"),
    ("readiness", "Klar for sertifisering"),
    ("activities_12m", "Aktiviteter siste 12 mnd"), ("services_12m", "Tjenester siste 12 mnd"),
    ("open_actions", "Åpne tiltak"), ("overdue_actions", "Forfalte tiltak"),
    ("signature", "Signatur"), ("signer", "Signert av"), ("source", "Kilde"),
    ("note", "Merknad"),
)

# Each provider returns {store_id: {row field: value}} for the fields it knows (e.g. assessments).
ColumnProvider = Callable[[Session, date], dict[str, dict[str, object]]]
COLUMN_PROVIDERS: list[ColumnProvider] = [county_columns.assessment_columns,
                                           county_columns.action_columns]


def _counts(session: Session, query) -> dict[str, int]:
    return {store_id: count for store_id, count in session.execute(query).all()}


def _signatures(session: Session) -> dict[str, tuple[str, str]]:
    """Store id -> (status, signer) of the latest imported file that carried the store."""
    result: dict[str, tuple[str, str]] = {}
    for row in session.exec(select(SyncImport).order_by(col(SyncImport.imported_at))):
        for store_id in json.loads(row.store_ids):
            result[store_id] = (row.signature_status, row.signer)
    return result


def build_table(database: Database, today: date | None = None) -> list[CountyRow]:
    """One row per live store, counting activities and services in the 12 months up to ``today``."""
    today = today or date.today()
    first = today - WINDOW
    with database.reader() as session:
        activities = _counts(session, select(Activity.store_id, func.count())
                             .where(col(Activity.deleted_at).is_(None), Activity.date > first,
                                    Activity.date <= today)
                             .group_by(Activity.store_id))
        services = _counts(session, select(ServiceOffering.store_id, func.count())
                           .where(col(ServiceOffering.deleted_at).is_(None),
                                  or_(col(ServiceOffering.started_on).is_(None),
                                      col(ServiceOffering.started_on) <= today),
                                  or_(col(ServiceOffering.ended_on).is_(None),
                                      col(ServiceOffering.ended_on) > first))
                           .group_by(ServiceOffering.store_id))
        signatures = _signatures(session)
        extra: dict[str, dict[str, object]] = {}
        for provider in COLUMN_PROVIDERS:
            for store_id, values in provider(session, today).items():
                extra.setdefault(store_id, {}).update(values)
        stores = list(session.exec(select(Store).where(col(Store.deleted_at).is_(None))))
        shown = county_summaries.shown_summaries(session)
    # Only a trusted summary stands for a store the county knows from its files, and only by the
    # organisation number its signer's certificate vouches for (data.json's store id is the
    # signer's say-so: another store could name it).
    by_org: dict[str, county_summaries.ShownSummary] = {}
    for item in shown:
        if item.summary.signature_status == TRUSTED and item.summary.org_number:
            by_org.setdefault(item.summary.org_number, item)
    used: set[str] = set()
    rows = []
    for store in stores:
        place = catalogs.municipality(store.municipality_code)
        status, signer = signatures.get(store.id, (UNSIGNED, ""))
        row = CountyRow(store.id, store.name, place.display if place else store.municipality_code,
                        activities_12m=activities.get(store.id, 0),
                        services_12m=services.get(store.id, 0), signature=status, signer=signer,
                        source=FROM_FILE)
        row = replace(row, **extra.get(store.id, {}))
        item = by_org.get(store.org_number) if store.org_number else None
        if item is not None:
            # The signed summary is the document the store stands by: its signature is shown.
            summary = item.summary
            used.add(summary.file_sha256)
            row = replace(row, signature=summary.signature_status, signer=summary.signer,
                          source=f"{FROM_FILE} + {FROM_PDF}", note=item.note)
        rows.append(row)
    rows += [_summary_row(item) for item in shown if item.summary.file_sha256 not in used]
    return sort_rows(rows, "store")


FROM_FILE, FROM_PDF = "fil", "PDF"


def _summary_row(item: county_summaries.ShownSummary) -> CountyRow:
    """A store the county knows only from its signed summary: the summary's own figures (its
    period, normally the last 12 months before signing). An untrusted or doubled summary gets its
    file's id, so it never passes for the store's own row."""
    summary = item.summary
    row_id = summary.file_sha256 if item.note else (summary.store_id or summary.file_sha256)
    return CountyRow(
        row_id, summary.store_name, summary.municipality,
        last_assessment=summary.assessed_on, category_scores=summary.category_scores,
        overall_score=summary.overall_score, readiness=summary.readiness,
        activities_12m=summary.activities_total, services_12m=summary.services_active,
        open_actions=summary.open_actions, overdue_actions=summary.overdue_actions,
        signature=summary.signature_status, signer=summary.signer, source=FROM_PDF, note=item.note)


def _sort_key(key: str):
    def value(row: CountyRow):
        item = getattr(row, key)
        # Empty values last whatever the type; text compared without case.
        return (item is None or item == "", item.casefold() if isinstance(item, str) else item)
    return value


def sort_rows(rows: Iterable[CountyRow], key: str, descending: bool = False) -> list[CountyRow]:
    if key not in {f.name for f in fields(CountyRow)}:
        raise ValueError(f"unknown column {key}")
    ordered = sorted(rows, key=_sort_key(key), reverse=descending)
    if descending:  # keep the empty ones last in both directions
        ordered = [r for r in ordered if not _sort_key(key)(r)[0]] + \
                  [r for r in ordered if _sort_key(key)(r)[0]]
    return ordered


def filter_rows(rows: Iterable[CountyRow], text: str = "", municipality_code: str = "",
                signature: str = "") -> list[CountyRow]:
    """Keep rows whose store or municipality contains ``text``, in the municipality, with that
    signature status; empty arguments do not filter."""
    needle = text.casefold()
    return [row for row in rows
            if (not needle or needle in row.store.casefold() or needle in row.municipality.casefold())
            and (not municipality_code or row.municipality.startswith(municipality_code))
            and (not signature or row.signature == signature)]
