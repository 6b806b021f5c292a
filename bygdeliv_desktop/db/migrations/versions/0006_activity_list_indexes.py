"""activity list indexes: live rows by date and kind, and Norwegian sort keys

The activity list asks SQLite for row ids in order (services/activity_listing.py). These
indexes answer each of its orders and filters without reading the table. The two expression
indexes hold exactly domain.text.norwegian_key_sql('title') and ('partners') as they were when
this migration was written; a test checks that the list's queries still use them.

A later batch migration of the activity table (alembic's copy-and-move for SQLite) does not
reflect expression indexes and would drop the last two silently: it must create them again
(tests/services/test_activity_listing.py fails until it does).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 20:00:00
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0006'
down_revision: Union[str, None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Frozen copy of domain.text.norwegian_key_sql as of this revision.
_AFTER_Z = (("Æ", "{"), ("æ", "{"), ("Ä", "{"), ("ä", "{"), ("Ø", "|"), ("ø", "|"),
            ("Ö", "|"), ("ö", "|"), ("Å", "}"), ("å", "}"))


def _norwegian_key(column: str) -> str:
    expression = f"lower({column})"
    for letter, stand_in in _AFTER_Z:
        expression = f"replace({expression}, '{letter}', '{stand_in}')"
    return expression


TITLE_KEY = _norwegian_key("title")
PARTNERS_KEY = _norwegian_key("partners")

INDEXES = {
    "ix_activity_live_date": "store_id, deleted_at, date, kind_code",
    "ix_activity_live_kind": "store_id, deleted_at, kind_code, date",
    "ix_activity_live_groups": "store_id, deleted_at, target_groups, date",
    "ix_activity_live_participants": "store_id, deleted_at, participants, date",
    "ix_activity_live_title": f"store_id, deleted_at, {TITLE_KEY}, date",
    "ix_activity_live_partners": f"store_id, deleted_at, {PARTNERS_KEY}, date",
}


def upgrade() -> None:
    # ix_activity_live_date answers everything the old (store_id, date) index did, and more.
    op.execute("DROP INDEX IF EXISTS ix_activity_store_date")
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON activity ({columns})")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("CREATE INDEX IF NOT EXISTS ix_activity_store_date ON activity (store_id, date)")
