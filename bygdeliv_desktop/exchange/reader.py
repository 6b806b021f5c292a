"""Read a ``.bygdeliv`` file that may be broken or hostile. Nothing is written anywhere.

Order matters: container checks (size, zip, names, declared sizes, nothing before or after the
zip) → manifest → signature over the manifest → every member read in chunks under a hard cap with
its SHA-256 checked (data.json under ``Limits.max_data_bytes``) → strict JSON, walked one record at
a time → every record checked against its table's columns → the manifest's record counts and store
list against data.json, every record under a listed store (``package_checks``) → the signer
against the stores' organisation numbers, and ``require_trusted``. Never ``extractall``; names
come from an allowlist. Attachments are hashed as they stream past and read again when stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import stat
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bygdeliv_desktop.errors import (
    ExchangeBadMember, ExchangeBadSignature, ExchangeHashMismatch, ExchangeMalformed,
    ExchangeNotZip, ExchangeTooLarge)
from bygdeliv_desktop.exchange.codec import decode, encode_values, registry
from bygdeliv_desktop.exchange.content_checks import CHECKS
from bygdeliv_desktop.exchange.data_stream import TABLE, walk
from bygdeliv_desktop.exchange.package_checks import check_against_manifest, store_org_numbers
from bygdeliv_desktop.exchange.package_format import (
    ATTACHMENT_PREFIX, DATA, DEFAULT_LIMITS, MANIFEST, MEMBER_NAME, SIGNATURE, Limits, Manifest,
    is_uuid, parse_manifest)
from bygdeliv_desktop.exchange.signing import (
    OTHER_ORG, CmsManifestVerifier, ManifestVerifier, SignerInfo)

READ_CHUNK = 64 * 1024
LOCAL_HEADER = b"PK\x03\x04"
END_RECORD = b"PK\x05\x06"
END_RECORD_SIZE = 22  # without a comment: our files never carry one
SHAREABLE = (dt.date,)  # keyed by type: a date is never equal to a datetime by accident


@dataclass(frozen=True, slots=True)
class IncomingRecord:
    table: str
    values: dict  # decoded column values
    clock: dict[str, int]

    @property
    def raw(self) -> dict:
        """The record as JSON (the file's JSON is not kept: it would double the memory)."""
        return encode_values(self.values)


class ZipAttachments(Mapping):
    """The file's attachments, sha256 -> content, read from the zip one at a time when asked for
    (checked against the hash again then): holding them all would make memory grow with the
    file."""

    def __init__(self, path: Path, members: dict[str, str], limits: Limits) -> None:
        self._path, self._members, self._limits = path, members, limits  # sha -> member name

    def __getitem__(self, sha: str) -> bytes:
        name = self._members[sha]
        try:
            with zipfile.ZipFile(self._path) as archive:
                info = archive.getinfo(name)
                content = _read_member(archive, info, self._limits.max_attachment_bytes,
                                       self._limits)
        except KeyError as exc:
            raise ExchangeHashMismatch(f"{name} is gone from the file", member=name) from exc
        except (OSError, zipfile.BadZipFile) as exc:  # moved, deleted or replaced since the preview
            raise ExchangeNotZip(f"{self._path.name}: {exc}", reason="unreadable") from exc
        if hashlib.sha256(content).hexdigest() != sha:
            raise ExchangeHashMismatch(f"{name} changed after it was checked", member=name)
        return content

    def __iter__(self) -> Iterator[str]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)


@dataclass
class ExchangePackage:
    """A fully checked exchange file: records in memory, attachments read on demand."""

    path: Path
    file_sha256: str
    manifest: Manifest
    signer: SignerInfo | None
    tables: dict[str, list[IncomingRecord]] = field(default_factory=dict)
    attachments: Mapping[str, bytes] = field(default_factory=dict)  # sha256 -> checked content
    store_ids: tuple[str, ...] = ()  # every store the file's records belong to


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int,
            limits: Limits) -> Iterator[bytes]:
    """Stream one member, stopping one byte past ``cap``: declared sizes are never trusted."""
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
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ExchangeNotZip(f"{info.filename}: {exc}", member=info.filename,
                             reason="corrupt") from exc
    except NotImplementedError as exc:  # unsupported compression method
        raise ExchangeBadMember(str(exc), member=info.filename, reason="compression") from exc


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, limits: Limits) -> bytes:
    content = bytearray()
    for chunk in _chunks(archive, info, cap, limits):
        content += chunk
    return bytes(content)


def _check_container(path: Path, size: int) -> None:
    """Nothing before the first local header and nothing after the end record: a file that is also
    a PDF, an image or a program (a polyglot) is not ours, whatever zipfile makes of it."""
    with path.open("rb") as handle:
        head = handle.read(4)
        handle.seek(max(size - END_RECORD_SIZE, 0))
        tail = handle.read(END_RECORD_SIZE)
    if head != LOCAL_HEADER or not (tail[:4] == END_RECORD and tail[20:22] == b"\0\0"):
        raise ExchangeNotZip("bytes before the first zip entry or after the end record",
                             reason="polyglot")


