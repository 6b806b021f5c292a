import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12

from bygdeliv_desktop.errors import (CertificateExpired, CertificateInvalid, CertificateMismatch,
                                     NoSigningIdentity, SigningIdentityExists, WrongPassphrase)
from bygdeliv_desktop.signing import certs
from bygdeliv_desktop.signing.identity import (SOURCE_COUNTY, SOURCE_P12, SOURCE_SELF_SIGNED,
                                               SigningIdentity)
from tests.signing.conftest import CA_PASSPHRASE, PASSPHRASE, PROFILE


def test_new_identity_is_self_signed_rsa_3072_with_encrypted_key(self_signed_identity):
    status = self_signed_identity.status()
    assert status.source == SOURCE_SELF_SIGNED
    assert status.subject == status.issuer
    assert "NTRNO-974760673" in status.subject
    pem = self_signed_identity.key_file.read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in pem
    loaded = self_signed_identity.load(PASSPHRASE)
    assert loaded.key.key_size == 3072 and loaded.self_signed


def test_wrong_passphrase_is_a_typed_error(self_signed_identity):
    with pytest.raises(WrongPassphrase):
        self_signed_identity.load("feil-passord")


def test_missing_identity_and_refusal_to_overwrite(tmp_path, self_signed_identity):
    with pytest.raises(NoSigningIdentity):
        SigningIdentity(tmp_path / "nothing").load(PASSPHRASE)
    with pytest.raises(SigningIdentityExists):
        self_signed_identity.create(PROFILE, PASSPHRASE)


def test_county_round_trip_gives_a_certificate_chained_to_the_ca(county_identity, county_ca):
    loaded = county_identity.load(PASSPHRASE)
    assert county_identity.status().source == SOURCE_COUNTY
    assert not loaded.self_signed
    assert certs.issued_by(loaded.cert, county_ca.certificate())
    assert loaded.chain[0] == county_ca.certificate()


def test_certificate_for_another_key_is_refused(tmp_path, self_signed_identity, county_template):
    other = county_template / "cert.pem"
    with pytest.raises(CertificateMismatch):
        self_signed_identity.import_certificate(other)
    assert self_signed_identity.status().source == SOURCE_SELF_SIGNED  # nothing changed


def _issue_expired(ca, identity, tmp_path):
    ca_key = serialization.load_pem_private_key(ca.key_file.read_bytes(), CA_PASSPHRASE.encode())
    public_key = identity.load(PASSPHRASE).cert.public_key()
    past = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(certs.subject_for(PROFILE))
            .issuer_name(ca.certificate().subject).public_key(public_key)
            .serial_number(x509.random_serial_number()).not_valid_before(past)
            .not_valid_after(past + dt.timedelta(days=30)).sign(ca_key, hashes.SHA256()))
    path = tmp_path / "expired.pem"
    path.write_bytes(certs.pem(cert) + certs.pem(ca.certificate()))
    return path


def test_expired_certificate_is_refused(tmp_path, self_signed_identity, county_ca):
    with pytest.raises(CertificateExpired):
        self_signed_identity.import_certificate(_issue_expired(county_ca, self_signed_identity,
                                                               tmp_path))


def test_ca_refuses_a_non_rsa_request_and_a_wrong_passphrase(tmp_path, county_ca, county_template):
    key = ec.generate_private_key(ec.SECP256R1())
    request = (x509.CertificateSigningRequestBuilder().subject_name(certs.subject_for(PROFILE))
               .sign(key, hashes.SHA256()))
    path = tmp_path / "ec.csr"
    path.write_bytes(request.public_bytes(serialization.Encoding.PEM))
    with pytest.raises(CertificateInvalid):
        county_ca.issue(path, tmp_path / "out.pem", CA_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        county_ca.issue(county_template.parent / "request.csr", tmp_path / "out.pem", "feil-passord")
    assert not (tmp_path / "out.pem").exists()


def test_p12_import_and_wrong_p12_password(tmp_path, county_template):
    source = SigningIdentity(county_template).load(PASSPHRASE)
    p12 = tmp_path / "virksomhet.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"sign", source.key, source.cert, list(source.chain),
        serialization.BestAvailableEncryption(b"p12-passord")))
    target = SigningIdentity(tmp_path / "signing")
    with pytest.raises(WrongPassphrase):
        target.import_p12(p12, "feil", PROFILE, PASSPHRASE)
    assert not target.exists()
    status = target.import_p12(p12, "p12-passord", PROFILE, "nytt-passord")
    assert status.source == SOURCE_P12
    assert target.load("nytt-passord").cert == source.cert
