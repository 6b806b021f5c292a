"""PAdES B-B certification signature with pyHanko (offline, RSA + SHA-256, visible box).

Signing is the last step: anything written after it would break or downgrade the signature.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from bygdeliv_desktop.signing import appearance
from bygdeliv_desktop.signing.identity import LoadedIdentity

FIELD_NAME = "Signatur"
# The consultant's countersignature (``bygdeliv countersign``), prepared empty in every summary.
COUNTERSIGN_FIELD = "Konsulent"


# Room for the CMS blob (RSA-3072 signature + certificate + CA chain is ~4 kB); a fixed size saves
# pyHanko a dry-run signature to measure it.
BYTES_RESERVED = 16384


def _signer(identity: LoadedIdentity):
    """A pyHanko Signer over the key we already decrypted.

    pyHanko's SimpleSigner re-parses (and re-validates) the DER key on every signature, which costs
    ~0.13 s for RSA-3072; its documented extension point, ``Signer.async_sign_raw``, lets us sign
    with the key object in hand instead.
    """
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = serialization.Encoding.DER
    cert = asn1_x509.Certificate.load(identity.cert.public_bytes(der))
    chain = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in identity.chain]

    class _KeySigner(signers.Signer):
        async def async_sign_raw(self, data: bytes, digest_algorithm: str,
                                 dry_run: bool = False) -> bytes:
            if digest_algorithm != "sha256":
                raise ValueError(f"unexpected digest {digest_algorithm}")
            return identity.key.sign(data, PKCS1v15(), hashes.SHA256())

    return _KeySigner(signing_cert=cert, cert_registry=SimpleCertificateStore.from_certs(chain))


def sign_pdf(pdf: bytes, identity: LoadedIdentity, box: tuple[float, float, float, float],
             page: int = 0, language: str = "nb", countersign_fields: tuple = ()) -> bytes:
    """Return ``pdf`` with a certification signature (DocMDP P=2) in a visible box on ``page``,
    the box worded in ``language`` (nb or nn).

    ``countersign_fields`` are empty signature fields prepared before certifying, for approval
    signatures later (the consultant's, the county's): a name (invisible field) or a
    ``(name, box)`` pair (a visible field on ``page``). P=2 lets a later revision sign an
    *existing* field, never add one (verify.py refuses a field created after certification).
    """
    from bygdeliv_desktop.report.wording import words

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    signer = _signer(identity)
    profile = identity.profile
    lines = appearance.stamp_lines(profile.name, profile.role, profile.store_name,
                                   dt.datetime.now().astimezone(), identity.self_signed, language)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        certify=True,
        # P=2: approval signatures in prepared fields and DSS updates (the county's archiving)
        # stay allowed; signing/verify.py checks exactly that. Document timestamps are not
        # supported by our verification and are refused there.
        docmdp_permissions=fields.MDPPerm.FILL_FORMS,
        name=identity.profile.name, reason=words(language)("Sammendrag til fylkeskommunen"),
        location=identity.profile.store_name)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=True)
    fields.append_signature_field(writer, fields.SigFieldSpec(FIELD_NAME, on_page=page, box=box))
    for entry in countersign_fields:
        name, field_box = (entry, None) if isinstance(entry, str) else entry
        fields.append_signature_field(writer, fields.SigFieldSpec(name, on_page=page,
                                                                  box=field_box))
    out = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="bygdeliv-stamp-") as folder:
        # pyHanko imports a static appearance from a file path only.
        stamp_pdf = appearance.write_stamp_pdf(Path(folder) / "stamp.pdf", box[2] - box[0],
                                               box[3] - box[1], lines)
        style = StaticStampStyle.from_pdf_file(str(stamp_pdf), border_width=0)
        signers.PdfSigner(meta, signer=signer, stamp_style=style).sign_pdf(
            writer, output=out, bytes_reserved=BYTES_RESERVED)
    return out.getvalue()
