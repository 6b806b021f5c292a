"""The store's (or consultant's) signing identity, kept as files under the user data dir.

Layout of ``<data dir>/signing/``:
  key.pem        RSA-3072 private key, encrypted PKCS#8 (passphrase); never leaves this folder
  cert.pem       the certificate in use: self-signed until the county's certificate is imported
  chain.pem      CA certificate(s) that issued cert.pem (empty while self-signed)
  identity.json  who signs (name, role, store, org number) and where the certificate came from
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from bygdeliv_desktop.atomic import write_atomic
from bygdeliv_desktop.errors import (CertificateExpired, CertificateInvalid, CertificateMismatch,
                                     NoSigningIdentity, SigningIdentityExists, WrongPassphrase)
from bygdeliv_desktop.signing import certs
from bygdeliv_desktop.signing.certs import SignerProfile

SELF_SIGNED_DAYS = 3 * 365
MIN_PASSPHRASE_LENGTH = 8
SOURCE_SELF_SIGNED = "self_signed"
SOURCE_COUNTY = "county"
SOURCE_P12 = "p12"


@dataclass(frozen=True)
class LoadedIdentity:
    """Everything the signer needs, with the key already decrypted."""

    profile: SignerProfile
    key: object  # cryptography RSAPrivateKey
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    source: str

    @property
    def self_signed(self) -> bool:
        return self.source == SOURCE_SELF_SIGNED


@dataclass(frozen=True)
class IdentityStatus:
    profile: SignerProfile
    source: str
    subject: str
    issuer: str
    not_after: dt.datetime
    fingerprint: str


class SigningIdentity:
    """One signing identity in ``folder``; every change is written atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> SigningIdentity:
        return cls(data_dir / "signing")

    # -- files ---------------------------------------------------------------------------------
    @property
    def key_file(self) -> Path:
        return self.folder / "key.pem"

    @property
    def cert_file(self) -> Path:
        return self.folder / "cert.pem"

    @property
    def chain_file(self) -> Path:
        return self.folder / "chain.pem"

    @property
    def meta_file(self) -> Path:
        return self.folder / "identity.json"

    def exists(self) -> bool:
        return self.key_file.exists() and self.cert_file.exists() and self.meta_file.exists()

    def _require(self) -> None:
        if not self.exists():
            raise NoSigningIdentity(str(self.folder), folder=str(self.folder))

    def _meta(self) -> dict:
        return json.loads(self.meta_file.read_text(encoding="utf-8"))

    def _write_meta(self, profile: SignerProfile, source: str) -> None:
        doc = {"schema": "bygdeliv.signing-identity", "version": 1, "profile": asdict(profile),
               "source": source}
        write_atomic(self.meta_file, json.dumps(doc, ensure_ascii=False, indent=1).encode())

    def profile(self) -> SignerProfile:
        self._require()
        return SignerProfile(**self._meta()["profile"])

    def _cert(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_file.read_bytes())

    def _chain(self) -> tuple[x509.Certificate, ...]:
        if not self.chain_file.exists() or not self.chain_file.read_bytes().strip():
            return ()
        return tuple(x509.load_pem_x509_certificates(self.chain_file.read_bytes()))

    # -- create --------------------------------------------------------------------------------
    def create(self, profile: SignerProfile, passphrase: str, replace: bool = False) -> None:
        """Generate a new RSA-3072 key and a self-signed certificate to use until the county's arrives."""
        if self.exists() and not replace:
            raise SigningIdentityExists(str(self.folder), folder=str(self.folder))
        _check_passphrase(passphrase)
        key = certs.new_rsa_key()
        self._store(profile, key, _self_signed(profile, key), (), SOURCE_SELF_SIGNED, passphrase)

    def _store(self, profile: SignerProfile, key, cert: x509.Certificate,
               chain: tuple[x509.Certificate, ...], source: str, passphrase: str) -> None:
        encrypted = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.BestAvailableEncryption(passphrase.encode()))
        write_atomic(self.key_file, encrypted, mode=0o600)
        write_atomic(self.cert_file, certs.pem(cert))
        write_atomic(self.chain_file, b"".join(certs.pem(c) for c in chain))
        self._write_meta(profile, source)  # written last: it marks the identity as complete

    # -- county round trip ---------------------------------------------------------------------
    def write_request(self, out_path: Path, passphrase: str) -> Path:
        """Write a PKCS#10 certificate request (PEM) for the county; it holds only public data."""
        loaded = self.load(passphrase, allow_expired=True)
        request = (x509.CertificateSigningRequestBuilder()
                   .subject_name(certs.subject_for(loaded.profile))
                   .sign(loaded.key, hashes.SHA256()))
        write_atomic(out_path, request.public_bytes(serialization.Encoding.PEM))
        return out_path

    def import_certificate(self, cert_file: Path, ca_file: Path | None = None) -> IdentityStatus:
        """Take the certificate the county returned (a bundle may also hold the CA certificate)."""
        self._require()
        found = certs.load_certificates(cert_file.read_bytes(), cert_file.name)
        if ca_file is not None:
            found += certs.load_certificates(ca_file.read_bytes(), ca_file.name)
        public_key = self._cert().public_key()
        leaves = [c for c in found if certs.same_key(c, public_key)]
        if not leaves:
            raise CertificateMismatch(cert_file.name, file=str(cert_file))
        leaf = leaves[0]
        _check_current(leaf)
        chain = tuple(c for c in found if c is not leaf) or self._chain()
        if not any(certs.issued_by(leaf, ca) for ca in chain):
            raise CertificateInvalid(f"{cert_file.name}: no CA certificate that issued it",
                                     reason="no_issuer")
        write_atomic(self.cert_file, certs.pem(leaf))
        write_atomic(self.chain_file, b"".join(certs.pem(c) for c in chain))
        self._write_meta(self.profile(), SOURCE_COUNTY)
        return self.status()

    def import_p12(self, p12_file: Path, p12_password: str, profile: SignerProfile,
                   passphrase: str) -> IdentityStatus:
        """Use an existing virksomhetssertifikat; its key is re-encrypted with our passphrase."""
        _check_passphrase(passphrase)
        try:
            key, cert, extra = pkcs12.load_key_and_certificates(p12_file.read_bytes(),
                                                                p12_password.encode())
        except ValueError as exc:
            raise WrongPassphrase(f"{p12_file.name}: {exc}", file=str(p12_file)) from exc
        if key is None or cert is None:
            raise CertificateInvalid(f"{p12_file.name}: no key and certificate", reason="incomplete")
        certs.check_rsa(cert.public_key(), p12_file.name)
        _check_current(cert)
        self._store(profile, key, cert, tuple(extra or ()), SOURCE_P12, passphrase)
        return self.status()

    # -- use -----------------------------------------------------------------------------------
    def status(self) -> IdentityStatus:
        self._require()
        meta, cert = self._meta(), self._cert()
        return IdentityStatus(SignerProfile(**meta["profile"]), meta["source"],
                              cert.subject.rfc4514_string(), cert.issuer.rfc4514_string(),
                              cert.not_valid_after_utc, certs.fingerprint(cert))

    def load(self, passphrase: str, allow_expired: bool = False) -> LoadedIdentity:
        """Decrypt the key; raises WrongPassphrase, CertificateMismatch or CertificateExpired."""
        self._require()
        try:
            key = serialization.load_pem_private_key(self.key_file.read_bytes(), passphrase.encode())
        except (ValueError, TypeError) as exc:
            raise WrongPassphrase(str(self.key_file), file=str(self.key_file)) from exc
        cert = self._cert()
        if not certs.same_key(cert, key.public_key()):
            raise CertificateMismatch(str(self.cert_file), file=str(self.cert_file))
        if not allow_expired:
            _check_current(cert)
        return LoadedIdentity(self.profile(), key, cert, self._chain(), self._meta()["source"])


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WrongPassphrase(f"passphrase shorter than {MIN_PASSPHRASE_LENGTH} characters", reason="too_short")


def _check_current(cert: x509.Certificate, now: dt.datetime | None = None) -> None:
    now = now or certs.utc_now()
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise CertificateExpired(cert.subject.rfc4514_string(),
                                 not_after=cert.not_valid_after_utc.date().isoformat())


def _self_signed(profile: SignerProfile, key) -> x509.Certificate:
    subject = certs.subject_for(profile)
    now = certs.utc_now()
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5))
               .not_valid_after(now + dt.timedelta(days=SELF_SIGNED_DAYS)))
    return certs.signer_extensions(builder, key.public_key()).sign(key, hashes.SHA256())
