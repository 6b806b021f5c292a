"""Export one store, several stores, or everything to a ``.bygdeliv`` file, written atomically."""

from __future__ import annotations

import hashlib
import os
import tempfile
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from bygdeliv_desktop import __version__
from bygdeliv_desktop.db import Database
from bygdeliv_desktop.db.attachment_store import attachments_dir, sha256_of
from bygdeliv_desktop.domain.assessment_models import AttachmentFile
from bygdeliv_desktop.domain.models import Store, SyncedRecord, utc_now
from bygdeliv_desktop.errors import RecordNotFound
from bygdeliv_desktop.exchange import clock as clocks
from bygdeliv_desktop.exchange.codec import encode, parent_links, registry
from bygdeliv_desktop.exchange.package_format import (
    ATTACHMENT_PREFIX, DATA, MANIFEST, SIGNATURE, build_manifest, dumps_canonical)
from bygdeliv_desktop.exchange.signing import ManifestSigner, NoSigner


@dataclass(frozen=True)
class ExportResult:
    path: Path
    export_id: str
    record_counts: dict[str, int]
    signed: bool
    missing_attachments: tuple[str, ...] = ()  # original names of files not found on this machine


def _selected(session: Session, model: type[SyncedRecord], chosen: dict[str, set[str]],
              store_ids: set[str] | None) -> list[SyncedRecord]:
    """Rows of ``model`` that belong to the chosen stores, tombstones included.

    A row belongs to a store through its first non-nullable link to a synced parent, followed
    recursively (store → assessment → answer works the same as store → activity).
    """
    if store_ids is None:
        return list(session.exec(select(model)))
    if model is Store:
        return _where_in(session, model, "id", store_ids)
    links = [link for link in parent_links(model) if not link.nullable]
    if not links:
        return list(session.exec(select(model)))  # shared data with no owner: goes with every export
    link = next((lk for lk in links if lk.parent_table == Store.__table__.name), links[0])
    return _where_in(session, model, link.column, chosen.get(link.parent_table, set()))


def _where_in(session: Session, model: type[SyncedRecord], column: str,
              values: set[str]) -> list[SyncedRecord]:
    ordered = sorted(values)
    rows: list[SyncedRecord] = []
    for start in range(0, len(ordered), clocks.CHUNK):
        chunk = ordered[start:start + clocks.CHUNK]
        rows.extend(session.exec(select(model).where(col(getattr(model, column)).in_(chunk))))
    return rows


def _collect(session: Session, store_ids: set[str] | None) -> tuple[dict, dict[str, int]]:
    me = clocks.device_id(session)
    tables: dict[str, list[dict]] = {}
    chosen: dict[str, set[str]] = {}
    for name, model in registry().items():
        rows = _selected(session, model, chosen, store_ids)
        chosen[name] = {row.id for row in rows}
        stored = clocks.load_stored(session, name, chosen[name])
        tables[name] = [{"record": encode(row),
                         "clock": clocks.local_clock(stored.get(row.id), row.version, me)}
                        for row in sorted(rows, key=lambda r: r.id)]
    return {"tables": tables}, {name: len(rows) for name, rows in tables.items()}


def _attachment_members(data: dict, folder: Path) -> tuple[list[tuple[str, Path]], list[str]]:
    """The live attachments' files, once per hash; files gone or changed here are left out (the
    receiver then sees the attachment as missing, as this machine does) and named in the result."""
    members: dict[str, Path] = {}
    missing: list[str] = []
    for item in data["tables"].get(AttachmentFile.__table__.name, []):
        record = item["record"]
        if record["deleted_at"] is not None or record["sha256"] in members:
            continue
        path = folder / record["stored_name"]
        if path.is_file() and sha256_of(path) == record["sha256"]:
            members[record["sha256"]] = path
        else:
            missing.append(record["original_name"])
    return sorted(members.items()), missing


def _write_atomically(out: Path, members: list[tuple[str, bytes | Path]]) -> None:
    """Temp file in the target folder, fsync, then rename: a crash never leaves a half file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(dir=out.parent, prefix=f".{out.name}.", suffix=".partial",
                                         delete=False)
    try:
        with handle, zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, payload in members:
                if isinstance(payload, Path):  # attachments: streamed, never held in memory whole
                    archive.write(payload, name)
                else:
                    archive.writestr(name, payload)
        with open(handle.name, "rb") as written:
            os.fsync(written.fileno())
        os.replace(handle.name, out)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def export_file(database: Database, out: Path, store_ids: Sequence[str] | None = None,
                signer: ManifestSigner | None = None,
                attachments_folder: Path | None = None) -> ExportResult:
    """Write the chosen stores (None = everything) with all their records and attachment files
    (from ``attachments_folder``, by default the one beside the database) to ``out``."""
    with database.transaction() as session:  # a write only the first time: the device id
        wanted = None if store_ids is None else set(store_ids)
        if wanted is not None:
            found = set(session.exec(select(Store.id).where(col(Store.id).in_(wanted))))
            for missing in sorted(wanted - found):
                raise RecordNotFound(f"Store {missing}", id=missing)
        device = clocks.device_id(session)
        data, counts = _collect(session, wanted)
    data_bytes = dumps_canonical(data)
    files, missing = _attachment_members(data, attachments_folder
                                         or attachments_dir(database.path.parent))
    listed = {DATA: (hashlib.sha256(data_bytes).hexdigest(), len(data_bytes))}
    listed.update({ATTACHMENT_PREFIX + sha: (sha, path.stat().st_size) for sha, path in files})
    export_id = str(uuid.uuid4())
    stores = sorted(item["record"]["id"] for item in data["tables"][Store.__table__.name])
    manifest = build_manifest(
        export_id=export_id, device_id=device, created_at=utc_now(), app_version=__version__,
        store_ids=stores, files=listed, record_counts=counts)
    signature = (signer or NoSigner()).sign_manifest(manifest)
    members: list[tuple[str, bytes | Path]] = [(MANIFEST, manifest), (DATA, data_bytes)]
    members += [(ATTACHMENT_PREFIX + sha, path) for sha, path in files]
    if signature is not None:
        members.insert(1, (SIGNATURE, signature))
    _write_atomically(out, members)
    return ExportResult(out, export_id, counts, signature is not None, tuple(missing))
