"""Check a signed summary PDF offline: signatures, coverage, allowed changes, trust, data.json.

Every check has a stable *code*; failures are listed as reasons so the CLI and the GUI can explain
them in Norwegian and tests can assert on them.

What may follow the store's certification signature (DocMDP P=2), and nothing else:
  * validation data for archiving (a /DSS revision, pyHanko's ``add_validation_info``), and
  * approval signatures in signature fields prepared before certifying (countersigning),
each of which must itself be valid and, for GYLDIG, trusted. pyHanko's difference analysis judges
the revisions; what follows the *last* signature is judged stricter than pyHanko's default (see
diff_policy.py): no retitling through /Info or the XMP metadata.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from bygdeliv_desktop.domain.validation import orgnr_is_valid
from bygdeliv_desktop.signing import certs, diff_policy

DATA_NAME = "data.json"
KNOWN_DATA_SCHEMA = "bygdeliv.report"
# Who is behind the signature, rather than whether the file holds: "uendret, men ikke bekreftet".
TRUST_CODES = frozenset({"trusted", "certificate_current"})


@dataclass(frozen=True)
class Check:
    code: str
    ok: bool
    detail: str = ""


@dataclass(frozen=True)
class SignatureInfo:
    """One signature in the file, in revision order (the store's certification first)."""

    field: str
    name: str
    title: str
    organisation: str
    org_number: str
    issuer: str
    signing_time: dt.datetime | None
    not_before: dt.datetime
    not_after: dt.datetime
    certification: bool
    trusted: bool

    @property
    def label(self) -> str:
        """"Kari Kjøpmann, Dagleg leiar, Testbutikken (org.nr. 974760673)" for people to read."""
        return certs.readable(self.name, self.title, self.organisation, self.org_number)


@dataclass
class VerificationResult:
    """What ``verify_pdf`` found. ``ok`` only when the file is intact, whole *and* trusted."""

    checks: list[Check] = field(default_factory=list)
    signer: str = ""
    signer_subject: str = ""
    signer_org_number: str = ""
    signing_time: dt.datetime | None = None
    chain: list[str] = field(default_factory=list)  # subjects of the embedded certificates, signer first
    chain_names: list[str] = field(default_factory=list)  # the same, readable
    signatures: list[SignatureInfo] = field(default_factory=list)
    trust_checked: bool = False
    data: dict | None = None

    def add(self, code: str, ok: bool, detail: str = "") -> bool:
        self.checks.append(Check(code, ok, detail))
        return ok

    @property
    def reasons(self) -> list[str]:
        return list(dict.fromkeys(c.code for c in self.checks if not c.ok))

    @property
    def integrity_ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks if c.code not in TRUST_CODES)

    @property
    def trusted(self) -> bool:
        trust = [c for c in self.checks if c.code in TRUST_CODES]
        return bool(trust) and all(c.ok for c in trust)

    @property
    def ok(self) -> bool:
        return self.integrity_ok and self.trusted

    @property
    def not_current(self) -> list[tuple[SignatureInfo, str]]:
        """Signatures whose certificate is outside its validity now: (signature, "expired" or
        "not_yet_valid")."""
        found = []
        for info in self.signatures:
            state = certificate_state(info.not_before, info.not_after)
            if state:
                found.append((info, state))
        return found


def load_trust_roots(files: list[Path]) -> list[x509.Certificate]:
    roots: list[x509.Certificate] = []
    for path in files:
        roots += certs.load_certificates(path.read_bytes(), path.name)
    return roots


def certificate_state(not_before: dt.datetime, not_after: dt.datetime,
                      now: dt.datetime | None = None) -> str:
    """"" while valid now, else "expired" or "not_yet_valid"."""
    now = now or certs.utc_now()
    if now > not_after:
        return "expired"
    if now < not_before:
        return "not_yet_valid"
    return ""


