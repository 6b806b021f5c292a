"""Log file and crash reports. No Qt: the UI passes in the function that shows the dialog.

The report holds what a developer needs (versions, platform, traceback) and nothing the user
does not see: no local variables, no environment, no host or user name (home paths become ``~``).
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime, timezone
from logging.handlers import RotatingFileHandler
from pathlib import Path

from bygdeliv_desktop import __version__, paths

LOG_DIR_ENV = "BYGDELIV_LOG_DIR"
LOG_FILENAME = "bygdeliv.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOGGER_NAME = "bygdeliv_desktop"

log = logging.getLogger(LOGGER_NAME)
ShowReport = Callable[[str, Path], None]


def log_dir() -> Path:
    """The user log dir (platformdirs), unless BYGDELIV_LOG_DIR says otherwise."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir(paths.APP_NAME, paths.APP_AUTHOR))


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file; return its path. Safe to call twice."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILENAME
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    return path


def _scrub(text: str) -> str:
    """Hide the user's name where it hides in paths."""
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
        if os.sep == "\\":
            text = text.replace(home.replace("\\", "/"), "~")
    return text


def format_report(exc_type: type[BaseException], exc: BaseException, tb,
                  extra: dict[str, str] | None = None) -> str:
    """A plain-text crash report that is safe to paste into an e-mail."""
    lines = [
        f"Bygdeliv Desktop {__version__}",
        f"Time: {datetime.now(timezone.utc).isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} on {platform.system()} {platform.release()} "
        f"({platform.machine()})",
    ]
    lines += [f"{key}: {value}" for key, value in (extra or {}).items()]
    lines.append("")
    lines += traceback.format_exception(exc_type, exc, tb)
    return _scrub("\n".join(line.rstrip("\n") for line in lines)) + "\n"


def write_crash_report(report: str) -> Path:
    """Log the report at CRITICAL level (setting up the log if needed); return the log file."""
    path = setup_logging()
    log.critical("Unhandled exception\n%s", report)
    for handler in log.handlers:
        handler.flush()
    return path


class CrashHandler:
    """Replaces sys.excepthook and threading.excepthook: log, then show the report once."""

    def __init__(self, show: ShowReport | None, extra: dict[str, str] | None = None) -> None:
        self._show = show
        self._extra = extra or {}
        self._showing = False

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report = format_report(exc_type, exc, tb, self._extra)
        try:
            path = write_crash_report(report)
        except OSError as error:  # the log itself failed (disk full): still tell the user
            sys.stderr.write(f"Could not write the log: {error}\n")
            path = log_dir() / LOG_FILENAME
        sys.stderr.write(report)
        if self._show is None or self._showing:
            return  # a crash inside the dialog must not open dialogs forever
        self._showing = True
        try:
            self._show(report, path)
        finally:
            self._showing = False

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthook(show: ShowReport | None,
                       extra: dict[str, str] | None = None) -> CrashHandler:
    """Install the crash handler for the main thread and all other threads; returns it."""
    handler = CrashHandler(show, extra)
    sys.excepthook = handler
    threading.excepthook = handler.thread_hook
    return handler
