"""Turn the store's assessments and action plan into the report's plain inputs.

The summary shows the newest finalised assessment (or, if none is finalised yet, the newest
draft, marked as such), compares it with the one before, and lists the whole action plan.
"""

from __future__ import annotations

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.criteria import NOT_APPLICABLE, Catalogue
from bygdeliv_desktop.domain.scoring import Reason
from bygdeliv_desktop.errors import RecordNotFound
from bygdeliv_desktop.report.data import (CategoryScore, CriterionLine, ReportAction,
                                          ReportAssessment)
from bygdeliv_desktop.report.wording import words
from bygdeliv_desktop.services import AppServices

# Bokmål, as keys of report.wording (which has the nynorsk).
PURPOSES = {"baseline": "Første vurdering", "follow_up": "Oppfølging", "other": "Egenvurdering"}
ACTION_STATUSES = {"planned": "Planlagt", "in_progress": "I gang", "done": "Ferdig",
                   "cancelled": "Avlyst"}


def criterion_name(code: str, catalogue: Catalogue | None, language: str) -> str:
    """"M3 Sitteplass og kaffe" rather than a bare "M3"."""
    criterion = catalogue.criterion(code) if catalogue is not None else None
    return f"{code} {criterion.title.get(language)}" if criterion is not None else code


def reason_text(reason: Reason, category_titles: dict[str, str], language: str = "nb",
                catalogue: Catalogue | None = None) -> str:
    """A readiness reason in the report's language; criteria named by code and title."""
    w, p = words(language), reason.params
    if "criterion" in p:
        p = {**p, "criterion": criterion_name(p["criterion"], catalogue, language)}
    if reason.code == "readiness.unanswered":
        return w("{count} kriterier er ikke besvart ({criteria}).", count=p["count"],
                 criteria=", ".join(p["criteria"][:8]))
    if reason.code == "readiness.mandatory_not_met":
        if p["level"] == 1:
            return w("{criterion} er obligatorisk og bare delvis oppfylt.",
                     criterion=p["criterion"])
        return w("{criterion} er obligatorisk og ikke oppfylt.", criterion=p["criterion"])
    if reason.code == "readiness.mandatory_not_applicable":
        return w("{criterion} er obligatorisk og kan ikke settes til «ikke aktuelt».",
                 criterion=p["criterion"])
    if reason.code == "readiness.category_below_share":
        return w("{title}: {points} av {possible} poeng ({percent} %), krav {required} %.",
                 title=category_titles.get(p["category"], p["category"]), points=p["points"],
                 possible=p["possible"], percent=f"{p['percent']:.0f}",
                 required=p["required_percent"])
    if reason.code == "readiness.nothing_applicable":
        return w("Ingen kriterier er aktuelle.")
    return reason.code


def action_title(title: str, criterion_ids: list[str], catalogue: Catalogue | None,
                 language: str) -> str:
    """An action titled after its criterion ("M1: Sitteplass …", copied in the language the app
    had when it was made) in the summary's language; a title the user wrote stays as written."""
    if catalogue is None:
        return title
    for criterion_id in criterion_ids:
        criterion = catalogue.criterion(criterion_id)
        if criterion is None:
            continue
        texts = (criterion.title.nb, criterion.title.nn, criterion.title.en)
        if title in {f"{criterion.id}: {text}" for text in texts if text}:
            return f"{criterion.id}: {criterion.title.get(language)}"
    return title


def _criteria_lines(view, previous_view, language: str) -> tuple[CriterionLine, ...]:
    catalogue, lines = view.catalogue, []
    for category in catalogue.categories:
        for criterion in category.criteria:
            answer, scale = view.answer(criterion.id), catalogue.scale_of(criterion)
            value = answer.value
            met = (value == NOT_APPLICABLE and not criterion.mandatory) or (
                isinstance(value, int) and value >= catalogue.required_level(criterion))
            before_value, before_label = None, ""
            if previous_view is not None and previous_view.catalogue.criterion(criterion.id):
                before_value = previous_view.answer(criterion.id).value
                before_scale = previous_view.catalogue.scale_of(
                    previous_view.catalogue.criterion(criterion.id))
                before_label = (before_scale.label(before_value, language)
                                if before_value is not None else words(language)("Ikke besvart"))
            lines.append(CriterionLine(
                code=criterion.id, title=criterion.title.get(language),
                category_code=category.id, category=category.title.get(language),
                mandatory=criterion.mandatory, value=value,
                answer=scale.label(value, language) if value is not None else "", met=met,
                evidence=answer.evidence, comment=answer.comment,
                attachments=len(answer.attachments), previous_value=before_value,
                previous_answer=before_label))
    return tuple(lines)


