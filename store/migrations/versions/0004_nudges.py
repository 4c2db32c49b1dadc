"""nudge preferences

Revision ID: 0004_nudges
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import store.types

revision = "0004_nudges"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "nudgepreferences",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.Integer(), nullable=False),
        sa.Column("window_end", sa.Integer(), nullable=False),
        sa.Column("working_days", sa.JSON(), nullable=False),
        sa.Column("quiet_start", sa.Integer(), nullable=True),
        sa.Column("quiet_end", sa.Integer(), nullable=True),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("opted_out", sa.JSON(), nullable=False),
        sa.Column("checkin_every", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("member_id"),
    )
    # The drain looks up a member's sent rows per day and claims by due time.
    with op.batch_alter_table("outboxmessage", schema=None) as batch_op:
        batch_op.create_index("ix_outboxmessage_member_sent", ["member_id", "sent_at"])


def downgrade() -> None:
    with op.batch_alter_table("outboxmessage", schema=None) as batch_op:
        batch_op.drop_index("ix_outboxmessage_member_sent")
    op.drop_table("nudgepreferences")
