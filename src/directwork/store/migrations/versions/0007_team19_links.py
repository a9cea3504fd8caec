"""team links: a team manager's decisions on suggested links between children's records

Revision ID: 0007_team19
Revises: 0006_rules20
Create Date: 2027-01-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_team19'
down_revision = '0006_rules20'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('team_link',
    sa.Column('link_kind', sa.String(length=16), nullable=False),
    sa.Column('first_record', sa.String(length=36), nullable=False),
    sa.Column('first_child', sa.String(length=36), nullable=False),
    sa.Column('second_record', sa.String(length=36), nullable=False),
    sa.Column('second_child', sa.String(length=36), nullable=False),
    sa.Column('verdict', sa.String(length=16), nullable=False),
    sa.Column('decided_by', sa.Text(), nullable=False),
    sa.Column('decided_at', sa.String(length=32), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('suggested_because', sa.Text(), nullable=False),
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
    sa.PrimaryKeyConstraint('id', 'rev', name=op.f('pk_team_link'))
    )
    with op.batch_alter_table('team_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_link_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_link_is_head'), ['is_head'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_link_first_record'), ['first_record'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_team_link_second_record'), ['second_record'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('team_link')
