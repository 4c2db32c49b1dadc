"""Study buddies in chat: opt in and out, then the weekly round introduces by shared area."""

from __future__ import annotations

from datetime import timedelta

from nudges.people import text_of
from sqlmodel import select

from practice.peer_fixtures import (
    NOW,
    Colleague,
    Inbox,
    add_peer,
    drain_with,
    seat,
    wants_buddy,
)
from store.db import new_session
from store.models import BuddyPairing


def test_without_a_circle_the_bot_says_where_buddies_come_from(mentor, engine):
    add_peer(engine, user="U1", name="Dana Reyes")
    dana = Colleague(mentor, user="U1", name="Dana Reyes")
    assert "learning circle" in dana.say("find me a study buddy")
    assert wants_buddy(engine, 1) == []


def test_find_me_a_study_buddy_explains_what_is_shared_and_asks_first(mentor, engine):
    member = add_peer(engine, user="U1", name="Dana Reyes")
    seat(engine, [member])
    dana = Colleague(mentor, user="U1", name="Dana Reyes")
    answer = dana.say("find me a study buddy")
    assert "names that shared area" in answer and "never your goals, ratings or hours" in answer
    assert wants_buddy(engine, member) == [False]  # nothing stored before they say yes
    assert "You're in" in dana.press("Yes, find me a buddy")
    assert wants_buddy(engine, member) == [True]
    assert "no more study-buddy introductions" in dana.say("buddy off")
    assert wants_buddy(engine, member) == [False]
    assert "weren't signed up" in dana.say("buddy off")
    assert "You're in" in dana.say("buddy on")
    assert wants_buddy(engine, member) == [True]


def test_in_a_circle_channel_the_opt_in_is_for_that_circle(mentor, engine):
    member = add_peer(engine, user="U1", name="Dana Reyes")
    seat(engine, [member], channel="C1")
    seat(engine, [member], channel="C2")
    dana = Colleague(mentor, user="U1", name="Dana Reyes")
    dana.say("buddy on", channel_id="C2", channel_kind="channel")
    assert wants_buddy(engine, member) == [False, True]
    dana.say("buddy on")  # in the DM: every circle
    assert wants_buddy(engine, member) == [True, True]


async def test_the_round_introduces_two_colleagues_by_a_shared_goal_area(mentor, engine, rule_sets):
    dana = add_peer(
        engine,
        user="U1",
        name="Dana Reyes",
        interests=["trauma"],
        goals=["Run a trauma group for teens at Eastside clinic"],
    )
    sam = add_peer(
        engine, user="U2", name="Sam Lee", interests=["trauma", "telehealth"], license="TX-LPC"
    )
    seat(engine, [dana, sam], wants=True)
    inbox = Inbox()
    drain = drain_with(engine, rule_sets, inbox)
    await drain.run_once(NOW)
    [to_dana], [to_sam] = inbox.of(dana), inbox.of(sam)
    assert "Sam Lee" in text_of(to_dana) and "Dana Reyes" in text_of(to_sam)
    for message in (text_of(to_dana), text_of(to_sam)):
        assert "you both want to grow in *Trauma-informed care*" in message
        assert "teens" not in message and "Eastside" not in message  # never the goal's text
        assert "Telehealth" not in message  # only the one shared area
    await drain.run_once(NOW + timedelta(days=1))
    assert len(inbox.sent) == 2  # weekly: nobody is introduced again the next day
    with new_session(engine) as session:
        [pairing] = session.exec(select(BuddyPairing)).all()
    assert (pairing.first_member_id, pairing.second_member_id, pairing.reason) == (
        dana,
        sam,
        "goal:trauma",
    )


async def test_a_week_later_the_one_who_waited_gets_a_buddy_and_no_pair_repeats(
    mentor, engine, rule_sets
):
    people = [
        add_peer(engine, user=f"U{n}", name=f"Peer {n}", interests=["trauma"]) for n in (1, 2, 3)
    ]
    seat(engine, people, wants=True)
    inbox = Inbox()
    drain = drain_with(engine, rule_sets, inbox)
    await drain.run_once(NOW)
    first = {mid for mid, _, _ in inbox.sent}
    assert len(first) == 2  # the odd one out waits
    await drain.run_once(NOW + timedelta(hours=1))
    assert len(inbox.sent) == 2  # still alone: still waiting
    await drain.run_once(NOW + timedelta(days=7))
    with new_session(engine) as session:
        pairs = [
            {p.first_member_id, p.second_member_id} for p in session.exec(select(BuddyPairing))
        ]
    assert len(pairs) == 2 and pairs[0] != pairs[1]
    waited = (set(people) - first).pop()
    assert waited in pairs[1]


async def test_a_shared_requirement_is_named_by_license_and_topic_only(mentor, engine, rule_sets):
    dana = add_peer(engine, user="U1", name="Dana Reyes", goals=["Open a private practice"])
    sam = add_peer(engine, user="U2", name="Sam Lee")
    seat(engine, [dana, sam], wants=True)
    inbox = Inbox()
    await drain_with(engine, rule_sets, inbox).run_once(NOW)
    message = text_of(inbox.of(dana)[0])
    assert "hours to earn for a CA LCSW renewal" in message
    assert "private practice" not in message
