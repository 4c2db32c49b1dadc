"""The member's home page (Slack App Home, a Teams tab): progress, plan and the main actions.

Built from the same flows a conversation uses, in a read-only turn: nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.declare import ASSESS, GOALS, LOG, NUDGES, ONBOARDING, PLAN, STATUS, SUGGEST
from bot.flows.base import NudgeExplainer, Turn
from bot.flows.status import show_standing
from bot.mentor import Mentor
from bot.messages import Inbound, Reply
from bot.standing import standings
from store.db import new_session
from store.queries.learning import completions_of
from store.queries.members import get_or_create_member, get_or_create_workspace, licenses_of

MAIN_ACTIONS = [
    ("Status", STATUS),
    ("Suggest courses", SUGGEST),
    ("My plan", PLAN),
    ("Log a course", LOG),
    ("Self-check", ASSESS),
    ("Goals", GOALS),
    ("Snooze & nudge settings", NUDGES),  # the nudge flow, not profile settings
]
# Hook for the nudge planner: given the read-only turn, the "next nudge and why" replies.
NextNudge = Callable[[Turn], list[Reply]]


def home_replies(
    mentor: Mentor, inbound: Inbound, now: datetime, next_nudge: NextNudge | None = None
) -> list[Reply]:
    """What the member's home shows right now."""
    with new_session(mentor.engine) as session:
        workspace = get_or_create_workspace(
            session, platform=inbound.platform, external_id=inbound.workspace_id
        )
        assert workspace.id is not None  # saved by get_or_create_workspace
        member = get_or_create_member(
            session, workspace_id=workspace.id, platform_user_id=inbound.user_id
        )
        turn = Turn(session, workspace, member, inbound, now, mentor.services)
        if not member.onboarded:
            turn.say("*Welcome to CE Mentor* — I keep your CE hours, plan and renewals on track.")
            turn.offer_next("Two minutes to set up:", [("Get started", ONBOARDING)])
        else:
            show_progress(turn, mentor)
            mentor.flows.of(PLAN).start(turn)
            if next_nudge is not None:
                turn.show(*next_nudge(turn))
            else:  # the member's window and the next planned nudge, with its reason
                mentor.flows.having(NudgeExplainer).why(turn)
            turn.offer_next("*What would you like to do?*", MAIN_ACTIONS)
        session.rollback()  # a home page only reads
    return turn.replies


def show_progress(turn: Turn, mentor: Mentor) -> None:
    """Each license's standing, next renewal first; no chart (costly, and homes redraw often)."""
    licenses = licenses_of(turn.session, member_id=turn.member_id)
    completions = completions_of(turn.session, member_id=turn.member_id)
    turn.say("*Your progress*")
    rule_sets = mentor.services.rule_sets
    for standing in standings(turn.member, licenses, completions, rule_sets, turn.today):
        show_standing(turn, standing)
