"""Attachment files in backups: copied once into a content-addressed store beside the backups.

Live attachments sit in ``<data dir>/attachments/`` (named by their SHA-256). A backup lists them in
its manifest (relative path -> sha256, size); the bytes go to ``backups/attachments/<sha256>`` once
and are shared by every backup that lists them. Plain copies, no hard links: they behave the same on
Windows, and a damaged live file can never damage its backup copy.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

from bygdeliv_desktop.errors import BackupDamaged

ATTACHMENTS_DIRNAME = "attachments"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1024 * 1024


def attachments_dir(data_dir: Path) -> Path:
    return data_dir / ATTACHMENTS_DIRNAME


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable; directories cannot be opened for this on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_hashing(source: Path, target_dir: Path) -> tuple[str, int]:
    """Copy ``source`` into ``target_dir`` under its content hash; returns (sha256, size)."""
    target_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    temp = target_dir / f".incoming-{os.getpid()}-{source.name}"
    with source.open("rb") as reader, temp.open("wb") as writer:
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
            writer.write(chunk)
            size += len(chunk)
        writer.flush()
        os.fsync(writer.fileno())
    name = digest.hexdigest()
    os.replace(temp, target_dir / name)
    return name, size


def _live_files(live_dir: Path) -> Iterable[Path]:
    if not live_dir.is_dir():
        return []
    return sorted(p for p in live_dir.rglob("*") if p.is_file() and not p.name.startswith("."))


def save_attachments(live_dir: Path, store_dir: Path) -> dict[str, dict]:
    """Copy new live attachments into the store; return the manifest entries for all of them."""
    entries: dict[str, dict] = {}
    for path in _live_files(live_dir):
        relative = path.relative_to(live_dir).as_posix()
        size = path.stat().st_size
        claimed = path.name.split(".")[0].lower()
        stored = store_dir / claimed
        # Content-addressed: a name we already hold with the same size is the same bytes.
        if _SHA256.match(claimed) and stored.is_file() and stored.stat().st_size == size:
            entries[relative] = {"sha256": claimed, "size": size}
            continue
        sha, copied = _copy_hashing(path, store_dir)
        entries[relative] = {"sha256": sha, "size": copied}
    if entries:
        fsync_dir(store_dir)
    return entries


def missing_attachments(entries: dict[str, dict], store_dir: Path) -> list[str]:
    """Manifest entries whose stored copy is absent or has the wrong size."""
    missing = []
    for relative, entry in entries.items():
        stored = store_dir / entry["sha256"]
        if not stored.is_file() or stored.stat().st_size != entry["size"]:
            missing.append(relative)
    return missing


def restore_attachments(entries: dict[str, dict], store_dir: Path, live_dir: Path) -> int:
    """Put back every listed attachment the live folder lacks; returns how many were copied.

    Files already present are left alone (and extra live files are never deleted): attachments
    are immutable and content-addressed, so keeping more is always safe.
    """
    copied = 0
    for relative, entry in entries.items():
        target = live_dir / relative
        if target.is_file() and target.stat().st_size == entry["size"]:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        sha, _size = _copy_hashing(store_dir / entry["sha256"], target.parent)
        if sha != entry["sha256"]:
            (target.parent / sha).unlink()
            raise BackupDamaged(f"attachment {relative} does not match its hash", file=relative)
        os.replace(target.parent / sha, target)
        copied += 1
    return copied


def collect_garbage(store_dir: Path, referenced: set[str]) -> int:
    """Remove stored attachments no remaining backup lists; returns how many were removed."""
    removed = 0
    if not store_dir.is_dir():
        return 0
    for path in store_dir.iterdir():
        if path.is_file() and _SHA256.match(path.name) and path.name not in referenced:
            path.unlink()
            removed += 1
    return removed
