"""The App Home's buttons, pressed over signed requests: each lands in its own flow."""

from __future__ import annotations

import pytest
from slack_member import USER, SlackMember
from slack_rig import fixture

from bot.home import MAIN_ACTIONS

# What each main action's own flow says first (words from the flows, not from the home page).
LANDS_IN = {
    "Status": "renews Mar 31, 2027",
    "Suggest courses": "top picks",
    "My plan": "Your plan",
    "Log a course": "What did you finish?",
    "Self-check": "Quick self-check",
    "Goals": "Only you see your goals",
    "Snooze & nudge settings": "I nudge you on Mon, Tue, Wed, Thu, Fri",
}


@pytest.fixture
def dana(server, stub) -> SlackMember:
    return SlackMember(server, stub)


async def home_buttons(server, stub) -> dict[str, dict]:
    """Open the App Home; its buttons by label, from the view Slack was asked to publish."""
    home = fixture("app_home_opened.home_tab.json")
    home["team_id"], home["event_id"] = "T123ABC456", "EvHomeButtons"
    home["authorizations"] = [{"team_id": "T123ABC456", "user_id": "UBOT", "is_bot": True}]
    home["event"]["user"] = USER
    before = len(stub.called("views.publish"))
    assert (await server.event(home)).status == 200
    view = (await stub.wait_for("views.publish", before + 1))[-1].data["view"]
    elements = [e for block in view["blocks"] for e in block.get("elements", [])]
    return {e["text"]["text"]: e for e in elements if "action_id" in e}


async def test_every_app_home_button_lands_in_its_own_flow(dana, server, stub):
    await dana.onboard()
    buttons = await home_buttons(server, stub)
    assert set(LANDS_IN) == {label for label, _flow in MAIN_ACTIONS}  # a new button needs a row
    for label, expected in LANDS_IN.items():
        payload = dana.action_payload(buttons[label], in_home=True)
        answer = await dana._answered(lambda p=payload: server.interaction(p))
        assert expected in answer, (label, answer)
        if label == "Self-check":  # the form opens at once with the press's trigger
            assert stub.called("views.open")[-1].data["trigger_id"] == payload["trigger_id"]
    # The nudge button is about nudges: not the profile (licenses, budget, time per week).
    assert "a year" not in answer and "h a week" not in answer
    assert "Next nudge:" in answer or "Nothing is planned" in answer
