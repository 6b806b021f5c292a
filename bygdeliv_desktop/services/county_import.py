"""County mode: import every store's exchange file in a folder into the county's database.

One backup per batch (not one per file: 600 backups of a growing database would be slow and fill
the disk), taken just before the first file is written: a batch where every file is refused or
already known writes nothing, not even a backup. Then one transaction per file, so a broken file is refused and reported while
the others are imported. Re-running the folder is safe: files already imported are skipped by
their export id.

Sources are chosen by suffix in ``SOURCE_READERS``: exchange files are merged like any import;
signed summary PDFs are verified and their data.json kept as read (see county_summaries.py), with
the same trusted CA certificates as the exchange files' signatures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.db.backup import backup_database
from bygdeliv_desktop.domain.sync_state import SyncImport
from bygdeliv_desktop.errors import ExchangeRefused
from bygdeliv_desktop.db.attachment_store import attachments_dir
from bygdeliv_desktop.exchange.importer import apply_package, store_attachments
from bygdeliv_desktop.exchange.reader import read_package
from bygdeliv_desktop.exchange.package_format import DEFAULT_LIMITS, SUFFIX, Limits
from bygdeliv_desktop.exchange.signing import ManifestVerifier

# (database, file, verifier, limits, before_write) -> imported (False: known before).
SourceImporter = Callable[[Database, Path, ManifestVerifier | None, Limits, Callable[[], None]],
                          bool]


def _import_exchange_file(database: Database, path: Path, verifier: ManifestVerifier | None,
                          limits: Limits, before_write: Callable[[], None]) -> bool:
    """Check and merge one file, planning once (inside the transaction): nobody looks at a
    preview in a batch, and planning twice was a third of the time."""
    package = read_package(path, verifier, limits)
    with database.reader() as session:
        if session.get(SyncImport, package.manifest.export_id) is not None:
            return False  # imported before: nothing to plan or write
    before_write()
    store_attachments(package, attachments_dir(database.path.parent))
    with database.transaction(keep_versions=True) as session:
        plan = apply_package(session, package)
    return not plan.already_imported


def _import_summary_pdf(database: Database, path: Path, verifier: ManifestVerifier | None,
                        limits: Limits, before_write: Callable[[], None]) -> bool:
    from bygdeliv_desktop.services.county_summaries import import_summary
    from bygdeliv_desktop.signing.verify import load_trust_roots

    files = list(getattr(verifier, "trust_root_files", ()))
    return import_summary(database, path, load_trust_roots(files), before_write=before_write)


SOURCE_READERS: dict[str, SourceImporter] = {
    SUFFIX: _import_exchange_file,
    ".pdf": _import_summary_pdf,
}


@dataclass
class CountyImportReport:
    imported: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # already imported earlier
    refused: list[tuple[Path, ExchangeRefused]] = field(default_factory=list)
    backup: Path | None = None
    stopped: bool = False  # the user cancelled; the files before were imported


def import_folder(database: Database, folder: Path, verifier: ManifestVerifier | None = None,
                  limits: Limits = DEFAULT_LIMITS,
                  progress: Callable[[int, int, str], bool] | None = None) -> CountyImportReport:
    """Import every known source file in ``folder`` (not recursive), in name order.

    ``progress(done, total, name)`` is called before each file; when it returns False the batch
    stops there (files already imported stay imported: each is its own transaction).
    """
    report = CountyImportReport()
    sources = sorted(p for p in folder.iterdir()
                     if p.is_file() and p.suffix.lower() in SOURCE_READERS)
    if not sources:
        return report

    def before_write() -> None:
        if report.backup is None:
            report.backup = backup_database(database.path, "before-county-import")

    for done, path in enumerate(sources):
        if progress is not None and not progress(done, len(sources), path.name):
            report.stopped = True
            break
        try:
            applied = SOURCE_READERS[path.suffix.lower()](database, path, verifier, limits,
                                                           before_write)
        except ExchangeRefused as refusal:
            report.refused.append((path, refusal))
            continue
        (report.imported if applied else report.skipped).append(path)
    return report
