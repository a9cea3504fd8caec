"""summary given: what the copy withheld, by kind (counts, never the words)

Revision ID: 0004_redact14
Revises: 0003_consent13
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004_redact14'
down_revision = '0003_consent13'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('summary_given', schema=None) as batch_op:
        # Summaries given before this version recorded no counts: an empty object.
        batch_op.add_column(sa.Column('withheld', sa.JSON(), nullable=False,
                                      server_default=sa.text("'{}'")))


def downgrade() -> None:
    with op.batch_alter_table('summary_given', schema=None) as batch_op:
        batch_op.drop_column('withheld')
