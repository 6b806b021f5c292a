"""Where things live: shipped resources and the user's data.

Every other module asks this one, so the rules hold the same from a source tree, an installed
package and a PyInstaller bundle. The resources (catalogues, criteria, fonts, help, icons,
translations) live in the repository's top-level ``resources/`` folder; a wheel carries that
folder as the package data ``bygdeliv_desktop/resources`` (pyproject.toml maps it), read here
through ``importlib.resources``.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import sys
from importlib import resources as importlib_resources
from importlib.resources.abc import Traversable
from pathlib import Path

APP_NAME = "BygdelivDesktop"
APP_AUTHOR = "Bygdeliv"
DATA_DIR_ENV = "BYGDELIV_DATA_DIR"
RESOURCES_ENV = "BYGDELIV_RESOURCES"
DATABASE_FILENAME = "bygdeliv.sqlite3"


PACKAGED_RESOURCES = "resources"  # bygdeliv_desktop/resources inside an installed wheel
SOURCE_RESOURCES = Path(__file__).resolve().parent.parent / "resources"  # checkout, editable

_extracted = contextlib.ExitStack()  # files copied out of a zipped install, kept until exit
atexit.register(_extracted.close)


@functools.lru_cache(maxsize=1)
def packaged_resources() -> Traversable | None:
    """The resources shipped inside the installed package, or None (source tree, editable)."""
    root = importlib_resources.files(__package__ or "bygdeliv_desktop") / PACKAGED_RESOURCES
    return root if root.is_dir() else None


def resources_dir() -> Path:
    """The folder holding catalogues, fonts and translations."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    bundle_root = getattr(sys, "_MEIPASS", None)  # set inside a PyInstaller bundle
    if bundle_root:
        return Path(bundle_root) / "resources"
    packaged = packaged_resources()
    if isinstance(packaged, Path):  # an ordinary install: the package data is a folder on disk
        return packaged
    return SOURCE_RESOURCES


def resource(*parts: str) -> Path:
    """A real file path for one resource, also from a zipped install (copied out once)."""
    packaged = packaged_resources()
    if (packaged is not None and not isinstance(packaged, Path)
            and not os.environ.get(RESOURCES_ENV) and not getattr(sys, "_MEIPASS", None)):
        return _extracted_file(parts)
    return resources_dir().joinpath(*parts)


@functools.lru_cache(maxsize=None)
def _extracted_file(parts: tuple[str, ...]) -> Path:
    packaged = packaged_resources()
    assert packaged is not None
    return _extracted.enter_context(importlib_resources.as_file(packaged.joinpath(*parts)))


def default_data_dir() -> Path:
    """The user data dir, unless BYGDELIV_DATA_DIR says otherwise."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # imported here: only needed when no override is given

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILENAME
