"""outbox: one index on (state, child_id) in place of the one on state

The caseload's "waiting to sync" mark asks which children have a change still pending. With
the index on state alone, SQLite read every pending row (payload and all) and sorted the
children; with (state, child_id) it reads the index alone, already in order. Queries on state
alone use the new index as they used the old one.

Revision ID: 0010_queue26
Revises: 0009_panel19
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = '0010_queue26'
down_revision = '0009_panel19'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_state'))
        batch_op.create_index('ix_outbox_state_child', ['state', 'child_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_state_child')
        batch_op.create_index(batch_op.f('ix_outbox_state'), ['state'], unique=False)
