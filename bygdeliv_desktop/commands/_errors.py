"""The command line's last resort: any exception becomes one plain line and an exit code.

Typed errors (``BygdelivError``) are told with the shared texts. Errors from below that have a
plain meaning (disk full, no access, a damaged SQLite file, text that is not Unicode, a time
out of range) are first turned into typed ones. Anything else is a bug: its traceback goes to
the log file (``crashlog``), the user gets one line naming the log, exit code 70.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from bygdeliv_desktop import errors as E
from bygdeliv_desktop.commands import _common


def safe_output() -> None:
    """Printing text that came in with a lone surrogate must not itself crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def typed(exc: BaseException, database: Path | None = None) -> E.BygdelivError | None:
    """A typed error for ``exc`` when it has a plain meaning, else None."""
    if isinstance(exc, E.BygdelivError):
        return exc
    if isinstance(exc, EOFError):  # a prompt (passphrase, "Importere?") got no input
        return E.OperationCancelled("no input")
    if isinstance(exc, OSError):
        return E.from_os_error(exc)
    if isinstance(exc, UnicodeError):
        return E.BadText(str(exc))
    if isinstance(exc, OverflowError):
        return E.OutOfRange(str(exc))
    orig = getattr(exc, "orig", exc)  # SQLAlchemy wraps the sqlite3 error
    if isinstance(orig, sqlite3.Error):
        from bygdeliv_desktop.db.database import database_error

        return database_error(orig, database or Path(""))
    return None


def report(exc: BaseException, argv: list[str], database: Path | None = None) -> int:
    """Tell ``exc`` in one line on stderr; return the exit code. Never raises."""
    try:
        if isinstance(exc, KeyboardInterrupt):
            print(f"\n{_common.error_texts.cli_text('interrupted')}", file=sys.stderr)
            return _common.EXIT_INTERRUPTED
        error = typed(exc, database)
        if error is not None:
            return _common.fail(error)
        return _internal(exc, argv)
    except BaseException:  # noqa: BLE001 - even telling it failed: a bare line, still no traceback
        try:
            print(f"Feil: {type(exc).__name__}", file=sys.stderr)
        except BaseException:  # noqa: BLE001
            pass
        return _common.EXIT_INTERNAL


def _internal(exc: BaseException, argv: list[str]) -> int:
    from bygdeliv_desktop import crashlog

    command = " ".join(argv[:2]) if argv else ""
    report_text = crashlog.format_report(type(exc), exc, exc.__traceback__,
                                         {"Command": f"bygdeliv {command}"})
    try:
        log = crashlog.write_crash_report(report_text)
    except OSError:  # the log itself cannot be written (full disk): still one plain line
        log = crashlog.log_dir() / crashlog.LOG_FILENAME
    print("Feil: " + _common.error_texts.cli_text(
        "internal", detail=type(exc).__name__, log=log), file=sys.stderr)
    return _common.EXIT_INTERNAL
