"""Study buddies: opt in ("find me a study buddy", "buddy on") or out ("buddy off").

    start -> on | off | consent (buttons: buddy.on / buddy.off, usable from any message)
Opt-in is stored on the member's learning-circle seats: in a circle's channel it applies to
that circle, in a DM to every circle they sit in. Pairing happens in the weekly round
(bot/practice/peers/buddy_sweep.py).
"""

from __future__ import annotations

import re

from bot.declare import BUDDY, Phrase
from bot.flows.base import Flow, Turn
from store.queries.practice.peers import circle_seat_here, seats_of, set_buddy_wish

CONSENT = (
    "I'll introduce you to a colleague in your practice who also asked for a study buddy and "
    "who shares a requirement you still need hours for (e.g. law & ethics for the same "
    "license) or one of your goal areas — in a group DM on Slack, one note each on Teams. "
    "Because you both opt in to being matched on it, the introduction names that shared "
    "area — and only that: never your goals, ratings or hours. About once a week; never the "
    "same buddy twice in a row."
)
NO_CIRCLE = (
    "Study buddies are matched among members of a learning circle, and you aren't in one yet. "
    "Join one in its channel (`/ce circle join`, or @-mention me there with *circle join*), "
    "or ask your admin to start one — then say *buddy on* again."
)


class Buddy(Flow):
    name = BUDDY.name
    commands = ("buddy", "buddies")
    # Before "stop" (cancel): "buddy off" is a setting.
    phrases = (Phrase(r"^(study )?budd(y|ies)\b|\bstudy budd(y|ies)\b", 40),)
    section, usage = "Colleagues", "find me a study buddy / buddy off"
    summary = "a weekly study-buddy introduction (opt in)"
    actions = ("off", "on")

    def start(self, turn: Turn) -> None:
        words = set(re.findall(r"[a-z']+", turn.answer.casefold()))
        if words & {"off", "stop", "no", "pause", "leave"}:
            self.act_off(turn)
        elif words & {"on", "yes", "start"}:
            self.act_on(turn)
        else:
            self._consent(turn)

    def _consent(self, turn: Turn) -> None:
        seats = self._seats(turn)
        if not seats:
            turn.say(NO_CIRCLE)
            return
        if any(seat.wants_buddy for seat in seats):
            turn.say("You're signed up for study-buddy introductions. " + CONSENT)
            turn.offer("Keep it on?", BUDDY.act("off"), [("Stop introductions", "")])
            return
        turn.say(CONSENT)
        turn.offer(
            "Shall I find you a study buddy?",
            BUDDY.act("on"),
            [("Yes, find me a buddy", "")],
        )

    def act_on(self, turn: Turn) -> None:
        """Opt in (the button, or "buddy on")."""
        seats = self._seats(turn)
        if not seats:
            turn.say(NO_CIRCLE)
            return
        set_buddy_wish(turn.session, seats=seats, wants=True)
        turn.say(
            "You're in! At the next weekly round I'll introduce you to a colleague who also "
            "asked for a study buddy and shares a requirement you still need hours for, or one "
            "of your goal areas. The introduction names only that shared area — never your "
            "goals, ratings or hours.",
            "Say *buddy off* any time to stop.",
        )

    def act_off(self, turn: Turn) -> None:
        """Opt out (the button, or "buddy off")."""
        seats = [seat for seat in self._seats(turn) if seat.wants_buddy]
        set_buddy_wish(turn.session, seats=seats, wants=False)
        turn.say(
            "OK — no more study-buddy introductions."
            if seats
            else "You weren't signed up for study buddies — nothing to stop."
        )

    @staticmethod
    def _seats(turn: Turn):
        if turn.inbound.channel_kind == "channel" and turn.inbound.channel_id:
            seat = circle_seat_here(
                turn.session,
                workspace_id=turn.workspace_id,
                member_id=turn.member_id,
                channel_id=turn.inbound.channel_id,
            )
            if seat is not None:
                return [seat]
        return seats_of(turn.session, member_id=turn.member_id)
