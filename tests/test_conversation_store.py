"""One turn's database work: the event id once, the member in one query, state only on change."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

from sqlalchemy import event
from sqlmodel import select

from store.db import new_session
from store.models import ConversationState, Member
from store.queries.conversation import first_time_seen, open_conversation

NOW = datetime(2026, 11, 27, 20, 0, tzinfo=UTC)


@contextlib.contextmanager
def statements(engine):
    """The SQL statements the engine runs inside the block (first word, then the table)."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        seen.append(" ".join(statement.split()[:3]).lower())

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def writes(seen: list[str]) -> list[str]:
    return [s for s in seen if s.split()[0] in ("insert", "update", "delete")]


def test_a_turn_that_changes_nothing_writes_only_its_event_id(chat, engine):
    chat.onboard()
    with new_session(engine) as session:
        member = session.exec(select(Member)).one()
        before = session.get(ConversationState, member.id)
        stamp = before.updated_at if before else None
    for text in ("help", "status", "plan"):
        with statements(engine) as seen:
            chat.say(text)
        assert writes(seen) == ["insert into processedevent"], (text, seen)
    with new_session(engine) as session:
        after = session.get(ConversationState, member.id)
        assert (after.updated_at if after else None) == stamp


def test_a_turn_that_moves_the_conversation_saves_it(chat, engine):
    chat.onboard()
    chat.say("goals")
    with new_session(engine) as session:
        state = session.exec(select(ConversationState)).one()
        assert state.flow == "goals" and state.updated_at == chat.now
    chat.say("cancel")
    with new_session(engine) as session:
        state = session.exec(select(ConversationState)).one()
        assert (state.flow, state.state, state.data) == ("", "", {})


def test_an_event_id_is_recorded_once_per_platform(engine):
    for platform, event_id, first in (
        ("slack", "Ev1", True),
        ("slack", "Ev1", False),
        ("teams", "Ev1", True),
        ("slack", "Ev2", True),
    ):
        with new_session(engine) as session:
            seen = first_time_seen(session, platform=platform, event_id=event_id, now=NOW)
            session.commit()
        assert seen is first, (platform, event_id)


def test_a_known_member_is_found_in_one_query_within_their_workspace(engine):
    def open_(workspace: str, name: str = ""):
        with new_session(engine) as session:
            found = open_conversation(
                session,
                platform="slack",
                workspace_external_id=workspace,
                user_id="U1",
                display_name=name,
            )
            session.commit()
        return found

    workspace, member, state = open_("T1", "Dana")
    assert (member.workspace_id, member.display_name, state.flow) == (workspace.id, "Dana", "")
    with statements(engine) as seen:
        again = open_("T1", "Dana Reyes")
    assert [s for s in seen if s.startswith("select")] == [
        "select workspace.id, workspace.platform,"
    ]
    assert (again[0].id, again[1].id, again[1].display_name) == (
        workspace.id,
        member.id,
        "Dana Reyes",
    )
    other = open_("T2")  # the same user id in another workspace is another member
    assert other[0].id != workspace.id and other[1].id != member.id


def test_hi_reads_the_licenses_once(chat, engine):
    """The greeting's standing reuses the licenses it checked, instead of reading them again."""
    chat.onboard()
    full: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        full.append(" ".join(statement.lower().split()))

    event.listen(engine, "before_cursor_execute", record)
    try:
        answer = chat.say("hi")
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert "Where you stand" in answer
    license_reads = [s for s in full if s.startswith("select") and " from license " in f"{s} "]
    assert len(license_reads) == 1, license_reads
