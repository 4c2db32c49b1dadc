"""Privacy of peers: a mentor never learns a mentee's ratings or goals; buddies see no goal text."""

from __future__ import annotations

import json
from datetime import timedelta

from nudges.people import text_of
from sqlmodel import select

from bot.messages import File
from practice.peer_fixtures import NOW, Colleague, Inbox, add_peer, drain_with, seat
from store.db import new_session
from store.models import BuddyPairing

GOAL = "Prepare for my EMDR consultation with Dr. Okafor by spring"


def exported(chat: Colleague) -> dict:
    chat.say("export my data")
    [file] = [r for r in chat.replies if isinstance(r, File)]
    return json.loads(file.content)


async def test_the_mentor_never_sees_the_mentees_ratings_goals_or_name_before_yes(
    mentor, engine, rule_sets
):
    dana_id = add_peer(engine, user="U1", name="Dana Reyes")
    sam_id = add_peer(
        engine,
        user="U2",
        name="Sam Okoye",
        goals=[GOAL],
        ratings={"trauma": 1, "ethics_law": 5},
        interests=["trauma"],
    )
    dana = Colleague(mentor, user="U1", name="Dana Reyes")
    sam = Colleague(mentor, user="U2", name="Sam Okoye")
    seen_by_dana = [dana.say("I can mentor in trauma")]
    inbox = Inbox()
    drain = drain_with(engine, rule_sets, inbox)
    await drain.run_once(NOW)
    sam.press_in(inbox.of(sam_id)[0], "Yes")
    await drain.run_once(NOW + timedelta(minutes=5))
    [ask] = inbox.of(dana_id)
    seen_by_dana += [text_of(ask), dana.say("mentor"), json.dumps(exported(dana))]
    for text in seen_by_dana:
        for private in ("Okoye", "Okafor", "EMDR", "consultation", "rated", "1/5", "skill gap"):
            assert private not in text, (private, text)
    assert exported(dana)["mentorintroduction"] == []  # who asked stays unknown until both yes
    dana.press_in(ask, "Yes, introduce us")
    await drain.run_once(NOW + timedelta(minutes=10))
    introduction = text_of(inbox.of(dana_id)[-1])
    assert "Sam Okoye" in introduction  # introduced now: the name, nothing else
    assert not any(p in introduction for p in ("Okafor", "EMDR", "rated", "1/5"))
    assert inbox.of(dana_id)[-1] and all(together == () for _, together, _ in inbox.sent)
    mine = exported(sam)["mentorintroduction"]
    assert [(row["mentee_said"], row["mentor_said"]) for row in mine] == [("yes", "yes")]


async def test_a_buddy_introduction_never_includes_goal_text(mentor, engine, rule_sets):
    goals = {
        "U1": "Get EMDR certified for trauma work at the Maple Street program",
        "U2": "Lead a trauma informed care group for veterans at the VA",
        "U3": "Present trauma research at the Cascadia conference",
        "U4": "Finish trauma coursework before my sabbatical",
    }
    ids = [
        add_peer(engine, user=u, name=f"Peer {u}", goals=[g], license=None)
        for u, g in goals.items()
    ]
    seat(engine, ids, wants=True)
    inbox = Inbox()
    await drain_with(engine, rule_sets, inbox).run_once(NOW)
    assert len(inbox.sent) == 4  # matched on the trauma area their goals name
    for _, _, replies in inbox.sent:
        text = text_of(replies)
        assert "Trauma-informed care" in text
        for goal in goals.values():
            for word in ("EMDR", "Maple", "veterans", "Cascadia", "sabbatical", goal):
                assert word not in text


async def test_deleting_my_data_cancels_a_pending_buddy_introduction(mentor, engine, rule_sets):
    dana_id = add_peer(engine, user="U1", name="Dana Reyes", interests=["trauma"], license=None)
    sam_id = add_peer(engine, user="U2", name="Sam Lee", interests=["trauma"], license=None)
    seat(engine, [dana_id, sam_id], wants=True)
    inbox = Inbox()
    drain = drain_with(engine, rule_sets, inbox)
    drain.plan(NOW)  # paired and queued, not sent yet
    dana = Colleague(mentor, user="U1", name="Dana Reyes")
    dana.say("delete my data")
    dana.say("delete")
    await drain.drain(NOW + timedelta(minutes=5))
    assert inbox.sent == []  # Sam is not introduced to someone who left
    with new_session(engine) as session:
        assert session.exec(select(BuddyPairing)).all() == []
