"""Broken and hostile exchange files: each is refused with a typed reason, and the database file
is byte-for-byte unchanged."""

import datetime as dt
import json
import zipfile

import pytest

from bygdeliv_desktop import errors
from bygdeliv_desktop.exchange.importer import import_file
from bygdeliv_desktop.exchange.package_format import Limits
from bygdeliv_desktop.exchange.writer import export_file


def _set_data(content: dict, payload: bytes, manifest_too: bool = True) -> dict:
    import hashlib

    content["data.json"] = payload
    if manifest_too:
        doc = json.loads(content["manifest.json"])
        doc["files"]["data.json"] = {"sha256": hashlib.sha256(payload).hexdigest(),
                                     "size": len(payload)}
        content["manifest.json"] = json.dumps(doc).encode()
    return content


def _first_activity(data: dict) -> dict:
    return data["tables"]["activity"][0]["record"]


def _not_a_zip(good, tmp_path, repack):
    path = tmp_path / "x.bygdeliv"
    path.write_bytes(b"%PDF-1.7 this is not a zip" * 50)
    return path


def _empty(good, tmp_path, repack):
    path = tmp_path / "x.bygdeliv"
    path.write_bytes(b"")
    return path


def _truncated(good, tmp_path, repack):
    path = tmp_path / "x.bygdeliv"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return path


def _zip_bomb(good, tmp_path, repack):
    payload = b'{"tables": {}}' + b" " * (30 * 1024 * 1024)  # valid JSON, ~1000:1 compressed
    return repack(good, tmp_path / "x.bygdeliv", members=lambda c: _set_data(c, payload))


def _traversal(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv",
                  members=lambda c: {**c, "../../evil.sh": b"rm -rf ~"})


def _absolute(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv", members=lambda c: {**c, "/etc/cron.d/x": b"x"})


def _unexpected(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv", members=lambda c: {**c, "readme.txt": b"hei"})


def _duplicate(good, tmp_path, repack):
    path = tmp_path / "x.bygdeliv"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))
        with pytest.warns(UserWarning):
            target.writestr("data.json", b'{"tables": {}}')
    return path


def _symlink(good, tmp_path, repack):
    path = tmp_path / "x.bygdeliv"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            info = zipfile.ZipInfo(name)
            if name == "data.json":
                info.external_attr = (0o120777 << 16)  # a symlink entry
            target.writestr(info, source.read(name))
    return path


def _wrong_hash(good, tmp_path, repack):
    def edit(data):
        _first_activity(data)["title"] = "Endret etter signering"
        return data
    return repack(good, tmp_path / "x.bygdeliv", data=edit, keep_hashes=True)


def _bad_signature(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv",
                  members=lambda c: {**c, "manifest.json.p7s": b"\x30\x03\x02\x01\x01"})


def _malformed_data_json(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv",
                  members=lambda c: _set_data(c, b'{"tables": {"store": [}'))


def _malformed_manifest(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv",
                  members=lambda c: {**c, "manifest.json": b"{not json"})


def _newer_schema(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv",
                  manifest=lambda m: {**m, "schema_version": m["schema_version"] + 1})


def _newer_format(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv",
                  manifest=lambda m: {**m, "format_version": m["format_version"] + 1})


def _missing_parent(good, tmp_path, repack):
    def edit(data):
        _first_activity(data)["store_id"] = "00000000-0000-4000-8000-000000000000"
        return data
    return repack(good, tmp_path / "x.bygdeliv", data=edit)


def _unknown_column(good, tmp_path, repack):
    def edit(data):
        _first_activity(data)["admin"] = True
        return data
    return repack(good, tmp_path / "x.bygdeliv", data=edit)


def _wrong_type(good, tmp_path, repack):
    def edit(data):
        _first_activity(data)["participants"] = "mange"
        return data
    return repack(good, tmp_path / "x.bygdeliv", data=edit)


def _too_long_text(good, tmp_path, repack):
    def edit(data):
        data["tables"]["store"][0]["record"]["name"] = "x" * 10_000
        return data
    return repack(good, tmp_path / "x.bygdeliv", data=edit)


def _nan(good, tmp_path, repack):
    text = json.dumps({"tables": {"activity": [{"record": {"participants": float("nan")},
                                                "clock": {}}]}}).encode()
    return repack(good, tmp_path / "x.bygdeliv", members=lambda c: _set_data(c, text))


