"""certificate files: the bytes of each certificate a member sent, by SHA-256

Revision ID: 0013_certificate_files
Revises: 0012_outbox_retention
Create Date: 2026-12-02
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import store.types

revision = "0013_certificate_files"
down_revision = "0012_outbox_retention"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificatefile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("completion_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("mime", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("bytes", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["completion_id"], ["completion.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("member_id", "sha256"),
    )
    with op.batch_alter_table("certificatefile", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificatefile_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_certificatefile_completion_id"), ["completion_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("certificatefile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificatefile_completion_id"))
        batch_op.drop_index(batch_op.f("ix_certificatefile_member_id"))
    op.drop_table("certificatefile")
