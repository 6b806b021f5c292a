"""The command line tells every error in plain words (the GUI's texts) with a documented exit
code: damaged databases point at the backup, unexpected errors go to the log, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bygdeliv_desktop import app, error_texts, paths
from bygdeliv_desktop.commands import _common
from bygdeliv_desktop.db import backups
from tests.commands import cli_harness as h

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _log_to_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("BYGDELIV_LOG_DIR", str(tmp_path / "log"))


def _bygdeliv(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real entry point in a child process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "bygdeliv_desktop", *args], cwd=REPO_ROOT,
                          env=dict(os.environ, PYTHONPATH=str(REPO_ROOT), **(env or {})),
                          capture_output=True, text=True, errors="replace", timeout=120)


def test_one_catalogue_without_qt():
    """The CLI's texts are the GUI's: one catalogue, importable without Qt."""
    code = ("import sys; import bygdeliv_desktop.error_texts, bygdeliv_desktop.commands._common, "
            "bygdeliv_desktop.app; print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                            text=True, env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)))
    assert result.stdout.strip() == "False", result.stderr
    assert not hasattr(_common, "MESSAGES")  # the second copy is gone


def test_gui_texts_come_from_the_catalogue():
    from bygdeliv_desktop.errors import BygdelivError
    from bygdeliv_desktop.ui.messages import error_message

    for code, text in error_texts.TEXTS.items():
        error = type("E", (BygdelivError,), {"code": code})("detalj", path="/x")
        assert error_message(error) == error_texts.fill(text, {"detail": "detalj", "path": "/x"})


def test_wrong_passphrase_has_the_gui_wording(tmp_path, monkeypatch, capsys):
    from bygdeliv_desktop.signing.certs import SignerProfile
    from bygdeliv_desktop.signing.identity import SigningIdentity

    data = tmp_path / "data"
    SigningIdentity.in_data_dir(data).create(SignerProfile("Kari", "Leder", "Butikken", ""),
                                             "riktig-passord")
    monkeypatch.setenv("BYGDELIV_PASSPHRASE", "feil-passord-her")
    code = app.main(["signing", "request", "--out", str(tmp_path / "r.csr"),
                     "--data-dir", str(data)])
    assert code == _common.EXIT_REFUSED
    assert error_texts.TEXTS["signing.wrong_passphrase"] in capsys.readouterr().err


def test_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        app.gui_parser().parse_args(["--help"])
    shown = capsys.readouterr().out
    assert "avslutningskoder" in shown
    for code in (_common.EXIT_DATABASE, _common.EXIT_IN_USE, _common.EXIT_STORAGE,
                 _common.EXIT_INTERNAL):
        assert f"\n  {code} " in shown


def test_info_on_a_damaged_database_fails_and_names_the_backup(tmp_path, capsys):
    """``info`` used to list nothing and exit 0 on a damaged file."""
    data = tmp_path / "data"
    h.healthy_data(data)
    good = backups.newest_good(paths.database_path(data))
    h.damage_later_pages(paths.database_path(data))
    before = paths.database_path(data).read_bytes()
    assert app.main(["info", "--data-dir", str(data)]) == _common.EXIT_DATABASE
    err = capsys.readouterr().err
    assert "er skadet" in err and str(good.folder) in err and "bygdeliv backup restore" in err
    assert paths.database_path(data).read_bytes() == before
    # ... and the command it names brings the data back
    assert app.main(["backup", "restore", str(good.folder), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert app.main(["info", "--data-dir", str(data)]) == 0
    assert "Feiltestbutikken" in capsys.readouterr().out


def test_damaged_database_through_the_real_entry_point(tmp_path):
    data = tmp_path / "data"
    store_id = h.healthy_data(data)
    h.damage_first_page(paths.database_path(data))
    for args in (["report", "--store", store_id, "--out", str(tmp_path / "s.pdf")],
                 ["export", "--out", str(tmp_path / "e.bygdeliv")], ["info"]):
        result = _bygdeliv(*args, "--data-dir", str(data),
                           env={"BYGDELIV_PASSPHRASE": "passord123",
                                "BYGDELIV_LOG_DIR": str(tmp_path / "log")})
        assert result.returncode == _common.EXIT_DATABASE, result.stderr
        assert h.TRACEBACK not in result.stderr and "er skadet" in result.stderr
        assert "ikke en Bygdeliv-database" not in result.stderr


def test_unexpected_error_is_one_line_and_logged(tmp_path, monkeypatch, capsys):
    from bygdeliv_desktop.commands import info

    def boom(_args):
        raise RuntimeError("intern feil 42")

    monkeypatch.setattr(info, "run", boom)
    assert app.main(["info", "--data-dir", str(tmp_path)]) == _common.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert h.TRACEBACK not in err and len(err.strip().splitlines()) == 1
    assert "RuntimeError" in err and str(tmp_path / "log") in err
    log = (tmp_path / "log" / "bygdeliv.log").read_text(encoding="utf-8")
    assert h.TRACEBACK in log and "intern feil 42" in log


def test_interrupt_is_exit_130(tmp_path, monkeypatch, capsys):
    from bygdeliv_desktop.commands import info

    def interrupted(_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(info, "run", interrupted)
    assert app.main(["info", "--data-dir", str(tmp_path)]) == _common.EXIT_INTERRUPTED
    assert h.TRACEBACK not in capsys.readouterr().err


def test_lone_surrogate_in_input(tmp_path):
    data = tmp_path / "data"
    h.healthy_data(data)
    bad = b"\xff\xfe".decode("utf-8", "surrogateescape")
    for args in (["report", "--store", bad, "--out", str(tmp_path / "s.pdf")],
                 ["export", "--store", bad, "--out", str(tmp_path / "e.bygdeliv")]):
        result = subprocess.run(
            [os.fsencode(a) for a in (sys.executable, "-m", "bygdeliv_desktop", *args,
                                      "--data-dir", str(data))],
            cwd=REPO_ROOT, capture_output=True, timeout=120,
            env=dict(os.environ, PYTHONPATH=str(REPO_ROOT), BYGDELIV_PASSPHRASE="passord123",
                     BYGDELIV_LOG_DIR=str(tmp_path / "log")))
        err = result.stderr.decode("utf-8", "replace")
        assert result.returncode not in (0, _common.EXIT_INTERNAL), err
        assert h.TRACEBACK not in err and "tegnkoding" in err


def test_time_zone_overflow_in_a_backup_manifest(tmp_path, capsys):
    """A manifest time near year 9999 overflowed when shown in local time."""
    data = tmp_path / "data"
    h.healthy_data(data)
    info = backups.list_backups(paths.database_path(data))[0]
    manifest_file = info.folder / backups.MANIFEST_NAME
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    manifest["created_at"] = "9999-12-31T23:59:59-23:59"
    manifest_file.write_text(json.dumps(manifest), encoding="utf-8")
    assert app.main(["backup", "list", "--data-dir", str(data)]) == 0
    out, err = capsys.readouterr()
    assert h.TRACEBACK not in out + err and info.folder.name not in out
    assert backups.newest_good(paths.database_path(data)) is None


def test_ca_issue_with_a_missing_request(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BYGDELIV_CA_PASSPHRASE", "ca-passord-123")
    assert app.main(["ca", "--dir", str(tmp_path / "ca"), "init"]) == 0
    capsys.readouterr()
    code = app.main(["ca", "--dir", str(tmp_path / "ca"), "issue", str(tmp_path / "mangler.csr"),
                     "--out", str(tmp_path / "cert.pem")])
    assert code == _common.EXIT_STORAGE
    err = capsys.readouterr().err
    assert "Fant ikke" in err and "mangler.csr" in err and h.TRACEBACK not in err
    assert not (tmp_path / "cert.pem").exists()


def _data_dir_leaves():
    return [(path, chain) for path, chain in h.leaves() if h.takes_data_dir(chain[-1])]


@pytest.mark.parametrize("path, chain", _data_dir_leaves(), ids=lambda v: "-".join(v)
                         if isinstance(v, tuple) else "")
def test_data_dir_before_and_after_the_action(path, chain, tmp_path):
    place = h.Place(tmp_path / "here", tmp_path / "in", tmp_path / "out", tmp_path / "ca")
    after = h.argv_for(path, chain, place)
    assert after[-2:] == ["--data-dir", str(place.data_dir)]
    before = [path[0], "--data-dir", str(place.data_dir), *after[1:-2]]
    top = ["--data-dir", str(place.data_dir), *after[:-2]]
    for argv in (after, before):
        args = app.command_parser(path[0]).parse_args(argv[1:])
        assert _common.data_dir(args) == place.data_dir, argv
    assert app._command_after_data_dir(top)[0] == path[0]


def test_every_command_that_uses_the_database_takes_data_dir():
    takes = {path[0] for path, chain in h.leaves() if h.takes_data_dir(chain[-1])}
    assert {"info", "demo", "report", "backup", "signing", "export", "import", "county"} <= takes


@pytest.fixture
def full_disk(tmp_path):
    folder = tmp_path / "full"
    if not h.mount_tmpfs(folder, "1m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    h.fill_disk(folder)
    yield folder
    h.unmount(folder)


def test_report_to_a_full_disk(tmp_path, full_disk, monkeypatch, capsys):
    from bygdeliv_desktop.signing.certs import SignerProfile
    from bygdeliv_desktop.signing.identity import SigningIdentity

    data = tmp_path / "data"
    store_id = h.healthy_data(data)
    SigningIdentity.in_data_dir(data).create(SignerProfile("Kari", "Leder", "Butikken", ""),
                                             "riktig-passord")
    monkeypatch.setenv("BYGDELIV_PASSPHRASE", "riktig-passord")
    out = full_disk / "sammendrag.pdf"
    code = app.main(["report", "--store", store_id, "--out", str(out), "--data-dir", str(data)])
    err = capsys.readouterr().err
    assert code == _common.EXIT_STORAGE, err
    assert "Disken er full" in err and h.TRACEBACK not in err
    assert not out.exists() and [p.name for p in full_disk.iterdir()] == ["filler"]
