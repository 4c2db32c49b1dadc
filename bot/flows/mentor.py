"""Mentoring: offer ("I can mentor in trauma"), withdraw ("mentor stop trauma"), seek a mentor.

    start -> (area unclear) area -> offer | stop | seek
Buttons from the outbox messages (bot/practice/peers/mentor_sweep.py) arrive as act_mentee_yes/no
and act_mentor_yes/no: the mentee answers first, then the mentor; both yes -> introduced.
"""

from __future__ import annotations

import re

from bot.answers import parse_choice
from bot.declare import MENTOR, Phrase
from bot.flows.base import Flow, Turn
from bot.practice.peers.areas import AREAS, area_candidates, area_label
from bot.practice.peers.mentor_sweep import ASK, introduce_rows, mentor_row
from store.queries.outbox import insert_if_absent
from store.queries.practice.mentors import (
    add_introduction,
    forget_mentor_offer,
    get_introduction,
    introduction_history,
    mentor_areas,
    mentor_offers,
    offer_mentoring,
)
from store.queries.practice.peers import names_of

MODES = (  # checked in this order: "I'd like a mentor" seeks, "I'd like to mentor" offers
    ("stop", r"\b(stop|withdraw|no longer|remove|end)\b"),
    ("seek", r"\b(an?|some) mentor\b|\bmentorship\b|\b(seek|seeking|find|need|looking for)\b"),
    ("offer", r"\b(offer|can|could|happy|able|volunteer|to mentor)\b"),
)
FILLER = re.compile(
    r"\b(i|i'd|i'm|me|my|a|an|to|in|on|for|with|about|like|would|mentor|mentoring|mentors|"
    r"mentorship|please|someone|somebody|colleagues?|be|as|area|of)\b|"
    + "|".join(pattern for _, pattern in MODES)
)


