"""team contexts: a place or group several of the team's children are linked to, and its plan

Revision ID: 0009_panel19
Revises: 0008_voice17
Create Date: 2027-02-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_panel19'
down_revision = '0008_voice17'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('team_context',
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('context_records', sa.JSON(), nullable=False),
    sa.Column('children', sa.JSON(), nullable=False),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('actions', sa.JSON(), nullable=False),
    sa.Column('next_review', sa.Date(), nullable=True),
    sa.Column('reviews', sa.JSON(), nullable=False),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=48), nullable=False),
    sa.Column('base_rev', sa.String(length=48), nullable=True),
    sa.Column('merge_rev', sa.String(length=48), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', 'rev', name=op.f('pk_team_context'))
    )
    with op.batch_alter_table('team_context', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_context_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_context_is_head'), ['is_head'], unique=False)


def downgrade() -> None:
    op.drop_table('team_context')
