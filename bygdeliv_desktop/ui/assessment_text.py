"""Words for the codes of assessments and actions: roles, purposes, statuses, readiness reasons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from bygdeliv_desktop.domain.criteria import NOT_APPLICABLE, Catalogue
from bygdeliv_desktop.domain.scoring import Readiness, Reason, Totals


# Spelled out so that pyside6-lupdate finds every text with its context.
translate = QCoreApplication.translate


def date_text(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def role_label(code: str) -> str:
    return {"shopkeeper": translate("assessment_text", "Kjøpmann"), "consultant": translate("assessment_text", "Konsulent")}.get(code, code)


def purpose_label(code: str) -> str:
    return {"baseline": translate("assessment_text", "Utgangspunkt"), "follow_up": translate("assessment_text", "Oppfølging"),
            "other": translate("assessment_text", "Annet")}.get(code, code)


def status_label(code: str) -> str:
    return {"planned": translate("assessment_text", "Planlagt"), "in_progress": translate("assessment_text", "I gang"), "done": translate("assessment_text", "Ferdig"),
            "cancelled": translate("assessment_text", "Avlyst")}.get(code, code)


def value_label(catalogue: Catalogue, criterion_id: str, value) -> str:
    """The scale's own word for an answer, or "ikke besvart"."""
    if value is None:
        return translate("assessment_text", "ikke besvart")
    criterion = catalogue.criterion(criterion_id)
    if criterion is None:
        return str(value)
    return catalogue.scale_of(criterion).label(value)


def totals_text(totals: Totals) -> str:
    """E.g. "8 av 12 poeng (67 %)", or that nothing applies."""
    if totals.possible == 0:
        return translate("assessment_text", "ingen poeng mulig (ikke aktuelt)")
    return (translate("assessment_text", "%1 av %2 poeng (%3 %)").replace("%1", str(totals.points))
            .replace("%2", str(totals.possible)).replace("%3", str(totals.percent)))


def progress_text(totals: Totals) -> str:
    return (translate("assessment_text", "Besvart %1 av %2").replace("%1", str(totals.answered))
            .replace("%2", str(totals.total)))


def readiness_verdict(ready: bool) -> str:
    return translate("assessment_text", "Klar for sertifisering") if ready else translate("assessment_text", "Ikke klar for sertifisering ennå")


def category_title(catalogue: Catalogue, category_id: str) -> str:
    category = next((c for c in catalogue.categories if c.id == category_id), None)
    return category.title.get() if category else category_id


def reason_text(reason: Reason, catalogue: Catalogue | None = None) -> str:
    p = dict(reason.params)
    if reason.code == "readiness.unanswered":
        return translate("assessment_text", "%1 kriterier er ikke besvart.").replace("%1", str(p.get("count")))
    if reason.code == "readiness.mandatory_not_applicable":
        return (translate("assessment_text", "Det obligatoriske kriteriet %1 er satt til «ikke aktuelt», men kan ikke "
                    "utelates.").replace("%1", str(p.get("criterion"))))
    if reason.code == "readiness.mandatory_not_met":
        level = p.get("level")
        word = (value_label(catalogue, p["criterion"], level) if catalogue else str(level))
        return (translate("assessment_text", "Det obligatoriske kriteriet %1 er «%2», men må være oppfylt.")
                .replace("%1", str(p.get("criterion"))).replace("%2", word))
    if reason.code == "readiness.category_below_share":
        name = category_title(catalogue, p["category"]) if catalogue else p.get("category")
        return (translate("assessment_text", "%1 har %2 %, men krever minst %3 %.").replace("%1", str(name))
                .replace("%2", str(p.get("percent"))).replace("%3", str(p.get("required_percent"))))
    if reason.code == "readiness.nothing_applicable":
        return translate("assessment_text", "Ingen kriterier er aktuelle, så det er ingenting å vurdere.")
    return reason.code


def readiness_text(readiness: Readiness, catalogue: Catalogue | None = None) -> str:
    """The verdict and, when not ready, every reason on its own line."""
    lines = [readiness_verdict(readiness.ready)]
    lines += ["• " + reason_text(r, catalogue) for r in readiness.reasons]
    return "\n".join(lines)


def is_not_met(catalogue: Catalogue, criterion_id: str, value) -> bool:
    """Answered with a level below the top of the scale: something an action could improve."""
    criterion = catalogue.criterion(criterion_id)
    return (criterion is not None and value is not None and value != NOT_APPLICABLE
            and value < catalogue.scale_of(criterion).max)
