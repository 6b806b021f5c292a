"""Shared helpers for the exchange tests: two databases, file hashes, quick exports."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlmodel import select

from bygdeliv_desktop.exchange.codec import encode, registry


def database_digest(path: Path) -> str:
    """SHA-256 over the database file and its WAL: any committed write changes one of them."""
    digest = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()


def table_state(database) -> dict[str, list[dict]]:
    """Every synced row, all columns, in a stable order."""
    with database.reader() as session:
        return {name: sorted((encode(row) for row in session.exec(select(model))), key=lambda r: r["id"])
                for name, model in registry().items()}


import pytest  # noqa: E402

from bygdeliv_desktop.db import open_database  # noqa: E402
from bygdeliv_desktop.services import AppServices  # noqa: E402


@pytest.fixture
def other(tmp_path: Path):
    """A second machine's database (the consultant's laptop)."""
    database = open_database(tmp_path / "other" / "bygdeliv.sqlite3")
    yield AppServices.for_database(database)
    database.close()


@pytest.fixture
def digest():
    return database_digest


@pytest.fixture
def state():
    return table_state


def _agree_with_data(manifest: dict, data: object) -> None:
    tables = data.get("tables") if isinstance(data, dict) else None
    if not isinstance(tables, dict) or not all(isinstance(v, list) for v in tables.values()):
        return  # a malformed data.json is what that test is about
    manifest["record_counts"] = {name: len(items) for name, items in tables.items()}
    stores = [item.get("record", {}).get("id") for item in tables.get("store", [])
              if isinstance(item, dict) and isinstance(item.get("record"), dict)]
    if all(isinstance(s, str) for s in stores):
        manifest["stores"] = stores


def repack_file(source: Path, target: Path, data=None, manifest=None, members=None,
                keep_hashes: bool = False) -> Path:
    """Copy an exchange file with edits: ``data``/``manifest`` transform the parsed JSON,
    ``members`` the final {name: bytes}. Hashes in the manifest follow the data unless
    ``keep_hashes``."""
    import json
    import zipfile

    with zipfile.ZipFile(source) as archive:
        content = {name: archive.read(name) for name in archive.namelist()}
    if data is not None:
        content["data.json"] = json.dumps(data(json.loads(content["data.json"]))).encode()
    doc = json.loads(content["manifest.json"])
    if not keep_hashes:
        payload = content["data.json"]
        doc["files"]["data.json"] = {"sha256": hashlib.sha256(payload).hexdigest(),
                                     "size": len(payload)}
        if data is not None:
            # A forger who edits data.json fixes the manifest's counts and store list too.
            _agree_with_data(doc, json.loads(payload))
    if manifest is not None:
        doc = manifest(doc)
    content["manifest.json"] = json.dumps(doc).encode()
    if members is not None:
        content = members(content)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in content.items():
            archive.writestr(name, payload)
    return target


@pytest.fixture
def repack():
    return repack_file
