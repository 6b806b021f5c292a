"""Section 4's detail: every criterion with its text, the store's answer, evidence, comment and
number of attachments, grouped by category; criteria not met are highlighted, and the answer in
the previous locked assessment is shown beside it when there is one."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph

from bygdeliv_desktop.report.data import ReportAssessment
from bygdeliv_desktop.report.format import NOT_MET_BG, table


def criteria_section(assessment: ReportAssessment, compare: bool, st: dict) -> list:
    w = st["w"]
    if not assessment.criteria:
        return []
    story = [Paragraph(w("Kriteriene og svarene"), st["h2"]),
             Paragraph(w("Rader med farge er ikke oppfylt. «Obligatorisk» må være oppfylt for å "
                         "bli klar for sertifisering."), st["small"])]
    categories: dict[str, list] = {}
    for line in assessment.criteria:
        categories.setdefault(line.category, []).append(line)
    header = [w("Kriterium"), w("Svar"), w("Dokumentasjon og kommentar"), w("Vedlegg")]
    widths = [0.36, 0.14, 0.38, 0.12]
    if compare:
        header.append(w("Forrige"))
        widths = [0.31, 0.13, 0.31, 0.11, 0.14]
    for category, lines in categories.items():
        rows, colours = [], {}
        for i, c in enumerate(lines):
            name = f"{c.code} {c.title}" + (f" ({w('obligatorisk')})" if c.mandatory else "")
            notes = " · ".join(filter(None, [
                w("Dokumentasjon: {evidence}", evidence=c.evidence) if c.evidence else "",
                w("Kommentar: {comment}", comment=c.comment) if c.comment else ""]))
            row = [name, c.answer or w("Ikke besvart"), notes, c.attachments]
            if compare:
                changed = c.previous_answer and c.previous_value != c.value
                row.append(w("{answer} (endret)", answer=c.previous_answer) if changed
                           else (c.previous_answer or "–"))
            rows.append(row)
            if not c.met:
                colours[i] = NOT_MET_BG
        story += [CondPageBreak(45 * mm), Paragraph(category, st["h2"]), table(header, rows, widths, st, colours)]
    return story
