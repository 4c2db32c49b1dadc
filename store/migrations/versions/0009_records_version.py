"""Each member counts changes to their CE records (licenses and completions), kept by the
database itself.

Triggers on `license` and `completion` move `member.records_version` on every insert, update
and delete, whichever code (or person at a SQL prompt) makes it: the nudge sweep then knows,
from one small column, whose licenses and cycle hours it must read again.

A later migration that rebuilds `license` or `completion` on SQLite (batch mode, recreate)
must create their triggers again; tests/nudges/test_records_version.py would catch it.

Revision ID: 0009_records_version
Revises: 0008_state_version
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_records_version"
down_revision = "0008_state_version"
branch_labels = None
depends_on = None

TABLES = ("license", "completion")
BUMP = "UPDATE member SET records_version = records_version + 1 WHERE id = {row}.member_id"
SQLITE_TRIGGERS = {  # name suffix: (when, whose version moves)
    "insert": ("AFTER INSERT ON {table}", "NEW"),
    "delete": ("AFTER DELETE ON {table}", "OLD"),
    "update": ("AFTER UPDATE ON {table}", "OLD"),
    "move": ("AFTER UPDATE OF member_id ON {table} WHEN NEW.member_id <> OLD.member_id", "NEW"),
}
POSTGRES_FUNCTION = """
CREATE FUNCTION member_records_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE member SET records_version = records_version + 1 WHERE id = OLD.member_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.member_id <> OLD.member_id) THEN
        UPDATE member SET records_version = records_version + 1 WHERE id = NEW.member_id;
    END IF;
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("records_version", sa.Integer(), server_default="0", nullable=False)
        )
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute(POSTGRES_FUNCTION)
    for table in TABLES:
        if postgres:
            op.execute(
                f"CREATE TRIGGER {table}_counted AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION member_records_changed()"
            )
            continue
        for suffix, (when, row) in SQLITE_TRIGGERS.items():
            op.execute(
                f"CREATE TRIGGER {table}_counted_on_{suffix} {when.format(table=table)} "
                f"BEGIN {BUMP.format(row=row)}; END"
            )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in TABLES:
        if postgres:
            op.execute(f"DROP TRIGGER {table}_counted ON {table}")
        else:
            for suffix in SQLITE_TRIGGERS:
                op.execute(f"DROP TRIGGER {table}_counted_on_{suffix}")
    if postgres:
        op.execute("DROP FUNCTION member_records_changed()")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("records_version")
