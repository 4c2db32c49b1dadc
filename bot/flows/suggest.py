"""Suggestions: the top courses for the member's gaps, each with its reasons and "Add to plan"."""

from __future__ import annotations

import re

from bot.answers import parse_choice
from bot.declare import PLAN, SUGGEST, Phrase
from bot.flows.base import Flow, Turn
from bot.flows.plan import add_to_plan
from bot.messages import Choice, Choices
from bot.needs import learner_profile
from bot.parsing.vocabulary import infer_topics
from bot.recommend import Suggestion, reason_line
from bot.recommend.jurisdiction import jurisdiction_label
from bot.topics import topic_label


class Suggest(Flow):
    name = SUGGEST.name
    private = "course suggestions"
    commands = ("suggest", "suggestions", "recommend", "courses")
    phrases = (
        Phrase(r"\bwhat should i take\b|\bany (course )?suggestions?\b|\brecommend", 170),
        Phrase(r"\bcheaper\b|\bshorter\b|\bsomething live\b", 170),
        # "I need a cheap ethics course", "show me free courses", "any good trauma webinars?"
        Phrase(
            r"\b(?:i need|i want|i'?m looking for|looking for|find me|show me|got any|know any"
            r"|are there any|any good|where can i (?:find|get))\s+(?!to\b)(?:an?\s+|some\s+|more\s+)?"
            r"(?:[\w&-]+\s+){0,3}(?:courses?|ces?|ceus?|trainings?|webinars?|classes|workshops?)\b",
            175,
        ),
    )
    section, usage = "Courses and plan", "suggest"
    summary = "courses that fit your gaps, budget and time"
    states = ("pick",)

    def start(self, turn: Turn) -> None:
        lowered = turn.answer.casefold()
        options = {
            "cheaper": bool(re.search(r"cheap|free|less expensive", lowered)),
            "shorter": bool(re.search(r"short|quick", lowered)),
            "live_only": bool(re.search(r"\blive\b|in person|webinar", lowered)),
        }
        found, heading = _asked_for(turn, options)
        if not found:
            turn.say(
                "I found no course in the catalog that fits right now — your boards' accepted "
                "providers, your budget, or what you've already done rule everything out. "
                "Try *settings* to widen your budget or formats."
            )
            return
        turn.say(heading)
        for number, suggestion in enumerate(found, start=1):
            turn.show(suggestion_card(number, suggestion))
        turn.goto(self.name, "pick", ids=[s.course.id for s in found])
        turn.say(
            "Say *add 2* to plan one, *why 1* for the reasons, or ask for something *cheaper*, *shorter* or *live*."
        )

    def on_pick(self, turn: Turn) -> None:
        lowered = turn.answer.casefold()
        ids = turn.data.get("ids", [])
        number = re.search(r"\d+", lowered)
        index = (parse_choice(number.group()) or 0) - 1 if number else -1
        if len(lowered.split()) <= 4 and re.search(r"cheap|short|live|free|webinar", lowered):
            self.start(turn)
        elif lowered.startswith("add") and 0 <= index < len(ids):
            add_to_plan(turn, ids[index])
        elif lowered.startswith("why") and 0 <= index < len(ids):
            self._explain(turn, ids[index])
        else:
            turn.reroute = True

    def _explain(self, turn: Turn, course_id: int) -> None:
        found = _suggestions(turn, limit=50)
        match = next((s for s in found if s.course.id == course_id), None)
        if match is None:
            turn.say("That course no longer fits your profile.")
            return
        turn.say(f"Why *{match.course.title}*:\n" + "\n".join(f"• {r}" for r in match.reasons))


def _asked_for(turn: Turn, options: dict[str, bool]) -> tuple[list[Suggestion], str]:
    """The top five for what was asked, and the line that introduces them: a topic named ("for
    suicide prevention") or "free" narrows the picks when any fit, and says when none do."""
    found = _suggestions(turn, limit=5, **options)
    topics = set(infer_topics(turn.answer))
    free = bool(re.search(r"\bfree\b", turn.answer, re.I))
    if not found or not (topics or free):
        return found, "Here are my top picks for you:"
    named = " and ".join(sorted(topic_label(t) for t in topics))
    asked = ("free courses" if free else "courses") + (f" on {named}" if named else "")
    narrowed = [
        s
        for s in _suggestions(turn, limit=50, **options)
        if (not topics or topics & set(s.course.topics)) and (not free or s.course.cost_usd == 0)
    ]
    if narrowed:
        return narrowed[:5], f"Here are my top picks of {asked}:"
    return found, f"None of the {asked} fits right now, so here are my top picks for your gaps:"


def _suggestions(turn: Turn, *, limit: int, **options: bool) -> list[Suggestion]:
    """The ranked suggestions for this member (numpy loads with the first: not at start)."""
    from bot.recommend.ranking import suggest

    return suggest(
        turn.services.catalog.views(turn.session), learner_profile(turn), limit=limit, **options
    )


def suggestion_card(number: int, suggestion: Suggestion) -> Choices:
    """One suggestion: title, provider, reasons, and an "Add to plan" button."""
    course = suggestion.course
    provider = f" — {course.provider}" if course.provider else ""
    where = jurisdiction_label(course.topics, course.jurisdictions)
    where = f" ({where})" if where else ""
    if course.url:
        link = f"\n{course.url}"
    elif course.source:  # no page of its own: where the research found it
        link = f"\nsource: {course.source}"
    else:
        link = ""
    text = f"*{number}. {course.title}*{where}{provider}\n{reason_line(suggestion)}{link}"
    return Choices(text, (Choice("Add to plan", PLAN.act("add"), str(course.id)),))
