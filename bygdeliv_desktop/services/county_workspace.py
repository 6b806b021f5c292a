"""The county's own database (``fylke.sqlite3`` beside the user's data), opened when needed.

The county overview never mixes with a store's data: the GUI page and ``bygdeliv county`` both
work on this file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bygdeliv_desktop.db import Database, open_database
from bygdeliv_desktop.exchange.signing import CmsManifestVerifier

COUNTY_DATABASE = "fylke.sqlite3"


class CountyWorkspace:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / COUNTY_DATABASE
        self._database: Database | None = None

    @property
    def database(self) -> Database:
        if self._database is None:
            self._database = open_database(self.path)
        return self._database

    def import_folder(self, folder: Path, trust_files: list[Path],
                      progress: Callable[[int, int, str], bool] | None = None):
        from bygdeliv_desktop.services.county_import import import_folder

        return import_folder(self.database, folder, CmsManifestVerifier(trust_files),
                             progress=progress)

    def table(self):
        from bygdeliv_desktop.services.county_table import build_table

        return build_table(self.database) if self.path.exists() else []

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
