"""The one-time trainings a board asks for once in a career, asked at the end of onboarding.

once --done / not yet / not sure / skip--> (after_one_time)
  `--some--> once_each (one training at a time) --> (after_one_time)

Asked only for a license that is not a first renewal, and only the trainings the engine would
ask about in status (bot/rules/applicability.py), stored where status stores the answers: the
member's practice facts, `completed_once_<topic>`. Answers given one at a time are written
once all are given, so cancelling half-way keeps none of them. Not sure and skip keep nothing:
status asks again.
"""

from __future__ import annotations

import re

from bot.answers import parse_yes_no
from bot.flows.base import Flow, Turn
from bot.rules.applicability import done_once_key
from bot.standing import standings
from store.queries.learning import completions_of
from store.queries.members import licenses_of

SKIP = {"skip", "later", "not now", "ask me later", "pass", "skip it", "skip for now"}
DONE = {"done", "all done", "all done already", "done already", "all of them", "did them", "all"}
NOT_YET = {"not yet", "not_yet", "none", "none yet", "not done", "none of them"}
UNSURE = {"not sure", "unsure", "dont know", "don't know", "idk", "maybe", "no idea"}
SOME = {"some", "some of them", "a few", "partly", "ask me each", "some done"}
SHORT_ANSWER = 4  # words: up to this many, an answer is read by its key words
KEYWORDS = (  # checked in this order: "not sure" before "not", "not yet" before "yes"
    ("skip", re.compile(r"\b(?:skip|later|pass)\b")),
    ("unsure", re.compile(r"\b(?:not sure|unsure|don'?t know|idk|no idea)\b")),
    ("not_yet", re.compile(r"\b(?:not yet|none|no|nope|not)\b")),
    ("some", re.compile(r"\b(?:some|partly|a few)\b")),
    ("done", re.compile(r"\b(?:done|all|yes|yep|did|completed)\b")),
)
ONCE_SAID = {
    "done": "Thanks — noted as done, so it doesn't count against this renewal.",
    "not_yet": "OK — due at this renewal, and counted in what's left.",
    "unsure": "No problem — left open: due at this renewal unless you did it before; "
    "*status* will ask again.",
    "skip": "Skipped — *status* will ask again.",
}


def said(text: str) -> str:
    """An answer as a word list would hold it: lower case, no punctuation but apostrophes."""
    return " ".join(re.sub(r"[^\w' ]", " ", text.casefold()).split())


def once_answer(text: str) -> str | None:
    """done | not_yet | unsure | some | skip, or None when the text answers none of these.

    A short answer is read by its words too ("maybe later", "no, not yet"); a longer one must
    be one of the answers, so a sentence about something else is left for the mentor to route.
    """
    words = said(text)
    for name, options in (
        ("skip", SKIP),
        ("done", DONE),
        ("not_yet", NOT_YET),
        ("unsure", UNSURE),
        ("some", SOME),
    ):
        if words in options:
            return name
    if len(words.split()) <= SHORT_ANSWER:
        for name, pattern in KEYWORDS:
            if pattern.search(words):
                return name
    yes = parse_yes_no(words)
    return None if yes is None else ("done" if yes else "not_yet")


def one_time_open(turn: Turn) -> list[list]:
    """[key, label, hours] of each one-time training still to answer, for licenses not renewed
    for the first time (the engine's own open questions, as status would ask them)."""
    rule_sets = turn.services.rule_sets
    licenses = licenses_of(turn.session, member_id=turn.member_id)
    done = completions_of(turn.session, member_id=turn.member_id)
    found: dict[str, list] = {}
    for standing in standings(turn.member, licenses, done, rule_sets, turn.today):
        if standing.license.first_renewal or standing.progress is None:
            continue
        rules = rule_sets[standing.license.rule_set_id]
        once = {done_once_key(t): t for t in rules.topics if t.frequency == "one_time"}
        for key, _ in standing.progress.open_questions:
            if key in once:
                found.setdefault(key, [key, once[key].label, once[key].hours])
    return list(found.values())


class OneTimeSteps(Flow):
    """The one-time questions as states of the flow that inherits them (onboarding)."""

    def after_one_time(self, turn: Turn) -> None:
        """What the flow asks next, once the one-time trainings are answered or skipped."""
        raise NotImplementedError

    def ask_once(self, turn: Turn) -> None:
        rows = turn.data["once"]
        lines = "\n".join(
            f"• {label} — {hours:g} h" if hours else f"• {label}" for _, label, hours in rows
        )
        them = "them" if len(rows) > 1 else "it"
        turn.say(
            "Two quick questions, so your status starts from where you really are. Your board "
            f"also asks for {'these trainings' if len(rows) > 1 else 'this training'} once in "
            "a career:\n" + lines
        )
        options = [("All done already", "done"), ("Not yet", "not yet")]
        options += [("Some of them", "some")] if len(rows) > 1 else []
        turn.offer(
            f"Have you done {them} already — at an earlier renewal, say? (or *skip*)",
            f"{self.name}.once",
            [*options, ("Not sure", "not sure")],
        )

    def on_once(self, turn: Turn) -> None:
        answer = once_answer(turn.answer)
        if answer is None:
            turn.reroute = True
            return
        if answer == "some":
            self.go(turn, "once_each", each=0, answers={})
            return
        if answer in ("done", "not_yet"):
            facts = {key: answer == "done" for key, _, _ in turn.data["once"]}
            turn.member.practice_facts = {**turn.member.practice_facts, **facts}
        turn.say(ONCE_SAID[answer])
        self.after_one_time(turn)

    def ask_once_each(self, turn: Turn) -> None:
        _, label, hours = turn.data["once"][turn.data["each"]]
        turn.offer(
            f"*{label}*" + (f" ({hours:g} h)" if hours else "") + " — done already?",
            f"{self.name}.once_each",
            [("Done already", "done"), ("Not yet", "not yet"), ("Not sure", "not sure")],
        )

    def on_once_each(self, turn: Turn) -> None:
        answer = once_answer(turn.answer)
        if answer is None or answer == "some":
            turn.reroute = True  # nothing of this round is kept
            return
        key = turn.data["once"][turn.data["each"]][0]
        if answer in ("done", "not_yet"):
            turn.data["answers"] = {**turn.data["answers"], key: answer == "done"}
        turn.data["each"] += 1
        if turn.data["each"] < len(turn.data["once"]):
            self.go(turn, "once_each")
            return
        turn.member.practice_facts = {**turn.member.practice_facts, **turn.data["answers"]}
        open_ones = len(turn.data["once"]) - len(turn.data["answers"])
        turn.say(
            "Thanks, noted."
            + (
                " The ones you weren't sure of stay open; *status* will ask again."
                if open_ones
                else ""
            )
        )
        self.after_one_time(turn)
