"""Assessments, answers, catalogue snapshots, attachment files and the action plan travel in
exchange files, and hostile versions of them are refused with the database unchanged."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile

import pytest

from bygdeliv_desktop.errors import ExchangeHashMismatch, ExchangeMalformed
from bygdeliv_desktop.exchange.importer import import_file
from bygdeliv_desktop.exchange.package_format import ATTACHMENT_PREFIX
from bygdeliv_desktop.exchange.writer import export_file
from tests.exchange.conftest import repack_file

HEADER = {"assessor_role": "consultant", "assessor_name": "Kari Konsulent",
          "assessed_on": dt.date(2025, 3, 1)}


@pytest.fixture
def assessed(services, store, tmp_path):
    """A store with an answered assessment, one attached photo and an action from a criterion."""
    assessment = services.assessments.create(store.id, HEADER)
    view = services.assessments.view(assessment.id)
    first = view.catalogue.categories[0].criteria[0].id
    services.assessments.save_answer(assessment.id, first, {"value": 1, "evidence": "Kaffikrok"})
    photo = tmp_path / "kaffikrok.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg, but bytes all the same " * 50)
    attachment = services.attachments.attach(assessment.id, first, photo)
    services.actions.from_criterion(assessment.id, first, {"title": "Større kaffikrok"})
    return assessment, first, attachment


def test_assessment_attachment_and_action_arrive_and_render(services, other, store, assessed,
                                                             tmp_path, state):
    assessment, criterion, attachment = assessed
    out = tmp_path / "butikk.bygdeliv"
    result = export_file(services.database, out, [store.id])
    assert result.record_counts["assessment"] == 1 and result.record_counts["action_item"] == 1
    assert result.record_counts["attachment_file"] == 1 and result.missing_attachments == ()
    with zipfile.ZipFile(out) as archive:
        assert ATTACHMENT_PREFIX + attachment.sha256 in archive.namelist()

    import_file(other.database, out)

    theirs, ours = state(other.database), state(services.database)
    for table in ("store", "assessment", "answer", "attachment_file", "action_item"):
        assert theirs[table] == ours[table], table
    arrived = other.attachments.path(attachment.id)  # checks the hash too
    assert hashlib.sha256(arrived.read_bytes()).hexdigest() == attachment.sha256
    view = other.assessments.view(assessment.id)
    assert view.answer(criterion).evidence == "Kaffikrok"
    assert [a.title for a in other.actions.list_for_store(store.id)] == ["Større kaffikrok"]


def test_missing_local_attachment_is_named_and_the_rest_exported(services, store, assessed,
                                                                  tmp_path):
    _assessment, _criterion, attachment = assessed
    services.attachments.path(attachment.id).unlink()
    result = export_file(services.database, tmp_path / "a.bygdeliv", [store.id])
    assert result.missing_attachments == ("kaffikrok.jpg",)
    with zipfile.ZipFile(tmp_path / "a.bygdeliv") as archive:
        assert not [n for n in archive.namelist() if n.startswith(ATTACHMENT_PREFIX)]


def _attachment_records(edit):
    def change(doc):
        for item in doc["tables"]["attachment_file"]:
            edit(item["record"])
        return doc
    return change


@pytest.mark.parametrize("edit", [
    lambda r: r.update(stored_name="../../../evil.sh"),
    lambda r: r.update(stored_name="a" * 64 + ".jpg"),  # not the record's hash
    lambda r: r.update(stored_name=r["sha256"] + ".j/pg"),
    lambda r: r.update(size_bytes=-1),
], ids=["traversal", "other-hash", "slash-in-suffix", "negative-size"])
def test_hostile_attachment_records_are_refused(services, other, store, assessed, tmp_path,
                                                digest, edit):
    good = tmp_path / "good.bygdeliv"
    export_file(services.database, good, [store.id])
    bad = repack_file(good, tmp_path / "bad.bygdeliv", data=_attachment_records(edit))
    before = digest(other.database.path)
    with pytest.raises(ExchangeMalformed):
        import_file(other.database, bad)
    assert digest(other.database.path) == before
    assert not (other.database.path.parent / "attachments").exists()
    assert not list(tmp_path.rglob("evil.sh"))


def test_attachment_member_not_named_by_its_content_is_refused(services, other, store, assessed,
                                                              tmp_path, digest):
    good = tmp_path / "good.bygdeliv"
    export_file(services.database, good, [store.id])
    _a, _c, attachment = assessed
    old_name = ATTACHMENT_PREFIX + attachment.sha256
    fake = "b" * 64

    def rename(content):
        content[ATTACHMENT_PREFIX + fake] = content.pop(old_name)
        return content

    def relist(doc):
        doc["files"][ATTACHMENT_PREFIX + fake] = doc["files"].pop(old_name)
        return doc

    bad = repack_file(good, tmp_path / "bad.bygdeliv", manifest=relist, members=rename)
    before = digest(other.database.path)
    with pytest.raises(ExchangeHashMismatch):
        import_file(other.database, bad)
    assert digest(other.database.path) == before


@pytest.mark.parametrize("edit", [
    lambda r: r.update(content=r["content"] + "\n# changed\n"),  # hash no longer matches
    lambda r: r.update(catalog_version=r["catalog_version"] + 1),
], ids=["content-changed", "version-changed"])
def test_tampered_catalogue_snapshot_is_refused(services, other, store, assessed, tmp_path, digest,
                                                edit):
    good = tmp_path / "good.bygdeliv"
    export_file(services.database, good, [store.id])

    def change(doc):
        for item in doc["tables"]["catalog_snapshot"]:
            edit(item["record"])
        return doc

    bad = repack_file(good, tmp_path / "bad.bygdeliv", data=change)
    before = digest(other.database.path)
    with pytest.raises(ExchangeMalformed):
        import_file(other.database, bad)
    assert digest(other.database.path) == before


def test_answer_edited_on_both_machines_converges(services, other, store, assessed, tmp_path,
                                                  state):
    assessment, criterion, _attachment = assessed
    export_file(services.database, tmp_path / "1.bygdeliv", [store.id])
    import_file(other.database, tmp_path / "1.bygdeliv")
    services.assessments.save_answer(assessment.id, criterion, {"value": 2})
    other.assessments.save_answer(assessment.id, criterion, {"value": 0, "comment": "Nei"})
    export_file(services.database, tmp_path / "2.bygdeliv", [store.id])
    export_file(other.database, tmp_path / "3.bygdeliv", [store.id])
    import_file(other.database, tmp_path / "2.bygdeliv")
    import_file(services.database, tmp_path / "3.bygdeliv")
    assert state(other.database)["answer"] == state(services.database)["answer"]


def test_an_older_catalogue_arriving_later_does_not_replace_the_current_one(
        services, other, store, tmp_path):
    """The county moved to catalogue v2; a store file made later with v1 arrives. New
    assessments on the county's machine keep using v2, and v1 is listed once, not twice."""
    from tests.domain.criteria_helpers import catalogue_toml

    v1 = tmp_path / "v1.toml"
    v1.write_text(catalogue_toml({"A": [("A1", True)]}), encoding="utf-8")
    v2 = tmp_path / "v2.toml"
    v2.write_text(catalogue_toml({"A": [("A1", True)], "B": [("B1", False)]}, version=2),
                  encoding="utf-8")
    other.catalogues.import_file(v1)
    current = other.catalogues.import_file(v2).info
    services.catalogues.import_file(v1)  # imported after the county's v2: a later timestamp
    services.assessments.create(store.id, HEADER)
    out = tmp_path / "butikk.bygdeliv"
    export_file(services.database, out, [store.id])

    import_file(other.database, out)

    assert other.catalogues.current().sha256 == current.sha256
    listed = [c.sha256 for c in other.catalogues.list()]
    assert len(listed) == len(set(listed))


