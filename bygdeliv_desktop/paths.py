"""Where things live: shipped resources and the user's data.

Every other module asks this one, so the rules hold the same from a source tree, an installed
package and a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "BygdelivDesktop"
APP_AUTHOR = "Bygdeliv"
DATA_DIR_ENV = "BYGDELIV_DATA_DIR"
RESOURCES_ENV = "BYGDELIV_RESOURCES"
DATABASE_FILENAME = "bygdeliv.sqlite3"


def resources_dir() -> Path:
    """The folder holding catalogues, fonts and translations."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    bundle_root = getattr(sys, "_MEIPASS", None)  # set inside a PyInstaller bundle
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_data_dir() -> Path:
    """The user data dir, unless BYGDELIV_DATA_DIR says otherwise."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # imported here: only needed when no override is given

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILENAME
