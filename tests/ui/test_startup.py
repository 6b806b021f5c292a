"""Start-up through run_gui: a bad database file gets a clear dialog and stays untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from bygdeliv_desktop.app import gui_parser
from bygdeliv_desktop.ui.application import run_gui


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_too_new(path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999')")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(("make", "expected"), [
    (lambda p: p.write_text("dette er ikke en database\n", encoding="utf-8"),
     "ikke en Bygdeliv-database"),
    (_make_too_new, "nyere versjon"),
])
def test_bad_database_file_shows_dialog_and_is_untouched(app, tmp_path, on_modal, make, expected):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database = data_dir / "bygdeliv.sqlite3"
    make(database)
    before = _digest(database)
    shown = []

    def read_and_close(box):
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    on_modal(read_and_close)
    status = run_gui(gui_parser().parse_args(["--data-dir", str(data_dir)]))
    assert status == 2
    assert shown and expected in shown[0] and "ikke endret" in shown[0]
    assert _digest(database) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["bygdeliv.sqlite3"]
