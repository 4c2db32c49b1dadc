"""Every nudge kind, rendered for Slack, carries its actions as buttons.

The issue asks for Snooze 1 week, Not now and Open my plan on every kind (bot/nudges/content.py
`EVERY_NUDGE`: the closing row of `compose`, and the check-in's own question).
"""

from __future__ import annotations

from datetime import date

import pytest
from slack_member import buttons

from bot.nudges.content import ORDER, NudgeItem, compose
from bot.nudges.facts import MemberNudgeFacts, StepFacts
from handlers.slack.render import message_blocks

TODAY = date(2026, 12, 2)
EVERY_NUDGE = ("Snooze 1 week", "Not now", "Open my plan")
PAYLOADS = {
    "deadline": {"license_id": 1},
    "complete": {"license_id": 1},
    "step": {"step_id": 7},
    "inactivity": {"idle_days": 45},
    "checkin": {},
}


def labels(kind: str) -> list[str]:
    """The button labels of a nudge of one kind, as the Slack renderer posts it."""
    member = MemberNudgeFacts(
        member_id=1,
        workspace_id=1,
        timezone="America/Los_Angeles",
        joined_on=date(2026, 1, 5),
        steps=(StepFacts(7, "Law and ethics refresher", TODAY, 6),),
    )
    replies = compose(member, [NudgeItem(kind, PAYLOADS[kind])], {}, [], TODAY)
    pages = message_blocks(replies)
    return [b["text"]["text"] for page in pages for block in page for b in buttons(block)]


def test_every_kind_is_covered():
    assert set(PAYLOADS) == set(ORDER)


@pytest.mark.parametrize("kind", ORDER)
def test_every_nudge_kind_can_be_snoozed_from_its_message(kind):
    assert "Snooze 1 week" in labels(kind)


@pytest.mark.parametrize("kind", ORDER)
def test_every_nudge_kind_carries_all_three_actions(kind):
    assert set(EVERY_NUDGE) <= set(labels(kind)), labels(kind)
