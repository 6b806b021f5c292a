"""Evidence files for an assessment answer, copied into the data dir and named by their sha256.

Content addressing means a file attached twice is stored once, a copied assessment shares the
file, and a damaged or swapped file is noticed (``path`` checks the hash).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain.assessment_models import AttachmentFile
from bygdeliv_desktop.errors import AttachmentError, AttachmentMissing, AttachmentTooLarge
from bygdeliv_desktop.services.assessments import AttachmentView, get_draft
from bygdeliv_desktop.services.records import get_live, soft_delete

ATTACHMENTS_DIRNAME = "attachments"
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024  # photos and scanned PDFs; not videos
_CHUNK = 1024 * 1024


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _stored_name(sha256: str, original: Path) -> str:
    # The suffix lets the operating system open the file with the right program.
    suffix = original.suffix.lower()
    safe = suffix if len(suffix) <= 10 and suffix[1:].isalnum() else ""
    return sha256 + safe


def _view(row: AttachmentFile) -> AttachmentView:
    return AttachmentView(row.id, row.criterion_id, row.original_name, row.sha256, row.size_bytes,
                          row.stored_name)


class AttachmentService:
    def __init__(self, database: Database, data_dir: Path | None = None) -> None:
        self._db = database
        self.directory = (data_dir or database.path.parent) / ATTACHMENTS_DIRNAME

    def attach(self, assessment_id: str, criterion_id: str, source: Path) -> AttachmentView:
        """Copy ``source`` into the data dir (atomically, hashed) and link it to the answer."""
        with self._db.reader() as session:
            get_draft(session, assessment_id)  # refuse early, before copying a large file
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise AttachmentError(f"{source}: {exc.strerror}", path=str(source)) from exc
        if not source.is_file():
            raise AttachmentError(f"{source}: not a file", path=str(source))
        if size > MAX_ATTACHMENT_BYTES:
            raise AttachmentTooLarge(str(source), path=str(source), size=size,
                                     max=MAX_ATTACHMENT_BYTES)
        sha256 = self._copy_in(source)
        row = AttachmentFile(assessment_id=assessment_id, criterion_id=criterion_id, sha256=sha256,
                             stored_name=_stored_name(sha256, source),
                             original_name=source.name[:255], size_bytes=size)
        with self._db.transaction() as session:
            get_draft(session, assessment_id)
            session.add(row)
        return _view(row)

    def remove(self, attachment_id: str) -> None:
        """Unlink the file from its answer. The stored copy stays: other answers may share it,
        and a finalised assessment still points at it."""
        with self._db.transaction() as session:
            row = get_live(session, AttachmentFile, attachment_id)
            get_draft(session, row.assessment_id)
            soft_delete(session, AttachmentFile, attachment_id)

    def path(self, attachment_id: str) -> Path:
        """The stored copy, checked against its hash (AttachmentMissing if gone or changed)."""
        with self._db.reader() as session:
            row = get_live(session, AttachmentFile, attachment_id)
        stored = self.directory / row.stored_name
        if not stored.is_file() or _sha256_of(stored) != row.sha256:
            raise AttachmentMissing(str(stored), path=str(stored), name=row.original_name)
        return stored

    def _copy_in(self, source: Path) -> str:
        """Copy to a temporary file while hashing, then rename into place; returns the sha256."""
        self.directory.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        handle = tempfile.NamedTemporaryFile(dir=self.directory, prefix=".incoming-", delete=False)
        temp = Path(handle.name)
        try:
            with handle, source.open("rb") as reader:
                for chunk in iter(lambda: reader.read(_CHUNK), b""):
                    digest.update(chunk)
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            target = self.directory / _stored_name(digest.hexdigest(), source)
            if target.is_file() and _sha256_of(target) == digest.hexdigest():
                temp.unlink()
            else:
                os.replace(temp, target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise AttachmentError(f"{source}: {exc.strerror}", path=str(source)) from exc
        return digest.hexdigest()

