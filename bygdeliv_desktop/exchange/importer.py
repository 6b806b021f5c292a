"""Import use case: preview first, then one transaction after an automatic backup.

``preview_import`` reads and checks the file and plans the merge without writing anything.
``apply_import`` backs the database up, then re-plans and writes inside one transaction, so the
plan always matches the data it is applied to. A crash anywhere leaves the database as it was (SQLite
rolls the transaction back), and re-running gives the same result; a file already imported (same
export id) is reported and changes nothing.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.db.attachment_store import attachments_dir, fsync_dir, sha256_of
from bygdeliv_desktop.db.backup import backup_database
from bygdeliv_desktop.domain.assessment_models import AttachmentFile
from bygdeliv_desktop.domain.sync_state import SyncClock, SyncConflict, SyncImport
from bygdeliv_desktop.exchange import clock as clocks
from bygdeliv_desktop.exchange.codec import registry
from bygdeliv_desktop.exchange.merge import ImportPlan, Planned, plan_import
from bygdeliv_desktop.exchange.package_format import DEFAULT_LIMITS, Limits
from bygdeliv_desktop.exchange.reader import ExchangePackage, read_package
from bygdeliv_desktop.exchange.signing import UNSIGNED, ManifestVerifier


@dataclass
class ImportPreview:
    package: ExchangePackage
    plan: ImportPlan


@dataclass(frozen=True)
class ImportResult:
    export_id: str
    applied: bool  # False when the file had been imported before
    plan: ImportPlan
    backup: Path | None


def _already_imported(session: Session, export_id: str) -> bool:
    return session.get(SyncImport, export_id) is not None


def preview_import(database: Database, path: Path, verifier: ManifestVerifier | None = None,
                   limits: Limits = DEFAULT_LIMITS) -> ImportPreview:
    """Check ``path`` and say what an import would do. Raises ExchangeRefused; writes nothing."""
    package = read_package(path, verifier, limits)
    with database.reader() as session:
        if _already_imported(session, package.manifest.export_id):
            # Nothing will change: skip planning (a county re-run of 600 files stays quick).
            return ImportPreview(package, ImportPlan(package.manifest.export_id, True))
        plan = plan_import(session, package, already_imported=False)
    return ImportPreview(package, plan)


def _write(session: Session, item: Planned, package: ExchangePackage,
           new_rows: dict[str, list[dict]], new_clocks: list[dict]) -> None:
    """Apply one planned record. New rows (most of a first import) are collected for one bulk
    INSERT per table: building ORM objects for tens of thousands of rows costs more than the
    database work itself."""
    record = item.record
    if item.result is None:
        return
    if item.local is None:
        new_rows.setdefault(record.table, []).append(item.result)
    else:
        for name, value in item.result.items():
            if getattr(item.local, name) != value:
                setattr(item.local, name, value)
    if item.stored is None:
        new_clocks.append({"table_name": record.table, "record_id": record.values["id"],
                           "clock": json.dumps(item.clock, sort_keys=True),
                           "seen_version": item.result["version"]})
    else:
        clocks.store(session, item.stored, record.table, record.values["id"], item.clock,
                     item.result["version"])
    if item.conflict is not None:
        conflict = item.conflict
        session.add(SyncConflict(
            table_name=conflict.table, record_id=conflict.record_id,
            export_id=package.manifest.export_id,
            peer_device_id=package.manifest.producer_device_id,
            winning_version=conflict.winner_version, losing_version=conflict.loser_version,
            losing_data=json.dumps(conflict.loser_json, ensure_ascii=False, sort_keys=True)))


def _insert_new(session: Session, new_rows: dict[str, list[dict]]) -> None:
    models = registry()
    for table, rows in new_rows.items():
        if rows:
            session.execute(insert(models[table].__table__), rows)
    new_rows.clear()


def apply_package(session: Session, package: ExchangePackage) -> ImportPlan:
    """Merge ``package`` inside the caller's transaction (opened with keep_versions=True)."""
    export_id = package.manifest.export_id
    if _already_imported(session, export_id):
        return plan_import(session, package, already_imported=True)
    clocks.device_id(session)  # made now, so the clocks stored below have a local device to count
    plan = plan_import(session, package, already_imported=False)
    current_table = None
    new_rows: dict[str, list[dict]] = {}
    new_clocks: list[dict] = []
    for item in plan.items:  # ordered parents first
        if item.record.table != current_table:
            # Parents must be in the table before their children: write each table's new rows
            # (and flush its changed ones) before the next table starts.
            _insert_new(session, new_rows)
            session.flush()
            current_table = item.record.table
        _write(session, item, package, new_rows, new_clocks)
    _insert_new(session, new_rows)
    if new_clocks:
        session.execute(insert(SyncClock.__table__), new_clocks)
    signer = package.signer
    session.add(SyncImport(
        export_id=export_id, producer_device_id=package.manifest.producer_device_id,
        file_name=package.path.name[:255], file_sha256=package.file_sha256,
        signature_status=signer.status if signer else UNSIGNED,
        signer=(f"{signer.subject} {signer.organization_id}".strip()[:300] if signer else ""),
        store_ids=json.dumps([store_id for store_id, _ in plan.stores])))
    return plan


def store_attachments(package: ExchangePackage, folder: Path) -> int:
    """Write the file's attachments into ``folder`` (temp file, fsync, rename); returns how many.

    Called before the database transaction: content-addressed files nobody refers to yet are
    harmless if the import then fails, while a committed record whose file never arrived is not.
    Names come from checked records (hash + short suffix), never from the zip.
    """
    written = 0
    for item in package.tables.get(AttachmentFile.__table__.name, []):
        sha, name = item.values["sha256"], item.values["stored_name"]
        content = package.attachments.get(sha)
        target = folder / name
        if content is None or (target.is_file() and sha256_of(target) == sha):
            continue
        folder.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=folder, prefix=".incoming-", delete=False)
        try:
            with handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(handle.name, target)
        except BaseException:
            Path(handle.name).unlink(missing_ok=True)
            raise
        written += 1
    if written:
        fsync_dir(folder)
    return written


def apply_import(database: Database, preview: ImportPreview, backup: bool = True,
                 attachments_folder: Path | None = None) -> ImportResult:
    """Back up, store the attachment files, then merge in one transaction. ``backup=False`` is for
    batch callers that made one."""
    package = preview.package
    if preview.plan.already_imported:
        return ImportResult(package.manifest.export_id, False, preview.plan, None)
    backup_path = backup_database(database.path, "before-import") if backup else None
    store_attachments(package, attachments_folder or attachments_dir(database.path.parent))
    with database.transaction(keep_versions=True) as session:
        plan = apply_package(session, package)
    return ImportResult(package.manifest.export_id, not plan.already_imported, plan, backup_path)


def import_file(database: Database, path: Path, verifier: ManifestVerifier | None = None,
                limits: Limits = DEFAULT_LIMITS) -> ImportResult:
    """Preview and apply in one call (tests, CLI with --yes, county batch)."""
    return apply_import(database, preview_import(database, path, verifier, limits))
