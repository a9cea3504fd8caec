"""The feed found by child and number, and by practitioner and number; one index fewer on
records.

A pull reads a window of the feed's numbers for each child its practitioner may see, and the
window's removals for that practitioner. With an index on the child alone (or the
practitioner alone), PostgreSQL either walked every row of the window, joining each to its
record, or intersected two indexes, one of them the whole window's: a new laptop's first
pull cost a few milliseconds for every thousand rows of feed, whatever it was given. With
the number after the child (the practitioner) in one index, each read goes straight to the
rows it gives. Each new index holds the old one's column first, so it serves every lookup the
old one did, and the old ones go.

A record's index by kind and id goes too: the unique key (kind, id, revision) begins with the
same two columns and finds a document's revisions as well, and a push no longer writes a
hundred entries into a second copy of them (a tenth of a push's insert of its records).

Revision ID: h0003
Revises: h0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "h0003"
down_revision = "h0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_feed_child_seq", "feed", ["child_id", "seq"], unique=False)
    # Only the removals (a few rows among the records) are in their index.
    op.create_index("ix_feed_removed_seq", "feed", ["removed_from", "seq"], unique=False,
                    postgresql_where=sa.text("removed_from IS NOT NULL"),
                    sqlite_where=sa.text("removed_from IS NOT NULL"))
    op.drop_index("ix_feed_child_id", table_name="feed")
    op.drop_index("ix_feed_removed_from", table_name="feed")
    op.drop_index("ix_record_doc", table_name="record")


def downgrade() -> None:
    op.create_index("ix_record_doc", "record", ["kind", "record_id"], unique=False)
    op.create_index("ix_feed_removed_from", "feed", ["removed_from"], unique=False)
    op.create_index("ix_feed_child_id", "feed", ["child_id"], unique=False)
    op.drop_index("ix_feed_removed_seq", table_name="feed")
    op.drop_index("ix_feed_child_seq", table_name="feed")
