"""Throw-away certificate authorities and signers for exchange tests (RSA-2048: quick to make).

Subjects follow the app's own (signing/certs.py): O = the store, CN = the person, title = the role,
organizationIdentifier = "NTRNO-<org number>"; CAs are named like the county's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from bygdeliv_desktop.signing import certs
from bygdeliv_desktop.signing.certs import SignerProfile

COUNTY_CA_NAME = "Innlandet fylkeskommune"


def _key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class Authority:
    key: object
    cert: x509.Certificate

    def pem_file(self, path: Path) -> Path:
        path.write_bytes(certs.pem(self.cert))
        return path


@dataclass
class Signer:
    key_file: Path
    cert_file: Path


def make_ca(name: str = COUNTY_CA_NAME) -> Authority:
    key = _key()
    subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
                         x509.NameAttribute(NameOID.COMMON_NAME, f"{name} signerings-CA")])
    now = certs.utc_now()
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=90))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                           critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
    return Authority(key, cert)


def make_signer(folder: Path, issuer: Authority | None, org_number: str = "974760673",
                role: str = "Daglig leder", name: str = "Kari Kjøpmann",
                store_name: str = "Testbutikken") -> Signer:
    """A key and certificate (PEM files, key unencrypted) issued by ``issuer``, or self-signed."""
    key = _key()
    subject = certs.subject_for(SignerProfile(name, role, store_name, org_number))
    now = certs.utc_now()
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(issuer.cert.subject if issuer else subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1))
               .not_valid_after(now + dt.timedelta(days=60)))
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.cert.public_key()),
            critical=False)
    cert = certs.signer_extensions(builder, key.public_key()).sign(issuer.key if issuer else key,
                                                                   hashes.SHA256())
    folder.mkdir(parents=True, exist_ok=True)
    key_file, cert_file = folder / "key.pem", folder / "cert.pem"
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_file.write_bytes(certs.pem(cert))
    return Signer(key_file, cert_file)
