"""outbox retention: an index on (kind, due_at) for the pruning job

Revision ID: 0012_outbox_retention
Revises: 0010_inbox
Create Date: 2026-12-02
"""

from alembic import op

revision = "0012_outbox_retention"
down_revision = "0010_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Retention deletes one kind's finished rows planned before that kind's cutoff
    # (store/queries/retention.py): with nothing to delete, an empty range of this index.
    op.create_index("ix_outboxmessage_kind_due", "outboxmessage", ["kind", "due_at"])


def downgrade() -> None:
    op.drop_index("ix_outboxmessage_kind_due", table_name="outboxmessage")
