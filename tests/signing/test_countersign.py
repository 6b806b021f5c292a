"""Issue 17, countersignature: the store certifies its summary with an empty field "Bekreftet av
konsulent"; the consultant (own identity, certificate from the county CA) signs that field
incrementally with ``bygdeliv countersign``; ``verify`` lists and requires both."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import pytest

from bygdeliv_desktop.app import main
from bygdeliv_desktop.report.format import COUNTERSIGN_BOX, SIGNATURE_BOX
from bygdeliv_desktop.report.produce import ReportRequest, build_signed
from bygdeliv_desktop.signing.certs import SignerProfile
from bygdeliv_desktop.signing.identity import SigningIdentity
from bygdeliv_desktop.signing.verify import verify_pdf
from tests.signing import attack_helpers as attack
from tests.signing.conftest import CA_PASSPHRASE, PASSPHRASE

CONSULTANT = SignerProfile("Nina Rådgiver", "Konsulent", "Bygdeliv rådgiving", "")
needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils missing")


@pytest.fixture(scope="session")
def consultant_dir(session_dir, county_ca):
    """The consultant's own data folder: a key and a certificate from the county CA, by the
    same request/issue round trip as the store's (through the command line)."""
    folder = session_dir / "consultant"
    request, bundle = session_dir / "consultant.csr", session_dir / "consultant.pem"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BYGDELIV_PASSPHRASE", PASSPHRASE)
        assert main(["signing", "--data-dir", str(folder), "new", "--name", CONSULTANT.name,
                     "--role", "Konsulent", "--store", CONSULTANT.store_name]) == 0
        assert main(["signing", "--data-dir", str(folder), "request", "--out", str(request)]) == 0
    county_ca.issue(request, bundle, CA_PASSPHRASE)
    SigningIdentity.in_data_dir(folder).import_certificate(bundle)
    return folder


@pytest.fixture(scope="session")
def stranger_dir(session_dir):
    """A consultant with only a self-signed certificate."""
    folder = session_dir / "stranger"
    SigningIdentity.in_data_dir(folder).create(CONSULTANT, PASSPHRASE)
    return folder


@pytest.fixture
def signed(services, store, county_identity) -> bytes:
    services.activities.add(store.id, {"date": date.today(), "kind_code": "quiz", "title": "Quiz",
                                       "participants": 12, "target_groups": ["everyone"]})
    return build_signed(services, ReportRequest(store.id), county_identity.load(PASSPHRASE))


def _countersign(tmp_path, monkeypatch, capsys, data: bytes, folder,
                 name: str = "ut.pdf") -> tuple[int, str, object]:
    source, out = tmp_path / "inn.pdf", tmp_path / name
    source.write_bytes(data)
    monkeypatch.setenv("BYGDELIV_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    code = main(["countersign", str(source), "--out", str(out), "--data-dir", str(folder)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err, out


def _verify(tmp_path, capsys, data: bytes, county_ca) -> tuple[int, str]:
    path = tmp_path / "kontroll.pdf"
    path.write_bytes(data)
    capsys.readouterr()
    code = main(["verify", str(path), "--trust", str(county_ca.cert_file)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def countersigned(tmp_path, monkeypatch, capsys, signed, consultant_dir) -> bytes:
    code, out, path = _countersign(tmp_path, monkeypatch, capsys, signed, consultant_dir)
    assert code == 0, out
    return path.read_bytes()


def test_summary_carries_an_empty_consultant_field_beside_the_store_box(tmp_path, signed):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import MDPPerm, enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(signed))
    found = {name: (value, ref.get_object()) for name, value, ref in
             enumerate_sig_fields(reader, filled_status=None)}
    value, widget = found["Konsulent"]
    assert value is None
    rect = [float(v) for v in widget["/Rect"]]
    assert rect == pytest.approx(list(COUNTERSIGN_BOX))
    assert rect[0] > SIGNATURE_BOX[2]  # beside the store's box, not over it
    assert reader.embedded_signatures[0].docmdp_level == MDPPerm.FILL_FORMS
    path = tmp_path / "s.pdf"
    path.write_bytes(signed)
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(path), "-"],
                          capture_output=True, text=True).stdout
    assert "Bekreftet av konsulent" in text


@needs_pdfsig
def test_countersigned_summary_is_gyldig_with_both_signers(tmp_path, capsys, countersigned,
                                                           county_ca):
    result = verify_pdf(countersigned, [county_ca.certificate()])
    assert result.ok, result.checks
    assert [(s.name, s.title) for s in result.signatures] == [
        ("Kari Kjøpmann", "Dagleg leiar"), ("Nina Rådgiver", "Konsulent")]
    code, out = _verify(tmp_path, capsys, countersigned, county_ca)
    assert code == 0 and "GYLDIG" in out
    assert "Nina Rådgiver, Konsulent" in out and "Kari Kjøpmann, Dagleg leiar" in out
    path = tmp_path / "pdfsig.pdf"
    path.write_bytes(countersigned)
    pdfsig = subprocess.run(["pdfsig", "-no-ocsp", str(path)], capture_output=True,
                            text=True).stdout
    assert pdfsig.count("Signature is Valid") == 2, pdfsig


