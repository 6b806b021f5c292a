"""One writer per data file: the lock file beside the database, without Qt.

The GUI holds ``bygdeliv.sqlite3.lock`` with QLockFile (ui/single_instance.py) for as long as a
window shows the file. The command line takes the same lock here before it changes anything, so a
CLI ``import``/``restore``/``demo`` is refused while the window is open, and the window never
shows stale data over a changed file. The file format and the OS lock are QLockFile's:

* the file is created exclusively and holds ``pid``, ``application name`` and ``host name``,
  one a line (QLockFile reads these with ``getLockInfo``);
* on POSIX the holder keeps an exclusive ``flock`` on it, exactly as QLockFile does, so a live
  holder is never taken for a stale one; a lock left by a crashed process (no ``flock`` held)
  is removed and taken over;
* on Windows the holder keeps the file open, so a live holder's file cannot be deleted.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path

from bygdeliv_desktop.errors import (AnotherInstanceRunning, InstanceLockFailed, StorageError,
                                     from_os_error)

LOCK_SUFFIX = ".lock"
# A lock file whose owner we cannot check (another host) counts as stale beyond this age, as in
# the GUI's QLockFile (setStaleLockTime); the OS lock keeps a live owner safe regardless.
STALE_LOCK_SECONDS = 30


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def _app_name() -> str:
    try:  # what QLockFile compares with on Linux: the name of /proc/<pid>/exe
        return Path(os.readlink(f"/proc/{os.getpid()}/exe")).name
    except OSError:
        return Path(sys.executable).name


def _contents() -> bytes:
    return f"{os.getpid()}\n{_app_name()}\n{socket.gethostname()}\n".encode()


def _os_lock(fd: int) -> bool:
    """Take QLockFile's OS lock on ``fd``; False if another open file holds it."""
    if os.name == "nt":
        return True  # Windows: an open handle is the lock (the file cannot be deleted)
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # file system without flock: the pid check below decides
    return True


def read_info(path: Path) -> tuple[int, str]:
    """(pid, host name) from a lock file, (0, "") if unreadable."""
    try:
        lines = path.read_bytes().decode("utf-8", "replace").splitlines()
        return int(lines[0]), (lines[2] if len(lines) > 2 else "")
    except (OSError, ValueError, IndexError):
        return 0, ""


def pid_alive(pid: int) -> bool:
    """POSIX existence check. On Windows os.kill would *terminate* the process, so there we
    answer "alive" and leave stale detection to the open handle."""
    if os.name == "nt":
        return True
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_HELD: set[str] = set()  # lock files this process holds through a DataFileLock


class DataFileLock:
    """Holds the data file's lock until release() (or process exit).

    Nested use in one process (the command line takes the lock for a writing command, and
    opening the file may take it again for a schema upgrade) holds it once.
    """

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self._fd: int | None = None
        self._nested = False

    def acquire(self) -> None:
        """Take the lock or raise AnotherInstanceRunning (params: pid, hostname, path) or
        InstanceLockFailed. Nothing else is touched."""
        if self._key() in _HELD:
            self._nested = True
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            for _attempt in range(2):
                if self._try_create():
                    _HELD.add(self._key())
                    return
                if not self._remove_if_stale():
                    pid, hostname = read_info(self.path)
                    raise AnotherInstanceRunning(f"pid {pid} on {hostname}", pid=pid,
                                                 hostname=hostname, path=str(self.path))
        except OSError as exc:
            typed = from_os_error(exc, self.path.parent)
            if isinstance(typed, StorageError):  # full disk, read-only: say that
                raise typed from exc
            raise InstanceLockFailed(str(exc), path=str(self.path)) from exc
        raise InstanceLockFailed("lock file keeps coming back", path=str(self.path))

    def _try_create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            return False
        try:
            if not _os_lock(fd):
                raise OSError("lock file taken while it was being created")
            os.write(fd, _contents())
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            self.path.unlink(missing_ok=True)
            raise
        self._fd = fd
        return True

    def _remove_if_stale(self) -> bool:
        """Remove a lock file nobody holds any more; False when its owner is alive."""
        try:
            fd = os.open(self.path, os.O_RDWR)
        except FileNotFoundError:
            return True  # released meanwhile
        try:
            if not _os_lock(fd):
                return False  # a live process holds it (the GUI's QLockFile, or another CLI)
            pid, hostname = read_info(self.path)
            same_host = hostname in ("", socket.gethostname())
            age = time.time() - os.fstat(fd).st_mtime
            if pid == os.getpid() or (same_host and pid_alive(pid) and age < STALE_LOCK_SECONDS) \
                    or (not same_host and age < STALE_LOCK_SECONDS):
                return False
            self.path.unlink()
            return True
        except PermissionError:
            return False  # Windows: the owner still has the file open
        finally:
            os.close(fd)

    def _key(self) -> str:
        return os.path.abspath(self.path)

    def release(self) -> None:
        if self._nested:
            self._nested = False
            return
        if self._fd is not None:
            _HELD.discard(self._key())
            os.close(self._fd)  # closed first, as QLockFile does (Windows cannot delete it open)
            self._fd = None
            self.path.unlink(missing_ok=True)

    def is_held(self) -> bool:
        return self._fd is not None or self._nested

    def __enter__(self) -> DataFileLock:
        self.acquire()
        return self

    def __exit__(self, *_exc) -> None:
        self.release()
