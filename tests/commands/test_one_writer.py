"""One writer per data file: while Bygdeliv Desktop has the file open (its QLockFile held by a
real second process), a writing command is refused and changes nothing; read-only commands
still run; a lock left by a crash is taken over."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bygdeliv_desktop import app, commands, paths
from bygdeliv_desktop.commands import _common
from bygdeliv_desktop.db import backups
from bygdeliv_desktop.db.file_lock import DataFileLock, lock_path
from tests.commands import cli_harness as h

REPO_ROOT = Path(__file__).resolve().parents[2]
IN_USE = "Bygdeliv Desktop er åpen med denne databasen — lukk programmet først"


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    h.healthy_data(folder)
    return folder


@pytest.fixture
def gui(data):
    """Another process holding the data file's lock the way the GUI does (QLockFile)."""
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.lock_holder",
                              str(paths.database_path(data))],
                             cwd=REPO_ROOT, env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)),
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    yield child
    if child.poll() is None:
        child.kill()
        child.wait()


def _digest(folder: Path) -> str:
    return hashlib.sha256(paths.database_path(folder).read_bytes()).hexdigest()


def _exchange_file(tmp_path) -> Path:
    other = tmp_path / "other"
    h.healthy_data(other)
    out = tmp_path / "fra-konsulent.bygdeliv"
    assert app.main(["export", "--out", str(out), "--data-dir", str(other)]) == 0
    return out


def _writers(tmp_path, data) -> list[list[str]]:
    restore_from = backups.list_backups(paths.database_path(data))[0].folder
    return [["demo"], ["import", str(_exchange_file(tmp_path)), "--yes"],
            ["backup", "restore", str(restore_from)]]


def test_writing_commands_are_refused_while_the_gui_has_the_file(tmp_path, data, gui, capsys):
    cases = _writers(tmp_path, data)
    capsys.readouterr()
    before = _digest(data)
    for argv in cases:
        assert app.main([*argv, "--data-dir", str(data)]) == _common.EXIT_IN_USE, argv
        err = capsys.readouterr().err
        assert IN_USE in err and h.TRACEBACK not in err
        assert _digest(data) == before, argv
    assert gui.poll() is None  # the window's process is untouched
    assert lock_path(paths.database_path(data)).exists()


def test_reading_commands_still_run_while_the_gui_has_the_file(data, gui, capsys):
    assert app.main(["info", "--data-dir", str(data)]) == 0
    assert "Feiltestbutikken" in capsys.readouterr().out


def test_every_writer_is_declared_and_known():
    for name, actions in commands.WRITERS.items():
        assert name in commands.COMMANDS
        leaves = {path for path, _ in h.leaves() if path[0] == name}
        assert actions is None or {(name, a) for a in actions} <= leaves


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_lock_left_by_a_crashed_gui_is_taken_over(data, gui, capsys):
    gui.send_signal(signal.SIGKILL)
    gui.wait()
    assert lock_path(paths.database_path(data)).exists()
    assert app.main(["demo", "--data-dir", str(data)]) == 0
    assert not lock_path(paths.database_path(data)).exists()  # released after the command


def test_the_gui_is_refused_while_a_command_writes(data):
    """The other way round: the GUI's QLockFile respects the command line's lock."""
    code = ("import sys; from pathlib import Path; "
            "from bygdeliv_desktop.ui.single_instance import acquire_instance_lock; "
            "from bygdeliv_desktop.errors import AnotherInstanceRunning\n"
            "try:\n    acquire_instance_lock(Path(sys.argv[1])); print('opened')\n"
            "except AnotherInstanceRunning as e:\n    print('refused', e.params['pid'])")
    with DataFileLock(paths.database_path(data)):
        result = subprocess.run([sys.executable, "-c", code, str(paths.database_path(data))],
                                cwd=REPO_ROOT, capture_output=True, text=True, timeout=60,
                                env=dict(os.environ, PYTHONPATH=str(REPO_ROOT),
                                         QT_QPA_PLATFORM="offscreen"))
    assert result.stdout.split() == ["refused", str(os.getpid())], result.stderr


def test_demo_after_a_full_disk_leaves_no_half_made_store(tmp_path, monkeypatch):
    """The demo store is one transaction: a disk that fills up halfway leaves nothing."""
    from sqlalchemy import event

    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.errors import StorageFull
    from bygdeliv_desktop.services import AppServices
    from bygdeliv_desktop.services.demo import create_demo_store

    database = open_database(tmp_path / "bygdeliv.sqlite3")
    services = AppServices.for_database(database)
    with database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(database.engine, "connect")
    def _limit(dbapi_connection, _record):  # a "disk" with room for part of the demo store
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 15}")

    database.engine.dispose()
    with pytest.raises(StorageFull):
        create_demo_store(services)
    assert services.stores.list_stores(include_archived=True) == []
    assert services.activities.list_rows is not None
    database.close()
    connection = sqlite3.connect(tmp_path / "bygdeliv.sqlite3")
    try:
        assert connection.execute("SELECT count(*) FROM activity").fetchone()[0] == 0
    finally:
        connection.close()
