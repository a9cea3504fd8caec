"""disclosure told: who a practitioner told about a disclosure, and when

Revision ID: 0006_rules20
Revises: 0005_sync12
Create Date: 2027-01-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_rules20'
down_revision = '0005_sync12'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing responses told nobody on record: an empty list, not a guess.
    with op.batch_alter_table('key_moment_response', schema=None) as batch_op:
        batch_op.add_column(sa.Column('told', sa.JSON(), nullable=False, server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('key_moment_response', schema=None) as batch_op:
        batch_op.drop_column('told')
