import datetime as dt
import json
import zipfile

import pytest

from bygdeliv_desktop.db.backup import backup_dir
from bygdeliv_desktop.domain.models import Activity
from bygdeliv_desktop.errors import ExchangeMissingParent, RecordNotFound
from bygdeliv_desktop.exchange import conflicts
from bygdeliv_desktop.exchange.importer import apply_import, import_file, preview_import
from bygdeliv_desktop.exchange.merge import CONFLICT, NEW, UNCHANGED
from bygdeliv_desktop.exchange.package_format import DATA, MANIFEST
from bygdeliv_desktop.exchange.writer import export_file

DAY = dt.date(2025, 3, 6)


def _activity(services, store_id, title="Kaffeprat"):
    return services.activities.add(store_id, {"date": DAY, "kind_code": "coffee_meetup",
                                              "title": title, "participants": 8})


def test_export_then_import_copies_every_record(services, other, store, tmp_path, state):
    _activity(services, store.id)
    services.offerings.add(store.id, {"kind_code": "post", "partner": "Posten"})
    out = tmp_path / "butikk.bygdeliv"
    result = export_file(services.database, out, [store.id])
    assert {k: v for k, v in result.record_counts.items() if v} == \
        {"store": 1, "service_offering": 1, "activity": 1}
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == [DATA, MANIFEST]
        manifest = json.loads(archive.read(MANIFEST))
    assert manifest["stores"] == [store.id]

    preview = preview_import(other.database, out)
    assert preview.plan.totals[NEW] == 3
    assert state(other.database)["store"] == []  # the preview wrote nothing
    import_file(other.database, out)
    assert state(other.database) == state(services.database)


def test_export_selects_only_the_chosen_store(services, store, tmp_path):
    second = services.stores.create({"name": "Andre butikk"})
    _activity(services, store.id)
    _activity(services, second.id)
    result = export_file(services.database, tmp_path / "en.bygdeliv", [second.id])
    assert {k: v for k, v in result.record_counts.items() if v} == {"store": 1, "activity": 1}
    everything = export_file(services.database, tmp_path / "alt.bygdeliv")
    assert everything.record_counts["store"] == 2 and everything.record_counts["activity"] == 2


def test_export_of_unknown_store_is_refused_and_writes_no_file(services, tmp_path):
    with pytest.raises(RecordNotFound):
        export_file(services.database, tmp_path / "x.bygdeliv", ["1" * 36])
    assert list(tmp_path.glob("*.bygdeliv*")) == []


def test_importing_the_same_file_twice_changes_nothing(services, other, store, tmp_path, digest):
    _activity(services, store.id)
    out = tmp_path / "a.bygdeliv"
    export_file(services.database, out)
    assert import_file(other.database, out).applied
    before = digest(other.database.path)
    second = import_file(other.database, out)
    assert not second.applied and second.plan.already_imported
    assert digest(other.database.path) == before


def test_a_new_export_of_unchanged_data_is_all_unchanged(services, other, store, tmp_path, state):
    _activity(services, store.id)
    export_file(services.database, tmp_path / "1.bygdeliv")
    import_file(other.database, tmp_path / "1.bygdeliv")
    export_file(services.database, tmp_path / "2.bygdeliv")
    result = import_file(other.database, tmp_path / "2.bygdeliv")
    assert result.plan.totals == {UNCHANGED: 2}
    assert state(other.database) == state(services.database)


def test_one_sided_edit_and_delete_fast_forward(services, other, store, tmp_path, state):
    kept = _activity(services, store.id, "Quiz")
    gone = _activity(services, store.id, "Dugnad")
    export_file(services.database, tmp_path / "1.bygdeliv")
    import_file(other.database, tmp_path / "1.bygdeliv")
    other.activities.update(kept.id, {"title": "Quiz i kaffekroken"})
    other.activities.delete(gone.id)
    export_file(other.database, tmp_path / "2.bygdeliv")
    plan = preview_import(services.database, tmp_path / "2.bygdeliv").plan
    assert plan.totals == {"changed": 1, "deleted": 1, UNCHANGED: 1}
    import_file(services.database, tmp_path / "2.bygdeliv")
    assert services.activities.get(kept.id).title == "Quiz i kaffekroken"
    with pytest.raises(RecordNotFound):
        services.activities.get(gone.id)
    assert conflicts.open_conflicts(services.database) == []
    assert state(other.database) == state(services.database)


