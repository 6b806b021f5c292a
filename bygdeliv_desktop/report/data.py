"""What goes into the summary, as plain dataclasses, and its machine-readable twin (data.json).

The assessment and the action plan come from another part of the app; they enter here as
``ReportAssessment`` and ``ReportAction`` so this module depends on nothing but their shape.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import asdict, dataclass, field, replace

from bygdeliv_desktop import __version__
from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.services import AppServices

SCHEMA = "bygdeliv.report"
SCHEMA_VERSION = 2  # 2: codes beside labels, attendances, criteria, ended services


@dataclass(frozen=True)
class CodeLabel:
    """A catalogue code (the same in every language) and its label in the report's language."""

    code: str
    label: str


@dataclass(frozen=True)
class CategoryScore:
    name: str
    points: float
    max_points: float
    code: str = ""

    @property
    def percent(self) -> float:
        return 100.0 * self.points / self.max_points if self.max_points else 0.0


@dataclass(frozen=True)
class CriterionLine:
    """One criterion with the store's answer (value: level, "na" or None while unanswered)."""

    code: str
    title: str
    category_code: str
    category: str
    mandatory: bool
    value: int | str | None
    answer: str  # the scale's label
    met: bool  # reaches the level the readiness rule asks of it (or not applicable)
    evidence: str = ""
    comment: str = ""
    attachments: int = 0
    previous_value: int | str | None = None
    previous_answer: str = ""  # "" when there is no previous locked assessment with this criterion


@dataclass(frozen=True)
class ReportAssessment:
    """One assessment as the report shows it (filled in by the assessment module, or by hand)."""

    title: str
    assessed_on: dt.date
    catalogue_version: str
    categories: tuple[CategoryScore, ...]
    ready: bool
    reasons: tuple[str, ...] = ()
    catalogue_name: str = ""  # the catalogue's human title in the report's language
    catalogue_draft: bool = False  # a working draft, not adopted criteria
    catalogue_number: int | None = None  # the catalogue's version number
    is_final: bool = True  # locked (finalised); a draft assessment is marked as such
    criteria: tuple[CriterionLine, ...] = ()


@dataclass(frozen=True)
class ReportAction:
    title: str
    status: str
    responsible: str = ""
    due: dt.date | None = None
    cost_nok: int | None = None
    funding: str = ""
    category: str = ""
    status_code: str = ""  # planned / in_progress / done / cancelled, for machines reading data.json
    overdue: bool = False  # open (planned / in progress) and its deadline is before the report date


@dataclass(frozen=True)
class ServiceLine:
    kind: CodeLabel
    partner: str
    started_on: dt.date | None
    ended_on: dt.date | None
    hours: str
    active: bool


@dataclass(frozen=True)
class CountLine:
    code: str  # catalogue code; "YYYY-MM" for months; the name itself for partners
    label: str
    count: int
    attendances: int = 0  # sum of the activities' participants: visits, not different people


@dataclass(frozen=True)
class ActivitySummary:
    total: int
    attendances: int  # sum of participants over the activities: one person may count many times
    by_kind: tuple[CountLine, ...]
    by_month: tuple[CountLine, ...]  # label "YYYY-MM", every month of the period, zeros included
    target_groups: tuple[CountLine, ...]
    partners: tuple[CountLine, ...]


@dataclass(frozen=True)
class SignerInfo:
    name: str
    role: str
    self_signed: bool
    certificate_subject: str = ""


@dataclass(frozen=True)
class PeriodFigures:
    start: dt.date
    end: dt.date
    services_active: int
    activities: int
    attendances: int


@dataclass(frozen=True)
class ReportData:
    store: dict
    municipality: str
    period_start: dt.date
    period_end: dt.date
    services: tuple[ServiceLine, ...]
    activities: ActivitySummary
    signer: SignerInfo
    generated_at: dt.datetime
    app_version: str = __version__
    catalogue_versions: dict = field(default_factory=dict)
    assessment: ReportAssessment | None = None
    previous_assessment: ReportAssessment | None = None
    actions: tuple[ReportAction, ...] = ()
    language: str = "nb"  # the words of the PDF: nb or nn (labels below are in it too)
    previous_period: PeriodFigures | None = None  # the same length of time just before the period


STORE_FIELDS = ("name", "org_number", "municipality_code", "chain", "address", "postal_code",
                "postal_place", "contact_person", "phone", "email", "opening_hours",
                "centrality_class", "merkur_participant", "merkur_since")


