

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
