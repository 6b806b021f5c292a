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


def _manifest_time_out_of_range(good, tmp_path, repack):
    def edit(manifest):
        manifest["created_at"] = "0001-01-01T00:00:00+23:59"  # was an OverflowError
        return manifest
    return repack(good, tmp_path / "x.bygdeliv", manifest=edit)


def _manifest_time_without_zone(good, tmp_path, repack):
    def edit(manifest):
        manifest["created_at"] = "2025-01-01T10:00:00"
        return manifest
    return repack(good, tmp_path / "x.bygdeliv", manifest=edit)


def _absurd_declared_size(good, tmp_path, repack):
    def edit(manifest):
        manifest["files"]["data.json"]["size"] = 10**15
        return manifest
    return repack(good, tmp_path / "x.bygdeliv", manifest=edit)


# -- package level (issue 19): the container and the manifest must tell the truth ---------------

def _polyglot_prefix(good, tmp_path, repack):
    path = tmp_path / "x.bygdeliv"
    path.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n" + good.read_bytes())
    return path


def _trailing_bytes(good, tmp_path, repack):
    path = tmp_path / "x.bygdeliv"
    path.write_bytes(good.read_bytes() + b"\x00<script>alert(1)</script>")
    return path


def _record_counts_lie(good, tmp_path, repack):
    def edit(manifest):
        manifest["record_counts"]["activity"] += 1
        return manifest
    return repack(good, tmp_path / "x.bygdeliv", manifest=edit)


def _record_counts_hide_a_table(good, tmp_path, repack):
    def edit(manifest):
        del manifest["record_counts"]["activity"]
        return manifest
    return repack(good, tmp_path / "x.bygdeliv", manifest=edit)


def _manifest_lists_extra_store(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv", manifest=lambda m: {
        **m, "stores": m["stores"] + ["00000000-0000-4000-8000-000000000001"]})


def _manifest_hides_the_store(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv", manifest=lambda m: {**m, "stores": []})


def _data_json_declared_over_limit(good, tmp_path, repack):
    """The zip's central directory says data.json is 30 MB (over the 20 MB limit)."""
    path = repack(good, tmp_path / "x.bygdeliv")
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("data.json")
    entry = raw.index(b"PK\x01\x02")
    while True:  # find data.json's central directory entry and patch its uncompressed size
        name_length = int.from_bytes(raw[entry + 28:entry + 30], "little")
        if raw[entry + 46:entry + 46 + name_length] == b"data.json":
            break
        entry = raw.index(b"PK\x01\x02", entry + 4)
    assert int.from_bytes(raw[entry + 24:entry + 28], "little") == info.file_size
    raw[entry + 24:entry + 28] = (30 * 1024 * 1024).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    return path


def _duplicate_manifest(good, tmp_path, repack):
    path = tmp_path / "x.bygdeliv"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))
        doc = json.loads(source.read("manifest.json"))
        doc["stores"] = []
        with pytest.warns(UserWarning):
            target.writestr("manifest.json", json.dumps(doc))
    return path


def _backslash_traversal(good, tmp_path, repack):
    return repack(good, tmp_path / "x.bygdeliv",
                  members=lambda c: {**c, "attachments\\..\\..\\evil.bat": b"del /q"})


def _attachment_bomb(good, tmp_path, repack):
    import hashlib

    bomb = b"\0" * (40 * 1024 * 1024)
    sha = hashlib.sha256(bomb).hexdigest()

    def edit(manifest):
        manifest["files"][f"attachments/{sha}"] = {"sha256": sha, "size": len(bomb)}
        return manifest
    return repack(good, tmp_path / "x.bygdeliv", manifest=edit,
                  members=lambda c: {**c, f"attachments/{sha}": bomb})


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
    (_manifest_time_out_of_range, errors.ExchangeMalformed),
    (_manifest_time_without_zone, errors.ExchangeMalformed),
    (_absurd_declared_size, errors.ExchangeHashMismatch),
    (_polyglot_prefix, errors.ExchangeNotZip),
    (_trailing_bytes, errors.ExchangeNotZip),
    (_record_counts_lie, errors.ExchangeMalformed),
    (_record_counts_hide_a_table, errors.ExchangeMalformed),
    (_manifest_lists_extra_store, errors.ExchangeMalformed),
    (_manifest_hides_the_store, errors.ExchangeMalformed),
    (_data_json_declared_over_limit, errors.ExchangeTooLarge),
    (_duplicate_manifest, errors.ExchangeBadMember),
    (_backslash_traversal, errors.ExchangeBadMember),
    (_attachment_bomb, errors.ExchangeTooLarge),
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


def test_activity_slipped_into_another_store_is_refused(good_file, other, tmp_path, repack,
                                                        digest, state):
    """Issue 19: an activity for the receiver's own store rides along in a file about another
    store; the preview named only the file's store and the activity was imported."""
    victim = other.stores.create({"name": "Mottakerbutikken"})

    def inject(data):
        forged = json.loads(json.dumps(data["tables"]["activity"][0]))
        forged["record"]["id"] = "11111111-1111-4111-8111-111111111111"
        forged["record"]["store_id"] = victim.id
        forged["record"]["title"] = "Innsmuglet"
        data["tables"]["activity"].append(forged)
        return data

    def count(manifest):
        manifest["record_counts"]["activity"] += 1
        return manifest

    path = repack(good_file, tmp_path / "x.bygdeliv", data=inject, manifest=count)
    before, rows = digest(other.database.path), state(other.database)
    with pytest.raises(errors.ExchangeMissingParent) as caught:
        import_file(other.database, path)
    assert caught.value.params["parent_id"] == victim.id
    assert digest(other.database.path) == before and state(other.database) == rows


def test_data_json_over_the_limit_is_refused_by_an_actual_read(good_file, other, tmp_path,
                                                                repack, digest):
    """Headers lie: data.json is read with a hard cap, and the message names the limit."""
    import random

    rng = random.Random(5)
    words = ["kaffe", "quiz", "dugnad", "strikk", "bygdekino", "marked", "vafler", "post"]

    def pad(data):  # valid JSON of about 2 MB that compresses like real text (ratio ~3)
        record = data["tables"]["activity"][0]["record"]
        for n in range(900):
            extra = json.loads(json.dumps(data["tables"]["activity"][0]))
            extra["record"] = {**record, "id": f"{n:08d}-0000-4000-8000-000000000000",
                               "note": " ".join(rng.choice(words) for _ in range(300))[:2000]}
            data["tables"]["activity"].append(extra)
        return data

    def count(manifest):
        manifest["record_counts"]["activity"] = 901
        return manifest

    path = repack(good_file, tmp_path / "x.bygdeliv", data=pad, manifest=count)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("data.json").file_size > 1024 * 1024
    before = digest(other.database.path)
    with pytest.raises(errors.ExchangeTooLarge) as caught:
        import_file(other.database, path, limits=Limits(max_data_bytes=1024 * 1024))
    assert caught.value.params["reason"] == "data" and caught.value.params["limit_mb"] == 1
    assert "1 MB" in caught.value.detail
    assert digest(other.database.path) == before
    assert import_file(other.database, path).applied  # under the real limit it is fine


def test_the_default_data_limit_fits_a_consultants_twenty_stores():
    """20 stores × 1 700 activities at ~600 bytes each (services, assessments and notes
    included; measured by benchmarks/exchange_import_memory.py)."""
    assert Limits().max_data_bytes >= 20 * 1700 * 600
