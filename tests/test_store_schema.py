"""The migrated schema matches the models and keeps timestamps in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, select

from store.db import new_session
from store.models import License, Member, ProcessedEvent, Workspace


def test_migrations_create_every_table(engine):
    assert set(inspect(engine).get_table_names()) >= set(SQLModel.metadata.tables)


def test_timestamps_come_back_aware_utc(engine):
    pacific = timezone(timedelta(hours=-8))
    with new_session(engine) as session:
        ws = Workspace(
            platform="test", external_id="T1", created_at=datetime(2026, 3, 1, 9, tzinfo=pacific)
        )
        session.add(ws)
        session.commit()
        ws_id = ws.id
    with new_session(engine) as session:
        loaded = session.get(Workspace, ws_id)
        assert loaded.created_at == datetime(2026, 3, 1, 17, tzinfo=UTC)
        assert loaded.created_at.tzinfo is not None


def test_naive_timestamps_are_refused(engine):
    with new_session(engine) as session:
        session.add(Workspace(platform="test", external_id="T1", created_at=datetime(2026, 3, 1)))
        with pytest.raises(Exception, match="naive datetime"):
            session.commit()


def test_a_platform_event_is_recorded_once(engine):
    with new_session(engine) as session:
        session.add(ProcessedEvent(platform="slack", event_id="Ev1"))
        session.commit()
        session.add(ProcessedEvent(platform="slack", event_id="Ev1"))
        with pytest.raises(IntegrityError):
            session.commit()


def test_foreign_keys_are_enforced(engine):
    with new_session(engine) as session:
        session.add(
            License(
                member_id=999,
                license_type="LCSW",
                jurisdiction="CA",
                renewal_date=date(2027, 1, 31),
                rule_set_id="CA-LCSW",
            )
        )
        with pytest.raises(IntegrityError):
            session.commit()


def test_json_columns_round_trip(engine):
    with new_session(engine) as session:
        ws = Workspace(platform="test", external_id="T1")
        session.add(ws)
        session.flush()
        session.add(
            Member(
                workspace_id=ws.id,
                platform_user_id="U1",
                preferred_formats=["live_online"],
                practice_facts={"supervisor": True},
            )
        )
        session.commit()
    with new_session(engine) as session:
        member = session.exec(select(Member)).one()
        assert member.preferred_formats == ["live_online"]
        assert member.practice_facts == {"supervisor": True}


def test_the_models_and_the_migrations_agree(engine):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from store.db import alembic_config, ours

    assert len(ScriptDirectory.from_config(alembic_config(engine)).get_heads()) == 1
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": ours}
        )
        assert compare_metadata(context, SQLModel.metadata) == []


def test_the_heads_read_from_the_files_are_alembics(engine):
    from alembic.script import ScriptDirectory

    from store.db import alembic_config, head_revisions, stamped_revisions

    alembics = ScriptDirectory.from_config(alembic_config(engine)).get_heads()
    assert head_revisions() == frozenset(alembics)
    assert stamped_revisions(engine) == head_revisions()  # the fixture migrated it


def test_heads_follow_merges_and_new_branches(tmp_path):
    from store.db import head_revisions

    files = {
        "a.py": 'revision = "a"\ndown_revision = None\n',
        "b.py": 'revision = "b"\ndown_revision = "a"\n',
        "c.py": 'revision: str = "c"\ndown_revision: str | None = "a"\n',
        "m.py": 'revision = "m"\ndown_revision = ("b", "c")\n',
        "d.py": '"""revision = "x" in a docstring is not a field"""\nrevision = "d"\ndown_revision = "m"\n',
        "e.py": 'revision = "e"\ndown_revision = "m"\n',  # a second branch after the merge
    }
    for name, body in files.items():
        (tmp_path / name).write_text(body)
    assert head_revisions(tmp_path) == {"d", "e"}


def test_a_new_database_and_one_behind_are_migrated(tmp_path):
    from alembic import command

    from store.db import alembic_config, head_revisions, make_engine, migrate, stamped_revisions

    engine = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    assert stamped_revisions(engine) == frozenset()  # never migrated: no version table
    migrate(engine)
    assert "member" in inspect(engine).get_table_names()
    command.downgrade(alembic_config(engine), "-1")  # as if the newest migration were new
    assert stamped_revisions(engine) != head_revisions()
    migrate(engine)
    assert stamped_revisions(engine) == head_revisions()
