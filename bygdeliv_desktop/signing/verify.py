"""Check a signed summary PDF offline: signature, coverage, allowed changes, trust, data.json.

Every check has a stable *code*; failures are listed as reasons so the CLI and the GUI can explain
them in Norwegian and tests can assert on them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from bygdeliv_desktop.signing import certs

DATA_NAME = "data.json"
KNOWN_DATA_SCHEMA = "bygdeliv.report"


@dataclass(frozen=True)
class Check:
    code: str
    ok: bool
    detail: str = ""


@dataclass
class VerificationResult:
    """What ``verify_pdf`` found. ``ok`` only when the file is intact, whole *and* trusted."""

    checks: list[Check] = field(default_factory=list)
    signer: str = ""
    signer_subject: str = ""
    signer_org_number: str = ""
    signing_time: dt.datetime | None = None
    chain: list[str] = field(default_factory=list)  # subjects of the embedded certificates, signer first
    trust_checked: bool = False
    data: dict | None = None

    def add(self, code: str, ok: bool, detail: str = "") -> bool:
        self.checks.append(Check(code, ok, detail))
        return ok

    @property
    def reasons(self) -> list[str]:
        return [c.code for c in self.checks if not c.ok]

    @property
    def integrity_ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks if c.code != "trusted")

    @property
    def trusted(self) -> bool:
        return any(c.code == "trusted" and c.ok for c in self.checks)

    @property
    def ok(self) -> bool:
        return self.integrity_ok and self.trusted


def load_trust_roots(files: list[Path]) -> list[x509.Certificate]:
    roots: list[x509.Certificate] = []
    for path in files:
        roots += certs.load_certificates(path.read_bytes(), path.name)
    return roots


def verify_pdf(data: bytes, trust_roots: list[x509.Certificate] | None = None) -> VerificationResult:
    """Verify the (single) certification signature in ``data``; never raises for a bad file."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    result = VerificationResult(trust_checked=bool(trust_roots))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        result.add("readable", False, str(exc))
        return result
    if not result.add("signed", len(signatures) >= 1, f"{len(signatures)} signatures"):
        return result
    _check_signature(result, signatures[0], trust_roots or [])
    for extra in signatures[1:]:
        # Later signatures or the county's timestamps are allowed, but each must hold as well.
        _check_signature(result, extra, trust_roots or [], first=False)
    _check_data(result, data, signatures[0])
    return result


def _check_signature(result: VerificationResult, signature, trust_roots, first: bool = True) -> None:
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext
    from asn1crypto import x509 as asn1_x509

    roots = [asn1_x509.Certificate.load(c.public_bytes(_der())) for c in trust_roots]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = validate_pdf_signature(signature, context)
    except (SignatureValidationError, ValueError, KeyError) as exc:
        result.add("signature_valid", False, str(exc))
        return
    if first:
        cert = x509.load_der_x509_certificate(status.signing_cert.dump())
        result.signer = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value \
            if cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME) else ""
        result.signer_subject = cert.subject.rfc4514_string()
        result.signer_org_number = certs.org_number_of(cert)
        result.signing_time = status.signer_reported_dt
        result.chain = _embedded_chain(signature)
        result.add("certification", _is_certification(signature), "DocMDP certification signature")
    result.add("intact", status.intact, "the signed bytes match the digest")
    result.add("signature_valid", status.valid, "the signature value matches the certificate")
    result.add("entire_file", status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
               str(status.coverage))
    modification = getattr(status, "modification_level", None)
    result.add("no_disallowed_changes", bool(status.docmdp_ok), str(modification))
    if trust_roots:
        # bottom_line folds together integrity, trust and the DocMDP verdict.
        result.add("trusted", bool(status.bottom_line and status.trusted), status.summary())
    else:
        result.add("trusted", False, "no trusted CA given (--trust)")


def _embedded_chain(signature) -> list[str]:
    """Who signed and which CA certificates came with the signature, as readable subjects."""
    embedded = [signature.signer_cert, *signature.other_embedded_certs]
    return [x509.load_der_x509_certificate(c.dump()).subject.rfc4514_string() for c in embedded]


def _is_certification(signature) -> bool:
    try:
        return signature.docmdp_level is not None
    except (KeyError, ValueError):
        return False


def _der():
    from cryptography.hazmat.primitives import serialization

    return serialization.Encoding.DER


def _check_data(result: VerificationResult, data: bytes, signature) -> None:
    """Read data.json from the signed revision only: what was appended later does not count."""
    import pikepdf

    byte_range = [int(v) for v in signature.sig_object["/ByteRange"]]
    signed_end = byte_range[2] + byte_range[3]
    try:
        with pikepdf.open(io.BytesIO(data[:signed_end])) as pdf:
            spec = pdf.attachments.get(DATA_NAME)
            raw = spec.get_file().read_bytes() if spec is not None else None
    except pikepdf.PdfError as exc:
        result.add("data_present", False, str(exc))
        return
    if not result.add("data_present", raw is not None, "data.json attached in the signed revision"):
        return
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        result.add("data_valid", False, str(exc))
        return
    valid = isinstance(doc, dict) and doc.get("schema") == KNOWN_DATA_SCHEMA \
        and isinstance(doc.get("schema_version"), int)
    if not result.add("data_valid", valid, "schema and schema_version"):
        return
    result.data = doc
    data_orgnr = str(doc.get("store", {}).get("org_number", ""))
    if result.signer_org_number and data_orgnr:
        result.add("org_number_matches", data_orgnr == result.signer_org_number,
                   f"data.json {data_orgnr}, certificate {result.signer_org_number}")
