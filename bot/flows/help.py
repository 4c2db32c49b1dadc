"""Help, greetings, "cancel", and the answer to anything not understood.

Help lists every flow by its own declaration (`section`, `usage`, `summary`, `more_help`),
section by section: a new flow reaches help by declaring them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from bot.declare import CANCEL, FALLBACK, GREET, HELP, SECTIONS, Phrase
from bot.flows.base import Flow, Turn
from bot.flows.logging_steps import report_standing
from store.queries.members import licenses_of


def help_lines(flows: Iterable[Flow]) -> list[tuple[str, str, str]]:
    """(section, say, does) for every listed flow, in the order help shows them."""
    lines = [
        (flow.section, say, does)
        for flow in flows
        if flow.section
        for say, does in ((flow.usage, flow.summary), *flow.more_help)
    ]
    unknown = {section for section, _, _ in lines} - set(SECTIONS)
    if unknown:
        raise ValueError(f"help sections {sorted(unknown)} are not in SECTIONS")
    return sorted(lines, key=lambda line: SECTIONS.index(line[0]))  # stable: flows' order stays


def command_list(flows: Iterable[Flow]) -> str:
    """The commands, section by section, as bullet lines."""
    out: list[str] = []
    for section, say, does in help_lines(flows):
        if f"*{section}*" not in out:
            out += ["", f"*{section}*"] if out else [f"*{section}*"]
        out.append(f"• *{say}* — {does}")
    return "\n".join(out)


class Help(Flow):
    name = HELP.name
    commands = ("help", "menu", "commands")
    phrases: ClassVar[tuple[Phrase, ...]] = (
        Phrase(
            r"\bwhat (?:else )?can you do\b|\bwhat do you do\b|\bhow do(?:es)? (?:this|it|you) work\b"
            r"|\bwhat can i (?:say|ask|do here)\b",
            245,
        ),
    )
    before_onboarding = True

    def __init__(self, flows: Iterable[Flow] = ()) -> None:
        self.listing = command_list(flows)

    def start(self, turn: Turn) -> None:
        turn.say(
            "Here's what I can do. Type a command, or just tell me what you finished.",
            self.listing,
        )
        if not turn.member.onboarded:
            turn.say("You haven't set up your licenses yet — say *start* to begin.")


class Greet(Help):
    """ "hi": where a set-up member stands, license by license, and what to say next (the
    whole menu is *help*); said in the middle of a flow it is an answer, not an interruption."""

    name = GREET.name
    commands = ("hi", "hello", "hey")
    phrases = (
        Phrase(
            r"^\W*(?:good\s+(?:morning|afternoon|evening|day)|(?:g'?)?morning|hiya|howdy"
            r"|greetings|yo)\W*$",
            255,
        ),
    )
    interrupts = False
    before_onboarding = False  # a greeting before setting up starts onboarding

    def start(self, turn: Turn) -> None:
        licenses = licenses_of(turn.session, member_id=turn.member_id)
        if not licenses:
            super().start(turn)
            return
        first = (turn.member.display_name or "").split(" ")[0]
        turn.say(f"Hi {first}! Where you stand:" if first else "Hi! Where you stand:")
        report_standing(turn, licenses)
        turn.say(
            "Tell me a course you finished, or say *status* for the details, *suggest* for "
            "courses that fit, *plan*, or *help* for everything I can do."
        )


class Cancel(Flow):
    name = CANCEL.name
    commands = ("cancel",)
    phrases = (Phrase(r"\bnever ?mind\b|\bstop\b|\bquit\b", 240),)
    before_onboarding = True

    def start(self, turn: Turn) -> None:
        turn.say("OK, I've stopped that." if turn.left else "Nothing to cancel.")
        turn.say("Say *help* to see what I can do.")


# Said to the bot in passing: answered kindly, not with "Sorry, I didn't understand that".
_THANKS = re.compile(
    r"^\W*(?:thanks?|thank\s+you|thx|ty|tysm|much\s+appreciated|appreciate\s+it|great|perfect"
    r"|awesome|cool|ok(?:ay)?|got\s+it|sounds\s+good)(?:\s+(?:so\s+much|a\s+lot|again|!+))?\W*$",
    re.I,
)


class Fallback(Flow):
    name = FALLBACK.name

    def start(self, turn: Turn) -> None:
        if _THANKS.match(turn.answer):
            turn.say("You're welcome! Tell me whenever you finish a course.")
            return
        turn.say(
            "Sorry, I didn't understand that. I can show your *status*, *suggest* courses, "
            "build a *plan*, or *log* a course you finished (_finished the 3h telehealth course "
            "yesterday_). Say *help* for everything."
        )
