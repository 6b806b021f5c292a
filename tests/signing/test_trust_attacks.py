"""Issue 13: what ``bygdeliv verify --trust`` calls GYLDIG must be true.

Each attack is tried through the service (verify_pdf) and the CLI (exit code and message)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from bygdeliv_desktop.app import main
from bygdeliv_desktop.signing import certs
from bygdeliv_desktop.signing.ca import CountyCA
from bygdeliv_desktop.signing.verify import verify_pdf
from tests.signing import attack_helpers as attack
from tests.signing.conftest import CA_PASSPHRASE, PASSPHRASE, PROFILE


@pytest.fixture(scope="session")
def county_key(county_ca):
    return attack.ca_key(county_ca, CA_PASSPHRASE)


@pytest.fixture(scope="session")
def store_b(county_ca, county_key):
    """Another store's genuine certificate from the same county CA."""
    return attack.issue(county_ca.certificate(), county_key, attack.STORE_B)


@pytest.fixture(scope="session")
def twin_ca(session_dir):
    """A second CA with exactly the county CA's name."""
    ca = CountyCA(session_dir / "twin-ca")
    ca.init("Innlandet fylkeskommune", CA_PASSPHRASE)
    return ca


@pytest.fixture
def store_a(services):
    return services.stores.create({"name": "Butikk A", "org_number": "974760673",
                                   "municipality_code": "3435"})


@pytest.fixture
def genuine(services, store_a, county_identity) -> bytes:
    identity = county_identity.load(PASSPHRASE)
    return attack.sign_summary(attack.unsigned_summary(services, store_a.id, identity), identity)


def _cli(tmp_path, capsys, data: bytes, trust) -> tuple[int, str]:
    path = tmp_path / "sammendrag.pdf"
    path.write_bytes(data)
    args = ["verify", str(path)] + [a for ca in trust for a in ("--trust", str(ca.cert_file))]
    capsys.readouterr()
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_genuine_summary_is_valid_and_names_the_signer(tmp_path, capsys, genuine, county_ca):
    result = verify_pdf(genuine, [county_ca.certificate()])
    assert result.ok, result.checks
    code, out = _cli(tmp_path, capsys, genuine, [county_ca])
    assert code == 0 and "GYLDIG" in out
    # Names, not raw OIDs.
    assert "2.5.4" not in out and "NTRNO" not in out
    assert "Kari Kjøpmann" in out and "974760673" in out and "Dagleg leiar" in out


def _set_org(value):
    def change(doc):
        doc["store"]["org_number"] = value
    return change


def _drop_org(doc):
    del doc["store"]["org_number"]


@pytest.mark.parametrize("change", [_set_org(""), _drop_org, _set_org("974760674"),
                                    _set_org("12345678"), _set_org(974760673), _set_org(None)],
                         ids=["empty", "missing", "bad-mod11", "short", "number", "null"])
def test_other_stores_certificate_without_a_usable_org_number_fails(
        tmp_path, capsys, services, store_a, store_b, county_ca, change):
    """Store B's genuine county certificate on a summary about store A whose data.json has no
    (usable) organisation number: the org-number check must not be skipped."""
    forged = attack.sign_summary(attack.unsigned_summary(services, store_a.id, store_b, change),
                                 store_b)
    result = verify_pdf(forged, [county_ca.certificate()])
    assert not result.ok and not result.integrity_ok
    assert "org_number_valid" in result.reasons or "org_number_matches" in result.reasons
    code, out = _cli(tmp_path, capsys, forged, [county_ca])
    assert code == 1 and "UGYLDIG" in out and "GYLDIG\n" not in out.replace("UGYLDIG", "")


def test_other_stores_certificate_with_the_right_org_number_in_data_fails(
        tmp_path, capsys, services, store_a, store_b, county_ca):
    forged = attack.sign_summary(attack.unsigned_summary(services, store_a.id, store_b), store_b)
    result = verify_pdf(forged, [county_ca.certificate()])
    assert "org_number_matches" in result.reasons and not result.ok
    assert _cli(tmp_path, capsys, forged, [county_ca])[0] == 1


