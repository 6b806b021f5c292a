"""A tiny offline county CA for the pilot: files only, no network.

``<folder>/ca-key.pem`` (encrypted), ``ca.pem`` (the root the county trusts and hands out) and
``issued/`` (a copy of every certificate issued, named by serial number, for the county's records).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from bygdeliv_desktop.atomic import write_atomic
from bygdeliv_desktop.errors import CertificateInvalid, SigningIdentityExists, WrongPassphrase
from bygdeliv_desktop.signing import certs

CA_DAYS = 15 * 365
ISSUED_DAYS = 3 * 365


class CountyCA:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.key_file = folder / "ca-key.pem"
        self.cert_file = folder / "ca.pem"

    def init(self, name: str, passphrase: str) -> x509.Certificate:
        """Create the CA key and self-signed root certificate; refuses to overwrite one."""
        if self.key_file.exists():
            raise SigningIdentityExists(str(self.folder), folder=str(self.folder))
        if len(passphrase) < 8:
            raise WrongPassphrase("passphrase shorter than 8 characters", reason="too_short")
        key = certs.new_rsa_key()
        subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"),
                             x509.NameAttribute(NameOID.ORGANIZATION_NAME, name[:64]),
                             x509.NameAttribute(NameOID.COMMON_NAME, f"{name[:50]} signerings-CA")])
        now = certs.utc_now()
        cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(minutes=5))
                .not_valid_after(now + dt.timedelta(days=CA_DAYS))
                .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                             key_encipherment=False, data_encipherment=False,
                                             key_agreement=False, key_cert_sign=True, crl_sign=True,
                                             encipher_only=False, decipher_only=False), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                               critical=False)
                .sign(key, hashes.SHA256()))
        encrypted = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.BestAvailableEncryption(passphrase.encode()))
        write_atomic(self.key_file, encrypted, mode=0o600)
        write_atomic(self.cert_file, certs.pem(cert))
        return cert

    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_file.read_bytes())

    def issue(self, request_file: Path, out_file: Path, passphrase: str,
              days: int = ISSUED_DAYS) -> x509.Certificate:
        """Issue a signing certificate for a store's request; writes cert + CA cert as one bundle."""
        try:
            request = x509.load_pem_x509_csr(request_file.read_bytes())
        except ValueError as exc:
            raise CertificateInvalid(f"{request_file.name}: {exc}", reason="unreadable") from exc
        if not request.is_signature_valid:
            raise CertificateInvalid(f"{request_file.name}: bad signature", reason="bad_request")
        certs.check_rsa(request.public_key(), request_file.name)
        try:
            ca_key = serialization.load_pem_private_key(self.key_file.read_bytes(),
                                                        passphrase.encode())
        except (ValueError, TypeError) as exc:
            raise WrongPassphrase(str(self.key_file), file=str(self.key_file)) from exc
        ca_cert = self.certificate()
        now = certs.utc_now()
        builder = (x509.CertificateBuilder().subject_name(request.subject)
                   .issuer_name(ca_cert.subject).public_key(request.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(minutes=5))
                   .not_valid_after(min(now + dt.timedelta(days=days), ca_cert.not_valid_after_utc))
                   .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                       ca_cert.public_key()), critical=False))
        cert = certs.signer_extensions(builder, request.public_key()).sign(ca_key, hashes.SHA256())
        write_atomic(self.folder / "issued" / f"{cert.serial_number:x}.pem", certs.pem(cert))
        write_atomic(out_file, certs.pem(cert) + certs.pem(ca_cert))
        return cert
