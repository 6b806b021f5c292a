"""Is a folder a safe home for the SQLite file? No Qt, nothing app-specific.

SQLite's locking and WAL need a local disk: network file systems and folders that a sync client
copies while the file is open are the classic causes of corruption (sqlite.org/howtocorrupt.html).
Detection is best-effort and errs on the side of saying nothing: a wrong refusal would lock a
store out of its own data, so only clear signs count.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path, PurePath, PureWindowsPath

from bygdeliv_desktop.errors import LocationCloudSynced, LocationOnNetwork, LocationReadOnly

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afs", "9p",
    "ceph", "glusterfs", "fuse.glusterfs", "lustre", "davfs", "fuse.davfs2", "fuse.rclone",
    "fuse.s3fs", "ncpfs", "coda",
})
# (pattern on one path component, provider); case-insensitive, whole component.
_CLOUD_FOLDERS = [
    (r"onedrive( - .+)?|onedrive-.+", "OneDrive"),
    (r"dropbox( \(.+\))?", "Dropbox"),
    (r"google ?drive|googledrive-.+|my drive|min disk", "Google Drive"),
    (r"icloud ?drive|com~apple~clouddocs|mobile documents", "iCloud"),
    (r"nextcloud|owncloud", "Nextcloud"),
]
_CLOUD_PARENTS = [("library", "cloudstorage")]  # macOS File Provider root: every sync client
# Files a sync client leaves in the root of the folder it syncs.
_CLOUD_MARKERS = [(".dropbox", "Dropbox"), (".stfolder", "Syncthing"),
                  (".sync_*.db", "Nextcloud"), ("._sync_*.db", "Nextcloud"),
                  (".owncloudsync.log", "Nextcloud")]
_ONEDRIVE_ENV = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")
DRIVE_REMOTE = 4  # GetDriveTypeW


def cloud_provider(path: PurePath, environ: dict | None = None) -> str | None:
    """The sync service whose folder holds ``path``, judged from the path alone, or None."""
    environ = os.environ if environ is None else environ
    parts = [part.casefold() for part in path.parts]
    for part in parts:
        for pattern, provider in _CLOUD_FOLDERS:
            if re.fullmatch(pattern, part):
                return provider
    for first, second in _CLOUD_PARENTS:
        if any(a == first and b == second for a, b in zip(parts, parts[1:])):
            return "Cloud storage"
    for name in _ONEDRIVE_ENV:  # OneDrive may sync a folder of any name (e.g. "Documents")
        root = environ.get(name)
        if root and _is_within(path, PureWindowsPath(root) if "\\" in root else PurePath(root)):
            return "OneDrive"
    return None


def _is_within(path: PurePath, root: PurePath) -> bool:
    parts = [p.casefold() for p in path.parts]
    root_parts = [p.casefold() for p in root.parts]
    return len(root_parts) > 1 and parts[:len(root_parts)] == root_parts


def cloud_marker(folder: Path) -> str | None:
    """A sync client's marker file in ``folder`` or any parent, naming the provider, or None."""
    for candidate in (folder, *folder.parents):
        for pattern, provider in _CLOUD_MARKERS:
            try:
                if any(candidate.glob(pattern)):
                    return provider
            except OSError:
                break  # unreadable parent: stop looking upwards, do not guess
    return None


def is_unc(path: str) -> bool:
    r"""``\\server\share\...`` (but not ``\\?\C:\...`` long-path syntax)."""
    text = path.replace("/", "\\")
    if text.startswith("\\\\?\\UNC\\"):
        return True
    return text.startswith("\\\\") and not text.startswith(("\\\\?\\", "\\\\.\\"))


def mount_fstype(path: Path, mounts_text: str) -> str | None:
    """File system type of the mount holding ``path``, from /proc/mounts text."""
    best, best_type = "", None
    target = str(path)
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts escapes spaces etc. as octal (\040).
        mount_point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes  # Windows only; imported here so the module loads everywhere

    drive = PureWindowsPath(path).drive
    if not drive:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


def network_kind(path: Path) -> str | None:
    """A description of the network file system holding ``path``, or None if local/unknown."""
    if is_unc(str(path)):
        return "UNC"
    if sys.platform == "win32":
        return "network drive" if _windows_drive_is_remote(path) else None
    mounts = Path("/proc/mounts")
    if mounts.is_file():
        fstype = mount_fstype(path, mounts.read_text(encoding="utf-8", errors="replace"))
        if fstype in NETWORK_FILESYSTEMS:
            return fstype
    return None


def is_writable(folder: Path) -> bool:
    """Can we create a file in ``folder``? Tried for real: ACLs, read-only mounts and
    Windows' read-only attributes all fool ``os.access``."""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".bygdeliv-write-test-"):
            return True
    except OSError:
        return False


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def ensure_safe_location(database: Path) -> None:
    """Raise LocationOnNetwork, LocationCloudSynced or LocationReadOnly if ``database`` must not
    be kept where it is. A folder that does not exist yet is judged by its nearest parent."""
    database = Path(os.path.abspath(database))
    folder = database.parent
    network = network_kind(_existing_ancestor(folder).resolve())
    if network:
        raise LocationOnNetwork(network, path=str(folder), kind=network)
    provider = cloud_provider(database) or cloud_marker(_existing_ancestor(folder))
    if provider:
        raise LocationCloudSynced(provider, path=str(folder), provider=provider)
    probe = folder if folder.exists() else _existing_ancestor(folder)
    if not is_writable(probe) or (database.exists() and not os.access(database, os.W_OK)):
        raise LocationReadOnly(str(folder), path=str(folder))
