"""rule set overrides: a practice's own verified copy of a board rule set

Revision ID: 0014_rule_set_overrides
Revises: 0013_certificate_files
Create Date: 2026-12-02
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import store.types

revision = "0014_rule_set_overrides"
down_revision = "0013_certificate_files"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rule_set_override",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("yaml_text", sa.Text(), nullable=False),
        sa.Column("imported_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("rule_set_override")