def collect(services: AppServices, store_id: str, signer: SignerInfo,
            period: tuple[dt.date, dt.date] | None = None,
            assessment: ReportAssessment | None = None,
            previous_assessment: ReportAssessment | None = None,
            actions: tuple[ReportAction, ...] = (), today: dt.date | None = None,
            language: str = "nb") -> ReportData:
    """Gather the report for one store, its labels in ``language`` (nb or nn). The default
    period is the last 12 months up to today."""
    today = today or dt.date.today()
    start, end = period or (today.replace(year=today.year - 1) + dt.timedelta(days=1), today)
    store = services.stores.get(store_id)
    municipality = catalogs.municipality(store.municipality_code)
    offerings = services.offerings.list_for_store(store_id)
    services_lines = tuple(
        ServiceLine(CodeLabel(o.kind_code, catalogs.service_label(o.kind_code, o.other_text,
                                                                    language)),
                    o.partner, o.started_on, o.ended_on, o.hours, o.is_active(end))
        for o in offerings)
    rows = services.activities.list_rows(store_id, between=(start, end))
    before_start, before_end = previous_period_of(start, end)
    before_rows = services.activities.list_rows(store_id, between=(before_start, before_end))
    previous_period = PeriodFigures(
        before_start, before_end, sum(1 for o in offerings if _active_on(o, before_end)),
        len(before_rows), sum(r.participants or 0 for r in before_rows))
    actions = tuple(replace(a, overdue=a.status_code in OPEN_STATUSES and a.due is not None
                            and a.due < today) for a in actions)
    return ReportData(
        # The id lets the county match the summary with the store's exchange files.
        store={"id": store.id, **{name: getattr(store, name) for name in STORE_FIELDS}},
        municipality=municipality.name if municipality else store.municipality_code,
        period_start=start, period_end=end, services=services_lines,
        activities=summarise_activities(rows, start, end, language), signer=signer,
        generated_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        catalogue_versions=catalogs_versions(), assessment=assessment,
        previous_assessment=previous_assessment, actions=actions, language=language,
        previous_period=previous_period)


OPEN_STATUSES = ("planned", "in_progress")


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def previous_period_of(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same length just before: whole months back when the period is whole
    months (a calendar year, or "the last 12 months up to today"), else the same number of days."""
    after = end + dt.timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    if months > 0 and after.day == start.day:
        return _add_months(start, -months), start - dt.timedelta(days=1)
    return start - (after - start), start - dt.timedelta(days=1)


def _active_on(offering, day: dt.date) -> bool:
    started = offering.started_on is None or offering.started_on <= day
    return started and offering.is_active(day)


def catalogs_versions() -> dict:
    return {"service_kinds": catalogs.catalog_version("service_kinds.json"),
            "activity_kinds": catalogs.catalog_version("activity_kinds.json")}


def summarise_activities(rows, start: dt.date, end: dt.date,
                         language: str = "nb") -> ActivitySummary:
    """Counts per kind, month, target group and partner from light activity rows."""
    kinds, groups = catalogs.activity_kinds(), catalogs.target_groups()
    by_kind: Counter = Counter()
    people_by_kind: Counter = Counter()
    by_month: Counter = Counter()
    people_by_month: Counter = Counter()
    by_group: Counter = Counter()
    people_by_group: Counter = Counter()
    by_partner: Counter = Counter()
    for row in rows:
        people = row.participants or 0
        by_kind[row.kind_code] += 1
        people_by_kind[row.kind_code] += people
        month = row.date.strftime("%Y-%m")
        by_month[month] += 1
        people_by_month[month] += people
        for code in dict.fromkeys(filter(None, (row.target_groups or "").split(","))):
            by_group[code] += 1
            people_by_group[code] += people
        for partner in filter(None, (p.strip() for p in (row.partners or "").split(","))):
            by_partner[partner] += 1
    return ActivitySummary(
        total=len(rows), attendances=sum(people_by_kind.values()),
        by_kind=tuple(CountLine(code, kinds.label(code, language), count, people_by_kind[code])
                      for code, count in by_kind.most_common()),
        by_month=tuple(CountLine(month, month, by_month[month], people_by_month[month])
                       for month in _months(start, end)),
        target_groups=tuple(CountLine(code, groups.label(code, language), count,
                                      people_by_group[code])
                            for code, count in by_group.most_common()),
        partners=tuple(CountLine(name, name, count) for name, count in by_partner.most_common()))


def _months(start: dt.date, end: dt.date) -> list[str]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def to_json(report: ReportData) -> bytes:
    """data.json: the report's numbers, schema-versioned, for the county to read without retyping."""
    doc = {"schema": SCHEMA, "schema_version": SCHEMA_VERSION, **asdict(report)}
    return json.dumps(doc, ensure_ascii=False, indent=1, default=_json_default).encode("utf-8")


def _json_default(value: object) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
