"""Typed errors with enough detail for the UI to tell the user what happened.

Messages are carried as *codes* plus parameters; the UI turns them into translated text
(see ``ui/messages.py``), so this module stays free of Qt and of any one language.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field


class BygdelivError(Exception):
    """Base of every error the user may be shown."""

    code = "error"

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params = params


@dataclass(frozen=True)
class FieldError:
    """One invalid field: ``code`` names the rule, ``params`` fill in the message."""

    field: str
    code: str
    params: dict = field(default_factory=dict)


class ValidationError(BygdelivError):
    """One or more fields are invalid; nothing was saved."""

    code = "validation"

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


class RecordNotFound(BygdelivError):
    code = "not_found"


class DatabaseError(BygdelivError):
    """The database file cannot be used; the file was not changed."""


class NotADatabase(DatabaseError):
    code = "db.not_sqlite"


class DatabaseTooNew(DatabaseError):
    code = "db.too_new"


class DatabaseLocked(DatabaseError):
    code = "db.locked"


class CatalogError(BygdelivError):
    """A shipped or imported data file is malformed."""

    code = "catalog.invalid"


class SigningError(BygdelivError):
    """The signing identity cannot be used as asked; no file was written."""

    code = "signing.error"


class NoSigningIdentity(SigningError):
    code = "signing.no_identity"


class SigningIdentityExists(SigningError):
    code = "signing.identity_exists"


class WrongPassphrase(SigningError):
    code = "signing.wrong_passphrase"


class CertificateMismatch(SigningError):
    """The certificate does not belong to this identity's private key."""

    code = "signing.certificate_mismatch"


class CertificateExpired(SigningError):
    code = "signing.certificate_expired"


class CertificateInvalid(SigningError):
    """A certificate, request or PKCS#12 file cannot be read or does not chain as it should."""

    code = "signing.certificate_invalid"


class ReportError(BygdelivError):
    """The summary PDF could not be produced; no output file was written."""

    code = "report.error"


class DatabaseDamaged(DatabaseError):
    """``quick_check``/``integrity_check`` found damage; nothing was repaired or deleted."""

    code = "db.damaged"


class StorageError(BygdelivError):
    """A write failed; the transaction was rolled back and the database is unchanged."""

    code = "storage.write_failed"


class StorageFull(StorageError):
    code = "storage.full"


class StorageReadOnly(StorageError):
    code = "storage.read_only"


class BackupError(BygdelivError):
    """A backup could not be made, read or restored; the live database was not changed."""

    code = "backup.failed"


class BackupDamaged(BackupError):
    code = "backup.damaged"


class BackupIncomplete(BackupError):
    """The backup lacks attachment files its manifest lists."""

    code = "backup.incomplete"


class UnsafeLocation(BygdelivError):
    """The data folder is somewhere SQLite cannot be kept safely."""

    code = "location.unsafe"


class LocationOnNetwork(UnsafeLocation):
    code = "location.network"


class LocationCloudSynced(UnsafeLocation):
    code = "location.cloud_synced"


class LocationReadOnly(UnsafeLocation):
    code = "location.read_only"


class AnotherInstanceRunning(BygdelivError):
    """Another running copy of the app holds this data file."""

    code = "instance.running"


class InstanceLockFailed(BygdelivError):
    """The lock file could not be created (e.g. no permission); nothing was opened."""

    code = "instance.lock_failed"


class OperationCancelled(BygdelivError):
    """The user cancelled a long operation before it wrote anything."""

    code = "cancelled"


class FileUnreadable(BygdelivError):
    """A file the user chose cannot be read (params: path, reason)."""

    code = "file.unreadable"


class FileMissing(FileUnreadable):
    code = "file.missing"


class FileNoAccess(FileUnreadable):
    """No permission to read or write the file or folder (params: path, reason)."""

    code = "file.no_access"


class FileIsFolder(FileUnreadable):
    code = "file.is_folder"


class FileNotFolder(FileUnreadable):
    """A folder was expected (or a part of the path is a file)."""

    code = "file.not_folder"


class BadText(BygdelivError):
    """Input text that is not valid Unicode (a lone surrogate, undecodable bytes)."""

    code = "input.bad_text"


