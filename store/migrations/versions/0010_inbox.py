"""The inbox: messages acknowledged to Slack or Teams and not yet answered.

Revision ID: 0010_inbox
Revises: 0009_records_version
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from store.types import UTCDateTime

revision = "0010_inbox"
down_revision = "0009_records_version"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inboundevent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("inbound", sa.JSON(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("lease_until", UTCDateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("platform", "event_id"),
    )
    op.create_index("ix_inboundevent_lease_until", "inboundevent", ["lease_until"])


def downgrade() -> None:
    op.drop_index("ix_inboundevent_lease_until", table_name="inboundevent")
    op.drop_table("inboundevent")
