"""Reply addresses: one opaque address per member and platform, and the migration that made
Teams' conversation references the first of them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alembic import command
from sqlalchemy import inspect, text
from sqlmodel import select

from store.db import alembic_config, new_session
from store.models import Member, ReplyAddress
from store.queries.members import get_or_create_member, get_or_create_workspace
from store.queries.reply_address import keep_reply_address, reply_address_of

NOW = datetime(2026, 12, 3, 9, tzinfo=UTC)
CHAT = {"conversation": {"id": "a:1on1"}, "serviceUrl": "https://smba.example/amer/"}
CHANNEL = {"conversation": {"id": "19:general"}, "serviceUrl": "https://smba.example/amer/"}


def a_member(session, tenant: str = "tenant-1", user: str = "29:megan") -> int:
    workspace = get_or_create_workspace(session, platform="teams", external_id=tenant)
    member = get_or_create_member(session, workspace_id=workspace.id, platform_user_id=user)
    session.flush()
    return member.id


def keep(session, member_id: int, address: dict, *, personal: bool, at: datetime = NOW) -> None:
    keep_reply_address(
        session, member_id=member_id, platform="teams", address=address, personal=personal, now=at
    )


def test_the_address_comes_back_with_its_tenant(engine):
    with new_session(engine) as session:
        member_id = a_member(session)
        keep(session, member_id, CHAT, personal=True)
        session.commit()
    with new_session(engine) as session:
        kept = reply_address_of(session, member_id=member_id, platform="teams")
        assert reply_address_of(session, member_id=member_id, platform="slack") is None
    assert kept is not None
    assert (kept.address, kept.personal, kept.workspace_external_id) == (CHAT, True, "tenant-1")


def test_a_channel_never_replaces_the_personal_chat_but_the_chat_replaces_a_channel(engine):
    with new_session(engine) as session:
        member_id = a_member(session)
        keep(session, member_id, CHANNEL, personal=False)
        keep(session, member_id, CHAT, personal=True, at=NOW + timedelta(hours=1))
        keep(session, member_id, CHANNEL, personal=False, at=NOW + timedelta(hours=2))
        session.commit()
        [row] = session.exec(select(ReplyAddress)).all()
    assert (row.address, row.personal) == (CHAT, True)
    assert row.updated_at == NOW + timedelta(hours=1)  # the channel's later word changed nothing


def test_an_unchanged_address_is_not_written_again(engine):
    with new_session(engine) as session:
        member_id = a_member(session)
        keep(session, member_id, CHAT, personal=True)
        keep(session, member_id, dict(CHAT), personal=True, at=NOW + timedelta(minutes=5))
        session.commit()
        assert session.exec(select(ReplyAddress)).one().updated_at == NOW


def test_one_address_per_platform_and_they_go_with_the_member(engine):
    with new_session(engine) as session:
        member_id = a_member(session)
        keep(session, member_id, CHAT, personal=True)
        keep_reply_address(
            session,
            member_id=member_id,
            platform="gchat",
            address={"space": "s/1"},
            personal=True,
            now=NOW,
        )
        session.commit()
        assert len(session.exec(select(ReplyAddress)).all()) == 2
        session.delete(session.get(Member, member_id))
        session.commit()
        assert session.exec(select(ReplyAddress)).all() == []


def test_the_migration_moves_teams_references_over_and_back(engine):
    config = alembic_config(engine)
    command.downgrade(config, "0016_nudge_license_tally")
    try:
        assert "teamsconversation" in inspect(engine).get_table_names()
        with new_session(engine) as session:
            member_id = a_member(session, tenant="tenant-9")
            session.commit()
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO teamsconversation"
                    " (member_id, tenant_id, service_url, personal, reference, updated_at)"
                    " VALUES (:member, 'tenant-9', :url, :personal, :reference, :at)"
                ),
                {
                    "member": member_id,
                    "url": CHAT["serviceUrl"],
                    "personal": True,
                    "reference": '{"conversation": {"id": "a:1on1"}, "serviceUrl": '
                    '"https://smba.example/amer/"}',
                    "at": NOW,
                },
            )
        command.upgrade(config, "0017_reply_address")
        assert "teamsconversation" not in inspect(engine).get_table_names()
        with new_session(engine) as session:
            kept = reply_address_of(session, member_id=member_id, platform="teams")
        assert kept is not None
        assert (kept.address, kept.personal, kept.workspace_external_id) == (CHAT, True, "tenant-9")

        command.downgrade(config, "0016_nudge_license_tally")
        with engine.connect() as connection:
            back = connection.execute(
                text("SELECT member_id, tenant_id, service_url, personal FROM teamsconversation")
            ).all()
        assert [tuple(row) for row in back] == [(member_id, "tenant-9", CHAT["serviceUrl"], True)]
    finally:
        command.upgrade(config, "heads")
        engine.dispose()


def test_the_table_holds_no_platform_column_of_its_own(engine):
    columns = {c["name"] for c in inspect(engine).get_columns("replyaddress")}
    assert columns == {"id", "member_id", "platform", "address", "personal", "updated_at"}


async def test_a_message_answered_late_from_the_inbox_still_keeps_its_address(mentor, engine):
    from bot.messages import Inbound
    from bot.settings import Settings
    from handlers.runtime import Address, Runtime

    runtime = Runtime(settings=Settings(_env_file=None), engine=engine, mentor=mentor)
    said = Inbound(
        platform="teams", workspace_id="tenant-3", user_id="29:ana", text="hi", event_id="ev-1"
    )
    accepted = await runtime.accept(said, Address(CHAT, personal=True))
    assert accepted.inbox_id is not None
    # This replica crashed before the turn: the inbox keeper (another replica) answers it.
    from handlers.inbox import InboxKeeper

    # A day after it was kept, by the wall clock the inbox stamped it with (not NOW: a fixed
    # day becomes "before the message" once the calendar passes it).
    later = datetime.now(UTC) + timedelta(days=1)
    assert await InboxKeeper(runtime).once(now=later) == 1
    with new_session(engine) as session:
        [kept] = session.exec(select(ReplyAddress)).all()
    assert (kept.platform, kept.address, kept.personal) == ("teams", CHAT, True)
