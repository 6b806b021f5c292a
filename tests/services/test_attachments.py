"""Evidence files: copied into the data dir under their sha256, shared, checked on open."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from bygdeliv_desktop.errors import AttachmentError, AttachmentMissing, AttachmentTooLarge
from bygdeliv_desktop.services import attachments as attachments_module


@pytest.fixture
def assessment(services, store):
    return services.assessments.create(store.id, {"assessor_role": "shopkeeper",
                                                  "assessor_name": "Per", "assessed_on": dt.date(2025, 5, 1)})


def test_attach_copies_and_hashes(services, assessment, tmp_path, db_path):
    content = b"%PDF-1.7 samarbeidsavtale" * 1000
    source = tmp_path / "Avtale.PDF"
    source.write_bytes(content)
    view = services.attachments.attach(assessment.id, "S1", source)
    digest = hashlib.sha256(content).hexdigest()
    assert (view.sha256, view.size_bytes, view.original_name) == (digest, len(content), "Avtale.PDF")
    stored = services.attachments.path(view.id)
    assert stored == db_path.parent / "attachments" / f"{digest}.pdf"
    assert stored.read_bytes() == content
    source.unlink()  # the copy does not depend on the original
    assert services.attachments.path(view.id).read_bytes() == content
    answer = services.assessments.view(assessment.id).answer("S1")
    assert answer.value is None and [a.id for a in answer.attachments] == [view.id]


def test_same_content_is_stored_once(services, assessment, tmp_path, db_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("samme innhald")
        services.attachments.attach(assessment.id, "M1", tmp_path / name)
    files = [p for p in (db_path.parent / "attachments").iterdir() if not p.name.startswith(".")]
    assert len(files) == 1
    assert len(services.assessments.view(assessment.id).answer("M1").attachments) == 2


def test_changed_or_lost_copy_is_reported(services, assessment, tmp_path):
    (tmp_path / "bilde.png").write_bytes(b"png")
    view = services.attachments.attach(assessment.id, "M1", tmp_path / "bilde.png")
    stored = services.attachments.path(view.id)
    stored.write_bytes(b"tampered")
    with pytest.raises(AttachmentMissing):
        services.attachments.path(view.id)
    stored.unlink()
    with pytest.raises(AttachmentMissing):
        services.attachments.path(view.id)


def test_remove_unlinks_but_keeps_the_file(services, assessment, tmp_path):
    (tmp_path / "x.txt").write_text("x")
    view = services.attachments.attach(assessment.id, "M1", tmp_path / "x.txt")
    services.attachments.remove(view.id)
    assert services.assessments.view(assessment.id).answer("M1").attachments == ()


def test_unreadable_and_too_large_files_are_refused(services, assessment, tmp_path, monkeypatch):
    with pytest.raises(AttachmentError):
        services.attachments.attach(assessment.id, "M1", tmp_path / "missing.pdf")
    with pytest.raises(AttachmentError):
        services.attachments.attach(assessment.id, "M1", tmp_path)  # a folder
    monkeypatch.setattr(attachments_module, "MAX_ATTACHMENT_BYTES", 10)
    (tmp_path / "big.bin").write_bytes(b"0" * 11)
    with pytest.raises(AttachmentTooLarge) as caught:
        services.attachments.attach(assessment.id, "M1", tmp_path / "big.bin")
    assert caught.value.params["size"] == 11
