"""Mentoring in chat: offer -> the mentee says yes -> the mentor says yes -> introduced."""

from __future__ import annotations

from datetime import timedelta

from nudges.people import text_of
from sqlmodel import select

from practice.peer_fixtures import NOW, Colleague, Inbox, add_peer, drain_with
from store.db import new_session
from store.models import MentorIntroduction, MentorOffer


def offers(engine) -> list[tuple[int, str]]:
    with new_session(engine) as session:
        return [(o.member_id, o.area) for o in session.exec(select(MentorOffer))]


def introductions(engine) -> list[MentorIntroduction]:
    with new_session(engine) as session:
        return list(session.exec(select(MentorIntroduction)))


def pair(mentor, engine, *, ratings=None, goals=(), interests=()):
    """Dana mentors; Sam may want a mentor. Their chats, ids and an inbox for outbox messages."""
    dana_id = add_peer(engine, user="U1", name="Dana Reyes")
    sam_id = add_peer(
        engine, user="U2", name="Sam Lee", ratings=ratings, goals=goals, interests=interests
    )
    dana = Colleague(mentor, user="U1", name="Dana Reyes")
    sam = Colleague(mentor, user="U2", name="Sam Lee")
    return dana, dana_id, sam, sam_id


async def test_offer_then_mentee_yes_then_mentor_yes_introduces_them(mentor, engine, rule_sets):
    dana, dana_id, sam, sam_id = pair(mentor, engine, ratings={"trauma": 2, "telehealth": 4})
    answer = dana.say("I can mentor in trauma")
    assert "*Trauma-informed care*" in answer and "You meet only if you both say yes" in answer
    assert offers(engine) == [(dana_id, "trauma")]
    inbox = Inbox()
    drain = drain_with(engine, rule_sets, inbox)
    await drain.run_once(NOW)
    [offer] = inbox.of(sam_id)
    assert "Dana Reyes offered to mentor colleagues in *Trauma-informed care*" in text_of(offer)
    assert inbox.of(dana_id) == []  # the mentor hears nothing before the mentee says yes
    assert "I've asked them" in sam.press_in(offer, "Yes")
    await drain.run_once(NOW + timedelta(minutes=5))
    [ask] = inbox.of(dana_id)
    assert "A colleague would like to talk about *Trauma-informed care*" in text_of(ask)
    assert "Sam" not in text_of(ask)
    assert "introducing you" in dana.press_in(ask, "Yes, introduce us")
    await drain.run_once(NOW + timedelta(minutes=10))
    to_sam, to_dana = inbox.of(sam_id)[-1], inbox.of(dana_id)[-1]
    assert "Meet Dana Reyes" in text_of(to_sam) and "Meet Sam Lee" in text_of(to_dana)
    [intro] = introductions(engine)
    assert (intro.mentee_said, intro.mentor_said) == ("yes", "yes") and intro.introduced_at
    await drain.run_once(NOW + timedelta(days=8))
    assert len(inbox.sent) == 4  # nothing is offered or introduced twice


async def test_a_mentee_no_is_final_for_that_pair_and_area(mentor, engine, rule_sets):
    dana, dana_id, sam, sam_id = pair(mentor, engine, interests=["trauma"])
    dana.say("mentor offer trauma")
    inbox = Inbox()
    drain = drain_with(engine, rule_sets, inbox)
    await drain.run_once(NOW)
    [offer] = inbox.of(sam_id)
    assert "won't offer that introduction again" in sam.press_in(offer, "No thanks")
    dana.say("mentor stop trauma")
    dana.say("mentor offer trauma")  # offering again does not reopen a "no"
    await drain.run_once(NOW + timedelta(days=8))
    assert inbox.of(dana_id) == [] and len(inbox.of(sam_id)) == 1
    [intro] = introductions(engine)
    assert (intro.mentee_said, intro.mentor_said, intro.introduced_at) == ("no", "", None)
    assert "already answered" in sam.press_in(offer, "Yes")  # an old button changes nothing


async def test_a_mentor_no_means_no_introduction(mentor, engine, rule_sets):
    dana, dana_id, sam, sam_id = pair(mentor, engine, goals=["Lead a trauma informed care group"])
    dana.say("I can mentor in trauma")
    inbox = Inbox()
    drain = drain_with(engine, rule_sets, inbox)
    await drain.run_once(NOW)
    sam.press_in(inbox.of(sam_id)[0], "Yes")
    await drain.run_once(NOW + timedelta(minutes=5))
    assert "won't ask" in dana.press_in(inbox.of(dana_id)[0], "Not now")
    await drain.run_once(NOW + timedelta(days=8))
    assert len(inbox.of(sam_id)) == 1 and len(inbox.of(dana_id)) == 1
    [intro] = introductions(engine)
    assert (intro.mentee_said, intro.mentor_said, intro.introduced_at) == ("yes", "no", None)


async def test_seek_a_mentor_asks_the_mentor_directly(mentor, engine, rule_sets):
    dana, dana_id, sam, sam_id = pair(mentor, engine)
    assert "Nobody in your practice offers" in sam.say("seek a mentor in law and ethics")
    dana.say("mentor offer law & ethics")
    assert "I've asked them" in sam.say("I'd like a mentor in ethics")
    inbox = Inbox()
    drain = drain_with(engine, rule_sets, inbox)
    await drain.run_once(sam.now)  # asked in Sam's turn: due from then
    [ask] = inbox.of(dana_id)
    assert "*Ethics & law*" in text_of(ask) and "Sam" not in text_of(ask)
    dana.press_in(ask, "Yes, introduce us")
    await drain.run_once(dana.now)
    assert "Meet Dana Reyes" in text_of(inbox.of(sam_id)[-1])


def test_areas_are_typo_tolerant_and_asked_when_unclear(mentor, engine):
    dana, dana_id, _, _ = pair(mentor, engine)
    assert "Trauma-informed care" in dana.say("I can mentor in trama")
    answer = dana.say("mentor offer assessment")
    assert "Which area do you mean?" in answer and "[Assessment & diagnosis]" in answer
    dana.press("Assessment & diagnosis")
    assert "Which area?" in dana.say("mentor offer EMDR")
    assert "Couples & family work" in dana.say("9")
    assert sorted(offers(engine)) == [
        (dana_id, "assessment"),
        (dana_id, "couples_family"),
        (dana_id, "trauma"),
    ]
    assert "no longer offer" in dana.say("mentor stop trama")
    assert "Assessment & diagnosis" in dana.say("mentor")
