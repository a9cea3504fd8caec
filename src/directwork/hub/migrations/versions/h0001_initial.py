"""The hub's first schema: practitioners, teams, devices, caseloads, records, feed, audit.

Revision ID: h0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from directwork.core.columns import UTCDateTime

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit")),
    )
    op.create_table(
        "inbound",
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq", name=op.f("pk_inbound")),
    )
    op.create_table(
        "nonce",
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("seen_at", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.PrimaryKeyConstraint("nonce", name=op.f("pk_nonce")),
    )
    op.create_index(op.f("ix_nonce_seen_at"), "nonce", ["seen_at"], unique=False)
    op.create_table(
        "practitioner",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("team", sa.String(length=200), nullable=False),
        sa.Column("is_manager", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practitioner")),
        sa.UniqueConstraint("name", name=op.f("uq_practitioner_name")),
    )
    op.create_table(
        "record",
        sa.Column(
            "key",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("rev", sa.String(length=48), nullable=False),
        sa.Column("base_rev", sa.String(length=48), nullable=True),
        sa.Column("merge_rev", sa.String(length=48), nullable=True),
        sa.Column("child_id", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("from_device", sa.String(length=64), nullable=False),
        sa.Column("is_head", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_record")),
        sa.UniqueConstraint("kind", "record_id", "rev", name="uq_record_kind_id_rev"),
    )
    op.create_index(op.f("ix_record_child_id"), "record", ["child_id"], unique=False)
    op.create_index("ix_record_doc", "record", ["kind", "record_id"], unique=False)
    op.create_table(
        "team",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_team")),
    )
    op.create_table(
        "child_case",
        sa.Column("child_id", sa.String(length=64), nullable=False),
        sa.Column("practitioner_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["practitioner.id"],
            name=op.f("fk_child_case_practitioner_id_practitioner"),
        ),
        sa.PrimaryKeyConstraint("child_id", name=op.f("pk_child_case")),
    )
    op.create_index(
        op.f("ix_child_case_practitioner_id"), "child_case", ["practitioner_id"], unique=False
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("practitioner_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=128), nullable=False),
        sa.Column("enrolled_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.Column("last_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("pulled_to", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("last_seen", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["practitioner.id"],
            name=op.f("fk_device_practitioner_id_practitioner"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
    )
    op.create_index(op.f("ix_device_practitioner_id"), "device", ["practitioner_id"], unique=False)
    op.create_table(
        "enrol_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("practitioner_id", sa.String(length=64), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["practitioner.id"],
            name=op.f("fk_enrol_code_practitioner_id_practitioner"),
        ),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_enrol_code")),
    )
    op.create_table(
        "feed",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("child_id", sa.String(length=64), nullable=False),
        sa.Column(
            "record_key", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("for_practitioner", sa.String(length=64), nullable=True),
        sa.Column("removed_from", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_key"], ["record.key"], name=op.f("fk_feed_record_key_record")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_feed")),
    )
    op.create_index(op.f("ix_feed_child_id"), "feed", ["child_id"], unique=False)
    op.create_index(op.f("ix_feed_removed_from"), "feed", ["removed_from"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_feed_removed_from"), table_name="feed")
    op.drop_index(op.f("ix_feed_child_id"), table_name="feed")
    op.drop_table("feed")
    op.drop_table("enrol_code")
    op.drop_index(op.f("ix_device_practitioner_id"), table_name="device")
    op.drop_table("device")
    op.drop_index(op.f("ix_child_case_practitioner_id"), table_name="child_case")
    op.drop_table("child_case")
    op.drop_table("team")
    op.drop_index("ix_record_doc", table_name="record")
    op.drop_index(op.f("ix_record_child_id"), table_name="record")
    op.drop_table("record")
    op.drop_table("practitioner")
    op.drop_index(op.f("ix_nonce_seen_at"), table_name="nonce")
    op.drop_table("nonce")
    op.drop_table("inbound")
    op.drop_table("audit")
