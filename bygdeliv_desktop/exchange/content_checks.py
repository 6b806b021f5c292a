"""Checks on incoming records beyond their column types, for values the app later trusts.

A catalogue snapshot's text is parsed whenever an assessment is shown, and an attachment's
``stored_name`` becomes a file name in the data folder: both come from a file that may be hostile,
so they are checked before anything is written.
"""

from __future__ import annotations

import re

from bygdeliv_desktop.domain.assessment_models import AttachmentFile, CatalogSnapshot
from bygdeliv_desktop.domain.criteria import catalogue_from_text, content_sha256
from bygdeliv_desktop.errors import CatalogError, ExchangeMalformed
from bygdeliv_desktop.exchange.package_format import DATA

# The attachment service's own naming: hash, then an optional short alphanumeric suffix.
STORED_NAME = re.compile(r"^(?P<sha>[0-9a-f]{64})(\.[a-z0-9]{1,9})?$")


def _bad(where: str, field: str, problem: str) -> ExchangeMalformed:
    return ExchangeMalformed(f"{where}.{field}: {problem}", member=DATA, reason="value",
                             field=field)


def check_attachment(values: dict, where: str) -> None:
    match = STORED_NAME.match(values["stored_name"])
    if match is None:
        raise _bad(where, "stored_name", "not a content-addressed name")
    if match["sha"] != values["sha256"]:
        raise _bad(where, "stored_name", "does not match sha256")
    if values["size_bytes"] < 0:
        raise _bad(where, "size_bytes", "negative")


def check_catalogue(values: dict, where: str) -> None:
    if content_sha256(values["content"]) != values["sha256"]:
        raise _bad(where, "sha256", "does not match the catalogue text")
    try:
        catalogue = catalogue_from_text(values["content"])  # cached: every file carries the same
    except CatalogError as exc:
        raise _bad(where, "content", f"not a valid criteria catalogue ({exc})"[:200]) from exc
    if (catalogue.id, catalogue.version) != (values["catalog_id"], values["catalog_version"]):
        raise _bad(where, "catalog_version", "does not match the catalogue text")


CHECKS = {
    AttachmentFile.__table__.name: check_attachment,
    CatalogSnapshot.__table__.name: check_catalogue,
}
