"""outbox: an index on (state, child_id) beside the one on state

The caseload's "waiting to sync" mark asks which children have a change still pending. With
the index on state alone, SQLite read every pending row (payload and all) and sorted the
children; with (state, child_id) it reads the index alone, already in order. The index on
state alone stays: a sync's "highest number answered" (max(seq) by state) is read from its
last entries, where the new index would make SQLite walk every answered change.

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
    op.create_index('ix_outbox_state_child', 'outbox', ['state', 'child_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_outbox_state_child', table_name='outbox')
