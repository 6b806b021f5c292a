"""Read a ``.bygdeliv`` file that may be broken or hostile. Nothing is written anywhere.

Order matters: container checks (size, zip, names, declared sizes) → manifest → signature over the
manifest → every member read in chunks under a hard cap with its SHA-256 checked → strict JSON →
every record checked against its table's columns. Never ``extractall``; names come from an allowlist.
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from bygdeliv_desktop.errors import (
    ExchangeBadMember, ExchangeHashMismatch, ExchangeMalformed, ExchangeNotZip, ExchangeTooLarge)
from bygdeliv_desktop.exchange.codec import decode, registry
from bygdeliv_desktop.exchange.content_checks import CHECKS
from bygdeliv_desktop.exchange.package_format import (
    ATTACHMENT_PREFIX, DATA, DEFAULT_LIMITS, MANIFEST, MEMBER_NAME, SIGNATURE, Limits, Manifest, is_uuid, loads_strict,
    parse_manifest)
from bygdeliv_desktop.exchange.signing import CmsManifestVerifier, ManifestVerifier, SignerInfo

READ_CHUNK = 64 * 1024


@dataclass(frozen=True)
class IncomingRecord:
    table: str
    values: dict  # decoded column values
    raw: dict  # the record as JSON, kept for the conflict list
    clock: dict[str, int]


@dataclass
class ExchangePackage:
    """A fully checked exchange file, held in memory."""

    path: Path
    file_sha256: str
    manifest: Manifest
    signer: SignerInfo | None
    tables: dict[str, list[IncomingRecord]] = field(default_factory=dict)
    attachments: dict[str, bytes] = field(default_factory=dict)  # sha256 -> checked file content


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, limits: Limits) -> bytes:
    """Stream one member, stopping one byte past ``cap``: declared sizes are never trusted."""
    parts: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(min(READ_CHUNK, cap + 1 - total))
                if not chunk:
                    break
                total += len(chunk)
                if total > cap:
                    raise ExchangeTooLarge(f"{info.filename} exceeds {cap} bytes",
                                           member=info.filename, limit=cap)
                if total > limits.ratio_floor_bytes and \
                        total > limits.max_compression_ratio * max(info.compress_size, 1):
                    raise ExchangeTooLarge(f"{info.filename}: compression ratio too high",
                                           member=info.filename, reason="ratio")
                parts.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ExchangeNotZip(f"{info.filename}: {exc}", member=info.filename,
                             reason="corrupt") from exc
    except NotImplementedError as exc:  # unsupported compression method
        raise ExchangeBadMember(str(exc), member=info.filename, reason="compression") from exc
    return b"".join(parts)


def _check_entries(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise ExchangeTooLarge(f"{len(infos)} entries", reason="entries", limit=limits.max_entries)
    entries: dict[str, zipfile.ZipInfo] = {}
    declared = 0
    for info in infos:
        name = info.filename
        if not MEMBER_NAME.match(name):
            raise ExchangeBadMember(f"unexpected member {name[:100]!r}", member=name[:100],
                                    reason="name")
        if name in entries:
            raise ExchangeBadMember(f"duplicate member {name}", member=name, reason="duplicate")
        if info.flag_bits & 0x1:
            raise ExchangeBadMember(f"encrypted member {name}", member=name, reason="encrypted")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise ExchangeBadMember(f"symlink member {name}", member=name, reason="symlink")
        if info.file_size > limits.max_member_bytes:
            raise ExchangeTooLarge(f"{name} declares {info.file_size} bytes", member=name)
        declared += info.file_size
        entries[name] = info
    if declared > limits.max_total_bytes:
        raise ExchangeTooLarge(f"declared total {declared} bytes", reason="total")
    for required in (MANIFEST, DATA):
        if required not in entries:
            raise ExchangeBadMember(f"{required} is missing", member=required, reason="missing")
    return entries


def _records(doc: object, limits: Limits) -> dict[str, list[IncomingRecord]]:
    models = registry()
    if not isinstance(doc, dict) or set(doc) != {"tables"} or not isinstance(doc["tables"], dict):
        raise ExchangeMalformed("data.json: expected {\"tables\": {...}}", member=DATA,
                                reason="layout")
    unknown = sorted(set(doc["tables"]) - set(models))
    if unknown:
        raise ExchangeMalformed(f"data.json: unknown tables {unknown[:5]}", member=DATA,
                                reason="table")
    result: dict[str, list[IncomingRecord]] = {}
    for table, items in doc["tables"].items():
        if not isinstance(items, list):
            raise ExchangeMalformed(f"{table}: expected a list", member=DATA, reason="layout")
        seen: set[str] = set()
        records = []
        for index, item in enumerate(items):
            where = f"{table}[{index}]"
            if not isinstance(item, dict) or set(item) != {"record", "clock"}:
                raise ExchangeMalformed(f"{where}: expected record and clock", member=DATA,
                                        reason="layout")
            values = decode(models[table], item["record"], where)
            if table in CHECKS:
                CHECKS[table](values, where)
            clock = item["clock"]
            if not isinstance(clock, dict) or not 0 < len(clock) <= limits.max_clock_entries or \
                    not all(is_uuid(k) and type(v) is int and 0 < v < 2**62
                            for k, v in clock.items()):
                raise ExchangeMalformed(f"{where}: bad clock", member=DATA, reason="clock")
            if values["id"] in seen:
                raise ExchangeMalformed(f"{where}: id appears twice", member=DATA,
                                        reason="duplicate_id")
            seen.add(values["id"])
            records.append(IncomingRecord(table, values, item["record"], dict(clock)))
        result[table] = records
    return result


def read_package(path: Path, verifier: ManifestVerifier | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> ExchangePackage:
    """Open, check and parse ``path``; raise an ExchangeRefused subclass on the first problem."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExchangeNotZip(str(exc), reason="unreadable") from exc
    if size > limits.max_file_bytes:
        raise ExchangeTooLarge(f"{size} bytes", reason="file", limit=limits.max_file_bytes)
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ExchangeNotZip(str(exc), reason="not_zip") from exc
    with archive:
        entries = _check_entries(archive, limits)
        manifest_bytes = _read_member(archive, entries[MANIFEST], limits.max_manifest_bytes, limits)
        manifest = parse_manifest(manifest_bytes)
        signer = None
        if SIGNATURE in entries:
            signature = _read_member(archive, entries[SIGNATURE], limits.max_signature_bytes, limits)
            signer = (verifier or CmsManifestVerifier()).verify_manifest(manifest_bytes, signature)
        listed = set(manifest.files)
        present = set(entries) - {MANIFEST, SIGNATURE}
        if listed != present:
            odd = sorted(listed ^ present)[0]
            raise ExchangeBadMember(f"{odd} is not both listed and present", member=odd,
                                    reason="not_listed")
        payloads = {}
        for name, (expected, expected_size) in manifest.files.items():
            cap = min(expected_size, limits.max_member_bytes)
            try:
                payload = _read_member(archive, entries[name], cap, limits)
            except ExchangeTooLarge as exc:
                if exc.params.get("reason") == "ratio" or cap < expected_size:
                    raise
                raise ExchangeHashMismatch(f"{name} is longer than the manifest says",
                                           member=name) from exc
            if len(payload) != expected_size or hashlib.sha256(payload).hexdigest() != expected:
                raise ExchangeHashMismatch(f"{name} does not match the manifest", member=name)
            if name.startswith(ATTACHMENT_PREFIX) and name != ATTACHMENT_PREFIX + expected:
                raise ExchangeHashMismatch(f"{name} is not named by its hash", member=name)
            payloads[name] = payload
    tables = _records(loads_strict(payloads.pop(DATA), DATA), limits)
    attachments = {name[len(ATTACHMENT_PREFIX):]: payload for name, payload in payloads.items()}
    return ExchangePackage(path, digest.hexdigest(), manifest, signer, tables, attachments)
