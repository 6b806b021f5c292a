"""The criteria catalogues the database knows: the bundled draft and files a county imports.

Each catalogue is stored as a snapshot of its exact text. Assessments keep the snapshot's sha256,
so an assessment always renders with the catalogue it was made with, whatever is imported later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from bygdeliv_desktop import paths
from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain.assessment_models import CatalogSnapshot
from bygdeliv_desktop.domain.criteria import (Catalogue, LocalText, catalogue_from_text,
                                              content_sha256, read_catalogue_file)
from bygdeliv_desktop.errors import CatalogOutdated, CatalogVersionConflict, RecordNotFound

BUNDLED_CATALOGUE = ("criteria", "bygdeliv-criteria-2025-draft.toml")


@dataclass(frozen=True)
class CatalogueInfo:
    """One stored catalogue, for lists and headers."""

    snapshot_id: str
    catalog_id: str
    version: int
    title: LocalText
    valid_from: dt.date
    draft: bool
    sha256: str
    origin: str
    file_name: str
    imported_at: dt.datetime


@dataclass(frozen=True)
class ImportResult:
    info: CatalogueInfo
    already_present: bool  # the very same file was imported before; nothing changed


def _info(snapshot: CatalogSnapshot) -> CatalogueInfo:
    catalogue = catalogue_from_text(snapshot.content)
    return CatalogueInfo(snapshot.id, snapshot.catalog_id, snapshot.catalog_version, catalogue.title,
                         catalogue.valid_from, catalogue.draft, snapshot.sha256, snapshot.origin,
                         snapshot.file_name, snapshot.imported_at)


def _live(query):
    return query.where(col(CatalogSnapshot.deleted_at).is_(None))


class CatalogueService:
    def __init__(self, database: Database, bundled_path: Path | None = None) -> None:
        self._db = database
        self._bundled_path = bundled_path
        self._bundled_checked = False  # once per session of the app is enough
        # A hash names one content for ever, so a parsed catalogue never goes stale.
        self._loaded: dict[str, Catalogue] = {}

    def load(self, sha256: str) -> Catalogue:
        """The catalogue with this content hash (as stored with an assessment)."""
        if sha256 in self._loaded:
            return self._loaded[sha256]
        with self._db.reader() as session:
            snapshot = session.exec(_live(select(CatalogSnapshot))
                                    .where(CatalogSnapshot.sha256 == sha256)).first()
        if snapshot is None:
            raise RecordNotFound(f"catalogue {sha256}", id=sha256)
        self._loaded[sha256] = catalogue_from_text(snapshot.content)
        return self._loaded[sha256]

    def list(self) -> list[CatalogueInfo]:
        """Every stored catalogue content once, newest import first. (Exchange files bring other
        machines' snapshots of the same content: one entry is enough.)"""
        self.ensure_bundled()
        with self._db.reader() as session:
            snapshots = session.exec(_live(select(CatalogSnapshot))
                                     .order_by(col(CatalogSnapshot.imported_at).desc())).all()
        unique = {}
        for snapshot in snapshots:
            unique.setdefault(snapshot.sha256, snapshot)
        return [_info(s) for s in unique.values()]

    def current(self) -> CatalogueInfo:
        """The catalogue new assessments use: the highest version, and of equal versions the one
        imported last (the bundled one at first). Not simply the newest import: a store's file
        made with an older catalogue may arrive after the county moved to a newer one."""
        return max(self.list(), key=lambda info: info.version)  # max keeps the first of equals

    def ensure_bundled(self) -> None:
        """Store the catalogue shipped with the app, unless the same or a newer one is stored."""
        if self._bundled_checked:
            return
        path = self._bundled_path or paths.resource(*BUNDLED_CATALOGUE)
        catalogue, text = read_catalogue_file(path)
        with self._db.transaction() as session:
            newest = self._newest(session, catalogue.id)
            if newest is None or newest.catalog_version < catalogue.version:
                session.add(self._snapshot(catalogue, text, path.name, "bundled"))
        self._bundled_checked = True

    def import_file(self, path: Path) -> ImportResult:
        """Check and store a catalogue file. Refuses a malformed file (CatalogError), a file older
        than the stored one with the same id (CatalogOutdated) and a file that reuses a stored
        version number for different content (CatalogVersionConflict)."""
        catalogue, text = read_catalogue_file(path)
        sha = content_sha256(text)
        self.ensure_bundled()
        with self._db.transaction() as session:
            same_version = session.exec(_live(select(CatalogSnapshot)).where(
                CatalogSnapshot.catalog_id == catalogue.id,
                CatalogSnapshot.catalog_version == catalogue.version)).first()
            if same_version is not None:
                if same_version.sha256 == sha:
                    return ImportResult(_info(same_version), already_present=True)
                raise CatalogVersionConflict(
                    f"{path.name}: {catalogue.id} version {catalogue.version} is stored already "
                    "with different content", file=path.name, catalog_id=catalogue.id,
                    version=catalogue.version)
            newest = self._newest(session, catalogue.id)
            if newest is not None and newest.catalog_version > catalogue.version:
                raise CatalogOutdated(
                    f"{path.name}: version {catalogue.version} is older than the stored "
                    f"version {newest.catalog_version}", file=path.name, catalog_id=catalogue.id,
                    version=catalogue.version, stored_version=newest.catalog_version)
            snapshot = self._snapshot(catalogue, text, path.name, "imported")
            session.add(snapshot)
        return ImportResult(_info(snapshot), already_present=False)

    @staticmethod
    def _newest(session: Session, catalog_id: str) -> CatalogSnapshot | None:
        return session.exec(_live(select(CatalogSnapshot))
                            .where(CatalogSnapshot.catalog_id == catalog_id)
                            .order_by(col(CatalogSnapshot.catalog_version).desc())).first()

    @staticmethod
    def _snapshot(catalogue: Catalogue, text: str, file_name: str, origin: str) -> CatalogSnapshot:
        return CatalogSnapshot(catalog_id=catalogue.id, catalog_version=catalogue.version,
                               sha256=content_sha256(text), content=text, file_name=file_name,
                               origin=origin)
