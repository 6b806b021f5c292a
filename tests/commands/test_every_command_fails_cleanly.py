"""Every command (taken from the entry point's parser, so new ones are covered) against the
situations that used to end in tracebacks: a missing or unreadable file, a damaged database, one
from a newer version, a read-only folder, a full disk, no signing identity, a wrong passphrase.

Each run must end in plain words and a documented non-zero exit code: never a traceback, never
exit 0 (except where a command's job does not touch what is broken, listed below with why),
never the "unexpected error" code 70.
"""

from __future__ import annotations

import builtins
import os
import sys

import pytest

from bygdeliv_desktop import app, paths
from bygdeliv_desktop.commands import _common
from bygdeliv_desktop.signing.certs import SignerProfile
from bygdeliv_desktop.signing.identity import SigningIdentity
from tests.commands import cli_harness as h

DOCUMENTED_FAILURES = {_common.EXIT_REFUSED, _common.EXIT_USAGE, _common.EXIT_PARTLY,
                       _common.EXIT_DATABASE, _common.EXIT_IN_USE, _common.EXIT_STORAGE}
# Commands whose job does not involve the database may succeed when only the database is broken:
# the signing identity and the county's CA are files of their own (their own failures are the
# other situations here), and ``backup list`` is the way out of a damaged or too new database.
DATABASE_NOT_INVOLVED = ("signing", "ca", "criteria-check", "verify")
NOT_AFFECTED = {path for path, _ in h.leaves() if path[0] in DATABASE_NOT_INVOLVED} \
    | {("backup", "list")}
# A missing data folder is a new one: these set it up (or show it empty) by design.
MISSING_IS_NEW = {("info",), ("demo",), ("export",), ("county", "table"), ("backup", "list"),
                  ("signing", "new"), ("ca", "init")}
SIGNING_LEAVES = {("report",), ("signing", "request"), ("signing", "status"),
                  ("signing", "import"), ("ca", "issue")}
PASSPHRASE = "riktig-passord-123"
VERBOSE = bool(os.environ.get("BYGDELIV_TEST_VERBOSE"))


def run_all(make_place, monkeypatch, capsys, allowed_zero: set, only: set | None = None,
            then=None):
    """Run each leaf at a fresh place from ``make_place(folder_name)``, each after ``then()``
    (which breaks what all places share, e.g. fills the disk again: a failed command may have
    freed some); return the problems found."""
    monkeypatch.setattr(builtins, "input", lambda _prompt="": "j")
    runs = [(path, chain, make_place("-".join(path)))
            for path, chain in h.leaves() if only is None or path in only]
    assert runs, "no command found in the parser"
    problems = []
    for path, chain, place in runs:
        if then is not None:
            then()
        for name in h.ENV_PASSPHRASES:
            monkeypatch.setenv(name, place.env.get(name, PASSPHRASE))
        argv = h.argv_for(path, chain, place)
        try:
            code = app.main(argv)
        except BaseException as exc:  # noqa: BLE001 - that is the failure we look for
            problems.append(f"{' '.join(path)}: raised {exc!r}")
            continue
        out, err = capsys.readouterr()
        if h.TRACEBACK in out + err:
            problems.append(f"{' '.join(path)}: traceback\n{err}")
        elif code == 0 and path not in allowed_zero:
            problems.append(f"{' '.join(path)}: exit 0 although it could not work\n{out}")
        elif code != 0 and code not in DOCUMENTED_FAILURES:
            problems.append(f"{' '.join(path)}: exit {code}\n{err}")
        elif code != 0 and not (out + err).strip():
            problems.append(f"{' '.join(path)}: exit {code} without a message")
        if VERBOSE:
            print(f"{' '.join(path)} -> {code}: {err.strip()[:300]}", file=sys.__stderr__)
    return problems


@pytest.fixture(autouse=True)
def _log_to_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("BYGDELIV_LOG_DIR", str(tmp_path / "log"))


def test_the_parser_lists_every_command():
    commands = {path[0] for path, _ in h.leaves()}
    assert commands == set(app.commands.COMMANDS)
    assert ("backup", "restore") in {path for path, _ in h.leaves()}