class OutOfRange(BygdelivError):
    """A date, time or number outside what can be represented (e.g. a time zone overflow)."""

    code = "input.out_of_range"


class FileUnwritable(BygdelivError):
    """The output file cannot be written where the user asked (params: path, reason)."""

    code = "file.unwritable"


class CatalogVersionConflict(CatalogError):
    """A catalogue with this id and version is stored already, with different content."""

    code = "catalog.version_conflict"


class CatalogOutdated(CatalogError):
    """The file is older than the catalogue with the same id already in use."""

    code = "catalog.outdated"


class AssessmentFinalised(BygdelivError):
    """A finalised assessment cannot be edited; copy it into a new draft instead."""

    code = "assessment.finalised"


class AssessmentIncomplete(BygdelivError):
    """Some criteria are not answered yet, so the assessment cannot be finalised."""

    code = "assessment.incomplete"


class AttachmentError(BygdelivError):
    """An evidence file could not be attached or found; nothing was changed."""

    code = "attachment.error"


class AttachmentTooLarge(AttachmentError):
    code = "attachment.too_large"


class AttachmentMissing(AttachmentError):
    """The stored copy is gone or no longer matches its hash."""

    code = "attachment.missing"


class ExchangeRefused(BygdelivError):
    """An exchange file was refused before anything was written; ``params['reason']`` says why."""

    code = "exchange.refused"


class ExchangeNotZip(ExchangeRefused):
    code = "exchange.not_zip"


class ExchangeTooLarge(ExchangeRefused):
    code = "exchange.too_large"


class ExchangeBadMember(ExchangeRefused):
    """Unexpected, duplicated, encrypted or unsafely named entry in the zip."""

    code = "exchange.bad_member"


class ExchangeHashMismatch(ExchangeRefused):
    code = "exchange.hash_mismatch"


class ExchangeBadSignature(ExchangeRefused):
    code = "exchange.bad_signature"


class ExchangeMalformed(ExchangeRefused):
    """manifest.json or data.json is not the JSON we expect (syntax, types, lengths)."""

    code = "exchange.malformed"


class ExchangeTooNew(ExchangeRefused):
    code = "exchange.too_new"


class ExchangeMissingParent(ExchangeRefused):
    code = "exchange.missing_parent"


class ExchangeInvalidRecord(ExchangeMalformed):
    """A record breaks the rules the forms apply (params: table, record_id, fields); the detail
    names the record and the field in Norwegian. Keeps the malformed code, so every screen that
    explains a malformed file explains this one."""


class ExchangeIdentityConflict(ExchangeRefused):
    """A record would move to another store, a store would take another store's identity, or a
    record refers to a record of another store (params: reason="identity_conflict", table,
    record_id). Refused, never applied."""


class ExchangeForgedClock(ExchangeRefused):
    """A version vector names this machine with edits it never made: only a forged file does
    that, and applying it would overwrite local edits silently (params: reason="forged_clock")."""


class CountySourceUnsupported(ExchangeRefused):
    code = "county.unsupported_source"


class CountySummaryRefused(ExchangeRefused):
    """A signed summary PDF failed verification (params: reason = the failed checks)."""

    code = "county.summary_refused"


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def from_os_error(exc: OSError, path: object = None) -> BygdelivError:
    """The typed error for a failed file operation: full disk, read-only, no access, missing."""
    where = str(path or exc.filename or "")
    reason = exc.strerror or str(exc)
    if exc.errno in _FULL:
        return StorageFull(reason, path=where)
    if exc.errno == errno.EROFS:
        return StorageReadOnly(reason, path=where)
    if isinstance(exc, PermissionError):
        return FileNoAccess(reason, path=where, reason=reason)
    if isinstance(exc, FileNotFoundError):
        return FileMissing(reason, path=where, reason=reason)
    if isinstance(exc, IsADirectoryError):
        return FileIsFolder(reason, path=where, reason=reason)
    if isinstance(exc, NotADirectoryError):
        return FileNotFolder(reason, path=where, reason=reason)
    return StorageError(f"{reason}: {where}" if where else reason, path=where)
