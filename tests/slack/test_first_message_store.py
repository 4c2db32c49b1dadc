"""A new member's first message in a known workspace: found missing and created in one query."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

from sqlalchemy import event
from sqlmodel import select

from store.db import new_session
from store.models import ConversationState, Member, Workspace
from store.queries.conversation import _create_member, first_time_seen, open_conversation
from store.queries.members import create_member

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


@contextlib.contextmanager
def statements(engine):
    """The first word of each SQL statement the engine runs inside the block."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement.split()[0].lower())

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def open_(engine, user: str, name: str = "", event_id: str = ""):
    with new_session(engine) as session:
        found = open_conversation(
            session,
            platform="slack",
            workspace_external_id="T1",
            user_id=user,
            display_name=name,
            event_id=event_id,
        )
        session.commit()
    return found


def test_a_new_member_of_a_known_workspace_costs_one_select_and_their_insert(engine):
    first = open_(engine, "U1", "Dana")
    with statements(engine) as seen:
        workspace, member, state = open_(engine, "U2", "Sam", event_id="Ev2")
    # One select (workspace, "no such member", "event not seen"), then the member's insert,
    # which returns their row; no state is looked up for someone who did not exist.
    assert [s for s in seen if s == "select"] == ["select"]
    assert [s for s in seen if s == "insert"] == ["insert"]
    assert workspace.id == first[0].id
    assert (member.platform_user_id, member.display_name) == ("U2", "Sam")
    assert (state.member_id, state.flow, state.state, state.data) == (member.id, "", "", {})
    with new_session(engine) as session:
        assert len(session.exec(select(Workspace)).all()) == 1
        names = {m.platform_user_id: m.display_name for m in session.exec(select(Member))}
    assert names == {"U1": "Dana", "U2": "Sam"}


def test_a_retried_first_message_of_someone_unknown_creates_nobody(engine):
    open_(engine, "U1")
    with new_session(engine) as session:
        assert first_time_seen(session, platform="slack", event_id="Ev9", now=NOW)
        session.commit()

    assert open_(engine, "U3", "Kim", event_id="Ev9") is None
    with new_session(engine) as session:
        users = [m.platform_user_id for m in session.exec(select(Member))]
    assert users == ["U1"]


def test_a_member_created_meanwhile_is_taken_as_it_is_with_their_state(engine):
    _workspace, member, _state = open_(engine, "U1", "Dana")
    with new_session(engine) as session:
        session.add(ConversationState(member_id=member.id, flow="goals", state="ask", data={}))
        session.commit()
    with new_session(engine) as session:  # as when another replica inserted them first
        found, created = create_member(
            session, workspace_id=member.workspace_id, platform_user_id="U1", display_name="D"
        )
        session.commit()
    assert (created, found.id, found.display_name) == (False, member.id, "Dana")
    _workspace, again, state = open_(engine, "U1", "Dana")
    assert (again.id, state.flow, state.state) == (member.id, "goals", "ask")


def test_a_new_member_inserted_meanwhile_by_another_replica_is_taken_as_it_is(engine):
    _workspace, member, _state = open_(engine, "U1", "Dana")
    with new_session(engine) as session:  # found missing a moment ago; inserted since
        found, created = _create_member(
            session, workspace_id=member.workspace_id, user_id="U1", display_name="D"
        )
        session.commit()
    assert (created, found.id, found.display_name) == (False, member.id, "Dana")
    with new_session(engine) as session:
        assert [m.display_name for m in session.exec(select(Member))] == ["Dana"]


def test_a_new_member_has_the_models_defaults(engine):
    _workspace, member, _state = open_(engine, "U1", "Dana")
    with new_session(engine) as session:
        stored = session.get(Member, member.id)
        assert stored is not None
        assert (stored.role, stored.reachable, stored.onboarded, stored.timezone) == (
            "clinician",
            True,
            False,
            "",
        )
        assert (stored.preferred_formats, stored.interests, stored.practice_facts) == ([], [], {})
        assert (stored.manager_id, stored.budget_per_year, stored.records_version) == (
            None,
            None,
            0,
        )
        assert abs((stored.created_at - datetime.now(UTC)).total_seconds()) < 60


def test_a_new_members_first_turn_that_fails_still_knows_their_id(engine):
    open_(engine, "U1")
    with new_session(engine) as session:
        _workspace, member, _state = open_conversation(
            session, platform="slack", workspace_external_id="T1", user_id="U2", display_name=""
        )
        member_id = member.id
        session.rollback()  # as the mentor does when a turn fails, then logs the member's id
        assert member.id == member_id is not None