def test_flipped_byte_in_the_first_revision_is_ugyldig(tmp_path, capsys, countersigned, signed,
                                                      county_ca):
    tampered = bytearray(countersigned)
    position = signed.index(b"stream", 2000) + 20  # page content, signed by both
    tampered[position] ^= 0x01
    assert not verify_pdf(bytes(tampered), [county_ca.certificate()]).integrity_ok
    code, out = _verify(tmp_path, capsys, bytes(tampered), county_ca)
    assert code == 1 and "UGYLDIG" in out


def _retitle(writer):
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject

    info = writer.trailer["/Info"]
    info[NameObject("/Title")] = TextStringObject("Endret etter kontrasignering")
    writer.update_container(info)


def test_update_appended_after_the_countersignature_is_ugyldig(tmp_path, capsys, countersigned,
                                                              county_ca):
    tampered = attack.append_update(countersigned, _retitle)
    assert not verify_pdf(tampered, [county_ca.certificate()]).integrity_ok
    code, out = _verify(tmp_path, capsys, tampered, county_ca)
    assert code == 1 and "UGYLDIG" in out


def test_update_between_the_signatures_is_ugyldig(tmp_path, monkeypatch, capsys, signed,
                                                 consultant_dir, county_ca):
    between = attack.append_update(signed, _retitle)
    code, out, path = _countersign(tmp_path, monkeypatch, capsys, between, consultant_dir)
    assert code == 1 and not path.exists(), out  # refused: the input does not hold
    # Signed anyway by another tool: the store's signature no longer covers what came before.
    from bygdeliv_desktop.signing.identity import SigningIdentity as Identity

    forced = attack.approval_sign(between, Identity.in_data_dir(consultant_dir).load(PASSPHRASE),
                                  "Konsulent")
    assert not verify_pdf(forced, [county_ca.certificate()]).integrity_ok
    assert _verify(tmp_path, capsys, forced, county_ca)[0] == 1


def test_untrusted_consultant_is_not_gyldig(tmp_path, monkeypatch, capsys, signed, stranger_dir,
                                            county_ca):
    code, out, path = _countersign(tmp_path, monkeypatch, capsys, signed, stranger_dir)
    assert code == 0, out
    code, out = _verify(tmp_path, capsys, path.read_bytes(), county_ca)
    assert code == 2 and "GYLDIG" not in out.replace("UGYLDIG", "")
    assert "Nina Rådgiver" in out


def test_refusals_write_nothing(tmp_path, monkeypatch, capsys, services, store, signed,
                                countersigned, county_identity, consultant_dir):
    code, out, path = _countersign(tmp_path, monkeypatch, capsys, countersigned, consultant_dir,
                                   "igjen.pdf")
    assert code == 1 and not path.exists() and "allerede signert" in out
    identity = county_identity.load(PASSPHRASE)
    without_field = attack.sign_summary(attack.unsigned_summary(services, store.id, identity),
                                        identity)
    code, out, path = _countersign(tmp_path, monkeypatch, capsys, without_field, consultant_dir,
                                   "uten-felt.pdf")
    assert code == 1 and not path.exists() and "ikke det tomme signaturfeltet" in out
    tampered = bytearray(signed)
    tampered[signed.index(b"stream", 2000) + 20] ^= 0x01
    code, out, path = _countersign(tmp_path, monkeypatch, capsys, bytes(tampered), consultant_dir,
                                   "endret.pdf")
    assert code == 1 and not path.exists() and "holder ikke" in out


def _county_row(tmp_path, data: bytes, county_ca):
    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.exchange.signing import CmsManifestVerifier
    from bygdeliv_desktop.services.county_import import import_folder
    from bygdeliv_desktop.services.county_table import build_table

    inbox = tmp_path / "innboks"
    inbox.mkdir()
    (inbox / "sammendrag.pdf").write_bytes(data)
    county = open_database(tmp_path / "fylke" / "fylke.sqlite3")
    try:
        report = import_folder(county, inbox, CmsManifestVerifier([county_ca.cert_file]))
        assert len(report.imported) == 1 and report.refused == []
        [row] = build_table(county)
    finally:
        county.close()
    return row


def test_county_table_shows_who_countersigned(tmp_path, countersigned, county_ca):
    row = _county_row(tmp_path, countersigned, county_ca)
    assert row.signature == "trusted"
    assert row.signer == "Kari Kjøpmann – kontrasignert av Nina Rådgiver"


def test_county_table_ignores_an_untrusted_countersignature(tmp_path, monkeypatch, capsys, signed,
                                                            stranger_dir, county_ca):
    code, out, path = _countersign(tmp_path, monkeypatch, capsys, signed, stranger_dir)
    assert code == 0, out
    row = _county_row(tmp_path, path.read_bytes(), county_ca)
    assert row.signature != "trusted" and "kontrasignert" not in row.signer
