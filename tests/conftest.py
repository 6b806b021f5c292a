import os

# Without a display, Qt aborts the whole pytest run; offscreen needs no X server.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's own settings (window geometry, language…) must not leak in from the developer's
# machine: XDG_CONFIG_HOME points QSettings' user scope at a throw-away folder.
import tempfile  # noqa: E402

os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bygdeliv-test-config-")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from bygdeliv_desktop.db import open_database  # noqa: E402
from bygdeliv_desktop.services import AppServices  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bygdeliv.sqlite3"


@pytest.fixture
def services(db_path: Path):
    database = open_database(db_path)
    yield AppServices.for_database(database)
    database.close()


@pytest.fixture
def store(services):
    return services.stores.create({"name": "Testbutikken", "org_number": "974760673",
                                   "municipality_code": "3426"})
