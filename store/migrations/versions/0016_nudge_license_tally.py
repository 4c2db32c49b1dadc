"""nudge license tally: the sweep's per-license aggregate kept across restarts

Revision ID: 0016_nudge_license_tally
Revises: 0015_nudge_standing
Create Date: 2026-12-03
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0016_nudge_license_tally"
down_revision = "0015_nudge_standing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One row per license, gone with it: a restarted sweep reuses it while the member's
    # records version and the window's start still match (bot/nudges/candidates.py).
    op.create_table(
        "nudgelicensetally",
        sa.Column("license_id", sa.Integer(), nullable=False),
        sa.Column("records_version", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.Date(), nullable=False),
        sa.Column("window_hours", sa.Float(), nullable=False),
        sa.Column("last_progress_on", sa.Date(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("top_id", sa.Integer(), nullable=True),
        sa.Column("logged", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["license_id"], ["license.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("license_id"),
    )


def downgrade() -> None:
    op.drop_table("nudgelicensetally")
