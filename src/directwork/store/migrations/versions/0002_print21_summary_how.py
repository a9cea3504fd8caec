"""a summary given says how: printed and handed over, or saved and given

Revision ID: 0002_print21
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_print21'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: a summary recorded before this was asked has no "how", and says so.
    with op.batch_alter_table('summary_given', schema=None) as batch_op:
        batch_op.add_column(sa.Column('how', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('summary_given', schema=None) as batch_op:
        batch_op.drop_column('how')
