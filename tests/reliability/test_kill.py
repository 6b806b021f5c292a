"""Kill test: SIGKILL a writer at random moments; nothing acknowledged may be lost.

Several lanes run side by side (each its own database, rounds in sequence) so 50+ rounds fit
in well under a minute despite interpreter start-up.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.services import AppServices

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

REPO_ROOT = Path(__file__).resolve().parents[2]
LANES = 4
ROUNDS_PER_LANE = 13  # 52 rounds in all
MAX_RUN_SECONDS = 0.4


def _spawn(db_path: Path, store_id: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    return subprocess.Popen([sys.executable, "-m", "tests.reliability.kill_writer",
                             str(db_path), store_id], cwd=REPO_ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _one_round(db_path: Path, store_id: str, rng: random.Random) -> list[str]:
    """Run the writer, kill it at a random moment, return the ids it acknowledged."""
    child = _spawn(db_path, store_id)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            if line.endswith("\n"):  # a line cut by the kill was never acknowledged
                lines.append(line.strip())
                if line.strip() == "ready":
                    ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0.0, 0.3))  # sometimes during start-up (open, pragmas)
    else:
        assert ready.wait(30), child.stderr.read()
        time.sleep(rng.uniform(0.0, MAX_RUN_SECONDS))
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(10)
    assert child.returncode == -signal.SIGKILL, child.stderr.read()
    return [line for line in lines if line != "ready"]


def _check(db_path: Path, acknowledged: set[str]) -> int:
    """Assert the file is intact and holds every acknowledged id; return how many were lost."""
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        present = {row[0] for row in connection.execute("SELECT id FROM activity")}
    finally:
        connection.close()
    return len(acknowledged - present)


def _prepare(folder: Path) -> tuple[Path, str]:
    """A fresh database with one store (in the test process: alembic is not thread-safe)."""
    db_path = folder / "bygdeliv.sqlite3"
    database = open_database(db_path)
    store = AppServices.for_database(database).stores.create(
        {"name": "Kill-testbutikken", "org_number": "974760673", "municipality_code": "3426"})
    database.close()
    return db_path, store.id


def _lane(db_path: Path, store_id: str, seed: int) -> tuple[int, int, int]:
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    lost = 0
    for _ in range(ROUNDS_PER_LANE):
        acknowledged.update(_one_round(db_path, store_id, rng))
        lost += _check(db_path, acknowledged)
    return ROUNDS_PER_LANE, len(acknowledged), lost


def test_no_acknowledged_write_is_lost_when_killed(tmp_path: Path) -> None:
    seed = int(os.environ.get("BYGDELIV_KILL_SEED", time.time_ns() % 1_000_000))
    lanes = []
    for i in range(LANES):
        (tmp_path / f"lane{i}").mkdir()
        lanes.append(_prepare(tmp_path / f"lane{i}"))
    with ThreadPoolExecutor(LANES) as pool:
        results = list(pool.map(_lane, *zip(*lanes), [seed + i for i in range(LANES)]))
    rounds = sum(r for r, _, _ in results)
    commits = sum(c for _, c, _ in results)
    lost = sum(lost for _, _, lost in results)
    print(f"\nkill test: seed={seed} rounds={rounds} commits={commits} lost={lost}")
    assert rounds >= 50
    assert commits > rounds  # the kills really landed while writing, not only at start-up
    assert lost == 0
