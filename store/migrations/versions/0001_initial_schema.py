"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import store.types


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("provider", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column("cost_usd", sa.Float(), nullable=True),
        sa.Column("cost_note", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("format", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("approval_bodies", sa.JSON(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("confidence", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("sample", sa.Boolean(), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("provider", "title"),
    )
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_course_slug"), ["slug"], unique=False)

    op.create_table(
        "processedevent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("event_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("received_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("platform", "event_id"),
    )
    op.create_table(
        "workspace",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("external_id", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("platform", "external_id"),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("platform_user_id", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("display_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("timezone", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("reachable", sa.Boolean(), nullable=False),
        sa.Column("onboarded", sa.Boolean(), nullable=False),
        sa.Column("budget_per_year", sa.Float(), nullable=True),
        sa.Column("hours_per_week", sa.Float(), nullable=True),
        sa.Column("preferred_formats", sa.JSON(), nullable=False),
        sa.Column("career_direction", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("interests", sa.JSON(), nullable=False),
        sa.Column("practice_facts", sa.JSON(), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["manager_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("workspace_id", "platform_user_id"),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_manager_id"), ["manager_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_workspace_id"), ["workspace_id"], unique=False)

    op.create_table(
        "completion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("provider", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("format", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("approval_body", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("certificate_name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("certificate_ref", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column(
            "source_message_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False
        ),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("completion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_completion_completed_on"), ["completed_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_completion_course_id"), ["course_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_completion_member_id"), ["member_id"], unique=False)

    op.create_table(
        "conversationstate",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("flow", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.PrimaryKeyConstraint("member_id"),
    )
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_member_id"), ["member_id"], unique=False)

    op.create_table(
        "license",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("license_type", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("jurisdiction", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("renewal_date", sa.Date(), nullable=False),
        sa.Column("cycle_start", sa.Date(), nullable=True),
        sa.Column("rule_set_id", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("first_renewal", sa.Boolean(), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("license", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_license_member_id"), ["member_id"], unique=False)

    op.create_table(
        "outboxmessage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("due_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("dedup_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("lease_until", store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("sent_at", store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dedup_key"),
    )
    with op.batch_alter_table("outboxmessage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outboxmessage_due_at"), ["due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_outboxmessage_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outboxmessage_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_outboxmessage_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_course_id"), ["course_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_workspace_id"), ["workspace_id"], unique=False)

    op.create_table(
        "selfassessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("taken_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("selfassessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_selfassessment_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "planstep",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("license_id", sa.Integer(), nullable=True),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("completion_id", sa.Integer(), nullable=True),
        sa.Column("created_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["completion_id"],
            ["completion.id"],
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
        ),
        sa.ForeignKeyConstraint(
            ["license_id"],
            ["license.id"],
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("planstep", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_planstep_member_id"), ["member_id"], unique=False)

    op.create_table(
        "skillrating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("competency", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["selfassessment.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("skillrating", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_skillrating_assessment_id"), ["assessment_id"], unique=False
        )




def downgrade() -> None:

    with op.batch_alter_table("skillrating", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skillrating_assessment_id"))

    op.drop_table("skillrating")
    with op.batch_alter_table("planstep", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_planstep_member_id"))

    op.drop_table("planstep")
    with op.batch_alter_table("selfassessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_selfassessment_member_id"))

    op.drop_table("selfassessment")
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_review_member_id"))
        batch_op.drop_index(batch_op.f("ix_review_course_id"))

    op.drop_table("review")
    with op.batch_alter_table("outboxmessage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outboxmessage_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_outboxmessage_status"))
        batch_op.drop_index(batch_op.f("ix_outboxmessage_member_id"))
        batch_op.drop_index(batch_op.f("ix_outboxmessage_due_at"))

    op.drop_table("outboxmessage")
    with op.batch_alter_table("license", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_license_member_id"))

    op.drop_table("license")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_member_id"))

    op.drop_table("goal")
    op.drop_table("conversationstate")
    with op.batch_alter_table("completion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_completion_member_id"))
        batch_op.drop_index(batch_op.f("ix_completion_course_id"))
        batch_op.drop_index(batch_op.f("ix_completion_completed_on"))

    op.drop_table("completion")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_member_manager_id"))

    op.drop_table("member")
    op.drop_table("workspace")
    op.drop_table("processedevent")
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_slug"))

    op.drop_table("course")