def _duplicate_keys(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv",
                  members=lambda c: _set_data(c, b'{"tables": {}, "tables": {}}'))


def _deep_nesting(good, tmp_path, repack):
    payload = b"[" * 100_000 + b"]" * 100_000
    return repack(good, tmp_path / "x.bygdeliv", members=lambda c: _set_data(c, payload))


def _missing_data(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv",
                  members=lambda c: {k: v for k, v in c.items() if k != "data.json"})


def _unknown_table(good, tmp_path, repack):
    def edit(data):
        data["tables"]["users"] = []
        return data
    return repack(good, tmp_path / "x.bygdeliv", data=edit)


def _bad_id(good, tmp_path, repack):
    def edit(data):
        _first_activity(data)["id"] = "../../etc/passwd"
        return data
    return repack(good, tmp_path / "x.bygdeliv", data=edit)


def _naive_timestamp(good, tmp_path, repack):
    def edit(data):
        _first_activity(data)["updated_at"] = "2025-01-01T10:00:00"
        return data
    return repack(good, tmp_path / "x.bygdeliv", data=edit)


def _absurd_declared_size(good, tmp_path, repack):
    def edit(manifest):
        manifest["files"]["data.json"]["size"] = 10**15
        return manifest
    return repack(good, tmp_path / "x.bygdeliv", manifest=edit)


CASES = [
    (_not_a_zip, errors.ExchangeNotZip),
    (_empty, errors.ExchangeNotZip),
    (_truncated, errors.ExchangeNotZip),
    (_zip_bomb, errors.ExchangeTooLarge),
    (_traversal, errors.ExchangeBadMember),
    (_absolute, errors.ExchangeBadMember),
    (_unexpected, errors.ExchangeBadMember),
    (_duplicate, errors.ExchangeBadMember),
    (_symlink, errors.ExchangeBadMember),
    (_wrong_hash, errors.ExchangeHashMismatch),
    (_bad_signature, errors.ExchangeBadSignature),
    (_malformed_data_json, errors.ExchangeMalformed),
    (_malformed_manifest, errors.ExchangeMalformed),
    (_newer_schema, errors.ExchangeTooNew),
    (_newer_format, errors.ExchangeTooNew),
    (_missing_parent, errors.ExchangeMissingParent),
    (_unknown_column, errors.ExchangeMalformed),
    (_wrong_type, errors.ExchangeMalformed),
    (_too_long_text, errors.ExchangeMalformed),
    (_nan, errors.ExchangeMalformed),
    (_duplicate_keys, errors.ExchangeMalformed),
    (_deep_nesting, errors.ExchangeMalformed),
    (_missing_data, errors.ExchangeBadMember),
    (_unknown_table, errors.ExchangeMalformed),
    (_bad_id, errors.ExchangeMalformed),
    (_naive_timestamp, errors.ExchangeMalformed),
    (_absurd_declared_size, errors.ExchangeHashMismatch),
]


@pytest.fixture
def good_file(services, store, tmp_path):
    services.activities.add(store.id, {"date": dt.date(2025, 5, 2), "kind_code": "quiz",
                                       "title": "Quiz", "participants": 20})
    return export_file(services.database, tmp_path / "good.bygdeliv").path


@pytest.mark.parametrize(("build", "expected"), CASES, ids=[c[0].__name__.strip("_") for c in CASES])
def test_hostile_file_is_refused_and_database_unchanged(build, expected, good_file, other,
                                                        tmp_path, repack, digest):
    other.stores.create({"name": "Mottakerbutikken"})  # the receiver has data of its own
    path = build(good_file, tmp_path, repack)
    before = digest(other.database.path)
    with pytest.raises(expected) as caught:
        import_file(other.database, path)
    assert isinstance(caught.value, errors.ExchangeRefused)
    assert caught.value.code.startswith("exchange.")
    assert digest(other.database.path) == before


def test_whole_file_size_limit(good_file, other, digest):
    before = digest(other.database.path)
    with pytest.raises(errors.ExchangeTooLarge):
        import_file(other.database, good_file, limits=Limits(max_file_bytes=100))
    assert digest(other.database.path) == before


def test_entry_count_limit(good_file, other, digest):
    before = digest(other.database.path)
    with pytest.raises(errors.ExchangeTooLarge):
        import_file(other.database, good_file, limits=Limits(max_entries=1))
    assert digest(other.database.path) == before


def test_the_good_file_itself_imports(good_file, other):
    assert import_file(other.database, good_file).applied
