"""Suggestions a clinician can trust: colleagues' ratings, the real reasons, live-only picks."""

from __future__ import annotations

import re

from store.catalog.reviews import peer_ratings
from store.db import new_session
from store.models import Review
from store.queries.members import get_or_create_member, get_or_create_workspace


def review(session, workspace_id, user, course_id, rating, shared=True):
    member = get_or_create_member(session, workspace_id=workspace_id, platform_user_id=user)
    session.add(
        Review(
            workspace_id=workspace_id,
            member_id=member.id,
            course_id=course_id,
            rating=rating,
            shared=shared,
        )
    )


def test_colleagues_shared_ratings_show_in_the_reasons(chat, engine):
    chat.onboard()
    chat.say("suggest")
    first = next(r for r in chat.replies if hasattr(r, "options"))
    course_id = int(first.options[0].value)
    with new_session(engine) as session:
        workspace = get_or_create_workspace(session, platform="test", external_id="W1")
        other = get_or_create_workspace(session, platform="test", external_id="W2")
        review(session, workspace.id, "U2", course_id, 5)
        review(session, workspace.id, "U3", course_id, 4)
        review(session, workspace.id, "U4", course_id, 1, shared=False)  # private: left out
        review(session, workspace.id, "U1", course_id, 1)  # the member's own: left out
        review(session, other.id, "U9", course_id, 1)  # another practice: left out
        session.commit()
        me = get_or_create_member(session, workspace_id=workspace.id, platform_user_id="U1")
        ratings = peer_ratings(session, workspace_id=workspace.id, exclude_member_id=me.id)
    assert ratings == {course_id: (4.5, 2)}
    chat.say("suggest")
    why = chat.say("why 1")
    assert "rated 4.5/5 by 2 colleagues" in why
    assert re.search(r"covers \d+(\.\d+)? h of your .+ requirement \(CA LCSW\)", why), why


def test_something_live_suggests_only_live_courses(chat):
    chat.onboard()
    answer = chat.say("something live")
    cards = [line for line in answer.splitlines() if re.match(r"\*\d\. ", line)]
    assert cards, answer
    details = [line for line in answer.splitlines() if " h " in line and ";" in line]
    assert details and all(("live webinar" in d or "in person" in d) for d in details), answer
