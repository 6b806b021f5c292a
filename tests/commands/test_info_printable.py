"""``bygdeliv info`` prints names and paths safely (issues 13, 14): control characters escaped,
undecodable bytes and letters the terminal cannot show escaped instead of a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bygdeliv_desktop import app, paths
from bygdeliv_desktop.domain.models import Store

ROOT = Path(__file__).resolve().parents[2]


def _store_named(data_dir: Path, name: str) -> str:
    """A store whose name was written around the services (old data, another tool)."""
    from bygdeliv_desktop.db import open_database

    database = open_database(paths.database_path(data_dir))
    try:
        with database.transaction() as session:
            store = Store(name=name)
            session.add(store)
        return store.id
    finally:
        database.close()


def _run(args: list[str], encoding: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "bygdeliv_desktop", *args], env=env,
                          capture_output=True, timeout=120)


def test_control_characters_in_a_name_are_escaped(tmp_path, capsys):
    data_dir = tmp_path / "data"
    store_id = _store_named(data_dir, "Evil\x1b[2J\x07\u202eKIRTUB")
    assert app.main(["info", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert f"  {store_id}  Evil\\x1b[2J\\x07\\u202eKIRTUB" in out.splitlines()
    assert not any(c in out for c in "\x1b\x07\u202e")


def test_letters_a_cp1252_terminal_cannot_show_do_not_crash(tmp_path):
    data_dir = tmp_path / "data"
    _store_named(data_dir, "Čáhppes æøå")
    result = _run(["info", "--data-dir", str(data_dir)], "cp1252")
    assert result.returncode == 0, result.stderr.decode("cp1252", "replace")
    assert "\\u010cáhppes æøå".encode("cp1252") in result.stdout


def test_undecodable_bytes_in_the_data_dir_do_not_crash(tmp_path):
    # On Linux, argv bytes that are not UTF-8 arrive as lone surrogates ('\udcff').
    data_dir = os.fsdecode(os.fsencode(str(tmp_path)) + b"/d\xff")
    result = _run(["info", "--data-dir", data_dir], "utf-8")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert b"d\\udcff" in result.stdout
