"""A clinician's whole journey over Slack: DMs, buttons, a modal, /ce, and the App Home."""

from __future__ import annotations

import pytest
from slack_member import USER, SlackMember, block_text
from slack_rig import fixture
from sqlmodel import Session, select

from bot.topics import COMPETENCIES
from store.models import Completion, PlanStep, SkillRating


@pytest.fixture
def dana(server, stub) -> SlackMember:
    return SlackMember(server, stub)


async def test_full_journey(dana, stub, engine, server):
    await dana.onboard()

    assert "career direction" in await dana.say("goals")
    assert "spark your interest" in await dana.press("Earn a certification")
    await dana.say("3, 6")
    await dana.say("Get EMDR certified by June 2027")
    await dana.say("Grow in trauma work before March 2028")
    assert "Your goals" in await dana.say("Start a consultation group")

    # The self-assessment opens as a modal; a bad answer is shown inside it.
    assert "Rate your confidence" in await dana.command("assess")
    view = (await stub.wait_for("views.open"))[-1].data["view"]  # opened at once by /ce
    assert view["type"] == "modal" and len(view["blocks"]) == len(COMPETENCIES) + 1
    view = await dana.open_form()  # the button in the DM reopens it
    ratings = dict.fromkeys(COMPETENCIES, "3")
    ratings["trauma"] = "9"
    ack = await dana.submit(view, ratings)
    assert ack["response_action"] == "errors"
    assert "1 to 5" in ack["errors"]["trauma"]
    assert await dana.submit(view, {**ratings, "trauma": "2"}) == {}
    assert "Saved" in dana.text

    assert "Add to plan" in await dana.say("suggest")
    assert "Added" in await dana.press("Add to plan")

    await dana.say("cancel")  # leave the suggestions (free text there refines them)
    answer = await dana.say("finished a webinar on grief with my study group")
    assert "[Log it]" in answer, answer
    await dana.say("make it 2 hours")
    await dana.say("it was yesterday")  # no date was said: asked, never taken to be today
    assert "Logged" in await dana.press("Log it")

    answer = await dana.command("status")
    assert "LCSW" in answer and ("▓" in answer or "░" in answer)

    home = fixture("app_home_opened.home_tab.json")
    home["team_id"], home["event_id"] = "T123ABC456", "EvHome1"
    home["authorizations"] = [{"team_id": "T123ABC456", "user_id": "UBOT", "is_bot": True}]
    home["event"]["user"] = USER
    before = len(stub.called("views.publish"))
    assert (await server.event(home)).status == 200
    published = (await stub.wait_for("views.publish", before + 1))[-1].data
    shown = block_text(published["view"]["blocks"])
    assert published["user_id"] == USER and published["view"]["type"] == "home"
    assert "LCSW" in shown and "Your plan" in shown and "[Suggest courses]" in shown
    assert "I nudge you on Mon, Tue, Wed, Thu, Fri" in shown  # the nudge window, and why
    assert "Next nudge:" in shown or "Nothing is planned" in shown

    with Session(engine) as session:
        assert len(session.exec(select(SkillRating)).all()) == len(COMPETENCIES)
        assert len(session.exec(select(PlanStep)).all()) == 1
        assert len(session.exec(select(Completion)).all()) == 1


async def test_a_home_button_answers_in_the_dm(dana, stub, server):
    await dana.onboard()
    payload = dana.action_payload({"action_id": "status.start#0", "value": ""}, in_home=True)
    before = len(stub.called("chat.postMessage"))
    assert (await server.interaction(payload)).status == 200
    posted = (await stub.wait_for("chat.postMessage", before + 1))[-1]
    assert stub.called("conversations.open")[-1].data["users"] == USER
    assert posted.data["channel"] == "D" + USER.lstrip("U")
    assert "LCSW" in block_text(posted.data["blocks"])
