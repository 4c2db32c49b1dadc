"""Digest content for a team with known statuses: exact counts, renewals, hours, reachability."""

from __future__ import annotations

from datetime import date

from conversation import Conversation

from bot.messages import Facts, Image, Text
from bot.practice.digests.build import Period, build_digest, build_digests
from bot.practice.digests.view import digest_replies
from practice.team_fixtures import SECRET_COURSE, SECRET_GOAL, make_practice
from store.db import new_session

WEEK = Period(date(2026, 11, 20), date(2026, 11, 27))


def test_counts_renewals_hours_and_who_cannot_be_reached(engine, rule_sets):
    practice = make_practice(engine)
    with new_session(engine) as session:
        digest = build_digest(session, rule_sets, practice.ids["Mia"], WEEK)
    assert digest.counts == {
        "complete": 1,
        "on_track": 2,
        "at_risk": 1,
        "overdue": 1,
        "unknown": 1,
        "not_set_up": 1,
    }
    by_name = {r.name: r.status for r in digest.reports}
    assert by_name == {
        "Ana": "complete",
        "Ben": "on_track",
        "Cara": "at_risk",
        "Dev": "overdue",
        "Eve": "not_set_up",
        "Finn": "on_track",
        "Gus": "unknown",
    }
    # Dev's renewal date passed 27 days ago (Oct 31 -> Nov 27) with 5 of NY's 36 h: 31 short
    # (his Nov 20 course falls after it). Named first: the manager can act on it.
    assert [(r.name, r.renewal_date, r.days_left, r.hours_short) for r in digest.renewals] == [
        ("Dev", date(2026, 10, 31), -27, 31.0),
        ("Ana", date(2027, 1, 15), 49, 0.0),
        ("Cara", date(2027, 2, 10), 75, 24.0),
    ]
    assert (digest.hours_logged, digest.people_logging) == (8.0, 3)
    assert digest.top_courses == (("Ethics in Telehealth", 2), ("Boundaries", 1))
    assert digest.unreachable == ("Eve", "Finn")


def test_the_batch_gives_each_manager_their_own_team_only(engine, rule_sets):
    practice = make_practice(engine)
    mia, mo = practice.ids["Mia"], practice.ids["Mo"]
    with new_session(engine) as session:
        both = build_digests(session, rule_sets, {mia: WEEK, mo: WEEK})
        alone = build_digest(session, rule_sets, mia, WEEK)
    assert both[mia] == alone
    assert [r.name for r in both[mo].reports] == ["Zed"]
    assert both[mo].top_courses == ((SECRET_COURSE, 1),)
    assert SECRET_COURSE not in str(both[mia])


def test_the_message_shows_compliance_only_and_the_chart_only_when_asked(engine, rule_sets):
    practice = make_practice(engine)
    with new_session(engine) as session:
        digest = build_digest(session, rule_sets, practice.ids["Mia"], WEEK)
    replies = digest_replies(digest)
    [facts] = [r for r in replies if isinstance(r, Facts)]
    assert dict(facts.rows) == {
        "✅ complete": "1",
        "on track": "2",
        "⚠️ at risk": "1",
        "❗ overdue": "1",
        "❔ can't confirm complete": "1",
        "not set up yet": "1",
    }
    text = str(replies)
    assert "Cara — NY" in text and "24 h short" in text and "8 h by 3 people" in text
    [renewals] = [r.text for r in replies if isinstance(r, Text) and "renew" in r.text]
    assert renewals.splitlines()[:2] == [
        "*Past their renewal date:*",
        "• Dev — NY LCSW, renewal date Oct 31, 2026 (27 days ago): 31 h short",
    ]
    assert "Eve, Finn" in text
    assert SECRET_GOAL not in text and SECRET_COURSE not in text and "trauma" not in text
    assert not any(isinstance(r, Image) for r in replies)
    [chart] = [r for r in digest_replies(digest, with_chart=True) if isinstance(r, Image)]
    assert chart.png.startswith(b"\x89PNG") and "at risk 1" in chart.alt_text


def test_a_manager_asks_for_the_digest_in_chat(mentor, engine):
    make_practice(engine)
    mia = Conversation(mentor, user="UMGR", workspace="W1")
    answer = mia.say("digest")
    assert "7 people" in answer and "Nov 21–Nov 27" in answer
    assert "Renewals in the next 90 days" in answer and "Cara" in answer
    assert "comes weekly, Monday at 09:00 your time, in our DM" in answer
    assert "Zed" not in answer and SECRET_COURSE not in answer and SECRET_GOAL not in answer
    mia.shows_images = True
    assert "<image Team status chart" in mia.say("digest")
    team = mia.say("my team")
    assert "• Cara — ⚠️ at risk" in team and "• Eve — not set up yet" in team
    assert "Zed" not in team and "hours" not in team.split("digest")[0].casefold()
