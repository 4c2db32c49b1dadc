"""Conversation state carries a version: a turn saves only over the state it loaded.

Revision ID: 0008_state_version
Revises: 0007_practice
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_state_version"
down_revision = "0007_practice"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversationstate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("conversationstate", schema=None) as batch_op:
        batch_op.drop_column("version")
