"""kept aside: what sync received but could not apply, kept encrypted with the reason

Revision ID: 0005_sync12
Revises: 0004_redact14
Create Date: 2027-01-15
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005_sync12'
down_revision = '0004_redact14'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('kept_aside',
    sa.Column('key', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=200), nullable=False),
    sa.Column('child_id', sa.String(length=200), nullable=False),
    sa.Column('rev', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('kept_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_kept_aside'))
    )
    with op.batch_alter_table('kept_aside', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kept_aside_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_kept_aside_record_id'), ['record_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('kept_aside', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kept_aside_record_id'))
        batch_op.drop_index(batch_op.f('ix_kept_aside_child_id'))
    op.drop_table('kept_aside')
