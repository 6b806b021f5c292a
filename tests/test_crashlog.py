"""Crash reports: logged to a rotating file, shown once, without the user's home path."""

from __future__ import annotations

import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from bygdeliv_desktop import crashlog


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(crashlog.LOG_DIR_ENV, str(tmp_path / "logs"))
    yield tmp_path / "logs"
    for handler in list(crashlog.log.handlers):
        handler.close()
        crashlog.log.removeHandler(handler)


def _raise_in_home():
    # A traceback line naming a file under the home folder, as an installed app would have.
    code = compile("raise RuntimeError('Kaffeprat ble borte')", str(Path.home() / "app.py"), "exec")
    exec(code)


def test_unhandled_exception_is_logged_and_shown(log_dir, monkeypatch):
    shown = []
    handler = crashlog.install_excepthook(lambda report, path: shown.append((report, path)))
    monkeypatch.setattr(sys, "excepthook", handler)
    try:
        _raise_in_home()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    report, path = shown[0]
    assert "RuntimeError: Kaffeprat ble borte" in report
    assert str(Path.home()) not in report and "~" in report
    assert path.parent == log_dir
    assert "Kaffeprat ble borte" in path.read_text(encoding="utf-8")
    assert any(isinstance(h, RotatingFileHandler) for h in crashlog.log.handlers)


def test_exceptions_in_threads_are_caught(log_dir, monkeypatch):
    shown = []
    handler = crashlog.CrashHandler(lambda report, path: shown.append(report))
    monkeypatch.setattr(threading, "excepthook", handler.thread_hook)
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    assert len(shown) == 1 and "ZeroDivisionError" in shown[0]


def test_crash_inside_the_dialog_does_not_loop(log_dir):
    calls = []

    def broken_dialog(report, path):
        calls.append(report)
        try:
            raise ValueError("dialog broke")
        except ValueError:
            handler(*sys.exc_info())  # what Qt would do with an exception in the dialog

    handler = crashlog.CrashHandler(broken_dialog)
    try:
        raise KeyError("first")
    except KeyError:
        handler(*sys.exc_info())
    assert len(calls) == 1
    assert "dialog broke" in (log_dir / crashlog.LOG_FILENAME).read_text(encoding="utf-8")


def test_log_rotates(log_dir, monkeypatch):
    monkeypatch.setattr(crashlog, "MAX_BYTES", 2000)
    crashlog.setup_logging()
    for i in range(200):
        crashlog.log.warning("linje %d %s", i, "x" * 50)
    files = sorted(p.name for p in log_dir.iterdir())
    assert crashlog.LOG_FILENAME in files and f"{crashlog.LOG_FILENAME}.1" in files
    assert len(files) <= crashlog.BACKUP_COUNT + 1
