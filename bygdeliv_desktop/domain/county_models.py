"""County mode: signed summary PDFs read into the county's database.

A summary is a signed document, not synced data: it is kept as read (one row per file, keyed by
the file's SHA-256), never merged or edited, and the county table shows the newest one per store.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from bygdeliv_desktop.domain.models import utc_now


class CountySummary(SQLModel, table=True):
    __tablename__ = "county_summary"

    file_sha256: str = Field(primary_key=True, max_length=64)
    file_name: str = Field(max_length=255)
    imported_at: dt.datetime = Field(default_factory=utc_now)
    store_id: str | None = Field(default=None, max_length=36, index=True)  # from data.json
    org_number: str = Field(default="", max_length=9, index=True)
    store_name: str = Field(max_length=200)
    municipality: str = Field(default="", max_length=100)
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    activities_total: int = 0
    services_active: int = 0
    assessed_on: dt.date | None = None
    category_scores: str = Field(default="", max_length=500)
    overall_score: str = Field(default="", max_length=40)
    readiness: str = Field(default="", max_length=40)
    open_actions: int | None = None
    overdue_actions: int | None = None
    signature_status: str = Field(max_length=20)  # "valid" or "trusted": invalid files are refused
    signer: str = Field(default="", max_length=300)
    signed_at: dt.datetime | None = Field(default=None)
