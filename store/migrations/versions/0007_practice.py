"""Group practices: learning circles, study buddies, mentoring, managers' digest settings.

Revision ID: 0007_practice
Revises: 0006_merge
Create Date: 2026-11-27
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import store.types

revision = "0007_practice"
down_revision = "0006_merge"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "buddypairing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("first_member_id", sa.Integer(), nullable=False),
        sa.Column("second_member_id", sa.Integer(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["first_member_id"], ["member.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["second_member_id"], ["member.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("buddypairing", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_buddypairing_first_member_id"), ["first_member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_buddypairing_second_member_id"), ["second_member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_buddypairing_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "digestpreferences",
        sa.Column("manager_id", sa.Integer(), nullable=False),
        sa.Column("cadence", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("local_minutes", sa.Integer(), nullable=False),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["manager_id"], ["member.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("manager_id"),
    )
    op.create_table(
        "learningcircle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("started_by", sa.Integer(), nullable=True),
        sa.Column("cadence", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("local_minutes", sa.Integer(), nullable=False),
        sa.Column("timezone", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("focus", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("reference", sa.JSON(), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["started_by"], ["member.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("workspace_id", "channel_id"),
    )
    with op.batch_alter_table("learningcircle", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_learningcircle_started_by"), ["started_by"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_learningcircle_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "mentorintroduction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("area", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("mentee_said", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("mentor_said", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("introduced_at", store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["mentee_id"], ["member.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["mentor_id"], ["member.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mentor_id", "mentee_id", "area"),
    )
    with op.batch_alter_table("mentorintroduction", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentorintroduction_mentee_id"), ["mentee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mentorintroduction_mentor_id"), ["mentor_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mentorintroduction_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "mentoroffer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("area", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("member_id", "area"),
    )
    with op.batch_alter_table("mentoroffer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentoroffer_member_id"), ["member_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mentoroffer_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "circleseat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circle_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("wants_buddy", sa.Boolean(), nullable=False),
        sa.Column("joined_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["circle_id"], ["learningcircle.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("circle_id", "member_id"),
    )
    with op.batch_alter_table("circleseat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_circleseat_member_id"), ["member_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("circleseat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_circleseat_member_id"))

    op.drop_table("circleseat")
    with op.batch_alter_table("mentoroffer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentoroffer_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_mentoroffer_member_id"))

    op.drop_table("mentoroffer")
    with op.batch_alter_table("mentorintroduction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentorintroduction_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_mentorintroduction_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_mentorintroduction_mentee_id"))

    op.drop_table("mentorintroduction")
    with op.batch_alter_table("learningcircle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learningcircle_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_learningcircle_started_by"))

    op.drop_table("learningcircle")
    op.drop_table("digestpreferences")
    with op.batch_alter_table("buddypairing", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_buddypairing_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_buddypairing_second_member_id"))
        batch_op.drop_index(batch_op.f("ix_buddypairing_first_member_id"))

    op.drop_table("buddypairing")
