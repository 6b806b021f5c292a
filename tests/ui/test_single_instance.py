"""One app per data file: a second start is refused and harms nothing; a crashed owner's lock
is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bygdeliv_desktop.errors import AnotherInstanceRunning
from bygdeliv_desktop.ui.single_instance import InstanceLock, acquire_instance_lock, lock_path

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def holder(db_path):
    """Another process holding the lock on ``db_path``."""
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.lock_holder", str(db_path)],
                             cwd=REPO_ROOT, env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)),
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    yield child
    if child.poll() is None:
        child.kill()
        child.wait()


def test_second_instance_is_refused_and_the_first_keeps_running(holder, db_path):
    with pytest.raises(AnotherInstanceRunning) as caught:
        acquire_instance_lock(db_path)
    assert caught.value.code == "instance.running"
    assert caught.value.params["pid"] == holder.pid
    assert holder.poll() is None  # the first instance is untouched
    assert lock_path(db_path).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_stale_lock_after_a_crash_is_recovered(holder, db_path):
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock_path(db_path).exists()  # the crash left the lock file behind
    lock = acquire_instance_lock(db_path)
    assert lock.is_held()
    lock.release()


def test_same_process_cannot_open_the_file_twice(db_path):
    first = acquire_instance_lock(db_path)
    try:
        with pytest.raises(AnotherInstanceRunning):
            InstanceLock(db_path).acquire()
    finally:
        first.release()
    assert not lock_path(db_path).exists()


def test_other_data_files_are_independent(tmp_path):
    one = acquire_instance_lock(tmp_path / "a" / "bygdeliv.sqlite3")
    two = acquire_instance_lock(tmp_path / "b" / "bygdeliv.sqlite3")
    assert one.is_held() and two.is_held()
    one.release()
    two.release()
