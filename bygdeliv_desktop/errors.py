"""Typed errors with enough detail for the UI to tell the user what happened.

Messages are carried as *codes* plus parameters; the UI turns them into translated text
(see ``ui/messages.py``), so this module stays free of Qt and of any one language.
"""

from __future__ import annotations

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
