"""Detached CMS signatures over the manifest, with a throw-away key and self-signed certificate."""

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from bygdeliv_desktop.errors import ExchangeBadSignature
from bygdeliv_desktop.exchange.importer import import_file, preview_import
from bygdeliv_desktop.exchange.signing import (
    TRUSTED, VALID, CmsManifestSigner, CmsManifestVerifier)
from bygdeliv_desktop.exchange.writer import export_file


def _identity(folder, name="Testbutikken"):
    """A 2048-bit RSA key (fast to make) and a self-signed certificate, written as PEM files."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, "NTRNO-974760673")])
    now = dt.datetime.now(dt.timezone.utc)
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                       critical=True)
        .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    key_file, cert_file = folder / "key.pem", folder / "cert.pem"
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return key_file, cert_file


@pytest.fixture(scope="module")
def identity(tmp_path_factory):
    return _identity(tmp_path_factory.mktemp("identity"))


@pytest.fixture
def signed_file(services, store, tmp_path, identity):
    result = export_file(services.database, tmp_path / "signed.bygdeliv", [store.id],
                         signer=CmsManifestSigner(*identity))
    assert result.signed
    return result.path


def test_signed_file_shows_a_trusted_signer_when_the_root_is_known(signed_file, other, identity):
    verifier = CmsManifestVerifier([identity[1]])
    preview = preview_import(other.database, signed_file, verifier)
    assert preview.package.signer.status == TRUSTED
    assert preview.package.signer.subject == "Testbutikken"
    assert preview.package.signer.organization_id == "NTRNO-974760673"


def test_signed_file_without_a_trust_root_is_valid_but_not_trusted(signed_file, other):
    signer = preview_import(other.database, signed_file).package.signer
    assert signer.status == VALID


def test_manifest_changed_after_signing_is_refused(signed_file, other, tmp_path, repack, digest):
    tampered = repack(signed_file, tmp_path / "t.bygdeliv",
                      manifest=lambda m: {**m, "app_version": "9.9.9"})
    before = digest(other.database.path)
    with pytest.raises(ExchangeBadSignature):
        import_file(other.database, tampered)
    assert digest(other.database.path) == before


def test_signature_from_another_file_is_refused(services, store, tmp_path, identity, other,
                                                repack, digest):
    first = export_file(services.database, tmp_path / "1.bygdeliv",
                        signer=CmsManifestSigner(*identity)).path
    services.stores.rename(store.id, "Nytt navn")
    second = export_file(services.database, tmp_path / "2.bygdeliv").path
    import zipfile

    with zipfile.ZipFile(first) as archive:
        stolen = archive.read("manifest.json.p7s")
    forged = repack(second, tmp_path / "f.bygdeliv",
                    members=lambda c: {**c, "manifest.json.p7s": stolen})
    before = digest(other.database.path)
    with pytest.raises(ExchangeBadSignature):
        import_file(other.database, forged)
    assert digest(other.database.path) == before


def test_import_records_the_signature_status(signed_file, other, identity):
    import_file(other.database, signed_file, CmsManifestVerifier([identity[1]]))
    from bygdeliv_desktop.domain.sync_state import SyncImport
    from sqlmodel import select

    with other.database.reader() as session:
        [row] = session.exec(select(SyncImport)).all()
    assert row.signature_status == TRUSTED and "Testbutikken" in row.signer


def test_unreadable_signature_is_refused_in_one_line(signed_file, other, tmp_path, repack,
                                                      digest):
    garbage = repack(signed_file, tmp_path / "g.bygdeliv",
                     members=lambda c: {**c, "manifest.json.p7s": b"\x30\x03\x02\x01\x01"})
    before = digest(other.database.path)
    with pytest.raises(ExchangeBadSignature) as caught:
        import_file(other.database, garbage)
    assert caught.value.detail and "\n" not in caught.value.detail
    assert digest(other.database.path) == before
