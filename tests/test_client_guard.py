"""Issue #15 item 5: a client's details never reach the database, whatever the member writes.

The probe stored "John Smith" in five places, and it reached a transcript and a manager digest.
Each test talks to the real mentor on a real database, then reads every row of every table.
"""

from __future__ import annotations

from datetime import date

from conversation import Conversation
from practice.circle_fixtures import Colleague
from sqlalchemy import MetaData, select
from sqlmodel import select as select_rows

from bot.flows.base import Flow, Turn
from bot.mentor import CLIENT_DETAILS
from bot.messages import File
from bot.practice.digests.build import Period, build_digest
from bot.practice.digests.view import digest_replies
from store.db import new_session
from store.models import Completion, Goal, License, Member, Review


def everything_stored(engine) -> str:
    """Every value of every row of every table but the course catalog, JSON columns included."""
    tables = MetaData()
    tables.reflect(engine)
    kept = [table for table in tables.sorted_tables if table.name != "course"]
    with engine.connect() as connection:
        return "\n".join(
            repr(tuple(row)) for table in kept for row in connection.execute(select(table))
        )


def rows(engine, model) -> list:
    with new_session(engine) as session:
        return list(session.exec(select_rows(model)))


def test_a_goal_about_a_client_is_refused_kindly_and_asked_again(chat, engine):
    chat.onboard()
    chat.say("goals")
    chat.press("Earn a certification")
    chat.say("3, 6")
    answer = chat.say("help John Smith with his PTSD")
    assert "looks like it may include details about a client, so I haven't kept it" in answer
    assert "Get better at treating PTSD in veterans by June 2027" in answer
    assert "Smith" not in everything_stored(engine)
    assert "Saved: _Get better at treating PTSD_" in chat.say(
        "Get better at treating PTSD by June 2027"
    )  # the flow is still waiting for a goal
    assert [g.text for g in rows(engine, Goal)] == ["Get better at treating PTSD"]


def test_a_bare_full_name_as_a_goal_is_refused(chat, engine):
    chat.onboard()
    chat.say("goals")
    chat.press("Earn a certification")
    chat.say("3")
    assert "haven't kept it" in chat.say("John Smith")
    assert rows(engine, Goal) == []
    assert "John Smith" not in everything_stored(engine)


def test_my_own_name_and_a_colleagues_in_a_goal_are_kept(chat, engine, mentor):
    Conversation(mentor, user="U2").say("hi")  # a colleague in the same workspace…
    with new_session(engine) as session:
        colleague = session.exec(select_rows(Member).where(Member.platform_user_id == "U2")).one()
        colleague.display_name = "Priya Patel"  # …whose name the platform gave
        session.add(colleague)
        session.commit()
    chat.onboard()  # this member is "Dana Reyes"
    chat.say("goals")
    chat.press("Earn a certification")
    chat.say("3")
    assert "Saved" in chat.say("Co-lead a trauma consult group with Priya Patel by June 2027")
    assert "Saved" in chat.say("Dana Reyes, LCSW: open a group practice")
    assert len(rows(engine, Goal)) == 2


def test_a_career_direction_about_a_client_is_refused(chat, engine):
    chat.onboard()
    chat.say("goals")
    answer = chat.say("keep working with Maria Lopez on her bipolar disorder")
    assert "That direction looks like it may include details about a client" in answer
    assert "main career direction" in answer  # asked again
    assert "spark your interest" in chat.say("supervise new associates")
    [member] = rows(engine, Member)
    assert member.career_direction == "supervise new associates"
    assert "Lopez" not in everything_stored(engine)


def test_a_completion_naming_a_client_is_logged_without_the_name(chat, engine, rule_sets):
    chat.onboard()
    answer = chat.say("finished the 3h ethics course about my client Maria Lopez yesterday")
    assert "I left out the part about your client" in answer
    assert "Hours: 3" in answer and "Thu Nov 26, 2026" in answer
    assert "Lopez" not in everything_stored(engine)  # the pending course is kept without it
    assert "Logged" in chat.press("Log it")
    [done] = rows(engine, Completion)
    assert (done.hours, done.completed_on) == (3, date(2026, 11, 26))
    assert "ethics" in done.title.casefold() and "Maria" not in done.title
    assert "Maria" not in everything_stored(engine) and "Lopez" not in everything_stored(engine)

    chat.say("export transcript")
    files = [r for r in chat.replies if isinstance(r, File)]
    assert files and all(b"Lopez" not in f.content and b"Maria" not in f.content for f in files)

    manager = Conversation(chat.mentor, user="UMGR")
    manager.say("hi")
    with new_session(engine) as session:
        members = {m.platform_user_id: m for m in session.exec(select_rows(Member))}
        members["U1"].manager_id = members["UMGR"].id
        members["UMGR"].role = "manager"
        session.add_all(members.values())
        session.commit()
        week = Period(date(2026, 11, 20), date(2026, 11, 27))
        digest = build_digest(session, rule_sets, members["UMGR"].id, week)
    shown = "\n".join(map(str, digest_replies(digest)))
    assert "ethics course (1)" in shown  # the digest counts the course…
    assert "Maria" not in shown and "Lopez" not in shown  # …and carries no client


