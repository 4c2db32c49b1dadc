"""slack: slack_sdk's installation, bot and OAuth-state tables, in our database

Revision ID: 0002_slack
Revises: 0001
Create Date: 2026-11-27

The table shapes come from slack_sdk itself, so its SQLAlchemy stores always match them.
"""

from alembic import op
from sqlalchemy import MetaData

revision = "0002_slack"
down_revision = "0001"
branch_labels = None
depends_on = None


def slack_tables() -> MetaData:
    """slack_bots, slack_installations and slack_oauth_states, as slack_sdk defines them.

    slack_sdk is imported here, not at the top: alembic reads every migration on each start,
    and the terminal chat should not load a chat SDK it never uses.
    """
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    metadata = MetaData()
    store = SQLAlchemyInstallationStore
    store.build_bots_table(metadata, store.default_bots_table_name)
    store.build_installations_table(metadata, store.default_installations_table_name)
    states = SQLAlchemyOAuthStateStore
    states.build_oauth_states_table(metadata, states.default_table_name)
    return metadata


def upgrade() -> None:
    slack_tables().create_all(op.get_bind())


def downgrade() -> None:
    slack_tables().drop_all(op.get_bind())