def test_missing_files(tmp_path, monkeypatch, capsys):
    def place(name):
        (tmp_path / name).mkdir()
        return h.Place(tmp_path / name / "nowhere" / "data", tmp_path / name / "missing.file",
                       tmp_path / name / "result", tmp_path / name / "no-ca")

    assert run_all(place, monkeypatch, capsys, MISSING_IS_NEW) == []


def test_unreadable_files(tmp_path, monkeypatch, capsys):
    """Tests run as root, where chmod 000 changes nothing: a folder where a file is expected
    (and a file where a folder is expected) gives the same EISDIR/ENOTDIR/EACCES paths."""
    def place(name):
        data = tmp_path / name / "data"
        for path in h.database_files(data):
            path.mkdir(parents=True)  # the database is a folder
        for folder in ("signing", "backups"):
            (data / folder).write_text("not a folder")
        (tmp_path / name / "ca-file").write_text("not a folder")
        return h.Place(data, data, data, tmp_path / name / "ca-file")

    assert run_all(place, monkeypatch, capsys, set()) == []


def _broken(tmp_path, breaker):
    def place(name):
        data = tmp_path / name / "data"
        store_id = h.healthy_data(data)
        for path in h.database_files(data):
            breaker(path)
        return h.Place(data, paths.database_path(data), tmp_path / name / "out.file",
                       tmp_path / name / "ca", store_id)
    return place


def _contents(tmp_path):
    return {p: p.read_bytes() for p in tmp_path.rglob("*.sqlite3") if p.is_file()}


def test_damaged_database(tmp_path, monkeypatch, capsys):
    make = _broken(tmp_path, h.damage_first_page)
    places = []

    def remember(name):
        places.append(make(name))
        return places[-1]

    problems = run_all(remember, monkeypatch, capsys, NOT_AFFECTED)
    assert problems == []


def test_database_from_a_newer_version(tmp_path, monkeypatch, capsys):
    assert run_all(_broken(tmp_path, h.from_the_future), monkeypatch, capsys, NOT_AFFECTED) == []


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "disk"
    if not h.mount_tmpfs(folder, "64m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield folder
    h.unmount(folder)


def test_read_only_folder(small_disk, monkeypatch, capsys):
    # Listing backups and the county table only read, and SQLite can read there.
    readers = {("backup", "list"), ("county", "table")}
    assert run_all(_broken(small_disk, lambda _path: None), monkeypatch, capsys, readers,
                   then=lambda: h.remount_read_only(small_disk)) == []


def test_full_disk(small_disk, monkeypatch, capsys):
    # Showing what is there needs no free space.
    readers = {("info",), ("backup", "list"), ("county", "table")}
    assert run_all(_broken(small_disk, lambda _path: None), monkeypatch, capsys, readers,
                   then=lambda: h.fill_disk(small_disk)) == []


def test_no_signing_identity(tmp_path, monkeypatch, capsys):
    def place(name):
        data = tmp_path / name / "data"
        return h.Place(data, tmp_path / name / "missing.pem", tmp_path / name / "out.file",
                       tmp_path / name / "ca", h.healthy_data(data))

    assert run_all(place, monkeypatch, capsys, set(), only=SIGNING_LEAVES) == []


def test_wrong_passphrase(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BYGDELIV_CA_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("BYGDELIV_PASSPHRASE", PASSPHRASE)
    wrong = {name: "helt-feil-passord" for name in h.ENV_PASSPHRASES}

    def place(name):
        data, ca, csr = tmp_path / name / "data", tmp_path / name / "ca", tmp_path / name / "r.csr"
        store_id = h.healthy_data(data)
        SigningIdentity.in_data_dir(data).create(
            SignerProfile("Kari", "Kjøpmann", "Feiltestbutikken", ""), PASSPHRASE)
        assert app.main(["ca", "--dir", str(ca), "init"]) == 0
        assert app.main(["signing", "request", "--out", str(csr), "--data-dir", str(data)]) == 0
        return h.Place(data, csr, tmp_path / name / "out.file", ca, store_id, wrong)

    leaves = SIGNING_LEAVES - {("signing", "status"), ("signing", "import")}
    assert run_all(place, monkeypatch, capsys, set(), only=leaves) == []