@contextlib.contextmanager
def _quiet_pyhanko():
    """pyHanko logs expected failures (an untrusted signer, a broken file) with tracebacks; the
    result already says it in words, so nothing reaches stderr while we verify."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def verify_pdf(data: bytes, trust_roots: list[x509.Certificate] | None = None) -> VerificationResult:
    """Verify every signature in ``data``; never raises for a bad file."""
    with _quiet_pyhanko():
        return _verify(data, trust_roots or [])


def _verify(data: bytes, trust_roots: list[x509.Certificate]) -> VerificationResult:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    result = VerificationResult(trust_checked=bool(trust_roots))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        result.add("readable", False, str(exc))
        return result
    if not result.add("signed", len(signatures) >= 1, f"{len(signatures)} signatures"):
        return result
    for index, signature in enumerate(signatures):
        _check_signature(result, signature, trust_roots, first=index == 0,
                         last=index == len(signatures) - 1)
    if not diff_policy.only_validation_data(reader, signatures[-1].signed_revision):
        result.add("entire_file", False, "a revision after the last signature is not a DSS update")
    _check_data(result, data, signatures[0])
    return result


def _check_signature(result: VerificationResult, signature, trust_roots, first: bool,
                     last: bool) -> None:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    name = signature.field_name or "?"
    if signature.sig_object.get("/Type") == "/DocTimeStamp":
        result.add("signature_valid", False, f"{name}: document timestamps are not supported")
        return
    roots = [asn1_x509.Certificate.load(c.public_bytes(_der())) for c in trust_roots]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        # Our stricter policy for every signature: a retitling revision slipped in *between*
        # the store's and the consultant's signature is as much a change as one after both.
        status = validate_pdf_signature(signature, context,
                                        diff_policy=diff_policy.after_last_signature())
    except (SignatureValidationError, ValueError, KeyError, TypeError) as exc:
        result.add("signature_valid", False, f"{name}: {exc}")
        return
    cert = x509.load_der_x509_certificate(status.signing_cert.dump())
    trusted = bool(trust_roots) and bool(status.bottom_line and status.trusted)
    info = _info(signature, cert, status, trusted)
    result.signatures.append(info)
    if first:
        result.signer = info.name
        result.signer_subject = cert.subject.rfc4514_string()
        result.signer_org_number = info.org_number
        result.signing_time = status.signer_reported_dt
        embedded = _embedded(signature)
        result.chain = [c.subject.rfc4514_string() for c in embedded]
        result.chain_names = [certs.readable_name(c.subject) for c in embedded]
        result.add("certification", info.certification, "DocMDP certification signature")
    elif info.certification:
        result.add("certification", False, f"{name}: a second certification signature")
    result.add("intact", status.intact, f"{name}: the signed bytes match the digest")
    result.add("signature_valid", status.valid, f"{name}: the signature value matches the certificate")
    level = status.modification_level
    if last:
        # Nothing after the last signature but validation data for archiving (a DSS revision).
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE or (
            status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and level == ModificationLevel.LTA_UPDATES)
    else:
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
    result.add("entire_file", whole, f"{name}: {status.coverage.name}, {getattr(level, 'name', level)}")
    result.add("no_disallowed_changes", bool(status.docmdp_ok) and level is not None
               and level <= ModificationLevel.FORM_FILLING,
               f"{name}: {getattr(level, 'name', level)}")
    state = certificate_state(info.not_before, info.not_after)
    result.add("certificate_current", not state,
               f"{name}: {state or 'valid'} ({info.not_before:%Y-%m-%d} – {info.not_after:%Y-%m-%d})")
    if trust_roots:
        # bottom_line folds together integrity, trust and the DocMDP verdict.
        result.add("trusted", trusted, f"{name}: {status.summary()}")
    else:
        result.add("trusted", False, "no trusted CA given (--trust)")


def _info(signature, cert: x509.Certificate, status, trusted: bool) -> SignatureInfo:
    from cryptography.x509.oid import NameOID

    subject = cert.subject
    return SignatureInfo(
        field=signature.field_name or "", name=certs.name_value(subject, NameOID.COMMON_NAME),
        title=certs.name_value(subject, NameOID.TITLE),
        organisation=certs.name_value(subject, NameOID.ORGANIZATION_NAME),
        org_number=certs.org_number_of(cert), issuer=certs.readable_name(cert.issuer),
        signing_time=status.signer_reported_dt, not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc, certification=_is_certification(signature),
        trusted=trusted)


def _embedded(signature) -> list[x509.Certificate]:
    """Who signed and which CA certificates came with the signature."""
    embedded = [signature.signer_cert, *signature.other_embedded_certs]
    return [x509.load_der_x509_certificate(c.dump()) for c in embedded]


def _is_certification(signature) -> bool:
    try:
        return signature.docmdp_level is not None
    except (KeyError, ValueError):
        return False


def _der():
    from cryptography.hazmat.primitives import serialization

    return serialization.Encoding.DER


def _check_data(result: VerificationResult, data: bytes, signature) -> None:
    """Read data.json from the certified revision only: what was appended later does not count."""
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
        and isinstance(doc.get("schema_version"), int) and isinstance(doc.get("store"), dict)
    if not result.add("data_valid", valid, "schema and schema_version"):
        return
    result.data = doc
    # Whose summary it is must be said, well-formed, and be the certifying signer's own number:
    # a county certificate vouches for one organisation, not for any store it cares to name.
    data_orgnr = doc["store"].get("org_number")
    shown = repr(data_orgnr) if data_orgnr is not None else "missing"
    if result.add("org_number_valid", isinstance(data_orgnr, str) and orgnr_is_valid(data_orgnr),
                  f"data.json {shown}"):
        result.add("org_number_matches", data_orgnr == result.signer_org_number,
                   f"data.json {data_orgnr}, certificate {result.signer_org_number or 'none'}")
