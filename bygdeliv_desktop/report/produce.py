"""The whole pipeline: collect → lay out → PDF/A-3b with data.json → sign → write atomically.

The passphrase is checked first and the file is written last, in one rename: a wrong passphrase,
an expired certificate or any failure on the way leaves no output file behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bygdeliv_desktop.atomic import write_atomic
from bygdeliv_desktop.errors import OperationCancelled
from bygdeliv_desktop.report import data as report_data
from bygdeliv_desktop.report import pdf_builder, pdfa
from bygdeliv_desktop.report.format import COUNTERSIGN_BOX
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.signing import sign
from bygdeliv_desktop.signing.identity import LoadedIdentity, SigningIdentity


@dataclass(frozen=True)
class ReportRequest:
    store_id: str
    period: tuple[dt.date, dt.date] | None = None
    assessment: report_data.ReportAssessment | None = None
    previous_assessment: report_data.ReportAssessment | None = None
    actions: tuple[report_data.ReportAction, ...] = ()
    language: str = "nb"  # nb or nn: the words of the PDF


def signer_info(identity: LoadedIdentity) -> report_data.SignerInfo:
    return report_data.SignerInfo(identity.profile.name, identity.profile.role,
                                  identity.self_signed, identity.cert.subject.rfc4514_string())


def build_signed(services: AppServices, request: ReportRequest, identity: LoadedIdentity) -> bytes:
    """The signed PDF/A-3b summary as bytes."""
    report = report_data.collect(services, request.store_id, signer_info(identity),
                                 request.period, request.assessment, request.previous_assessment,
                                 request.actions, language=request.language)
    document = pdfa.to_pdfa(pdf_builder.build_pdf(report), report_data.to_json(report))
    # The consultant countersigns later in the prepared field (``bygdeliv countersign``).
    return sign.sign_pdf(document, identity, pdf_builder.SIGNATURE_BOX, pdf_builder.SIGNATURE_PAGE,
                         request.language,
                         countersign_fields=((sign.COUNTERSIGN_FIELD, COUNTERSIGN_BOX),))


def produce_report(services: AppServices, request: ReportRequest, identity: SigningIdentity,
                   passphrase: str, out_path: Path,
                   cancelled: Callable[[], bool] | None = None) -> Path:
    """Build, sign and write the summary to ``out_path`` (all or nothing).

    ``cancelled`` is asked once more just before writing: a user who cancelled gets no file.
    """
    loaded = identity.load(passphrase)  # WrongPassphrase / CertificateExpired before any work
    signed = build_signed(services, request, loaded)
    if cancelled is not None and cancelled():
        raise OperationCancelled(str(out_path))
    write_atomic(out_path, signed)
    return out_path
