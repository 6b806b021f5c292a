"""The consultant's countersignature: an approval signature (PAdES B-B, SHA-256) written as an
incremental update into the empty field the store's summary carries ("Bekreftet av konsulent").

The store's certification (DocMDP P=2) allows exactly this: signing a field prepared before
certifying. Nothing is signed unless the file is intact as it stands and the field is there and
still empty.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

from bygdeliv_desktop.errors import SigningError
from bygdeliv_desktop.signing import appearance
from bygdeliv_desktop.signing.identity import LoadedIdentity, SigningIdentity
from bygdeliv_desktop.signing.sign import BYTES_RESERVED, COUNTERSIGN_FIELD, _signer

CAPTION = "Bekreftet av konsulent"


class CountersignRefused(SigningError):
    """The file cannot be countersigned; ``reason`` says why (error_texts)."""


def countersign_pdf(data: bytes, identity: LoadedIdentity | SigningIdentity,
                    passphrase: str | None = None, field: str = COUNTERSIGN_FIELD) -> bytes:
    """``data`` with the consultant's approval signature in ``field``, appended incrementally.

    ``identity`` is loaded with ``passphrase`` when it is not already. Raises
    ``CountersignRefused`` (reason not_intact, no_field or already_signed) and changes nothing.
    """
    from bygdeliv_desktop.report.wording import words
    from bygdeliv_desktop.signing.verify import verify_pdf

    if isinstance(identity, SigningIdentity):
        identity = identity.load(passphrase or "")
    checked = verify_pdf(data)
    if not checked.integrity_ok:
        raise CountersignRefused(", ".join(checked.reasons), reason="not_intact")
    rect, language = _empty_field(data, field)
    w = words(language)
    profile = identity.profile
    lines = [w(CAPTION)] + appearance.stamp_lines(
        profile.name, profile.role, profile.store_name, dt.datetime.now().astimezone(),
        identity.self_signed, language)
    lines = [line for line in lines if not line.startswith(w("Butikk: {store}", store=""))]
    return _sign(data, identity, field, rect, lines, w(CAPTION))


def _empty_field(data: bytes, field: str) -> tuple[tuple[float, float, float, float], str]:
    """The field's box and the summary's language; refused when missing or already signed."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    for name, value, ref in enumerate_sig_fields(reader, filled_status=None):
        if name != field:
            continue
        if value is not None:
            raise CountersignRefused(field, reason="already_signed", field=field)
        widget = ref.get_object()
        rect = [float(v) for v in widget.get("/Rect", [0, 0, 0, 0])]
        if "/Kids" in widget and not rect[2] - rect[0]:
            rect = [float(v) for v in widget["/Kids"][0].get_object()["/Rect"]]
        lang = str(reader.root.get("/Lang", "nb"))
        return (rect[0], rect[1], rect[2], rect[3]), ("nn" if lang.startswith("nn") else "nb")
    raise CountersignRefused(field, reason="no_field", field=field)


def _sign(data: bytes, identity: LoadedIdentity, field: str, rect, lines: list[str],
          reason: str) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    meta = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        name=identity.profile.name, reason=reason, location=identity.profile.store_name)
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    out = io.BytesIO()
    width, height = abs(rect[2] - rect[0]), abs(rect[3] - rect[1])
    style = None
    with tempfile.TemporaryDirectory(prefix="bygdeliv-stamp-") as folder:
        if width > 1 and height > 1:
            stamp_pdf = appearance.write_stamp_pdf(Path(folder) / "stamp.pdf", width, height, lines)
            style = StaticStampStyle.from_pdf_file(str(stamp_pdf), border_width=0)
        signers.PdfSigner(meta, signer=_signer(identity), stamp_style=style).sign_pdf(
            writer, output=out, bytes_reserved=BYTES_RESERVED, existing_fields_only=True)
    return out.getvalue()