def test_both_sides_changed_keeps_the_loser_in_the_conflict_list(services, other, store, tmp_path):
    export_file(services.database, tmp_path / "1.bygdeliv")
    import_file(other.database, tmp_path / "1.bygdeliv")
    services.stores.rename(store.id, "Navn fra butikken")
    other.stores.rename(store.id, "Navn fra konsulenten")
    export_file(other.database, tmp_path / "2.bygdeliv")
    plan = preview_import(services.database, tmp_path / "2.bygdeliv").plan
    assert plan.totals == {CONFLICT: 1}
    import_file(services.database, tmp_path / "2.bygdeliv")
    names = {"Navn fra butikken", "Navn fra konsulenten"}
    current = services.stores.get(store.id).name
    [conflict] = conflicts.open_conflicts(services.database)
    assert {current, json.loads(conflict.losing_data)["name"]} == names

    conflicts.resolve(services.database, conflict.id, keep_losing=True)
    assert services.stores.get(store.id).name == (names - {current}).pop()
    assert conflicts.open_conflicts(services.database) == []
    # The resolution is a new edit: it wins on the other machine without a new conflict.
    export_file(services.database, tmp_path / "3.bygdeliv")
    assert preview_import(other.database, tmp_path / "3.bygdeliv").plan.conflicts == []
    import_file(other.database, tmp_path / "3.bygdeliv")
    assert other.stores.get(store.id).name == services.stores.get(store.id).name


def test_an_edit_after_a_delete_brings_the_record_back(services, other, store, tmp_path):
    activity = _activity(services, store.id)
    export_file(services.database, tmp_path / "1.bygdeliv")
    import_file(other.database, tmp_path / "1.bygdeliv")
    services.activities.delete(activity.id)
    other.activities.update(activity.id, {"participants": 12})
    for source, target, name in ((services, other, "2"), (other, services, "3")):
        export_file(source.database, tmp_path / f"{name}.bygdeliv")
        import_file(target.database, tmp_path / f"{name}.bygdeliv")
    for side in (services, other):
        assert side.activities.get(activity.id).participants == 12
    deleted = [c for c in conflicts.open_conflicts(other.database)
               if json.loads(c.losing_data)["deleted_at"]]
    assert len(deleted) == 1  # the delete is kept visible, not silently dropped


def test_records_whose_parent_is_missing_are_refused(services, other, store, tmp_path, digest,
                                                      repack):
    _activity(services, store.id)
    export_file(services.database, tmp_path / "all.bygdeliv")
    def drop_store(data: dict) -> dict:
        data["tables"]["store"] = []
        return data

    broken = repack(tmp_path / "all.bygdeliv", tmp_path / "orphan.bygdeliv", data=drop_store)
    before = digest(other.database.path)
    with pytest.raises(ExchangeMissingParent) as caught:
        import_file(other.database, broken)
    assert caught.value.params["parent_id"] == store.id
    assert digest(other.database.path) == before


def test_export_is_atomic_when_writing_fails(services, store, tmp_path, monkeypatch):
    out = tmp_path / "a.bygdeliv"
    out.write_bytes(b"old file")

    def broken_writestr(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", broken_writestr)
    with pytest.raises(OSError):
        export_file(services.database, out)
    assert out.read_bytes() == b"old file"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["a.bygdeliv"]


def test_a_crash_during_import_leaves_the_database_unchanged_and_rerun_works(
        services, other, store, tmp_path, digest, monkeypatch, state):
    _activity(services, store.id)
    out = tmp_path / "a.bygdeliv"
    export_file(services.database, out)
    before = digest(other.database.path)
    preview = preview_import(other.database, out)

    from bygdeliv_desktop.exchange import importer

    real_write = importer._write
    calls = []

    def crash_on_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # like the user killing the program half-way
        return real_write(*args, **kwargs)

    monkeypatch.setattr(importer, "_write", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        apply_import(other.database, preview)
    assert digest(other.database.path) == before
    assert list(backup_dir(other.database.path).glob("*before-import*"))  # backup came first
    monkeypatch.setattr(importer, "_write", real_write)
    assert import_file(other.database, out).applied
    assert state(other.database) == state(services.database)


def test_activity_rows_survive_with_their_versions(services, other, store, tmp_path):
    activity = _activity(services, store.id)
    services.activities.update(activity.id, {"title": "Ny tittel"})
    export_file(services.database, tmp_path / "a.bygdeliv")
    import_file(other.database, tmp_path / "a.bygdeliv")
    with other.database.reader() as session:
        assert session.get(Activity, activity.id).version == 2
