"""Check-in (opened by a nudge, or by saying "check in"): on track / behind / change / snooze.

start -> answer --on_track--> done
                --behind--> plan steps pushed two weeks (never past renewal) -> done
                --change--> offers the plan and suggestions -> done
                --snooze--> snoozed a week -> done
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.declare import CHECKIN, PLAN, SUGGEST, Phrase
from bot.flows.base import Flow, Turn
from bot.flows.nudge_settings import NudgeSettings
from bot.nudges.content import checkin_question
from bot.wording import counted
from store.queries.learning import plan_of
from store.queries.members import licenses_of

PUSH = timedelta(days=14)
WORDS = [
    (r"on track|good|fine|great|ok\b", "on_track"),
    (r"behind|late|slipp|busy", "behind"),
    (r"change|plan|different", "change"),
    (r"snooze|later|not now", "snooze"),
]


class CheckIn(Flow):
    name = CHECKIN.name
    phrases = (Phrase(r"^check[- ]?in$", 110),)
    section, usage = "Reminders", "check in"
    summary = "tell me how your CE is going; I'll adapt your plan"
    states = ("answer",)
    actions = ("answer",)

    def start(self, turn: Turn) -> None:
        self.go(turn, "answer")

    def ask_answer(self, turn: Turn) -> None:
        turn.show(checkin_question())

    def act_answer(self, turn: Turn) -> None:
        """A button under a check-in nudge (the flow may not be open: nudges arrive unasked)."""
        turn.goto(self.name, "answer")
        self.on_answer(turn)

    def on_answer(self, turn: Turn) -> None:
        text = turn.answer.casefold()
        choice = next((value for pattern, value in WORDS if re.search(pattern, text)), text)
        if choice not in ("on_track", "behind", "change", "snooze"):
            turn.reroute = True  # not an answer to the check-in: let intents handle it
            return
        turn.finish()
        getattr(self, f"_{choice}")(turn)

    def _on_track(self, turn: Turn) -> None:
        turn.say("🙌 Great — keep going. Log each course when you finish it and I'll keep count.")

    def _behind(self, turn: Turn) -> None:
        steps = [
            s for s in plan_of(turn.session, member_id=turn.member_id) if s.status == "planned"
        ]
        if not steps:
            turn.say("No plan steps to move. Let's find something short that fits:")
            turn.offer_next("", [("Suggest courses", SUGGEST)])
            return
        renewals = [lic.renewal_date for lic in licenses_of(turn.session, member_id=turn.member_id)]
        latest = min(renewals) - timedelta(days=1) if renewals else None
        moved = 0
        for step in steps:
            later = step.due_date + PUSH
            if latest is not None and later > latest:
                later = max(step.due_date, latest)  # never push a step past the renewal
            if later != step.due_date:
                step.due_date, moved = later, moved + 1
        turn.say(
            f"That happens. I moved {counted(moved, 'plan step')} two weeks later"
            + (", keeping everything before your renewal." if latest else ".")
            + " Say *plan* to see the new dates."
        )
        if moved < len(steps):
            turn.say(
                "Some steps are already close to your renewal date — a shorter course may help."
            )
            turn.offer_next("", [("Suggest shorter courses", SUGGEST)])

    def _change(self, turn: Turn) -> None:
        turn.offer_next(
            "What would you like to change?", [("Open my plan", PLAN), ("Suggest courses", SUGGEST)]
        )

    def _snooze(self, turn: Turn) -> None:
        turn.answer = "7"
        NudgeSettings().act_snooze(turn)