def _check_entries(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise ExchangeTooLarge(f"{len(infos)} entries", reason="entries", limit=limits.max_entries)
    if infos and min(info.header_offset for info in infos) != 0:
        raise ExchangeNotZip("the first zip entry does not start the file", reason="polyglot")
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
        if name == DATA and info.file_size > limits.max_data_bytes:
            raise _data_too_large(limits)
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


def _data_too_large(limits: Limits) -> ExchangeTooLarge:
    megabytes = limits.max_data_bytes // (1024 * 1024)
    return ExchangeTooLarge(f"data.json er større enn grensen på {megabytes} MB", member=DATA,
                            reason="data", limit_mb=megabytes)


def _member_cap(name: str, limits: Limits) -> int:
    if name == DATA:
        return limits.max_data_bytes
    if name.startswith(ATTACHMENT_PREFIX):
        return limits.max_attachment_bytes
    return limits.max_member_bytes


def _check_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, expected: str,
                  expected_size: int, limits: Limits, keep: bool) -> bytearray | None:
    """Read one listed member under its cap, check size and SHA-256; return it when ``keep``."""
    name = info.filename
    cap = _member_cap(name, limits)
    digest, total = hashlib.sha256(), 0
    content = bytearray() if keep else None
    try:
        for chunk in _chunks(archive, info, min(expected_size, cap), limits):
            digest.update(chunk)
            total += len(chunk)
            if content is not None:
                content += chunk
    except ExchangeTooLarge as exc:
        if exc.params.get("reason") == "ratio":
            raise
        if expected_size <= cap:
            raise ExchangeHashMismatch(f"{name} is longer than the manifest says",
                                       member=name) from exc
        raise _data_too_large(limits) if name == DATA else exc
    if total != expected_size or digest.hexdigest() != expected:
        raise ExchangeHashMismatch(f"{name} does not match the manifest", member=name)
    if name.startswith(ATTACHMENT_PREFIX) and name != ATTACHMENT_PREFIX + expected:
        raise ExchangeHashMismatch(f"{name} is not named by its hash", member=name)
    return content  # a bytearray: copying it to bytes would double the peak for data.json


def _shared(values: dict, cache: dict) -> None:
    """One object for equal short texts, dates and times across records (store ids, kinds, the
    same day): they are immutable, and a file repeats them tens of thousands of times."""
    for name, value in values.items():
        kind = type(value)
        if name != "id" and (kind in SHAREABLE or kind is str and len(value) <= 40):
            values[name] = cache.setdefault((kind, value), value)


def _check_clock(clock: object, where: str, limits: Limits) -> dict[str, int]:
    if not isinstance(clock, dict) or not 0 < len(clock) <= limits.max_clock_entries or \
            not all(is_uuid(k) and type(v) is int and 0 < v < 2**62 for k, v in clock.items()):
        raise ExchangeMalformed(f"{where}: bad clock", member=DATA, reason="clock")
    return clock


def _records(text: str, limits: Limits) -> dict[str, list[IncomingRecord]]:
    """Check every record as data.json is walked: only the checked records stay in memory."""
    models = registry()
    result: dict[str, list[IncomingRecord]] = {}
    cache: dict = {}
    table, records, seen = "", [], set()
    for event, value in walk(text):
        if event == TABLE:
            if value not in models:
                raise ExchangeMalformed(f"data.json: unknown table {value[:40]!r}", member=DATA,
                                        reason="table")
            table, records, seen = value, [], set()
            result[table] = records
            continue
        where = f"{table}[{len(records)}]"
        if not isinstance(value, dict) or set(value) != {"record", "clock"}:
            raise ExchangeMalformed(f"{where}: expected record and clock", member=DATA,
                                    reason="layout")
        values = decode(models[table], value["record"], where)
        if table in CHECKS:
            CHECKS[table](values, where)
        clock = _check_clock(value["clock"], where, limits)
        if values["id"] in seen:
            raise ExchangeMalformed(f"{where}: id appears twice", member=DATA,
                                    reason="duplicate_id")
        seen.add(values["id"])
        _shared(values, cache)
        records.append(IncomingRecord(table, values, clock))
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
        _check_container(path, size)
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
        attachments = {}
        for name, (expected, expected_size) in manifest.files.items():
            if name != DATA:  # attachments: hashed as they stream past, read again when stored
                _check_member(archive, entries[name], expected, expected_size, limits, keep=False)
                attachments[expected] = name
        data = _check_member(archive, entries[DATA], *manifest.files[DATA], limits, keep=True)
    text = _utf8(data)
    del data
    tables = _records(text, limits)
    del text
    store_ids = check_against_manifest(manifest, tables)
    if signer is not None:
        signer = signer.judged(store_org_numbers(tables))
    _check_trust(verifier, signer)
    return ExchangePackage(path, digest.hexdigest(), manifest, signer, tables,
                           ZipAttachments(path, attachments, limits), store_ids)


def _utf8(data: bytearray) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExchangeMalformed(f"{DATA}: {exc}"[:300], member=DATA, reason="json") from exc


def _check_trust(verifier: ManifestVerifier | None, signer: SignerInfo | None) -> None:
    """``--trust`` (require_trusted): only files signed by a trusted certificate for these stores.
    The details are the user's text (bokmål); ``reason`` picks the GUI's."""
    if not getattr(verifier, "require_trusted", False):
        return
    if signer is None:
        raise ExchangeBadSignature("filen er ikke signert, og bare signerte filer fra klarerte "
                                   "utstedere godtas", reason="unsigned")
    if not signer.trusted:
        raise ExchangeBadSignature(f"underskriveren «{signer.subject}» er ikke utstedt av en "
                                   "klarert utsteder", reason="untrusted", signer=signer.subject)
    if signer.stores == OTHER_ORG:
        org = signer.org_number or "ukjent"
        stores = ", ".join(o or "uten org.nr." for o in signer.store_orgs) or "–"
        raise ExchangeBadSignature(
            f"sertifikatet tilhører org.nr. {org}, ikke butikken(e) i filen ({stores})",
            reason="other_org", signer=signer.subject, org=org, stores=stores)
