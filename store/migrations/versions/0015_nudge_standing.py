"""nudge standing: what the rules engine last decided per license, kept across restarts

Revision ID: 0015_nudge_standing
Revises: 0014_rule_set_overrides
Create Date: 2026-12-02
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0015_nudge_standing"
down_revision = "0014_rule_set_overrides"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One row per license, gone with it: a restarted sweep reuses a standing while the digest
    # it was decided from (rules, license, answers, a mark of the completions) still matches.
    op.create_table(
        "nudgestanding",
        sa.Column("license_id", sa.Integer(), nullable=False),
        sa.Column("proof", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("total_counted", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["license_id"], ["license.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("license_id"),
    )


def downgrade() -> None:
    op.drop_table("nudgestanding")
