"""Architecture rules the tree must keep: Qt only under ui/, no module past the must-split size."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import bygdeliv_desktop

PACKAGE = Path(bygdeliv_desktop.__file__).resolve().parent
UI = PACKAGE / "ui"
MAX_LINES = 800  # style.md: 400 is a warning, 800 a must-split


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(source: str, filename: str) -> set[str]:
    """Top-level names of every module a file imports, at any depth (functions too)."""
    names = set()
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def is_qt(module: str) -> bool:
    return module.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}


def test_the_checker_sees_imports_and_ignores_comments():
    source = ("# import PySide6\n'''from PySide6 import QtCore'''\nimport json\n"
              "def later():\n    from PySide6.QtCore import QObject\n")
    found = imported_modules(source, "example.py")
    assert {m for m in found if is_qt(m)} == {"PySide6.QtCore"}
    assert "json" in found


def test_nothing_outside_ui_imports_qt():
    offenders = []
    for path in modules():
        if UI in path.parents:
            continue
        for module in imported_modules(path.read_text(encoding="utf-8"), str(path)):
            if is_qt(module):
                offenders.append(f"{path.relative_to(PACKAGE)}: {module}")
    assert offenders == []


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_size(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines; split it"
