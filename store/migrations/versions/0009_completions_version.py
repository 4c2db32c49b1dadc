"""Each member counts changes to their completions, kept by the database itself.

A trigger on `completion` moves `member.completions_version` on every insert, update and
delete, whichever code (or person at a SQL prompt) makes it: the nudge sweep then knows,
from one small column, whose cycle hours it must aggregate again.

A later migration that rebuilds `completion` on SQLite (batch mode, recreate) must create
the triggers again; tests/nudges/test_completions_version.py would catch it.

Revision ID: 0009_completions_version
Revises: 0008_state_version
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_completions_version"
down_revision = "0008_state_version"
branch_labels = None
depends_on = None

BUMP = "UPDATE member SET completions_version = completions_version + 1 WHERE id = {row}.member_id"
SQLITE_TRIGGERS = {  # name: (when, whose version moves)
    "completion_counted_on_insert": ("AFTER INSERT", "NEW"),
    "completion_counted_on_delete": ("AFTER DELETE", "OLD"),
    "completion_counted_on_update": ("AFTER UPDATE", "OLD"),
    "completion_counted_on_move": (
        "AFTER UPDATE OF member_id ON completion WHEN NEW.member_id <> OLD.member_id", "NEW"
    ),
}
POSTGRES_FUNCTION = """
CREATE FUNCTION completion_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE member SET completions_version = completions_version + 1 WHERE id = OLD.member_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.member_id <> OLD.member_id) THEN
        UPDATE member SET completions_version = completions_version + 1 WHERE id = NEW.member_id;
    END IF;
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("completions_version", sa.Integer(), server_default="0", nullable=False)
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_FUNCTION)
        op.execute(
            "CREATE TRIGGER completion_counted AFTER INSERT OR UPDATE OR DELETE ON completion "
            "FOR EACH ROW EXECUTE FUNCTION completion_counted()"
        )
        return
    for name, (when, row) in SQLITE_TRIGGERS.items():
        on = "" if " ON " in when else " ON completion"
        op.execute(f"CREATE TRIGGER {name} {when}{on} BEGIN {BUMP.format(row=row)}; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER completion_counted ON completion")
        op.execute("DROP FUNCTION completion_counted()")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("completions_version")
