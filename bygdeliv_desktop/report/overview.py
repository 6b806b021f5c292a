"""Page 1 of the summary: who, which period, the key figures against the period before, the
readiness verdict (with the catalogue's status) and the action plan at a glance. It fits in the
cover frame above the visible signature box; long lists are cut with a pointer to the section."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from bygdeliv_desktop import fonts
from bygdeliv_desktop.report.data import ReportAssessment, ReportData
from bygdeliv_desktop.report.format import CONTENT_W, GRID, date_text, para, table

MAX_REASONS = 4


def catalogue_status(assessment: ReportAssessment, w) -> str:
    """Plainly what the verdict was measured against (a working draft is never hidden)."""
    version = (assessment.catalogue_number if assessment.catalogue_number is not None
               else assessment.catalogue_version)
    if assessment.catalogue_draft:
        return w("vurdert mot arbeidsutkast til kriterier, versjon {version} — ikke vedtatte "
                 "kriterier", version=version)
    return w("vurdert mot kriterier, versjon {version}", version=version)


def verdict(assessment: ReportAssessment, w) -> str:
    """The verdict with the catalogue's status beside it, as one line of markup."""
    text = (w("Klar for sertifisering") if assessment.ready
            else w("Ikke klar for sertifisering ennå"))
    status = catalogue_status(assessment, w)
    if not assessment.is_final:
        status = w("{status}; vurderingen er ikke låst", status=status)
    return w("<b>Vurdering:</b> {verdict} ({status})", verdict=escape(text),
             status=escape(status))


def _change(now: int, before: int) -> str:
    return f"{now - before:+d}" if now != before else "±0"


def cover(report: ReportData, st: dict) -> list:
    store, w = report.store, st["w"]
    lines = [
        (w("Organisasjonsnummer"), store["org_number"] or "–"), (w("Kommune"), report.municipality),
        (w("Periode"), f"{date_text(report.period_start)} – {date_text(report.period_end)}"),
        (w("Signert av"), f"{report.signer.name}, {report.signer.role}"),
        (w("Laget"), report.generated_at.astimezone().strftime("%d.%m.%Y %H:%M")),
    ]
    facts = Table([[para(k, st["head"]), para(v, st["cell"])] for k, v in lines],
                  colWidths=[0.3 * CONTENT_W, 0.7 * CONTENT_W])
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID)]))
    story = [Paragraph(w("Bygdelivsbutikken"), st["h2"]),
             Paragraph(w("Sammendrag til fylkeskommunen"), st["title"]),
             para(store["name"], st["h1"]), facts, Spacer(1, 3 * mm)]
    story += _key_figures(report, st) + _readiness(report, st) + _actions(report, st)
    if report.signer.self_signed:
        story.append(Paragraph(w(
            "Merk: Rapporten er signert med et selvutstedt sertifikat. Signaturen viser at filen "
            "ikke er endret etter signering, men fylkeskommunen har ennå ikke bekreftet hvem som "
            "signerte."), st["warn"]))
    story.append(Paragraph(w(
        "Signaturfeltet nederst på siden er en digital signatur (PAdES). Tallene i rapporten "
        "ligger også som vedlegget data.json i PDF-filen."), st["small"]))
    story.append(PageBreak())
    return story


def _key_figures(report: ReportData, st: dict) -> list:
    w, summary, before = st["w"], report.activities, report.previous_period
    active = sum(1 for s in report.services if s.active)
    rows = [[w("Tjenester i drift"), active],
            [w("Møteplassaktiviteter"), summary.total],
            [w("Deltakinger (besøk, ikke ulike personer)"), summary.attendances]]
    header = [w("Nøkkeltall"), w("Denne perioden")]
    widths = [0.5, 0.18]
    if before is not None:
        header += [w("Forrige periode ({start} – {end})", start=date_text(before.start),
                     end=date_text(before.end)), w("Endring")]
        for row, old in zip(rows, (before.services_active, before.activities, before.attendances)):
            row += [old, _change(row[1], old)]
        widths = [0.36, 0.16, 0.32, 0.16]
    return [Paragraph(w("Nøkkeltall"), st["h2"]), table(header, rows, widths, st)]


def _readiness(report: ReportData, st: dict) -> list:
    w, assessment = st["w"], report.assessment
    story = [Paragraph(w("Vurdering"), st["h2"])]
    if assessment is None:
        return story + [Paragraph(w("Ingen vurdering er valgt for denne rapporten."), st["body"])]
    story.append(Paragraph(verdict(assessment, w), st["body"]))
    if assessment.catalogue_name:
        story.append(para(w("Kriteriekatalog: {name}", name=assessment.catalogue_name),
                          st["small"]))
    story += [para(f"• {reason}", st["small"]) for reason in assessment.reasons[:MAX_REASONS]]
    if len(assessment.reasons) > MAX_REASONS:
        story.append(para(w("… og {count} grunner til (se kapittel 4).",
                            count=len(assessment.reasons) - MAX_REASONS), st["small"]))
    if assessment.categories:
        before = ({c.name: c for c in report.previous_assessment.categories}
                  if report.previous_assessment else {})
        header = [w("Kategori"), w("Poeng"), w("Andel")]
        widths = [0.5, 0.2, 0.15]
        if before:
            header.append(w("Endring"))
            widths = [0.45, 0.17, 0.13, 0.25]
        rows = []
        for c in assessment.categories:
            row = [c.name, w("{points} av {possible}", points=f"{c.points:g}",
                             possible=f"{c.max_points:g}"), f"{c.percent:.0f} %"]
            if before:
                old = before.get(c.name)
                row.append(w("{change} %-poeng", change=f"{c.percent - old.percent:+.0f}")
                           if old else w("ny"))
            rows.append(row)
        story += [Spacer(1, 1.5 * mm), table(header, rows, widths, st)]
    return story


def _actions(report: ReportData, st: dict) -> list:
    w = st["w"]
    open_count = sum(1 for a in report.actions if a.status_code in ("planned", "in_progress"))
    overdue = sum(1 for a in report.actions if a.overdue)
    done = sum(1 for a in report.actions if a.status_code == "done")
    text = w("Handlingsplan: {open} åpne tiltak, {overdue} forfalt, {done} fullført.",
             open=open_count, overdue=overdue, done=done)
    style = st["warn"] if overdue else st["body"]
    story = [Paragraph(w("Handlingsplan"), st["h2"]), para(text, style)]
    late = [a for a in report.actions if a.overdue]
    story += [para(w("• Forfalt {date}: {title}", date=date_text(a.due), title=a.title),
                   st["small"]) for a in late[:MAX_REASONS]]
    if len(late) > MAX_REASONS:
        story.append(para(w("… og {count} til (se kapittel 5).", count=len(late) - MAX_REASONS),
                          st["small"]))
    return story + [Spacer(1, 2 * mm)]
