"""``bygdeliv criteria-check`` reports a good file and refuses a bad one with exit code 1."""

from __future__ import annotations

import argparse

from bygdeliv_desktop import paths
from bygdeliv_desktop.commands import criteria_check


def test_good_file(capsys):
    path = paths.resource("criteria", "bygdeliv-criteria-2025-draft.toml")
    assert criteria_check.run(argparse.Namespace(file=path)) == 0
    assert "26 kriterier, 6 obligatoriske" in capsys.readouterr().out


def test_bad_file(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text('schema = "bygdeliv.criteria"\nid = "x"\n', encoding="utf-8")
    assert criteria_check.run(argparse.Namespace(file=path)) == 1
    assert "bad.toml: version: required key is missing" in capsys.readouterr().err
