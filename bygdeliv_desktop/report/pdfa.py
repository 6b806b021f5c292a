"""Turn reportlab's output into PDF/A-3b with data.json attached (pikepdf)."""

from __future__ import annotations

import io

from bygdeliv_desktop.errors import ReportError

DATA_NAME = "data.json"


def to_pdfa(pdf: bytes, data_json: bytes) -> bytes:
    """Attach ``data_json`` (AFRelationship /Data) and write validated PDF/A-3b bytes."""
    import pikepdf
    from pikepdf import pdfa

    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            # reportlab writes an empty /Trans (page transition) that PDF/A validation refuses.
            if "/Trans" in page.obj:
                del page.obj["/Trans"]
        document.attachments[DATA_NAME] = pikepdf.AttachedFileSpec(
            document, data_json, filename=DATA_NAME, mime_type="application/json",
            description="Sammendragets tall, maskinlesbare (schema bygdeliv.report)",
            relationship=pikepdf.Name.Data)
        out = io.BytesIO()
        try:
            pdfa.save(document, out, "3b")
        except pdfa.PdfaError as exc:
            raise ReportError(f"PDF/A-3b: {exc}", reason="pdfa") from exc
    return out.getvalue()
