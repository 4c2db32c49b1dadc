"""nudge tallies without a per-row foreign key check; an index of recently sent nudges

A sweep writes every license's tally on a new deployment's first sweep (100k rows): the
foreign key to `license` cost PostgreSQL one lookup and one row lock per written row, as
much as the write itself. A tally is a cache the sweep only reads through a join from the
licenses, so it needs no check on writing, only to go with its license: a trigger on
`license` deletes the tallies of the deleted licenses (once per statement on PostgreSQL).

The sweep's "latest nudge sent to each member in the last two days" read every sent row
of the outbox's history: a partial index on (sent_at, member_id) of sent rows makes it a
range of two days' rows.

Revision ID: 0018_tally_trigger_recent_sent
Revises: 0017_reply_address
Create Date: 2026-12-03
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0018_tally_trigger_recent_sent"
down_revision = "0017_reply_address"
branch_labels = None
depends_on = None

FOREIGN_KEY = "nudgelicensetally_license_id_fkey"
TRIGGER = "license_tally_gone"
POSTGRES_FUNCTION = f"""
CREATE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM nudgelicensetally AS t USING gone WHERE t.license_id = gone.id;
    RETURN NULL;
END $$
"""
SQLITE_TRIGGER = (
    f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON license "
    "BEGIN DELETE FROM nudgelicensetally WHERE license_id = OLD.id; END"
)
RECENT_SENT = "ix_outboxmessage_recent_sent"


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.drop_constraint(FOREIGN_KEY, "nudgelicensetally", type_="foreignkey")
        op.execute(POSTGRES_FUNCTION)
        op.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON license REFERENCING OLD TABLE AS gone "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {TRIGGER}()"
        )
    else:  # SQLite's constraint has no name: the table is rebuilt from a copy without it
        with op.batch_alter_table("nudgelicensetally", recreate="always", copy_from=_tally_table()):
            pass
        op.execute(SQLITE_TRIGGER)
    op.create_index(
        RECENT_SENT,
        "outboxmessage",
        ["sent_at", "member_id"],
        postgresql_where=sa.text("status = 'sent'"),
        sqlite_where=sa.text("status = 'sent'"),
    )


def _tally_table() -> sa.Table:
    """nudgelicensetally as migration 0016 made it, without the foreign key."""
    return sa.Table(
        "nudgelicensetally",
        sa.MetaData(),
        sa.Column("license_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("records_version", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.Date(), nullable=False),
        sa.Column("window_hours", sa.Float(), nullable=False),
        sa.Column("last_progress_on", sa.Date(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("top_id", sa.Integer(), nullable=True),
        sa.Column("logged", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("hours", sa.Float(), nullable=True),
    )


def downgrade() -> None:
    op.drop_index(RECENT_SENT, table_name="outboxmessage")
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute(f"DROP TRIGGER {TRIGGER} ON license")
        op.execute(f"DROP FUNCTION {TRIGGER}()")
    else:
        op.execute(f"DROP TRIGGER {TRIGGER}")
    with op.batch_alter_table("nudgelicensetally") as batch_op:
        batch_op.create_foreign_key(
            FOREIGN_KEY, "license", ["license_id"], ["id"], ondelete="CASCADE"
        )
