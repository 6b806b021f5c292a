"""Where the database may live: network, cloud-synced and read-only folders are refused."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from bygdeliv_desktop.db import location
from bygdeliv_desktop.errors import LocationCloudSynced, LocationOnNetwork, LocationReadOnly


@pytest.mark.parametrize("path, provider", [
    (PureWindowsPath(r"C:\Users\kari\OneDrive\Bygdeliv\bygdeliv.sqlite3"), "OneDrive"),
    (PureWindowsPath(r"C:\Users\kari\OneDrive - Coop Norge\data\x.sqlite3"), "OneDrive"),
    (PureWindowsPath(r"D:\Dropbox (Butikken)\x.sqlite3"), "Dropbox"),
    (PurePosixPath("/home/kari/Dropbox/x.sqlite3"), "Dropbox"),
    (PureWindowsPath(r"G:\My Drive\x.sqlite3"), "Google Drive"),
    (PurePosixPath("/Users/kari/Library/CloudStorage/OneDrive-Personal/x.sqlite3"), "OneDrive"),
    (PurePosixPath("/Users/kari/Library/CloudStorage/Box-Box/x.sqlite3"), "Cloud storage"),
    (PurePosixPath("/Users/kari/Library/Mobile Documents/com~apple~CloudDocs/x.sqlite3"), "iCloud"),
])
def test_cloud_folders_are_recognised(path, provider):
    assert location.cloud_provider(path, environ={}) == provider


@pytest.mark.parametrize("path", [
    PureWindowsPath(r"C:\Users\kari\AppData\Local\Bygdeliv\BygdelivDesktop\bygdeliv.sqlite3"),
    PurePosixPath("/home/kari/.local/share/BygdelivDesktop/bygdeliv.sqlite3"),
    PurePosixPath("/home/kari/dropboxes-notes/x.sqlite3"),
])
def test_local_folders_pass(path):
    assert location.cloud_provider(path, environ={}) is None


def test_onedrive_root_from_environment_counts_whatever_its_name():
    environ = {"OneDrive": r"C:\Users\kari\Firma AS"}
    assert location.cloud_provider(PureWindowsPath(r"C:\Users\kari\Firma AS\Dokumenter\x.db"),
                                   environ) == "OneDrive"
    assert location.cloud_provider(PureWindowsPath(r"C:\Users\kari\Annet\x.db"), environ) is None


def test_sync_marker_file_in_a_parent_is_found(tmp_path):
    (tmp_path / ".stfolder").mkdir()
    data = tmp_path / "butikk" / "data"
    data.mkdir(parents=True)
    with pytest.raises(LocationCloudSynced) as caught:
        location.ensure_safe_location(data / "bygdeliv.sqlite3")
    assert caught.value.params["provider"] == "Syncthing"


@pytest.mark.parametrize("text", [r"\\server\share\data\x.sqlite3", "//nas/butikk/x.sqlite3",
                                  r"\\?\UNC\server\share\x.sqlite3"])
def test_unc_paths_are_network(text):
    assert location.is_unc(text)


def test_long_local_path_syntax_is_not_unc():
    assert not location.is_unc(r"\\?\C:\Users\kari\x.sqlite3")


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
nas:/export/butikk /mnt/nas nfs4 rw,relatime 0 0
//server/Felles /mnt/felles\\040mappe cifs rw 0 0
/dev/sdb1 /mnt/nas/local ext4 rw 0 0
"""


@pytest.mark.parametrize("path, fstype", [
    ("/home/kari/x.sqlite3", "ext4"), ("/mnt/nas/data/x.sqlite3", "nfs4"),
    ("/mnt/felles/x.sqlite3", "ext4"), ("/mnt/felles mappe/x.sqlite3", "cifs"),
    ("/mnt/nas/local/x.sqlite3", "ext4"), ("/mnt/nassen/x.sqlite3", "ext4"),
])
def test_mount_table_gives_the_innermost_file_system(path, fstype):
    assert location.mount_fstype(Path(path), MOUNTS) == fstype


def test_network_file_systems_are_refused(monkeypatch, tmp_path):
    monkeypatch.setattr(location, "network_kind", lambda path: "nfs4")
    with pytest.raises(LocationOnNetwork):
        location.ensure_safe_location(tmp_path / "bygdeliv.sqlite3")


def test_plain_local_folder_is_accepted(tmp_path):
    location.ensure_safe_location(tmp_path / "new" / "bygdeliv.sqlite3")


@pytest.fixture
def read_only_dir(tmp_path):
    """A folder nobody can write to: chmod for normal users, a read-only mount for root."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("running as root without permission to mount a read-only folder")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def test_read_only_folder_is_refused(read_only_dir):
    with pytest.raises(LocationReadOnly):
        location.ensure_safe_location(read_only_dir / "bygdeliv.sqlite3")
    assert list(read_only_dir.iterdir()) == []
