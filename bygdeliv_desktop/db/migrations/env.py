"""Alembic environment. The app runs migrations itself (see ``db/migrate.py``) and passes the
connection in; ``alembic`` on the command line (for autogenerate) uses ``alembic.ini``."""

from alembic import context
from sqlmodel import SQLModel

from bygdeliv_desktop.domain import assessment_models, county_models, models, sync_state  # noqa: F401  (registers the tables)

target_metadata = SQLModel.metadata


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _configure_and_run(connection)
else:
    from sqlalchemy import create_engine

    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        _configure_and_run(conn)
