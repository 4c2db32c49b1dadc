"""Turns of one member run one after another; turns of different members do not wait.

Real threads on the real database (SQLite, or PostgreSQL when TEST_DATABASE_URL is set): each
member sends four completions at the same instant, as the probe did, and every one is saved.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from conversation import FRIDAY_NOON_PACIFIC, Conversation, as_text
from sqlmodel import select

from bot.mentor import AGAIN, SORRY, Mentor
from bot.messages import Inbound
from store.db import new_session
from store.locks import STRIPES, member_key, member_turn
from store.models import Completion, ConversationState, Member

MEMBERS = 5
COURSES = (
    "Law and Ethics for California Clinicians",
    "Suicide Risk Assessment",
    "Trauma-Informed Care Basics",
    "Cultural Humility in Practice",
)
SAID = (
    f"Finished '{COURSES[0]}' yesterday, 6 hours, online",
    f"Finished '{COURSES[1]}' yesterday, 3 hours, live webinar",
    f"Completed '{COURSES[2]}' on Monday, 4 hours, online",
    f"Finished '{COURSES[3]}' yesterday, 2 hours, in person",
)
NOW = FRIDAY_NOON_PACIFIC.replace(hour=21)
WAIT = 60  # seconds: only a hang waits this long


@pytest.fixture
def mentor(engine, rule_sets) -> Mentor:
    """The mentor with an empty catalog: each sentence is logged as said, matched to nothing."""
    return Mentor(engine, rule_sets)


def completion(user: str, number: int) -> Inbound:
    return Inbound("test", "W1", user, text=SAID[number], event_id=f"{user}-done-{number}")


def text_of(replies) -> str:
    return "\n".join(as_text(reply) for reply in replies)


def courses_logged(engine) -> dict[str, list[str]]:
    with new_session(engine) as session:
        rows = session.exec(
            select(Member.platform_user_id, Completion.title).join(
                Completion, Completion.member_id == Member.id
            )
        )
        logged: dict[str, list[str]] = {}
        for user, title in rows:
            logged.setdefault(user, []).append(title)
    return {user: sorted(titles) for user, titles in logged.items()}


class AllAtOnce(Mentor):
    """The mentor, each turn counting itself in the member's saved state (as any turn that
    asks a question next changes it), and going on only once every other turn of the member
    sent with it has read that state too, or is waiting for the member's lock.

    Without the lock, then, all of a member's turns decide on the same state, every time;
    with it, the others wait at the lock, and each turn goes on at once.
    """

    def __init__(self, engine, rule_sets, inbounds: list[Inbound]) -> None:
        super().__init__(engine, rule_sets)
        self.where = {inbound.event_id: "sent" for inbound in inbounds}
        self.changed = threading.Condition()
        self.routed: list[str] = []  # the event of every turn that ran, runs again included

    def mark(self, inbound: Inbound, where: str) -> None:
        with self.changed:
            self.where[inbound.event_id] = where
            self.changed.notify_all()

    @contextmanager
    def _one_at_a_time(self, session, inbound: Inbound) -> Iterator[None]:
        self.mark(inbound, "at the lock")
        try:
            with super()._one_at_a_time(session, inbound):
                self.mark(inbound, "reading")
                yield
        finally:
            self.mark(inbound, "done")

    def _route(self, turn) -> None:
        inbound = turn.inbound
        self.mark(inbound, "read")
        mine = [e for e in self.where if e.startswith(f"{inbound.user_id}-")]
        with self.changed:
            assert self.changed.wait_for(
                lambda: all(self.where[e] in ("at the lock", "read", "done") for e in mine),
                timeout=WAIT,
            )
            self.routed.append(inbound.event_id)
        before = turn.data.get("turns", 0)
        super()._route(turn)
        turn.data["turns"] = before + 1


def test_four_completions_sent_at_once_by_each_member_are_all_saved(engine, rule_sets):
    users = [f"U{n}" for n in range(1, MEMBERS + 1)]
    for user in users:
        Conversation(Mentor(engine, rule_sets), user=user).onboard()
    inbounds = [completion(user, number) for user in users for number in range(len(SAID))]
    mentor = AllAtOnce(engine, rule_sets, inbounds)
    start = threading.Barrier(len(inbounds))

    def send(inbound: Inbound) -> str:
        start.wait(timeout=WAIT)  # all at the same instant, as the probe sent them
        return text_of(mentor.handle(inbound, NOW))

    with ThreadPoolExecutor(len(inbounds)) as pool:
        answers = list(pool.map(send, inbounds))
    for answer in answers:
        assert "Logged" in answer and AGAIN not in answer and SORRY not in answer, answer
    assert courses_logged(engine) == {user: sorted(COURSES) for user in users}
    assert sorted(mentor.routed) == sorted(i.event_id for i in inbounds)  # none ran again
    with new_session(engine) as session:
        counted = session.exec(
            select(Member.platform_user_id, ConversationState.data).join(
                ConversationState, ConversationState.member_id == Member.id
            )
        )
        assert dict(counted.all()) == {user: {"turns": len(SAID)} for user in users}


def on_another_stripe(user: str) -> str:
    """A user id whose in-process lock is not `user`'s (on SQLite members share 64 locks)."""
    stripe = member_key(platform="test", workspace_external_id="W1", user_id=user) % STRIPES
    return next(
        other
        for n in range(2, 200)
        if member_key(platform="test", workspace_external_id="W1", user_id=(other := f"U{n}"))
        % STRIPES
        != stripe
    )


def test_a_member_waits_for_their_own_turn_but_not_for_anyone_elses(mentor, engine):
    dana, sam = "U1", on_another_stripe("U1")
    Conversation(mentor, user=dana).onboard()
    Conversation(mentor, user=sam).onboard()
    held, release = threading.Event(), threading.Event()

    def hold_danas_lock() -> None:
        with new_session(engine) as session:
            with member_turn(session, platform="test", workspace_external_id="W1", user_id=dana):
                held.set()
                release.wait(timeout=WAIT)
            session.commit()  # on PostgreSQL the lock ends with the transaction

    with ThreadPoolExecutor(2) as pool:
        holder = pool.submit(hold_danas_lock)
        try:
            assert held.wait(timeout=WAIT)
            danas_turn = pool.submit(mentor.handle, completion(dana, 0), NOW)
            sams = text_of(mentor.handle(completion(sam, 1), NOW))  # not kept waiting by Dana's
            assert "Logged" in sams, sams
            assert not danas_turn.done()  # Dana's own turn waits for her lock
        finally:
            release.set()
        holder.result(timeout=WAIT)
        danas = text_of(danas_turn.result(timeout=WAIT))
    assert "Logged" in danas, danas
    assert courses_logged(engine) == {dana: [COURSES[0]], sam: [COURSES[1]]}


def test_a_members_key_is_the_same_in_every_process_and_keeps_identities_apart():
    here = member_key(platform="slack", workspace_external_id="T1", user_id="2U")
    code = (
        "from store.locks import member_key;"
        "print(member_key(platform='slack', workspace_external_id='T1', user_id='2U'))"
    )
    environment = {**os.environ, "PYTHONHASHSEED": "12345"}  # str hashes differ per process
    there = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment
    ).stdout
    assert int(there) == here
    assert -(2**63) <= here < 2**63  # fits PostgreSQL's bigint
    # The parts are kept apart: "T1" + "2U" is not "T12" + "U", nor another platform's T1.
    assert here != member_key(platform="slack", workspace_external_id="T12", user_id="U")
    assert here != member_key(platform="teams", workspace_external_id="T1", user_id="2U")
