"""Two turns at once: each decides on what it read, and a state saved over another is never lost.

Turns run in real threads on the real database; a barrier holds each turn after it has read
and decided, until the other has too, so both try to save over the same loaded state.
"""

from __future__ import annotations

import contextlib
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from conversation import Conversation, as_text
from sqlmodel import select

from bot.mentor import AGAIN, SORRY, Mentor
from bot.messages import Inbound
from store.db import new_session
from store.models import ConversationState, Member, ProcessedEvent
from store.queries.conversation import load_state, save_state

NOW = datetime(2026, 11, 27, 21, 0, tzinfo=UTC)


class BothAtOnce(Mentor):
    """The mentor, with each thread's first turn waiting for the other's after deciding."""

    def __init__(self, engine, rule_sets) -> None:
        super().__init__(engine, rule_sets)
        self.barrier = threading.Barrier(2)
        self.waited: set[int] = set()
        self.routed: list[str] = []  # the text of every turn that ran, re-runs included

    def _one_at_a_time(self, session, inbound):
        return contextlib.nullcontext()  # overlap on purpose: the version check is under test

    def _route(self, turn) -> None:
        super()._route(turn)
        self.routed.append(turn.inbound.text)
        if threading.get_ident() not in self.waited:
            self.waited.add(threading.get_ident())
            self.barrier.wait(timeout=30)


def both(mentor: Mentor, *inbounds: Inbound) -> list[list]:
    with ThreadPoolExecutor(2) as pool:
        return list(pool.map(lambda inbound: mentor.handle(inbound, NOW), inbounds))


def onboarded(mentor: Mentor, rule_sets, mentor_class):
    """An onboarded member (by the plain mentor) and the mentor under test, with the version."""
    Conversation(mentor).onboard()
    with new_session(mentor.engine) as session:
        version = session.exec(select(ConversationState)).one().version
    return mentor_class(mentor.engine, rule_sets), version


def said(text: str, event_id: str) -> Inbound:
    return Inbound("test", "W1", "U1", text=text, event_id=event_id)


def test_two_turns_of_one_member_both_answer_and_the_later_runs_on_the_earlier_state(
    mentor, engine, rule_sets
):
    mentor, version = onboarded(mentor, rule_sets, BothAtOnce)
    answers = both(mentor, said("goals", "E-goals"), said("settings", "E-settings"))
    for replies in answers:
        text = "\n".join(as_text(reply) for reply in replies)
        assert text and SORRY not in text and AGAIN not in text, text
    assert len(mentor.routed) == 3, mentor.routed  # the turn that saved second ran again
    again = mentor.routed[-1]
    with new_session(engine) as session:
        state = session.exec(select(ConversationState)).one()
        assert state.version == version + 2  # both saved, neither over the other
        assert state.flow == {"goals": "goals", "settings": "settings"}[again], state.flow
        assert len(session.exec(select(ProcessedEvent)).all()) >= 2


def test_one_event_delivered_twice_at_once_is_answered_once(mentor, engine, rule_sets):
    mentor, version = onboarded(mentor, rule_sets, BothAtOnce)
    answers = both(mentor, said("goals", "E-same"), said("goals", "E-same"))
    assert sorted(bool(replies) for replies in answers) == [False, True]
    assert len(mentor.routed) == 2  # no re-run: the duplicate is dropped, not retried
    with new_session(engine) as session:
        assert session.exec(select(ConversationState)).one().version == version + 1
        seen = session.exec(select(ProcessedEvent).where(ProcessedEvent.event_id == "E-same"))
        assert len(seen.all()) == 1


class AlwaysOvertaken(Mentor):
    """The mentor, with another turn of the member saving while each of its turns decides."""

    overtaken = 0

    def _route(self, turn) -> None:
        super()._route(turn)
        self.overtaken += 1
        with new_session(self.engine) as other:
            state = load_state(other, member_id=turn.member.id)
            data = {"n": self.overtaken}
            assert save_state(other, state=state, flow="goals", step="x", data=data, now=NOW)
            other.commit()


def test_a_turn_overtaken_twice_asks_to_be_said_again_and_saves_nothing(mentor, engine, rule_sets):
    mentor, version = onboarded(mentor, rule_sets, AlwaysOvertaken)
    replies = mentor.handle(said("goals", "E-busy"), NOW)
    assert [as_text(reply) for reply in replies] == [AGAIN]
    with new_session(engine) as session:
        state = session.exec(select(ConversationState)).one()
        assert (state.state, state.data, state.version) == ("x", {"n": 2}, version + 2)
        assert (
            session.exec(select(ProcessedEvent).where(ProcessedEvent.event_id == "E-busy")).first()
            is None
        )


def test_a_first_state_saved_by_another_session_is_not_overwritten(mentor, engine):
    Conversation(mentor).say("help")  # a member with no saved state yet
    with new_session(engine) as first, new_session(engine) as second:
        member_id = first.exec(select(Member.id)).one()
        mine, theirs = (
            load_state(first, member_id=member_id),
            load_state(second, member_id=member_id),
        )
        assert save_state(first, state=mine, flow="goals", step="a", data={}, now=NOW)
        first.commit()
        assert not save_state(second, state=theirs, flow="log", step="b", data={}, now=NOW)
        second.rollback()
    with new_session(engine) as session:
        state = session.exec(select(ConversationState)).one()
        assert (state.flow, state.state, state.version) == ("goals", "a", 1)
