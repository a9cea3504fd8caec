"""Restores, quarantine, confirmed enrolment, retiring laptops.

The hub's epoch and the secret that signs feed positions (``hub_state``); a random mark on
each feed row; a record's content hash and quarantine; a device's confirmation, the feed
position the hub has sent it, and its retirement; the code a device asked with; a digest of
each pushed change; what retired laptops handed in.

Revision ID: h0002
Revises: h0001
Create Date: 2027-01-15
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

from directwork.core.columns import UTCDateTime

revision = "h0002"
down_revision = "h0001"
branch_labels = None
depends_on = None

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    state = op.create_table(
        "hub_state",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_hub_state")),
    )
    op.bulk_insert(state, [{"key": "epoch", "value": secrets.token_hex(8)},
                           {"key": "secret", "value": secrets.token_hex(32)}])
    op.create_table(
        "handed_in",
        sa.Column("key", SEQ, autoincrement=True, nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("practitioner_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=200), nullable=False),
        sa.Column("child_id", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("handed_in_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_handed_in")),
    )
    op.create_index(op.f("ix_handed_in_device_id"), "handed_in", ["device_id"], unique=False)
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("served_to", SEQ, nullable=False, server_default="0"))
        batch.add_column(sa.Column("confirmed_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("retiring_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("retired_at", UTCDateTime(), nullable=True))
    # Devices enrolled before confirmation existed have been syncing: they are confirmed.
    op.execute("UPDATE device SET confirmed_at = enrolled_at")
    with op.batch_alter_table("enrol_code") as batch:
        batch.add_column(sa.Column("device_id", sa.String(length=64), nullable=True))
    with op.batch_alter_table("inbound") as batch:
        batch.add_column(sa.Column("digest", sa.String(length=64), nullable=True))
        batch.create_index(batch.f("ix_inbound_received_at"), ["received_at"], unique=False)
    with op.batch_alter_table("record") as batch:
        batch.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("quarantined_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("quarantine_reason", sa.Text(), nullable=False,
                                   server_default=""))
    with op.batch_alter_table("feed") as batch:
        batch.add_column(sa.Column("mark", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feed") as batch:
        batch.drop_column("mark")
    with op.batch_alter_table("record") as batch:
        batch.drop_column("quarantine_reason")
        batch.drop_column("quarantined_at")
        batch.drop_column("content_hash")
    with op.batch_alter_table("inbound") as batch:
        batch.drop_index(batch.f("ix_inbound_received_at"))
        batch.drop_column("digest")
    with op.batch_alter_table("enrol_code") as batch:
        batch.drop_column("device_id")
    with op.batch_alter_table("device") as batch:
        batch.drop_column("retired_at")
        batch.drop_column("retiring_at")
        batch.drop_column("confirmed_at")
        batch.drop_column("served_to")
    op.drop_index(op.f("ix_handed_in_device_id"), table_name="handed_in")
    op.drop_table("handed_in")
    op.drop_table("hub_state")
