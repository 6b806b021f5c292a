"""sync state for exchange

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 00:47:06.173363
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('sync_clock',
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('record_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('clock', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('seen_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'record_id')
    )
    op.create_table('sync_conflict',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('record_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('detected_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('export_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('peer_device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('winning_version', sa.Integer(), nullable=False),
    sa.Column('losing_version', sa.Integer(), nullable=False),
    sa.Column('losing_data', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('resolved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_table_name'), ['table_name'], unique=False)

    op.create_table('sync_device',
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id')
    )
    op.create_table('sync_import',
    sa.Column('export_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('producer_device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('imported_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('file_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('signature_status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('signer', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('store_ids', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('export_id')
    )


def downgrade() -> None:
    op.drop_table('sync_import')
    op.drop_table('sync_device')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_table_name'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_record_id'))

    op.drop_table('sync_conflict')
    op.drop_table('sync_clock')