def _report_assessment(services: AppServices, assessment_id: str, language: str,
                       previous_id: str | None = None) -> ReportAssessment:
    w = words(language)
    view = services.assessments.view(assessment_id)
    previous_view = services.assessments.view(previous_id) if previous_id else None
    summary, catalogue, result = view.summary, view.catalogue, view.result
    titles = {c.id: c.title.get(language) for c in catalogue.categories}
    categories = tuple(CategoryScore(titles.get(t.category_id, t.category_id), t.points, t.possible,
                                     t.category_id or "")
                       for t in result.categories)
    purpose = w(PURPOSES[summary.purpose]) if summary.purpose in PURPOSES else summary.purpose
    title = (w("{purpose} – {name}", purpose=purpose, name=summary.assessor_name)
             if summary.is_final else
             w("{purpose} – {name} (utkast, ikke låst)", purpose=purpose,
               name=summary.assessor_name))
    return ReportAssessment(
        title=title,
        assessed_on=summary.assessed_on,
        catalogue_version=f"{catalogue.id} v{catalogue.version}",
        categories=categories,
        ready=result.readiness.ready,
        reasons=tuple(reason_text(r, titles, language, catalogue)
                      for r in result.readiness.reasons),
        catalogue_name=catalogue.title.get(language), catalogue_draft=catalogue.draft,
        catalogue_number=catalogue.version, is_final=summary.is_final,
        criteria=_criteria_lines(view, previous_view, language))


def assessment_inputs(services: AppServices, store_id: str, language: str = "nb"
                      ) -> tuple[ReportAssessment | None, ReportAssessment | None,
                                 tuple[ReportAction, ...]]:
    """(assessment to report, the one before it, the action plan) for ``store_id``, worded in
    ``language`` (nb or nn)."""
    w = words(language)
    summaries = sorted(services.assessments.list_for_store(store_id),
                       key=lambda s: (s.assessed_on, s.is_final))
    finals = [s for s in summaries if s.is_final]
    chosen = finals[-1] if finals else (summaries[-1] if summaries else None)
    current = previous = None
    if chosen is not None:
        earlier = [s for s in (finals or summaries) if s.assessed_on < chosen.assessed_on
                   and s.id != chosen.id]
        # answers are compared with the previous *locked* assessment only
        locked_before = [s for s in earlier if s.is_final]
        current = _report_assessment(services, chosen.id, language,
                                     locked_before[-1].id if locked_before else None)
        if earlier:
            previous = _report_assessment(services, earlier[-1].id, language)
    funding = catalogs.funding_sources()
    catalogues: dict[str | None, Catalogue | None] = {
        None: services.assessments.view(chosen.id).catalogue if chosen else None}

    def catalogue_of(assessment_id: str | None) -> Catalogue | None:
        if assessment_id not in catalogues:
            try:
                catalogues[assessment_id] = services.assessments.view(assessment_id).catalogue
            except RecordNotFound:  # its assessment was deleted: the reported one's catalogue
                catalogues[assessment_id] = catalogues[None]
        return catalogues[assessment_id]

    actions = tuple(
        ReportAction(title=action_title(item.title, item.criterion_codes,
                                        catalogue_of(item.assessment_id), language),
                     status=(w(ACTION_STATUSES[item.status])
                                               if item.status in ACTION_STATUSES else item.status),
                     status_code=item.status,
                     responsible=item.responsible, due=item.deadline,
                     cost_nok=item.estimated_cost_nok,
                     funding=(item.funding_note or funding.label(item.funding_code, language))
                     if item.funding_code else "",
                     category=item.criterion_ids.replace(",", ", "))
        for item in services.actions.list_for_store(store_id))
    return current, previous, actions
