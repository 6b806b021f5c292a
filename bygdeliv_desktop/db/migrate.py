"""Schema migrations with alembic, run by the app itself when it opens a file.

Alembic is imported only when a migration is actually needed, which keeps start-up fast: the
common case (file already at head) is answered from ``KNOWN_REVISIONS`` with one small query.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Every revision this app version knows, oldest first; the last one is head.
# A test checks this list against the alembic scripts so the two never drift apart.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def _config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_revisions() -> list[str]:
    """Revisions found in the migration scripts, oldest first (used by tests)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to ``target`` in one transaction."""
    from alembic import command

    from bygdeliv_desktop.db.engine import WRITE_OPTIONS

    with engine.execution_options(**WRITE_OPTIONS).begin() as connection:
        command.upgrade(_config(connection), target)
