"""Sign a real summary, then check it holds, and that every kind of tampering is caught."""

import io
import shutil
import subprocess
from datetime import date

import pikepdf
import pytest

from bygdeliv_desktop.app import main
from bygdeliv_desktop.report.produce import ReportRequest, build_signed
from bygdeliv_desktop.signing.verify import verify_pdf
from tests.signing.conftest import PASSPHRASE

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils missing")


@pytest.fixture
def signed(services, store, county_identity) -> bytes:
    services.activities.add(store.id, {"date": date.today(), "kind_code": "quiz", "title": "Quiz",
                                       "participants": 12, "target_groups": ["everyone"]})
    return build_signed(services, ReportRequest(store.id), county_identity.load(PASSPHRASE))


def _pdfsig(tmp_path, data: bytes) -> str:
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdfsig", "-no-ocsp", str(path)], capture_output=True, text=True).stdout


def test_signed_summary_verifies_against_the_county_ca(signed, county_ca):
    result = verify_pdf(signed, [county_ca.certificate()])
    assert result.ok, result.checks
    assert result.signer == "Kari Kjøpmann"
    assert result.data["store"]["org_number"] == "974760673"
    assert result.data["activities"]["total"] == 1


def test_without_trust_anchor_it_is_intact_but_not_trusted(signed, self_signed_identity):
    result = verify_pdf(signed)
    assert result.integrity_ok and not result.ok
    assert result.reasons == ["trusted"]
    other_root = self_signed_identity.load(PASSPHRASE).cert
    assert verify_pdf(signed, [other_root]).reasons == ["trusted"]


@needs_pdfsig
def test_pdfsig_agrees(tmp_path, signed):
    output = _pdfsig(tmp_path, signed)
    assert "Signature is Valid" in output
    assert "Total document signed" in output
    assert "ETSI.CAdES.detached" in output and "SHA-256" in output


@needs_pdfsig
def test_flipped_byte_fails_with_digest_reason(tmp_path, signed, county_ca):
    tampered = bytearray(signed)
    # Inside the first signed range, in page content (past the header).
    position = signed.index(b"stream", 2000) + 20
    tampered[position] ^= 0x01
    result = verify_pdf(bytes(tampered), [county_ca.certificate()])
    assert not result.ok and "intact" in result.reasons
    assert "Digest Mismatch" in _pdfsig(tmp_path, bytes(tampered))


def _incremental(signed: bytes, change) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    change(writer)
    out = io.BytesIO(signed)
    out.seek(0, 2)
    writer.write(out)
    return out.getvalue()


def test_appended_incremental_update_fails(signed, county_ca):
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject

    def retitle(writer):
        info = writer.trailer["/Info"]
        info[NameObject("/Title")] = TextStringObject("Endret etter signering")
        writer.update_container(info)

    result = verify_pdf(_incremental(signed, retitle), [county_ca.certificate()])
    assert not result.ok and "entire_file" in result.reasons


def test_replaced_data_json_in_an_update_fails(signed, county_ca):
    from pyhanko.pdf_utils.generic import StreamObject

    def replace_data(writer):
        root = writer.root
        names = root["/Names"]["/EmbeddedFiles"]["/Names"]
        spec = names[1].get_object()
        ref = spec["/EF"].raw_get("/F")
        writer.mark_update(ref)
        writer.objects[(ref.generation, ref.idnum)] = StreamObject(
            stream_data=b'{"schema": "bygdeliv.report", "schema_version": 1, "store": {}}')

    tampered = _incremental(signed, replace_data)
    result = verify_pdf(tampered, [county_ca.certificate()])
    assert not result.ok
    assert "entire_file" in result.reasons or "no_disallowed_changes" in result.reasons
    # What verify shows is still the data that was signed.
    assert result.data["store"]["org_number"] == "974760673"


def test_rewritten_file_with_new_data_json_fails(signed, county_ca):
    with pikepdf.open(io.BytesIO(signed)) as pdf:
        pdf.attachments["data.json"] = pikepdf.AttachedFileSpec(pdf, b'{"forfalsket": true}')
        out = io.BytesIO()
        pdf.save(out)
    result = verify_pdf(out.getvalue(), [county_ca.certificate()])
    assert not result.ok and result.reasons


def test_not_a_pdf_is_a_clear_failure():
    result = verify_pdf(b"dette er ikke en pdf")
    assert not result.ok and result.reasons == ["readable"]


def test_cli_exit_codes(tmp_path, signed, county_ca, capsys):
    path = tmp_path / "sammendrag.pdf"
    path.write_bytes(signed)
    assert main(["verify", str(path), "--trust", str(county_ca.cert_file)]) == 0
    assert main(["verify", str(path)]) == 2
    tampered = bytearray(signed)
    tampered[signed.index(b"stream", 2000) + 20] ^= 0x01
    path.write_bytes(bytes(tampered))
    assert main(["verify", str(path), "--trust", str(county_ca.cert_file)]) == 1
    assert "UGYLDIG" in capsys.readouterr().out
