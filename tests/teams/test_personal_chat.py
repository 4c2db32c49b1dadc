"""A clinician's whole journey in a Teams personal chat, over real HTTP and a connector stub."""

from __future__ import annotations

import aiohttp
from servers import running
from sqlmodel import select

from bot.topics import COMPETENCIES
from store.db import new_session
from store.models import Completion, PlanStep, ReplyAddress, SkillRating
from teams.client import TeamsMember


async def test_full_journey_with_card_submits(build_app, stub, engine):
    app, _ = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        dana = TeamsMember(http, server, stub)
        assert "Which license do you hold" in await dana.say("hi")
        for answer in ("LCSW in California", "3/31/2027", "no", "no", "300", "2", "any"):
            await dana.say(answer)
        assert "All set" in await dana.say("clinician"), dana.text
        assert "career direction" in await dana.say("goals")
        assert "spark your interest" in await dana.press("Earn a certification")
        await dana.say("3, 6")
        await dana.say("Get EMDR certified by June 2027")
        assert "Your goals" in await dana.say("done")
        assert "Rate your confidence" in await dana.say("assess")
        assert "Saved" in await dana.submit(dict.fromkeys(COMPETENCIES, "3"))
        assert "[Add to plan]" in await dana.say("suggest")
        assert "Added" in await dana.press("Add to plan")
        await dana.say("finished the 6h Law and Ethics course from CAMFT yesterday")
        if any(a["title"] == "Log it" for a in dana._actions()):  # asked to confirm first
            await dana.press("Log it")
        assert "Total hours" in await dana.say("status")
    with new_session(engine) as session:
        assert len(session.exec(select(SkillRating)).all()) == len(COMPETENCIES)
        assert session.exec(select(PlanStep)).all()
        assert session.exec(select(Completion)).all()
        [stored] = session.exec(select(ReplyAddress)).all()
    assert stored.personal and stored.address["serviceUrl"] == stub.url + "/"
    assert stored.address["conversation"]["id"].startswith("a:")
