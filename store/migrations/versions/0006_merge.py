"""Join the feature branches (Slack, Teams, nudges, records); index course.updated_at.

Revision ID: 0006_merge
Revises: 0002_slack, 0003_teams, 0004_nudges, 0005_records
Create Date: 2026-11-27
"""

from alembic import op

revision = "0006_merge"
down_revision = ("0002_slack", "0003_teams", "0004_nudges", "0005_records")
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index("ix_course_updated_at", ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_index("ix_course_updated_at")