def test_a_completion_that_is_a_disclosure_keeps_nothing(chat, engine):
    chat.onboard()
    answer = chat.say("Client DOB 03/14/1985, finished intake today, 1h")
    assert "haven't stored any of it" in answer
    assert rows(engine, Completion) == []
    assert "1985" not in everything_stored(engine)


def test_a_completion_with_a_presenter_is_logged(chat, engine):
    chat.onboard()
    answer = chat.say("finished a 3h grief workshop with Dr. Kim yesterday")
    assert "client" not in answer
    if "Logged" not in answer:
        chat.press("Log it")
    [done] = rows(engine, Completion)
    assert (done.title, done.hours) == ("grief workshop", 3)


def test_a_review_note_naming_a_client_is_left_out_and_the_stars_kept(mentor, engine):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    answer = dana.say("review Becoming ACEs Aware 4/5 used it with John Smith")
    assert "Your note looks like it may mention a client, so I've left it out" in answer
    assert "Share it with colleagues?" in answer
    dana.press("Keep it private")
    [review] = rows(engine, Review)
    assert (review.rating, review.text) == (4, "")
    assert "Smith" not in everything_stored(engine)


def test_a_shared_line_naming_a_client_is_asked_again(mentor, engine):
    dana = Colleague(mentor, "Dana")
    dana.onboard()
    dana.in_channel("circle start")
    dana.say("finished the 2h Ethics in Telehealth course yesterday")
    dana.press("Share with my circle")
    answer = dana.say("this helped with Maria Lopez")
    assert "I haven't shared anything" in answer and "In one line" in answer
    assert "Lopez" not in everything_stored(engine)
    assert "Shared with your circle" in dana.say("practical tools for telehealth")


def test_a_title_that_lost_its_presenters_credentials_is_not_logged_but_answered(chat, engine):
    chat.onboard()
    answer = chat.say("took Karen Walker, PhD grief course 2h yesterday")  # title: "Karen Walker"
    if "Log it" in answer:
        answer = chat.press("Log it")
    assert "I couldn't log that" in answer and "went wrong" not in answer
    assert rows(engine, Completion) == []


def test_a_transcript_request_keeps_only_the_formats_while_asking_which_license(chat, engine):
    chat.onboard()
    with new_session(engine) as session:
        member = session.exec(select_rows(Member)).one()
        session.add(
            License(
                member_id=member.id,
                license_type="LPC",
                jurisdiction="TX",
                renewal_date=date(2027, 6, 30),
                rule_set_id="TX-LPC",
            )
        )
        session.commit()
    assert "Which license?" in chat.say("export my transcript for Maria Lopez's file as csv")
    assert "Lopez" not in everything_stored(engine)  # the question waits without their words
    chat.press("TX LPC")
    assert [r.name.rsplit(".", 1)[1] for r in chat.replies if isinstance(r, File)] == ["csv"]


class Careless(Flow):
    """A future flow that keeps the member's words as a goal and forgets to ask the guard."""

    name = "goals"

    def start(self, turn: Turn) -> None:
        turn.session.add(Goal(member_id=turn.member.id, text=turn.answer, created_at=turn.now))
        turn.say("Saved!")


def test_a_flow_that_forgets_the_guard_fails_closed(chat, engine, mentor):
    chat.onboard()
    mentor.flows = mentor.flows.replacing(Careless())
    assert chat.say("goals help John Smith with his PTSD") == CLIENT_DETAILS
    assert rows(engine, Goal) == [] and "Smith" not in everything_stored(engine)
    assert chat.say("goals Get better at treating PTSD") == "Saved!"  # the rest still works
