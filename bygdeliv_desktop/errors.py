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


class CountySourceUnsupported(ExchangeRefused):
    code = "county.unsupported_source"
