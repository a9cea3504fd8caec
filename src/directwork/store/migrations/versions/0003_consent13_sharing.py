"""who may see a voice entry: kept from the speaker (with why), and why and by whom a version
was made

Revision ID: 0003_consent13
Revises: 0002_print21
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003_consent13'
down_revision = '0002_print21'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # server_default fills the rows already there; every entry made before this version was
    # seen by its speaker unless shared_with said otherwise, and had no recorded reason.
    with op.batch_alter_table('voice_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kept_from_speaker', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('kept_reason', sa.Text(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('change_reason', sa.Text(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('changed_by_name', sa.Text(), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('voice_entry', schema=None) as batch_op:
        batch_op.drop_column('changed_by_name')
        batch_op.drop_column('change_reason')
        batch_op.drop_column('kept_reason')
        batch_op.drop_column('kept_from_speaker')
