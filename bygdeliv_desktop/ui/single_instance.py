"""One running app per data file, with QLockFile. A lock left by a crash is taken over.

The lock file sits beside the database (``bygdeliv.sqlite3.lock``), so two data folders can be
open at once but one folder never twice. QLockFile also holds an OS lock on the file, so a live
holder is never mistaken for a stale one even after a long time. The command line takes the same
lock file, in the same format, without Qt (db/file_lock.py), before it changes the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from bygdeliv_desktop.db.file_lock import LOCK_SUFFIX, lock_path
from bygdeliv_desktop.db.file_lock import pid_alive as _pid_alive
from bygdeliv_desktop.errors import AnotherInstanceRunning, InstanceLockFailed

__all__ = ["LOCK_SUFFIX", "InstanceLock", "acquire_instance_lock", "lock_path"]

# Beyond this age a lock whose owner we cannot check (another host, reused pid) counts as stale;
# the OS lock Qt holds keeps a live owner safe regardless.
STALE_LOCK_MS = 30_000


class InstanceLock:
    """Holds the data file's lock until release() (or process exit)."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(STALE_LOCK_MS)

    def acquire(self) -> None:
        """Take the lock or raise AnotherInstanceRunning / InstanceLockFailed (nothing changes).

        ``error.params`` carries ``pid``, ``hostname`` and ``path`` for the message.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(0):
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            pid, hostname, _app = self._lock.getLockInfo()  # (0, "", "") if unreadable
            found = pid > 0
            # tryLock already removes locks of dead processes on this host; this second try
            # covers a lock file that went stale between its check and ours.
            if found and hostname == QSysInfo.machineHostName() and not _pid_alive(pid):
                if self._lock.removeStaleLockFile() and self._lock.tryLock(0):
                    return
            raise AnotherInstanceRunning(f"pid {pid} on {hostname}", pid=pid, hostname=hostname,
                                         path=str(self.path))
        raise InstanceLockFailed(str(self._lock.error()), path=str(self.path))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def is_held(self) -> bool:
        return self._lock.isLocked()


def acquire_instance_lock(database: Path) -> InstanceLock:
    """Lock ``database`` for this process; raises AnotherInstanceRunning / InstanceLockFailed."""
    lock = InstanceLock(database)
    lock.acquire()
    return lock