def test_certificate_without_org_identifier_fails(tmp_path, capsys, services, store_a, county_ca,
                                                  county_key):
    no_org = attack.issue(county_ca.certificate(), county_key,
                          certs.SignerProfile("Kari Kjøpmann", "Dagleg leiar", "Butikk A", ""))
    signed = attack.sign_summary(attack.unsigned_summary(services, store_a.id, no_org), no_org)
    result = verify_pdf(signed, [county_ca.certificate()])
    assert "org_number_matches" in result.reasons and not result.ok
    assert _cli(tmp_path, capsys, signed, [county_ca])[0] == 1


def test_resigned_by_another_identity_is_not_trusted_as_the_store(tmp_path, capsys, genuine,
                                                                  store_b, county_ca):
    stripped = attack.strip_signature(genuine)
    assert verify_pdf(stripped).reasons == ["signed"]
    resigned = attack.sign_summary(stripped, store_b)
    result = verify_pdf(resigned, [county_ca.certificate()])
    assert not result.ok and "org_number_matches" in result.reasons
    assert result.data["store"]["org_number"] == "974760673"
    assert _cli(tmp_path, capsys, resigned, [county_ca])[0] == 1


def test_certificate_from_a_second_ca_with_the_same_name_is_not_trusted(
        tmp_path, capsys, services, store_a, county_ca, twin_ca):
    assert twin_ca.certificate().subject == county_ca.certificate().subject
    impostor = attack.issue(twin_ca.certificate(), attack.ca_key(twin_ca, CA_PASSPHRASE), PROFILE)
    signed = attack.sign_summary(attack.unsigned_summary(services, store_a.id, impostor), impostor)
    result = verify_pdf(signed, [county_ca.certificate()])
    assert result.integrity_ok and not result.trusted and not result.ok
    code, out = _cli(tmp_path, capsys, signed, [county_ca])
    assert code == 2 and "GYLDIG" not in out.replace("UGYLDIG", "")
    assert "bruk --trust" not in out and "ikke utstedt av" in out
    # Trusting the twin instead makes it valid: the name alone decides nothing either way.
    assert verify_pdf(signed, [twin_ca.certificate()]).ok


@pytest.mark.parametrize("when, word", [
    ((-40, -10), "utløpt"),
    ((10, 40), "ennå ikke gyldig"),
], ids=["expired", "not-yet-valid"])
def test_expired_or_not_yet_valid_certificate_says_so(tmp_path, capsys, services, store_a,
                                                      county_ca, county_key, when, word):
    now = certs.utc_now()
    identity = attack.issue(county_ca.certificate(), county_key, PROFILE,
                            not_before=now + dt.timedelta(days=when[0]),
                            not_after=now + dt.timedelta(days=when[1]))
    signed = attack.sign_summary(attack.unsigned_summary(services, store_a.id, identity), identity)
    result = verify_pdf(signed, [county_ca.certificate()])
    assert not result.ok and "certificate_current" in result.reasons
    code, out = _cli(tmp_path, capsys, signed, [county_ca])
    assert code == 2 and word in out
    assert "bruk --trust" not in out


def test_without_trust_the_message_asks_for_it(tmp_path, capsys, genuine):
    code, out = _cli(tmp_path, capsys, genuine, [])
    assert code == 2 and "--trust" in out


# -- allowed and disallowed later revisions ----------------------------------------------------

def test_dss_update_for_archiving_stays_valid(tmp_path, capsys, genuine, county_ca):
    time.sleep(1.1)  # the DSS revision restamps /Info's ModDate only when a second has passed
    archived = attack.add_dss(genuine, [county_ca.certificate()])
    assert len(archived) > len(genuine)
    result = verify_pdf(archived, [county_ca.certificate()])
    assert result.ok, result.checks
    assert _cli(tmp_path, capsys, archived, [county_ca])[0] == 0


def _prepared(services, store_a, county_identity) -> bytes:
    identity = county_identity.load(PASSPHRASE)
    from bygdeliv_desktop.report import pdf_builder
    from bygdeliv_desktop.signing import sign

    return sign.sign_pdf(attack.unsigned_summary(services, store_a.id, identity), identity,
                         pdf_builder.SIGNATURE_BOX, pdf_builder.SIGNATURE_PAGE,
                         countersign_fields=("Fylket",))


