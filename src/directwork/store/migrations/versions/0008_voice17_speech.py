"""read-aloud and recordings: the speaker's recorded voice, the pictures a child picked, and
how fast read-aloud speaks to each child

Revision ID: 0008_voice17
Revises: 0007_team19
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_voice17'
down_revision = '0007_team19'
branch_labels = None
depends_on = None


def _entry_columns(table: str) -> list[sa.Column[object]]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('corrects_id', sa.String(length=36), nullable=True),
        sa.Column('retracted', sa.Boolean(), nullable=False),
        sa.Column('child_id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('device_id', sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    # Entries made before this version had no recording: the new column is empty for them.
    with op.batch_alter_table('voice_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recording_id', sa.String(length=36), nullable=True))

    op.create_table('recording',
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('audio', sa.LargeBinary(), nullable=False),
    sa.Column('duration_ms', sa.Integer(), nullable=False),
    *_entry_columns('recording'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recording'))
    )
    with op.batch_alter_table('recording', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recording_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recording_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recording_visit_id'), ['visit_id'], unique=False)

    op.create_table('picture_choice',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('item', sa.String(length=64), nullable=False),
    sa.Column('picture', sa.String(length=32), nullable=False),
    *_entry_columns('picture_choice'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_picture_choice'))
    )
    with op.batch_alter_table('picture_choice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_picture_choice_child_id'), ['child_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_picture_choice_corrects_id'), ['corrects_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_picture_choice_plan_id'), ['plan_id'], unique=False)

    op.create_table('child_speech',
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('speed', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('child_id', name=op.f('pk_child_speech'))
    )


def downgrade() -> None:
    op.drop_table('child_speech')
    with op.batch_alter_table('picture_choice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_picture_choice_plan_id'))
        batch_op.drop_index(batch_op.f('ix_picture_choice_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_picture_choice_child_id'))
    op.drop_table('picture_choice')
    with op.batch_alter_table('recording', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recording_visit_id'))
        batch_op.drop_index(batch_op.f('ix_recording_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_recording_child_id'))
    op.drop_table('recording')
    with op.batch_alter_table('voice_entry', schema=None) as batch_op:
        batch_op.drop_column('recording_id')
