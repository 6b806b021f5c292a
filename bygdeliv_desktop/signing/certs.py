"""Small certificate helpers shared by the identity, the county CA and the signer (``cryptography``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from bygdeliv_desktop.errors import CertificateInvalid

RSA_BITS = 3072  # RSA keeps the PDF at 1.7 (ECDSA makes pyHanko write PDF 2.0, which breaks PDF/A-3)
MIN_RSA_BITS = 2048


@dataclass(frozen=True)
class SignerProfile:
    """Who signs: shown in the visible signature box and written into the certificate subject."""

    name: str
    role: str
    store_name: str
    org_number: str = ""


def subject_for(profile: SignerProfile) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"),
                  x509.NameAttribute(NameOID.ORGANIZATION_NAME, profile.store_name[:64]),
                  x509.NameAttribute(NameOID.COMMON_NAME, profile.name[:64])]
    if profile.role:
        attributes.append(x509.NameAttribute(NameOID.TITLE, profile.role[:64]))
    if profile.org_number:
        # ETSI EN 319 412-1 semantic identifier for a Norwegian organisation number.
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER,
                                             f"NTRNO-{profile.org_number}"))
    return x509.Name(attributes)


def name_value(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def org_number_of(cert: x509.Certificate) -> str:
    value = name_value(cert.subject, NameOID.ORGANIZATION_IDENTIFIER)
    return value.removeprefix("NTRNO-") if value.startswith("NTRNO-") else ""


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate, grouped for reading aloud on the phone."""
    digest = cert.fingerprint(hashes.SHA256()).hex().upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def new_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)


def check_rsa(public_key: object, what: str) -> None:
    """Refuse keys that would break PDF/A-3 (non-RSA) or are too weak."""
    if not isinstance(public_key, rsa.RSAPublicKey):
        raise CertificateInvalid(f"{what}: key is not RSA", reason="not_rsa")
    if public_key.key_size < MIN_RSA_BITS:
        raise CertificateInvalid(f"{what}: RSA key too small", reason="weak_key")


def signer_extensions(builder: x509.CertificateBuilder, public_key) -> x509.CertificateBuilder:
    """End-entity extensions: signing only (pyHanko wants non-repudiation by default)."""
    return (builder
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False))


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def load_certificates(data: bytes, what: str) -> list[x509.Certificate]:
    """Every certificate in a PEM bundle, or the one in a DER file."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise CertificateInvalid(f"{what}: {exc}", reason="unreadable") from exc


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def same_key(cert: x509.Certificate, public_key) -> bool:
    der = serialization.Encoding.DER
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    return cert.public_key().public_bytes(der, spki) == public_key.public_bytes(der, spki)


def issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def readable(name: str, title: str = "", organisation: str = "", org_number: str = "") -> str:
    """"Kari Kjøpmann, Dagleg leiar, Testbutikken (org.nr. 974760673)": names, never OIDs."""
    parts = [p for p in (name, title) if p]
    if organisation and organisation not in name:
        parts.append(organisation)
    text = ", ".join(parts) or organisation
    return f"{text} (org.nr. {org_number})" if org_number else text


def readable_name(subject: x509.Name) -> str:
    """A certificate subject (or issuer) for people to read."""
    value = subject.get_attributes_for_oid(NameOID.ORGANIZATION_IDENTIFIER)
    identifier = str(value[0].value) if value else ""
    org_number = identifier.removeprefix("NTRNO-") if identifier.startswith("NTRNO-") else ""
    return readable(name_value(subject, NameOID.COMMON_NAME), name_value(subject, NameOID.TITLE),
                    name_value(subject, NameOID.ORGANIZATION_NAME), org_number)
