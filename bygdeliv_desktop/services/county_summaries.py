"""County mode: read a store's signed summary PDF into the county database.

The signature is verified first (the app's own verification, offline). A file that is not intact,
not wholly covered by its signature, changed in a disallowed way, without a readable data.json or
whose data.json names another organisation than the signer's certificate is refused: its numbers
are never shown. A file that is intact but signed by someone the county does not trust (no CA
given, a self-signed store certificate, another CA, an expired certificate) is kept and marked
"valid" rather than "trusted", so the county sees it and can follow up; the table lists it apart
and never lets it stand for a store the county has a trusted summary from.

data.json is written by our own app, but the file may come from anywhere: every value is checked
for type and length before it is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain.county_models import CountySummary
from bygdeliv_desktop.errors import CountySummaryRefused, ExchangeTooLarge
from bygdeliv_desktop.exchange.signing import TRUSTED, VALID

MAX_SUMMARY_BYTES = 60 * 1024 * 1024  # a summary is a few hundred kB; scanned attachments are not in it
OPEN_STATUS_CODES = ("planned", "in_progress")


def _text(value: object, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _int(value: object) -> int:
    return value if type(value) is int and 0 <= value < 10**9 else 0


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _percent(points: object, possible: object) -> int | None:
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (points, possible)):
        return None
    return round(100 * points / possible) if possible > 0 else None


def _assessment_fields(assessment: object) -> dict:
    if not isinstance(assessment, dict):
        return {}
    categories = assessment.get("categories")
    categories = categories if isinstance(categories, list) else []
    parts, points, possible = [], 0.0, 0.0
    for category in categories[:50]:
        if not isinstance(category, dict):
            continue
        share = _percent(category.get("points"), category.get("max_points"))
        parts.append(f"{_text(category.get('name'), 60)} {'–' if share is None else f'{share} %'}")
        if share is not None:
            points += category["points"]
            possible += category["max_points"]
    overall = _percent(points, possible)
    draft = "utkast" in _text(assessment.get("title"), 300)
    mark = " (utkast)" if draft else ""
    ready = assessment.get("ready")
    return {
        "assessed_on": _date(assessment.get("assessed_on")),
        "category_scores": " · ".join(parts)[:500],
        "overall_score": ("–" if overall is None else f"{overall} %") + mark,
        "readiness": ("" if not isinstance(ready, bool) else ("Ja" if ready else "Nei") + mark),
    }


def _action_fields(actions: object, today: dt.date) -> dict:
    if not isinstance(actions, list):
        return {}
    open_count = overdue = 0
    for action in actions[:10000]:
        if not isinstance(action, dict) or action.get("status_code") not in OPEN_STATUS_CODES:
            continue
        open_count += 1
        due = _date(action.get("due"))
        overdue += due is not None and due < today
    return {"open_actions": open_count, "overdue_actions": overdue}


def summary_row(data: dict, file_sha256: str, file_name: str, status: str, signer: str,
                signed_at: dt.datetime | None, today: dt.date) -> CountySummary:
    """The county's row for one verified data.json (values checked, never trusted blindly)."""
    store = data.get("store") if isinstance(data.get("store"), dict) else {}
    activities = data.get("activities") if isinstance(data.get("activities"), dict) else {}
    services = data.get("services") if isinstance(data.get("services"), list) else []
    store_id = _text(store.get("id"), 36) or None
    return CountySummary(
        file_sha256=file_sha256, file_name=file_name[:255], store_id=store_id,
        org_number=_text(store.get("org_number"), 9) if isinstance(store.get("org_number"), str)
        else "",
        store_name=_text(store.get("name"), 200) or file_name[:200],
        municipality=_text(data.get("municipality"), 100),
        period_start=_date(data.get("period_start")), period_end=_date(data.get("period_end")),
        activities_total=_int(activities.get("total")),
        services_active=sum(1 for s in services[:10000] if isinstance(s, dict) and s.get("active")
                            is True),
        signature_status=status, signer=signer[:300], signed_at=signed_at,
        **_assessment_fields(data.get("assessment")), **_action_fields(data.get("actions"), today))


