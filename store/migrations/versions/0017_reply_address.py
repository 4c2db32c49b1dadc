"""reply address: one table of opaque per-platform addresses replaces teamsconversation

Revision ID: 0017_reply_address
Revises: 0016_nudge_license_tally
Create Date: 2026-12-03
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import store.types

revision = "0017_reply_address"
down_revision = "0016_nudge_license_tally"
branch_labels = None
depends_on = None

TEAMS_ROWS = sa.table(
    "teamsconversation",
    sa.column("member_id", sa.Integer()),
    sa.column("tenant_id", sa.String()),
    sa.column("service_url", sa.String()),
    sa.column("personal", sa.Boolean()),
    sa.column("reference", sa.JSON()),
    sa.column("updated_at", store.types.UTCDateTime(timezone=True)),
)
ADDRESSES = sa.table(
    "replyaddress",
    sa.column("member_id", sa.Integer()),
    sa.column("platform", sa.String()),
    sa.column("address", sa.JSON()),
    sa.column("personal", sa.Boolean()),
    sa.column("updated_at", store.types.UTCDateTime(timezone=True)),
)


def upgrade() -> None:
    op.create_table(
        "replyaddress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("address", sa.JSON(), nullable=False),
        sa.Column("personal", sa.Boolean(), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("member_id", "platform"),
    )
    # Every Teams member keeps where they can be reached: their reference is the address.
    copy = sa.select(
        TEAMS_ROWS.c.member_id,
        sa.literal("teams"),
        TEAMS_ROWS.c.reference,
        TEAMS_ROWS.c.personal,
        TEAMS_ROWS.c.updated_at,
    )
    op.execute(
        ADDRESSES.insert().from_select(
            ["member_id", "platform", "address", "personal", "updated_at"], copy
        )
    )
    op.drop_table("teamsconversation")


def downgrade() -> None:
    op.create_table(
        "teamsconversation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("service_url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("personal", sa.Boolean(), nullable=False),
        sa.Column("reference", sa.JSON(), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("member_id"),
    )
    # The tenant is the member's workspace; the serviceUrl is read back out of the reference.
    bind = op.get_bind()
    member = sa.table("member", sa.column("id"), sa.column("workspace_id"))
    workspace = sa.table("workspace", sa.column("id"), sa.column("external_id"))
    rows = bind.execute(
        sa.select(ADDRESSES, workspace.c.external_id)
        .join(member, member.c.id == ADDRESSES.c.member_id)
        .join(workspace, workspace.c.id == member.c.workspace_id)
        .where(ADDRESSES.c.platform == "teams")
    ).all()
    for row in rows:
        address = row.address or {}
        bind.execute(
            TEAMS_ROWS.insert().values(
                member_id=row.member_id,
                tenant_id=row.external_id,
                service_url=address.get("serviceUrl", ""),
                personal=row.personal,
                reference=address,
                updated_at=row.updated_at,
            )
        )
    op.drop_table("replyaddress")
