"""Build the files an attacker (or a second signer) would make: certificates from the county CA or
another CA, summaries with a data.json of our choosing, stripped and re-signed files, appended
revisions. Test keys are RSA-2048 (the smallest the signer accepts) to keep the tests quick."""

from __future__ import annotations

import datetime as dt
import io
import json

import pikepdf
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from bygdeliv_desktop.report import pdf_builder, pdfa
from bygdeliv_desktop.report import data as report_data
from bygdeliv_desktop.report.produce import signer_info
from bygdeliv_desktop.signing import certs, sign
from bygdeliv_desktop.signing.certs import SignerProfile
from bygdeliv_desktop.signing.identity import LoadedIdentity

STORE_B = SignerProfile("Per Konkurrent", "Kjøpmann", "Butikk B", "923609016")
COUNTY_OFFICER = SignerProfile("Ola Saksbehandler", "Rådgiver", "Innlandet fylkeskommune",
                               "920717152")


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def ca_key(county_ca, passphrase: str):
    return serialization.load_pem_private_key(county_ca.key_file.read_bytes(), passphrase.encode())


def issue(ca_cert: x509.Certificate, ca_private_key, profile: SignerProfile,
          not_before: dt.datetime | None = None, not_after: dt.datetime | None = None,
          key=None) -> LoadedIdentity:
    """A signing identity for ``profile`` issued by the given CA (validity as given)."""
    key = key or new_key()
    now = certs.utc_now()
    builder = (x509.CertificateBuilder().subject_name(certs.subject_for(profile))
               .issuer_name(ca_cert.subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(not_before or now - dt.timedelta(minutes=5))
               .not_valid_after(not_after or now + dt.timedelta(days=30))
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                   ca_cert.public_key()), critical=False))
    cert = certs.signer_extensions(builder, key.public_key()).sign(ca_private_key, hashes.SHA256())
    return LoadedIdentity(profile, key, cert, (ca_cert,), "county")


def unsigned_summary(services, store_id: str, identity: LoadedIdentity, change=None,
                     period=None) -> bytes:
    """The PDF/A summary before signing; ``change(doc)`` may edit data.json first."""
    report = report_data.collect(services, store_id, signer_info(identity), period)
    doc = json.loads(report_data.to_json(report))
    if change is not None:
        change(doc)
    return pdfa.to_pdfa(pdf_builder.build_pdf(report),
                        json.dumps(doc, ensure_ascii=False).encode("utf-8"))


def sign_summary(pdf: bytes, identity: LoadedIdentity) -> bytes:
    return sign.sign_pdf(pdf, identity, pdf_builder.SIGNATURE_BOX, pdf_builder.SIGNATURE_PAGE)


def strip_signature(signed: bytes) -> bytes:
    """The signed file rewritten without its signature field and DocMDP entry (data.json kept)."""
    with pikepdf.open(io.BytesIO(signed)) as pdf:
        if "/Perms" in pdf.Root:
            del pdf.Root["/Perms"]
        del pdf.Root["/AcroForm"]
        for page in pdf.pages:
            if "/Annots" in page:
                keep = [a for a in page.Annots if a.get("/FT") != "/Sig"]
                page.Annots = pdf.make_indirect(pikepdf.Array(keep))
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def add_dss(signed: bytes, extra_certs: list[x509.Certificate]) -> bytes:
    """Append validation data for archiving (a DSS revision), as pyHanko's add_validation_info
    would, offline: certificates only."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    reader = PdfFileReader(io.BytesIO(signed))
    contents = reader.embedded_signatures[0].pkcs7_content
    loaded = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
              for c in extra_certs]
    out = io.BytesIO(signed)
    DocumentSecurityStore.add_dss(out, contents, certs=loaded)
    return out.getvalue()


def approval_sign(pdf: bytes, identity: LoadedIdentity, field_name: str,
                  new_field_box=None) -> bytes:
    """A second (approval) signature into ``field_name``; a new visible field when a box is given."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    if new_field_box is not None:
        fields.append_signature_field(writer, fields.SigFieldSpec(field_name, box=new_field_box))
    meta = signers.PdfSignatureMetadata(field_name=field_name, md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=sign._signer(identity)).sign_pdf(writer, output=out)
    return out.getvalue()


def append_update(pdf: bytes, change) -> bytes:
    """An incremental update that is neither a signature nor validation data."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    change(writer)
    out = io.BytesIO(pdf)
    out.seek(0, 2)
    writer.write(out)
    return out.getvalue()
