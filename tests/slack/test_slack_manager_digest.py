"""A manager asks for the team digest in a Slack DM, over signed requests: compliance only."""

from __future__ import annotations

from practice.team_fixtures import SECRET_COURSE, SECRET_GOAL, make_practice
from slack_member import USER, SlackMember
from sqlmodel import select

from store.db import new_session
from store.models import Member


def _as_slack_user(engine, name: str) -> None:
    """The fixture's member `name` is the Slack user the rig speaks as."""
    with new_session(engine) as session:
        member = session.exec(select(Member).where(Member.display_name == name)).one()
        member.platform_user_id = USER
        session.commit()


async def test_a_manager_gets_their_own_teams_compliance_and_nothing_private(engine, server, stub):
    make_practice(engine, platform="slack", workspace="T123ABC456", quiet=True)
    _as_slack_user(engine, "Mia")
    shown = await SlackMember(server, stub).say("digest")
    assert "Where everyone stands" in shown
    # Cara: NY LCSW, 36 h per cycle; 10 + 2 logged in the cycle ending 10 Feb 2027 -> 24 short.
    assert "Cara" in shown and "24 h short" in shown
    assert "Ana — NY LCSW, renews Jan 15" in shown
    assert "Dev — NY LCSW, renewal date Oct 31, 2026" in shown  # past it: named, not a count
    # Zed reports to Mo: neither his name nor his course; nobody's goal or self-rating.
    for private in ("Zed", SECRET_COURSE, SECRET_GOAL, "trauma"):
        assert private not in shown, private


async def test_a_clinician_asking_for_the_digest_sees_no_one_else(engine, server, stub):
    make_practice(engine, platform="slack", workspace="T123ABC456", quiet=True)
    _as_slack_user(engine, "Ben")
    shown = await SlackMember(server, stub).say("digest")
    for colleague in ("Cara", "Ana", "Dev", "Zed", SECRET_COURSE):
        assert colleague not in shown, colleague