# Failed checks of signing/verify.py in words, for the one line per refused file.
REFUSAL_TEXT = {
    "readable": "ikke en lesbar PDF",
    "signed": "ikke signert",
    "certification": "ikke en sertifiseringssignatur",
    "intact": "innholdet er endret etter signering",
    "signature_valid": "signaturen stemmer ikke",
    "entire_file": "noe er lagt til etter signering",
    "no_disallowed_changes": "ulovlige endringer etter signering",
    "data_present": "data.json mangler",
    "data_valid": "data.json kan ikke leses",
    "org_number_valid": "data.json mangler gyldig organisasjonsnummer",
    "org_number_matches": "organisasjonsnummeret i data.json er ikke signererens",
}
UNTRUSTED_NOTE = "ikke bekreftet"
SAME_PERIOD_NOTE = "flere bekreftede sammendrag for samme periode"


def signer_text(result) -> str:
    """The store's signer, and "– kontrasignert av <navn>" for each valid, trusted approval
    signature by someone else (the consultant's, ``bygdeliv countersign``)."""
    others = [s.name for s in result.signatures[1:] if s.trusted and s.name != result.signer]
    return " – ".join([result.signer] + [f"kontrasignert av {name}" for name in others])


def refusal_text(codes: list[str]) -> str:
    return "; ".join(REFUSAL_TEXT.get(code, code) for code in codes) or "data.json mangler"


def import_summary(database: Database, path: Path, trust_roots: list | None = None,
                   today: dt.date | None = None,
                   before_write: Callable[[], None] | None = None) -> bool:
    """Verify and store one summary PDF; False when this very file was imported before.

    Raises CountySummaryRefused (with the failed checks in words) when the file cannot be trusted
    at all. ``before_write`` is called just before the database is written (the batch's backup).
    """
    from bygdeliv_desktop.signing.verify import TRUST_CODES, verify_pdf  # pyHanko: only when needed

    try:
        size = path.stat().st_size
        if size > MAX_SUMMARY_BYTES:
            raise ExchangeTooLarge(f"{size} bytes", reason="file", limit=MAX_SUMMARY_BYTES)
        raw = path.read_bytes()
    except OSError as exc:
        raise CountySummaryRefused(str(exc), reason="unreadable") from exc
    digest = hashlib.sha256(raw).hexdigest()
    with database.reader() as session:
        if session.get(CountySummary, digest) is not None:
            return False
    result = verify_pdf(raw, trust_roots or [])
    if not result.integrity_ok or result.data is None:
        codes = [code for code in result.reasons if code not in TRUST_CODES]
        raise CountySummaryRefused(refusal_text(codes), reason=",".join(codes)[:200])
    status = TRUSTED if result.trusted else VALID
    row = summary_row(result.data, digest, path.name, status, signer_text(result),
                      result.signing_time, today or dt.date.today())
    if before_write is not None:
        before_write()
    with database.transaction() as session:
        session.add(row)
    return True


@dataclass(frozen=True)
class ShownSummary:
    summary: CountySummary
    note: str = ""  # UNTRUSTED_NOTE, SAME_PERIOD_NOTE or ""


def _rank(row: CountySummary) -> tuple:
    return (row.period_end or dt.date.min, row.period_start or dt.date.min,
            row.signed_at or row.imported_at, row.imported_at)


def shown_summaries(session) -> list[ShownSummary]:
    """The summaries the county table shows.

    Trusted ones: the newest per store (by its verified organisation number), and when two or more
    trusted ones cover that same period, all of them, flagged. Untrusted ones (intact, but the
    signer is not confirmed by the county's CA) are never ranked against trusted ones: each is
    listed apart, marked "ikke bekreftet", whatever its dates.
    """
    from sqlmodel import select

    shown: list[ShownSummary] = []
    trusted: dict[str, list[CountySummary]] = {}
    for row in session.exec(select(CountySummary)):
        if row.signature_status != TRUSTED:
            shown.append(ShownSummary(row, UNTRUSTED_NOTE))
            continue
        trusted.setdefault(row.org_number or row.store_id or row.file_sha256, []).append(row)
    for rows in trusted.values():
        newest = max(rows, key=_rank)
        period = (newest.period_start, newest.period_end)
        same = sorted((r for r in rows if (r.period_start, r.period_end) == period), key=_rank)
        note = SAME_PERIOD_NOTE if len(same) > 1 else ""
        shown += [ShownSummary(r, note) for r in same]
    return shown
