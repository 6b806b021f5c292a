"""The ``.bygdeliv`` exchange file: member names, limits, manifest layout and strict JSON parsing.

A zip holding::

    manifest.json        format/schema version, app version, export id, producer device, created at,
                         sha256 and size of every other member, store ids, record counts
    manifest.json.p7s    optional detached CMS signature over the exact bytes of manifest.json
    data.json            {"tables": {table_name: [{"record": {...}, "clock": {device: n}}]}}
    attachments/<sha256> evidence files of the assessments, named by their content hash
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from bygdeliv_desktop.domain.dates import InvalidDate, parse_timestamp
from bygdeliv_desktop.errors import ExchangeMalformed, ExchangeTooNew

FORMAT = "no.bygdeliv.exchange"
FORMAT_VERSION = 1  # the container: member names, manifest layout
SCHEMA_VERSION = 2  # data.json: tables and columns; bump when a synced table changes
# 2: assessments, answers, catalogue snapshots, attachments and the action plan travel too.
SUFFIX = ".bygdeliv"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.p7s"
DATA = "data.json"
# Names are our own, never the user's: anything else in the zip is refused.
MEMBER_NAME = re.compile(r"^(manifest\.json|manifest\.json\.p7s|data\.json"
                         r"|attachments/[0-9a-f]{64})$")
ATTACHMENT_PREFIX = "attachments/"
SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Limits:
    """Hard caps applied while reading; the defaults fit years of data for hundreds of stores."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_entries: int = 1000
    max_manifest_bytes: int = 1024 * 1024
    max_signature_bytes: int = 64 * 1024
    max_member_bytes: int = 150 * 1024 * 1024
    # data.json is checked record by record in memory: a whole import (read, plan, backup, one
    # transaction) peaks near 70 MB + 6 bytes per byte of data.json. 20 MiB keeps that under
    # 200 MB (benchmarks/exchange_import_memory.py) and holds about 34 000 activities with their
    # stores, services and assessments: 20 stores with 1 700 activities each.
    max_data_bytes: int = 20 * 1024 * 1024
    max_attachment_bytes: int = 50 * 1024 * 1024  # the app's own limit for an evidence file
    max_total_bytes: int = 300 * 1024 * 1024
    # Real JSON compresses 5–30x; a zip bomb 1000x. Only checked past ``ratio_floor_bytes``.
    max_compression_ratio: int = 200
    ratio_floor_bytes: int = 1024 * 1024
    max_clock_entries: int = 1000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Manifest:
    export_id: str
    producer_device_id: str
    created_at: datetime
    app_version: str
    schema_version: int
    store_ids: tuple[str, ...]
    files: dict[str, tuple[str, int]]  # member name -> (sha256, size)
    record_counts: dict[str, int]


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def strict_decoder() -> json.JSONDecoder:
    """Rejects NaN/Infinity and duplicate keys (ValueError); nesting ends in RecursionError."""
    return json.JSONDecoder(parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys)


def loads_strict(raw: bytes | str, member: str) -> object:
    """UTF-8 JSON without NaN/Infinity, duplicate keys or absurd nesting; else ExchangeMalformed."""
    try:
        return strict_decoder().decode(raw if isinstance(raw, str) else raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        # ValueError covers JSONDecodeError and over-long integers (int_max_str_digits).
        raise ExchangeMalformed(f"{member}: {exc}"[:300], member=member, reason="json") from exc


def dumps_canonical(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def is_uuid(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _bad(reason: str) -> ExchangeMalformed:
    return ExchangeMalformed(f"{MANIFEST}: {reason}", member=MANIFEST, reason=reason)


def parse_manifest(raw: bytes) -> Manifest:
    """Check the manifest's shape and versions; refuse files from a newer app with ExchangeTooNew."""
    doc = loads_strict(raw, MANIFEST)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _bad("format")
    for key in ("format_version", "schema_version"):
        if type(doc.get(key)) is not int or doc[key] < 1:
            raise _bad(key)
    if doc["format_version"] > FORMAT_VERSION or doc["schema_version"] > SCHEMA_VERSION:
        raise ExchangeTooNew("made by a newer version", format_version=doc["format_version"],
                             schema_version=doc["schema_version"])
    producer = doc.get("producer")
    if not is_uuid(doc.get("export_id")) or not isinstance(producer, dict) \
            or not is_uuid(producer.get("device_id")):
        raise _bad("ids")
    try:  # the domain's rule: ISO with a time zone, 1900–2100 (a naive or year-1 time is shown)
        created_at = parse_timestamp(doc.get("created_at"), "created_at")
    except InvalidDate as exc:
        raise _bad("created_at") from exc
    app_version = doc.get("app_version")
    stores = doc.get("stores")
    files = doc.get("files")
    counts = doc.get("record_counts", {})
    if not isinstance(app_version, str) or len(app_version) > 40:
        raise _bad("app_version")
    if not isinstance(stores, list) or not all(is_uuid(s) for s in stores):
        raise _bad("stores")
    if not isinstance(files, dict) or DATA not in files:
        raise _bad("files")
    parsed_files: dict[str, tuple[str, int]] = {}
    for name, entry in files.items():
        if name in (MANIFEST, SIGNATURE) or not MEMBER_NAME.match(name) or not isinstance(entry, dict):
            raise _bad("files")
        digest, size = entry.get("sha256"), entry.get("size")
        if not isinstance(digest, str) or not SHA256_HEX.match(digest) or type(size) is not int \
                or size < 0:
            raise _bad("files")
        parsed_files[name] = (digest, size)
    if not isinstance(counts, dict) or not all(type(v) is int for v in counts.values()):
        raise _bad("record_counts")
    return Manifest(doc["export_id"], producer["device_id"], created_at, app_version,
                    doc["schema_version"], tuple(stores), parsed_files, dict(counts))


def build_manifest(*, export_id: str, device_id: str, created_at: datetime, app_version: str,
                   store_ids: list[str], files: dict[str, tuple[str, int]],
                   record_counts: dict[str, int]) -> bytes:
    doc = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": SCHEMA_VERSION,
        "app_version": app_version, "export_id": export_id,
        "producer": {"device_id": device_id}, "created_at": created_at.isoformat(),
        "stores": store_ids,
        "files": {name: {"sha256": digest, "size": size} for name, (digest, size) in files.items()},
        "record_counts": record_counts,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