def test_approval_signature_in_a_prepared_field_stays_valid(
        tmp_path, capsys, services, store_a, county_identity, county_ca, county_key):
    certified = _prepared(services, store_a, county_identity)
    assert verify_pdf(certified, [county_ca.certificate()]).ok
    officer = attack.issue(county_ca.certificate(), county_key, attack.COUNTY_OFFICER)
    countersigned = attack.approval_sign(certified, officer, "Fylket")
    result = verify_pdf(countersigned, [county_ca.certificate()])
    assert result.ok, result.checks
    assert [s.name for s in result.signatures] == ["Kari Kjøpmann", "Ola Saksbehandler"]
    assert all(s.trusted for s in result.signatures)
    code, out = _cli(tmp_path, capsys, countersigned, [county_ca])
    assert code == 0 and "Ola Saksbehandler" in out and "Kari Kjøpmann" in out
    # ...and an archiving DSS update after both signatures is still fine.
    time.sleep(1.1)
    assert verify_pdf(attack.add_dss(countersigned, [county_ca.certificate()]),
                      [county_ca.certificate()]).ok


def test_approval_signature_from_an_untrusted_identity_is_not_gyldig(
        tmp_path, capsys, services, store_a, county_identity, county_ca, twin_ca):
    certified = _prepared(services, store_a, county_identity)
    stranger = attack.issue(twin_ca.certificate(), attack.ca_key(twin_ca, CA_PASSPHRASE),
                            attack.COUNTY_OFFICER)
    result = verify_pdf(attack.approval_sign(certified, stranger, "Fylket"),
                        [county_ca.certificate()])
    assert result.integrity_ok and not result.ok
    assert [s.trusted for s in result.signatures] == [True, False]


def _retitle(writer):
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject

    info = writer.trailer["/Info"]
    info[NameObject("/Title")] = TextStringObject("Endret etter signering")
    writer.update_container(info)


def _new_page_text(writer):
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject

    root = writer.root
    root[NameObject("/Lang")] = TextStringObject("en")
    writer.update_root()


@pytest.mark.parametrize("change", [_retitle, _new_page_text], ids=["info", "catalog"])
def test_arbitrary_update_after_signatures_is_refused(tmp_path, capsys, services, store_a,
                                                      county_identity, county_ca, county_key,
                                                      genuine, change):
    assert not verify_pdf(attack.append_update(genuine, change), [county_ca.certificate()]).ok
    officer = attack.issue(county_ca.certificate(), county_key, attack.COUNTY_OFFICER)
    countersigned = attack.approval_sign(_prepared(services, store_a, county_identity), officer,
                                         "Fylket")
    tampered = attack.append_update(countersigned, change)
    result = verify_pdf(tampered, [county_ca.certificate()])
    assert not result.ok and not result.integrity_ok
    assert "entire_file" in result.reasons or "no_disallowed_changes" in result.reasons
    code, out = _cli(tmp_path, capsys, tampered, [county_ca])
    assert code == 1 and "UGYLDIG" in out


def test_arbitrary_update_between_certification_and_approval_is_refused(
        services, store_a, county_identity, county_ca, county_key):
    certified = _prepared(services, store_a, county_identity)
    officer = attack.issue(county_ca.certificate(), county_key, attack.COUNTY_OFFICER)
    sandwiched = attack.approval_sign(attack.append_update(certified, _new_page_text), officer,
                                      "Fylket")
    result = verify_pdf(sandwiched, [county_ca.certificate()])
    assert not result.ok and "no_disallowed_changes" in result.reasons


def _metadata_only(writer):
    """A revision that rewrites the XMP metadata stream (what a DSS writer may also do)."""
    from pyhanko.pdf_utils.generic import StreamObject

    ref = writer.root.raw_get("/Metadata")
    old = ref.get_object().data
    writer.mark_update(ref)
    writer.objects[(ref.generation, ref.idnum)] = StreamObject(
        {"/Type": writer.root["/Metadata"]["/Type"], "/Subtype": writer.root["/Metadata"]["/Subtype"]},
        stream_data=old.replace(b"Bygdeliv", b"Forfalsket"))


def test_metadata_only_revision_after_signing_is_refused(genuine, county_ca):
    result = verify_pdf(attack.append_update(genuine, _metadata_only), [county_ca.certificate()])
    assert not result.ok and "entire_file" in result.reasons
