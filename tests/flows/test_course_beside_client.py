"""A course told beside a client is logged, and nothing of the client is kept (issue #18).

Each conversation talks to the real mentor on its own database, then reads every row of every
table (the pending course in the conversation state included) and the log for the client's words.
"""

from __future__ import annotations

import logging
from datetime import date

import pytest
from sqlalchemy import MetaData, select
from sqlmodel import select as select_rows

from store.db import new_session
from store.models import Completion


def everything_stored(engine) -> str:
    """Every value of every row of every table but the course catalog, JSON columns included."""
    tables = MetaData()
    tables.reflect(engine)
    kept = [table for table in tables.sorted_tables if table.name != "course"]
    with engine.connect() as connection:
        return "\n".join(
            repr(tuple(row)) for table in kept for row in connection.execute(select(table))
        ).casefold()


def logged(engine) -> list[Completion]:
    with new_session(engine) as session:
        return list(session.exec(select_rows(Completion)))


def kept_more_of(engine, words: list[str], before: str) -> list[str]:
    """The client's words the database holds more often now than ``before`` the message."""
    now = everything_stored(engine)
    return [w for w in words if now.count(w.casefold()) > before.count(w.casefold())]


# Friday 2026-11-27 in the conversation; each: what the member says, the course logged (words of
# its title, hours, day), and the client's words, which no row and no reply may hold.
LOGGED = [
    (
        "saw my 3pm for 2 hrs (rough one), then finished a 1.5 hr webinar on sleep and anxiety "
        "yesterday",
        "webinar on sleep and anxiety",
        1.5,
        date(2026, 11, 26),
        ["3pm", "rough"],
    ),
    (
        "finished the 3 hr course on perinatal mood disorders on 11/20 — a pt of mine just had "
        "a baby",
        "perinatal mood disorders",
        3,
        date(2026, 11, 20),
        ["baby", "pt of mine"],
    ),
    (
        "a family I see is going through a divorce. Took a 4 hour co-parenting course on 11/18",
        "co-parenting course",
        4,
        date(2026, 11, 18),
        ["divorce", "family i see"],
    ),
    (
        "Finished the 90 min telehealth ethics course this morning; my 3pm, Sarah, cancelled so "
        "I had time",
        "telehealth ethics course",
        1.5,
        date(2026, 11, 27),
        ["sarah", "cancelled", "3pm"],
    ),
    (
        "did 2 hrs of sessions with a pt this morning then a 3 hour trauma-informed yoga "
        "workshop this afternoon",
        "trauma-informed yoga workshop",
        3,
        date(2026, 11, 27),
        ["sessions", "a pt"],
    ),
    (
        "I did the ASWB-approved 3 hr grief webinar last Tuesday because a client's dad died",
        "grief webinar",
        3,
        date(2026, 11, 24),
        ["dad", "died"],
    ),
    (
        "K. has been struggling with panic attacks so I did a 2h panic disorder webinar yesterday",
        "panic disorder webinar",
        2,
        date(2026, 11, 26),
        ["struggling", "attacks"],
    ),
    (
        "had an intake with a new pt (1.5 hrs) and after that did the 3 hr NASW ethics webinar, "
        "nov 24",
        "ethics webinar",
        3,
        date(2026, 11, 24),
        ["intake", "new pt"],
    ),
    (
        "my 11am, T., talked about her miscarriage, so I did the 2 hr perinatal loss training "
        "today",
        "perinatal loss training",
        2,
        date(2026, 11, 27),
        ["11am", "miscarriage"],
    ),
    (
        "completed 'Working with Hoarding Disorder' 6 CE hours on Nov 12, for my client R.T.",
        "working with hoarding disorder",
        6,
        date(2026, 11, 12),
        ["r.t."],
    ),
    (
        "client no-showed so I did the 1 hr HIPAA refresher course on 11/24",
        "hipaa refresher course",
        1,
        date(2026, 11, 24),
        ["no-show"],
    ),
    (
        "a pt's wife asked me about dementia so yesterday I watched a 1h dementia caregiving "
        "webinar",
        "dementia caregiving webinar",
        1,
        date(2026, 11, 26),
        ["wife", "asked me"],
    ),
]


@pytest.mark.parametrize(("text", "title", "hours", "day", "client_words"), LOGGED)
def test_the_course_is_logged_and_the_client_left_out(
    chat, engine, caplog, text: str, title: str, hours: float, day: date, client_words: list[str]
) -> None:
    chat.onboard()
    before = everything_stored(engine)
    caplog.set_level(logging.INFO)
    answer = chat.say(text)
    logged_lines = caplog.text.casefold()
    assert not [w for w in client_words if w.casefold() in logged_lines]  # nor in the log
    assert "I left out the part about your client" in answer
    assert not [w for w in client_words if w.casefold() in answer.casefold()]  # never repeated
    assert kept_more_of(engine, client_words, before) == []  # the pending course holds none
    assert "Logged" in chat.press("Log it")
    [done] = logged(engine)
    assert title.casefold() in done.title.casefold()
    assert (done.hours, done.completed_on) == (hours, day)
    assert not [
        w for w in client_words if w.casefold() in f"{done.title} {done.provider}".casefold()
    ]
    assert kept_more_of(engine, client_words, before) == []


# A client's own course or treatment, and a session: no CE of the member's; nothing is kept.
REFUSED = [
    ("my pt finished his 12-week anger management course today, 24 hrs", ["anger"]),
    ("my client Dana completed a 6 hour parenting class for court", ["dana", "court"]),
    ("log 2 hr session with my client B. about her trauma yesterday", ["trauma", "client b"]),
    ("log 1 hr session with a family I see, then 1 hr intake", ["intake", "family i see"]),
]


@pytest.mark.parametrize(("text", "client_words"), REFUSED)
def test_a_client_s_course_or_a_session_is_not_logged(
    chat, engine, text: str, client_words: list[str]
) -> None:
    chat.onboard()
    before = everything_stored(engine)
    answer = chat.say(text)
    assert "Logged" not in answer and "Shall I log" not in answer
    assert logged(engine) == []
    assert kept_more_of(engine, client_words, before) == []
