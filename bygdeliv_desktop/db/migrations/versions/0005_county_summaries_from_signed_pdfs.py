"""county summaries from signed PDFs

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 04:38:49.554560
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0005'
down_revision: Union[str, None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('county_summary',
    sa.Column('file_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('imported_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('store_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('org_number', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=False),
    sa.Column('store_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('municipality', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('activities_total', sa.Integer(), nullable=False),
    sa.Column('services_active', sa.Integer(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=True),
    sa.Column('category_scores', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('overall_score', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('readiness', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('open_actions', sa.Integer(), nullable=True),
    sa.Column('overdue_actions', sa.Integer(), nullable=True),
    sa.Column('signature_status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('signer', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('signed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('file_sha256')
    )
    with op.batch_alter_table('county_summary', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_county_summary_org_number'), ['org_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_county_summary_store_id'), ['store_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('county_summary', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_county_summary_store_id'))
        batch_op.drop_index(batch_op.f('ix_county_summary_org_number'))

    op.drop_table('county_summary')