def test_answers_changed_as_a_draft_elsewhere_after_the_lock_are_flagged_on_both_machines(
        services, other, store, tmp_path):
    """The consultant locks the assessment on the laptop while the shop edits an answer in its
    draft copy; after files go both ways, both machines show it as locked and changed since."""
    assessment = services.assessments.create(store.id, HEADER)
    criteria = services.assessments.view(assessment.id).catalogue.criteria()
    for criterion in criteria:
        services.assessments.save_answer(assessment.id, criterion.id, {"value": 2})
    import_file(other.database, export_file(services.database, tmp_path / "a.bygdeliv",
                                            [store.id]).path)
    untouched = services.assessments.create(store.id, HEADER)  # locked with no later edits
    for criterion in criteria:
        services.assessments.save_answer(untouched.id, criterion.id, {"value": 1})
    services.assessments.finalise(untouched.id)

    services.assessments.finalise(assessment.id)  # the laptop locks...
    other.assessments.save_answer(assessment.id, criteria[0].id,  # ...the shop still edits
                                  {"value": 1, "evidence": "Seinare endra"})
    import_file(other.database, export_file(services.database, tmp_path / "b.bygdeliv",
                                            [store.id]).path)
    import_file(services.database, export_file(other.database, tmp_path / "c.bygdeliv",
                                               [store.id]).path)

    for machine in (services, other):
        flags = {s.id: (s.is_final, s.changed_after_lock)
                 for s in machine.assessments.list_for_store(store.id)}
        assert flags[assessment.id] == (True, True)
        assert flags[untouched.id] == (True, False)
        assert machine.assessments.view(assessment.id).summary.changed_after_lock
