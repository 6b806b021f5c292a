

def test_a_pyinstaller_bundle_finds_resources_inside_it(monkeypatch, tmp_path):
    import sys

    from bygdeliv_desktop import paths

    monkeypatch.delenv(paths.RESOURCES_ENV, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.resource("icons", "bygdeliv.svg") == tmp_path / "resources" / "icons" / "bygdeliv.svg"


def test_the_spec_ships_what_the_frozen_app_reads():
    """Resources and the alembic scripts are data files in the bundle (the spec lists them)."""
    from pathlib import Path

    spec = (Path(__file__).resolve().parent.parent / "packaging" / "bygdeliv.spec").read_text()
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert '"bygdeliv_desktop/db/migrations"' in spec
    assert 'copy_metadata("bygdeliv-desktop")' in spec


# --- A normal (non-editable) install carries the resources -------------------------------------

import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tomllib  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built_package(tmp_path_factory) -> Path:
    """What a wheel installs: setuptools' build_py output, configured by pyproject.toml alone."""
    out = tmp_path_factory.mktemp("build") / "lib"
    egg_base = tmp_path_factory.mktemp("egg")
    subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()", "-q",
                    "egg_info", "--egg-base", str(egg_base), "build_py", "-d", str(out)],
                   cwd=ROOT, check=True, capture_output=True)
    return out


def test_the_built_package_carries_every_resource_file(built_package):
    shipped = {p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix != ".ts"}  # .ts: translation sources, .qm is shipped
    packaged_root = built_package / "bygdeliv_desktop" / "resources"
    assert shipped, "the repository has resources"
    missing = sorted(str(p) for p in shipped if not (packaged_root / p).is_file())
    assert missing == []


def test_an_installed_copy_reads_its_own_resources(built_package, tmp_path):
    """Not the checkout's folder: run from elsewhere with only the built package on the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("BYGDELIV_RESOURCES", "PYTHONPATH")}
    env["PYTHONPATH"] = str(built_package)
    code = ("from bygdeliv_desktop import paths; from bygdeliv_desktop.domain import catalogs;"
            "print(paths.resources_dir()); print(paths.resource('fonts', 'DejaVuSans.ttf'));"
            "print(len(catalogs.municipalities()))")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, check=True,
                            capture_output=True, text=True)
    resources, font, count = result.stdout.split("\n")[:3]
    assert Path(resources) == built_package / "bygdeliv_desktop" / "resources"
    assert Path(font).is_file() and Path(font).is_relative_to(built_package)
    assert int(count) > 40


def test_pyproject_lists_every_package_on_disk():
    """The package list is explicit (for the resources mapping): a new package must be added."""
    from setuptools import find_namespace_packages

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    on_disk = {name for name in find_namespace_packages(str(ROOT), include=["bygdeliv_desktop*"])
               if "__pycache__" not in name}
    on_disk |= {"bygdeliv_desktop.resources"} | {
        f"bygdeliv_desktop.resources.{d.name}" for d in (ROOT / "resources").iterdir() if d.is_dir()}
    assert listed == on_disk


def test_the_source_tree_still_reads_the_top_level_folder(monkeypatch):
    from bygdeliv_desktop import paths

    monkeypatch.delenv(paths.RESOURCES_ENV, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.resource("catalogs", "municipalities.json").is_file()
