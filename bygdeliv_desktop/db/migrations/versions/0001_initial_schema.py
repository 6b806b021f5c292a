"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 00:02:47.255613
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0001'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('store',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('org_number', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=False),
    sa.Column('municipality_code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('chain', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('postal_code', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('postal_place', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('contact_person', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('opening_hours', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('centrality_class', sa.Integer(), nullable=True),
    sa.Column('merkur_participant', sa.Boolean(), nullable=False),
    sa.Column('merkur_since', sa.Date(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('store', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_store_deleted_at'), ['deleted_at'], unique=False)

    op.create_table('activity',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('store_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('kind_code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=True),
    sa.Column('target_groups', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('partners', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('cost_nok', sa.Integer(), nullable=True),
    sa.Column('funding', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['store.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_store_id'), ['store_id'], unique=False)

    op.create_table('service_offering',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('store_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind_code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('other_text', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('partner', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('hours', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['store.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('service_offering', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_offering_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_offering_store_id'), ['store_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('service_offering', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_offering_store_id'))
        batch_op.drop_index(batch_op.f('ix_service_offering_deleted_at'))

    op.drop_table('service_offering')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_store_id'))
        batch_op.drop_index(batch_op.f('ix_activity_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_activity_date'))

    op.drop_table('activity')
    with op.batch_alter_table('store', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_store_deleted_at'))

    op.drop_table('store')
