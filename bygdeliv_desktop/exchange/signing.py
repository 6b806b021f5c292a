"""Pluggable signatures over ``manifest.json``.

The manifest lists the SHA-256 of every other member, so a signature over the manifest's exact bytes
covers the whole file. The signature is a detached CMS (PKCS#7) blob stored as ``manifest.json.p7s``.

Anything with ``sign_manifest`` / ``verify_manifest`` fits; the signing-identity feature (its own
issue) supplies the key and certificate. ``CmsManifestSigner`` signs with a PEM key + certificate
pair using ``cryptography``; ``CmsManifestVerifier`` checks with pyHanko's CMS validator, offline.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from bygdeliv_desktop.errors import (CertificateInvalid, CertificateMismatch, ExchangeBadSignature,
                                     FileUnreadable, WrongPassphrase)

UNSIGNED = "unsigned"
VALID = "valid"  # the file is unchanged since it was signed, but the signer is not trusted here
TRUSTED = "trusted"  # ... and the certificate chains to a trust root we were given


# How the signer relates to the stores in the file (``SignerInfo.stores``).
SAME_ORG = "same_org"  # the certificate's organisation number is every store's
ADVISER = "adviser"  # a consultant or county role, who may sign for any store
OTHER_ORG = "other_org"  # neither: the signature says nothing about these stores
NOT_CHECKED = ""

# Words in the certificate's title (the role the county issued it for) that mark a consultant or a
# county officer, in bokmål, nynorsk and English.
ADVISER_ROLE_WORDS = ("konsulent", "rådgiver", "rådgjevar", "rådgivar", "fylkeskommune",
                      "consultant", "adviser", "advisor", "county")


def normalised_org(value: str) -> str:
    """eIDAS writes Norwegian organisation numbers as "NTRNO-974760673"; keep the digits."""
    return value.removeprefix("NTRNO-").strip()


def is_adviser_role(role: str) -> bool:
    text = role.casefold()
    return any(word in text for word in ADVISER_ROLE_WORDS)


@dataclass(frozen=True)
class SignerInfo:
    """Who signed a manifest, whether we trust that certificate, and whether it may speak for the
    stores in the file. ``status`` is TRUSTED only when both hold."""

    subject: str
    organization_id: str
    certificate_sha256: str
    trusted: bool  # the certificate chains to a trust root we were given
    role: str = ""  # the certificate's title
    stores: str = NOT_CHECKED  # SAME_ORG, ADVISER or OTHER_ORG once the file's stores are known
    store_orgs: tuple[str, ...] = ()  # the organisation numbers of the stores in the file

    @property
    def org_number(self) -> str:
        return normalised_org(self.organization_id)

    @property
    def status(self) -> str:
        return TRUSTED if self.trusted and self.stores != OTHER_ORG else VALID

    def judged(self, store_orgs: list[str]) -> SignerInfo:
        """This signer, with the organisation numbers of the stores in the file compared."""
        orgs = tuple(sorted(set(store_orgs)))
        if self.org_number and orgs and all(org == self.org_number for org in orgs):
            verdict = SAME_ORG
        elif is_adviser_role(self.role):
            verdict = ADVISER
        else:
            verdict = OTHER_ORG
        return replace(self, stores=verdict, store_orgs=orgs)


class ManifestSigner(Protocol):
    def sign_manifest(self, manifest: bytes) -> bytes | None:
        """Detached signature over ``manifest`` (DER CMS), or None when there is no identity."""


class ManifestVerifier(Protocol):
    def verify_manifest(self, manifest: bytes, signature: bytes) -> SignerInfo:
        """Return the signer, or raise ExchangeBadSignature when the signature does not hold."""


class NoSigner:
    """Used when the user has no signing identity yet: the file goes out unsigned."""

    def sign_manifest(self, manifest: bytes) -> bytes | None:
        return None


class CmsManifestSigner:
    """Signs with an RSA/EC private key (PEM) and its certificate (PEM or DER)."""

    def __init__(self, key_file: Path, certificate_file: Path, password: bytes | None = None) -> None:
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        self._key = serialization.load_pem_private_key(key_file.read_bytes(), password=password)
        raw = certificate_file.read_bytes()
        self._certificate = (x509.load_pem_x509_certificate(raw) if raw.lstrip().startswith(b"-----")
                             else x509.load_der_x509_certificate(raw))

    @classmethod
    def from_files(cls, key_file: Path, certificate_file: Path,
                   ask_passphrase: Callable[[], str]) -> CmsManifestSigner:
        """Key and certificate files as the CLI gets them; an encrypted key (the app's own
        ``signing/key.pem``) asks for its passphrase. Raises WrongPassphrase, CertificateInvalid,
        CertificateMismatch or FileUnreadable; never a traceback."""
        from cryptography.hazmat.primitives import serialization

        from bygdeliv_desktop.signing.certs import load_certificates, same_key

        try:
            key_bytes, cert_bytes = key_file.read_bytes(), certificate_file.read_bytes()
        except OSError as exc:
            raise FileUnreadable(str(exc), path=str(exc.filename or key_file),
                                 reason=exc.strerror or "") from exc
        try:
            key = serialization.load_pem_private_key(key_bytes, password=None)
        except TypeError:  # encrypted: "Password was not given but private key is encrypted"
            try:
                key = serialization.load_pem_private_key(key_bytes,
                                                         password=ask_passphrase().encode())
            except (ValueError, TypeError) as exc:
                raise WrongPassphrase(str(key_file), file=str(key_file)) from exc
        except ValueError as exc:
            raise CertificateInvalid(f"{key_file.name}: not a PEM private key",
                                     reason="unreadable") from exc
        certificate = load_certificates(cert_bytes, certificate_file.name)[0]
        if not same_key(certificate, key.public_key()):
            raise CertificateMismatch(str(certificate_file), file=str(certificate_file))
        return cls.from_loaded(key, certificate)

    @classmethod
    def from_loaded(cls, key: object, certificate: object) -> CmsManifestSigner:
        """From a key and certificate already in memory (the app's own signing identity)."""
        signer = cls.__new__(cls)
        signer._key, signer._certificate = key, certificate
        return signer

    def sign_manifest(self, manifest: bytes) -> bytes | None:
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.serialization import pkcs7

        builder = (pkcs7.PKCS7SignatureBuilder().set_data(manifest)
                   .add_signer(self._certificate, self._key, hashes.SHA256()))
        # Binary: without it the builder signs the text with CRLF line ends (S/MIME rules), and the
        # signature would not match the manifest's exact bytes.
        return builder.sign(serialization.Encoding.DER,
                            [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])


def _load_certificates(files: Sequence[Path]) -> list:
    from asn1crypto import pem, x509

    certificates = []
    for file in files:
        raw = file.read_bytes()
        if pem.detect(raw):
            certificates.extend(x509.Certificate.load(der) for _, _, der in pem.unarmor(raw, multiple=True))
        else:
            certificates.append(x509.Certificate.load(raw))
    return certificates


class CmsManifestVerifier:
    """Offline CMS verification. With no trust roots a good signature is VALID, never TRUSTED.

    ``require_trusted`` (``bygdeliv import --trust``): only a file signed by a certificate that
    chains to the roots, for the stores in the file, is accepted; unsigned files are refused.
    """

    def __init__(self, trust_root_files: Sequence[Path] = (), require_trusted: bool = False) -> None:
        self.trust_root_files = tuple(trust_root_files)  # the county's PDF reader trusts the same
        self._roots = _load_certificates(trust_root_files)
        self.require_trusted = require_trusted

    def verify_manifest(self, manifest: bytes, signature: bytes) -> SignerInfo:
        from asn1crypto import cms
        from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
        from pyhanko_certvalidator import ValidationContext

        try:
            info = cms.ContentInfo.load(signature)
            signed_data = info["content"]
            if info["content_type"].native != "signed_data":
                raise ValueError("not CMS SignedData")
            if len(signed_data["signer_infos"]) != 1:  # pyHanko judges the first one only
                raise ValueError("expected exactly one signer")
            context = ValidationContext(trust_roots=self._roots, allow_fetching=False)
            status = asyncio.run(async_validate_detached_cms(
                manifest, signed_data, signer_validation_context=context))
        except ExchangeBadSignature:
            raise
        except (ValueError, TypeError, KeyError) as exc:  # asn1crypto/pyHanko parse errors
            # asn1crypto explains over several lines; the first says what was wrong.
            first = (str(exc).strip().splitlines() or [""])[0][:200]
            raise ExchangeBadSignature(first, reason="unreadable") from exc
        if not (status.intact and status.valid):
            raise ExchangeBadSignature("signature does not match the manifest", reason="mismatch")
        certificate = status.signing_cert
        subject = certificate.subject.native
        return SignerInfo(
            subject=str(subject.get("common_name") or subject.get("organization_name") or ""),
            organization_id=str(subject.get("organization_identifier") or ""),
            certificate_sha256=hashlib.sha256(certificate.dump()).hexdigest(),
            # bottom_line: intact, valid and trusted together (pyHanko's own verdict).
            trusted=bool(status.bottom_line and status.trusted),
            role=str(subject.get("title") or ""),
        )
