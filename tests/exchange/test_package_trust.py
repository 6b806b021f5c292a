"""Who signed an exchange file, and may that signer speak for the stores in it (issues 13, 19).

``require_trusted`` is ``bygdeliv import --trust``: only files signed by a certificate that chains
to the given roots, issued to the stores' own organisation (or to a consultant/county role).
Every refused file leaves the database file unchanged.
"""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from bygdeliv_desktop import errors
from bygdeliv_desktop.exchange.importer import import_file, preview_import
from bygdeliv_desktop.exchange.signing import (
    ADVISER, OTHER_ORG, SAME_ORG, TRUSTED, VALID, CmsManifestSigner, CmsManifestVerifier)
from bygdeliv_desktop.exchange.writer import export_file
from tests.exchange import pki


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The county CA, an impostor CA with the very same name, and the signers they issued."""
    folder = tmp_path_factory.mktemp("pki")
    county, impostor = pki.make_ca(), pki.make_ca()
    assert county.cert.subject == impostor.cert.subject
    return {
        "root": county.pem_file(folder / "county-ca.pem"),
        "store": pki.make_signer(folder / "store", county),
        "other_org": pki.make_signer(folder / "other", county, org_number="910000000",
                                     store_name="Annen butikk"),
        "consultant": pki.make_signer(folder / "consultant", county, org_number="910000000",
                                      role="Rådgiver", store_name="Innlandet fylkeskommune"),
        "self_signed": pki.make_signer(folder / "self", None),
        "impostor": pki.make_signer(folder / "impostor", impostor),
    }


def _signed(services, store, path, signer) -> object:
    services.activities.add(store.id, {"date": dt.date(2025, 5, 2), "kind_code": "quiz",
                                       "title": "Quiz", "participants": 20})
    return export_file(services.database, path, [store.id],
                       signer=CmsManifestSigner(signer.key_file, signer.cert_file)).path


def _strict(world) -> CmsManifestVerifier:
    return CmsManifestVerifier([world["root"]], require_trusted=True)


def test_store_signed_with_its_own_county_certificate_is_trusted(services, store, other,
                                                                 tmp_path, world):
    path = _signed(services, store, tmp_path / "a.bygdeliv", world["store"])
    signer = preview_import(other.database, path, _strict(world)).package.signer
    assert (signer.status, signer.stores, signer.org_number) == (TRUSTED, SAME_ORG, "974760673")
    assert import_file(other.database, path, _strict(world)).applied


def test_county_certificate_of_another_organisation_is_not_trusted_for_this_store(
        services, store, other, tmp_path, world, digest):
    """Issue 19: signed by 910000000 (county-issued), about 974760673: was 'gyldig og klarert'."""
    path = _signed(services, store, tmp_path / "a.bygdeliv", world["other_org"])
    signer = preview_import(other.database, path,
                            CmsManifestVerifier([world["root"]])).package.signer
    assert signer.trusted and signer.stores == OTHER_ORG and signer.status == VALID
    assert signer.store_orgs == ("974760673",)
    before = digest(other.database.path)
    with pytest.raises(errors.ExchangeBadSignature) as caught:
        import_file(other.database, path, _strict(world))
    assert caught.value.params["reason"] == "other_org"
    assert "910000000" in caught.value.detail and "974760673" in caught.value.detail
    assert digest(other.database.path) == before


def test_consultant_of_another_organisation_is_trusted_and_shown_as_consultant(
        services, store, other, tmp_path, world):
    path = _signed(services, store, tmp_path / "a.bygdeliv", world["consultant"])
    signer = preview_import(other.database, path, _strict(world)).package.signer
    assert (signer.status, signer.stores, signer.role) == (TRUSTED, ADVISER, "Rådgiver")


def _strip(path, tmp_path, repack, world):
    return repack(path, tmp_path / "x.bygdeliv", keep_hashes=True,
                  members=lambda c: {k: v for k, v in c.items() if k != "manifest.json.p7s"})


def _resign(who):
    def build(path, tmp_path, repack, world):
        def edit(data):
            data["tables"]["activity"][0]["record"]["title"] = "Endret av en annen"
            return data
        edited = repack(path, tmp_path / "edited.bygdeliv", data=edit,
                        members=lambda c: {k: v for k, v in c.items() if k != "manifest.json.p7s"})
        signer = CmsManifestSigner(world[who].key_file, world[who].cert_file)
        with zipfile.ZipFile(edited) as archive:
            signature = signer.sign_manifest(archive.read("manifest.json"))
        return repack(edited, tmp_path / "x.bygdeliv", keep_hashes=True,
                      members=lambda c: {**c, "manifest.json.p7s": signature})
    build.__name__ = f"resigned_by_{who}"
    return build


TRUST_CASES = [
    (_strip, "unsigned"),  # signature stripped: the manifest still lists every hash
    (_resign("self_signed"), "untrusted"),  # same subject and org, self-signed
    (_resign("impostor"), "untrusted"),  # a second CA with the county CA's name
    (_resign("other_org"), "other_org"),  # a real county certificate, for another organisation
]


@pytest.mark.parametrize(("build", "reason"), TRUST_CASES, ids=[c[0].__name__.strip("_")
                                                                 for c in TRUST_CASES])
def test_untrusted_files_are_refused_with_trust_and_database_unchanged(
        build, reason, services, store, other, tmp_path, repack, world, digest, state):
    path = build(_signed(services, store, tmp_path / "a.bygdeliv", world["store"]), tmp_path,
                 repack, world)
    other.stores.create({"name": "Mottakerbutikken"})
    before, rows = digest(other.database.path), state(other.database)
    with pytest.raises(errors.ExchangeBadSignature) as caught:
        import_file(other.database, path, _strict(world))
    assert caught.value.params["reason"] == reason
    assert digest(other.database.path) == before and state(other.database) == rows
    # Without --trust the same file is read, and never shown as trusted.
    signer = preview_import(other.database, path, CmsManifestVerifier([world["root"]])).package.signer
    assert signer is None or signer.status != TRUSTED


def test_attachment_file_replaced_between_preview_and_import_changes_nothing(
        services, store, other, tmp_path, digest):
    """Attachments are not held in memory: they are read again (and hashed again) when stored."""
    from bygdeliv_desktop.exchange.importer import apply_import

    assessment = services.assessments.create(store.id, {
        "assessor_role": "consultant", "assessor_name": "Kari", "assessed_on": dt.date(2025, 3, 1)})
    criterion = services.assessments.view(assessment.id).catalogue.categories[0].criteria[0].id
    evidence = tmp_path / "bilde.jpg"
    evidence.write_bytes(b"\xff\xd8 et bilde")
    services.attachments.attach(assessment.id, criterion, evidence)
    path = export_file(services.database, tmp_path / "a.bygdeliv", [store.id]).path
    preview = preview_import(other.database, path)
    assert len(preview.package.attachments) == 1
    path.write_bytes(b"not the same file any more")
    before = digest(other.database.path)
    with pytest.raises(errors.ExchangeRefused):
        apply_import(other.database, preview)
    assert digest(other.database.path) == before
