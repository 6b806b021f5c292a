"""assessments, catalogue snapshots, attachments and action plan

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 00:58:04.437881
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0003'
down_revision: Union[str, None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('catalog_snapshot',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('catalog_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('catalog_version', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('imported_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('catalog_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalog_snapshot_catalog_id'), ['catalog_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalog_snapshot_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalog_snapshot_sha256'), ['sha256'], unique=False)

    op.create_table('assessment',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('store_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('assessor_role', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('assessor_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('catalog_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('catalog_version', sa.Integer(), nullable=False),
    sa.Column('catalog_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('finalised_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('copied_from_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.ForeignKeyConstraint(['store_id'], ['store.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_catalog_sha256'), ['catalog_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_store_id'), ['store_id'], unique=False)

    op.create_table('action_item',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('store_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('criterion_ids', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('responsible', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('estimated_cost_nok', sa.Integer(), nullable=True),
    sa.Column('funding_code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('funding_note', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('assessment_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ),
    sa.ForeignKeyConstraint(['store_id'], ['store.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_store_id'), ['store_id'], unique=False)

    op.create_table('answer',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('assessment_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('criterion_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('level', sa.Integer(), nullable=True),
    sa.Column('not_applicable', sa.Boolean(), nullable=False),
    sa.Column('evidence', sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
    sa.Column('comment', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_answer_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_answer_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index('ux_answer_assessment_criterion', ['assessment_id', 'criterion_id'], unique=True)

    op.create_table('attachment_file',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('assessment_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('criterion_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('stored_name', sqlmodel.sql.sqltypes.AutoString(length=90), nullable=False),
    sa.Column('original_name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attachment_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_file_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_file_deleted_at'), ['deleted_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('attachment_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_file_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_attachment_file_assessment_id'))

    op.drop_table('attachment_file')
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_index('ux_answer_assessment_criterion')
        batch_op.drop_index(batch_op.f('ix_answer_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_answer_assessment_id'))

    op.drop_table('answer')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_store_id'))
        batch_op.drop_index(batch_op.f('ix_action_item_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_action_item_deadline'))

    op.drop_table('action_item')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_store_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_assessment_catalog_sha256'))

    op.drop_table('assessment')
    with op.batch_alter_table('catalog_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalog_snapshot_sha256'))
        batch_op.drop_index(batch_op.f('ix_catalog_snapshot_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_catalog_snapshot_catalog_id'))

    op.drop_table('catalog_snapshot')