class Mentoring(Flow):
    name = MENTOR.name
    commands = ("mentor", "mentors", "mentoring")
    # Before "stop" (cancel): "mentor stop trauma" is a setting.
    phrases = (
        Phrase(
            r"^mentor(s|ing)?\b|\b(i|we) (can|could) mentor\b|\boffer to mentor\b"
            r"|\b(seek|find|need|want|like|looking for|get)( me)? (a |an )?mentor\b",
            50,
        ),
    )
    section, usage = "Colleagues", "I can mentor in <area> / seek a mentor in <area>"
    summary = "mentoring introductions (both opt in)"
    states = ("area",)
    actions = ("mentee_no", "mentee_yes", "mentor_no", "mentor_yes", "pick")

    def start(self, turn: Turn) -> None:
        text = turn.answer.casefold()
        mode = next((name for name, pattern in MODES if re.search(pattern, text)), "")
        area_text = " ".join(FILLER.sub(" ", text).split())
        if not mode and not area_text:
            self._overview(turn)
            return
        self._resolve(turn, mode or "offer", area_text)

    def _resolve(self, turn: Turn, mode: str, area_text: str) -> None:
        found = area_candidates(area_text) if area_text else []
        if len(found) == 1:
            getattr(self, f"_{mode}")(turn, found[0])
        elif found:
            turn.offer(
                "Which area do you mean?",
                MENTOR.act("pick"),
                [(area_label(a), f"{mode}:{a}") for a in found],
            )
        else:
            self.go(turn, "area", mode=mode)

    def ask_area(self, turn: Turn) -> None:
        listing = "\n".join(f"{n}. {area_label(a)}" for n, a in enumerate(AREAS, start=1))
        turn.say(f"Which area? Type its name or number.\n{listing}")

    def on_area(self, turn: Turn) -> None:
        mode, answer = turn.data.get("mode", "offer"), turn.answer.strip()
        number = parse_choice(answer)
        if number is not None and 0 < number <= len(AREAS):
            turn.finish()
            getattr(self, f"_{mode}")(turn, AREAS[number - 1])
            return
        turn.finish()
        self._resolve(turn, mode, answer)

    def act_pick(self, turn: Turn) -> None:
        mode, _, area = turn.answer.partition(":")
        if mode in ("offer", "stop", "seek") and area in AREAS:
            getattr(self, f"_{mode}")(turn, area)

    def _overview(self, turn: Turn) -> None:
        mine = mentor_areas(turn.session, member_id=turn.member_id)
        if mine:
            turn.say("You offer to mentor in: " + ", ".join(area_label(a) for a in mine) + ".")
        turn.say(
            "Say *I can mentor in trauma* (or *mentor offer <area>*) to offer, *mentor stop "
            "<area>* to withdraw, or *seek a mentor in <area>* to ask for one."
        )

    def _offer(self, turn: Turn, area: str) -> None:
        label = area_label(area)
        new = offer_mentoring(
            turn.session,
            workspace_id=turn.workspace_id,
            member_id=turn.member_id,
            area=area,
            now=turn.now,
        )
        turn.say(
            (
                f"Thank you! You now offer to mentor in *{label}*. "
                if new
                else f"You already offer to mentor in *{label}*. "
            )
            + "I'll offer an introduction to colleagues whose goals or skill self-ratings are in "
            "that area. They say yes first; then I ask you — I'll only say a colleague would like "
            "to talk about it, never their goals or ratings. You meet only if you both say yes.",
            f"Say *mentor stop {area.replace('_', ' ')}* to withdraw.",
        )

    def _stop(self, turn: Turn, area: str) -> None:
        gone = forget_mentor_offer(turn.session, member_id=turn.member_id, area=area)
        turn.say(
            f"Done — you no longer offer to mentor in *{area_label(area)}*."
            if gone
            else f"You weren't offering to mentor in *{area_label(area)}*."
        )

    def _seek(self, turn: Turn, area: str) -> None:
        me, label = turn.member_id, area_label(area)
        asked = {(m, a) for m, mentee, a, _ in self._history(turn) if mentee == me}
        mentors = [
            mentor
            for _, mentor, _ in mentor_offers(
                turn.session, area=area, workspace_id=turn.workspace_id
            )
            if mentor != me and (mentor, area) not in asked
        ]
        if not mentors:
            turn.say(
                f"Nobody in your practice offers to mentor in *{label}* yet. If it's one of your "
                "goal areas (say *goals*), I'll offer you an introduction as soon as someone does."
            )
            return
        intro = add_introduction(
            turn.session,
            workspace_id=turn.workspace_id,
            mentor_id=mentors[0],
            mentee_id=me,
            area=area,
            now=turn.now,
            mentee_said="yes",
        )
        self._ask_mentor(turn, intro)
        name = names_of(turn.session, member_ids=[mentors[0]])[mentors[0]]
        turn.say(
            f"{name} offers to mentor in *{label}*. I've asked them (only that a colleague would "
            "like to talk about it) and will introduce you as soon as they say yes."
        )

    @staticmethod
    def _ask_mentor(turn: Turn, intro) -> None:
        row = mentor_row(ASK, intro.workspace_id, intro.mentor_id, intro.id, turn.now)
        insert_if_absent(turn.session, rows=[row])

    def _history(self, turn: Turn):
        return introduction_history(turn.session, workspace_ids=[turn.workspace_id])

    def act_mentee_yes(self, turn: Turn) -> None:
        intro = self._mine(turn, "mentee")
        if intro is None:
            return
        intro.mentee_said = "yes"
        turn.session.add(intro)
        self._ask_mentor(turn, intro)
        turn.say(
            "Great — I've asked them, without telling them anything about your goals or "
            "ratings. I'll introduce you as soon as they say yes."
        )

    def act_mentee_no(self, turn: Turn) -> None:
        intro = self._mine(turn, "mentee")
        if intro is not None:
            intro.mentee_said = "no"
            turn.session.add(intro)
            turn.say("No problem — I won't offer that introduction again. They'll never know.")

    def act_mentor_yes(self, turn: Turn) -> None:
        intro = self._mine(turn, "mentor")
        if intro is None:
            return
        intro.mentor_said, intro.introduced_at = "yes", turn.now
        turn.session.add(intro)
        insert_if_absent(
            turn.session, rows=introduce_rows(turn.workspace.platform, intro, turn.now)
        )
        turn.say("Thank you! I'm introducing you two now.")

    def act_mentor_no(self, turn: Turn) -> None:
        intro = self._mine(turn, "mentor")
        if intro is not None:
            intro.mentor_said = "no"
            turn.session.add(intro)
            turn.say("Understood — I won't ask about this colleague and area again.")

    def _mine(self, turn: Turn, role: str):
        """The introduction this button is about, if it is this member's to answer now."""
        number = int(turn.answer) if turn.answer.isdigit() else 0
        intro = get_introduction(turn.session, intro_id=number)
        said = "mentee_said" if role == "mentee" else "mentor_said"
        if intro is None or getattr(intro, f"{role}_id") != turn.member_id:
            turn.say("That introduction is no longer open.")
            return None
        if getattr(intro, said) or (role == "mentor" and intro.mentee_said != "yes"):
            turn.say(f"You already answered that one ({getattr(intro, said) or 'closed'}).")
            return None
        return intro
