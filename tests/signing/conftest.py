"""Keys are slow to make (RSA-3072): one county CA and one store identity per test session,
copied into each test's own folder when a test changes them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bygdeliv_desktop.signing.ca import CountyCA
from bygdeliv_desktop.signing.certs import SignerProfile
from bygdeliv_desktop.signing.identity import SigningIdentity

PASSPHRASE = "riktig-passord"
CA_PASSPHRASE = "fylkes-passord"
PROFILE = SignerProfile("Kari Kjøpmann", "Dagleg leiar", "Testbutikken", "974760673")


@pytest.fixture(scope="session")
def session_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("signing-session")


@pytest.fixture(scope="session")
def county_ca(session_dir) -> CountyCA:
    ca = CountyCA(session_dir / "ca")
    ca.init("Innlandet fylkeskommune", CA_PASSPHRASE)
    return ca


@pytest.fixture(scope="session")
def self_signed_template(session_dir) -> Path:
    identity = SigningIdentity(session_dir / "self-signed")
    identity.create(PROFILE, PASSPHRASE)
    return identity.folder


@pytest.fixture(scope="session")
def county_template(session_dir, county_ca) -> Path:
    identity = SigningIdentity(session_dir / "county")
    identity.create(PROFILE, PASSPHRASE)
    request = identity.write_request(session_dir / "request.csr", PASSPHRASE)
    county_ca.issue(request, session_dir / "bundle.pem", CA_PASSPHRASE)
    identity.import_certificate(session_dir / "bundle.pem")
    return identity.folder


@pytest.fixture
def self_signed_identity(self_signed_template, tmp_path) -> SigningIdentity:
    return SigningIdentity(Path(shutil.copytree(self_signed_template, tmp_path / "self-signed-id")))


@pytest.fixture
def county_identity(county_template, tmp_path) -> SigningIdentity:
    return SigningIdentity(Path(shutil.copytree(county_template, tmp_path / "county-id")))
