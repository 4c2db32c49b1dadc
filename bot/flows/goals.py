"""Career goals: direction, areas of interest, and 1-3 concrete goals with target dates.

    direction -> interests -> goal (x1..3, "done" ends) -> summary
Goals are private: only the member sees them.
"""

from __future__ import annotations

import re
from datetime import date

from rapidfuzz import fuzz

from bot.answers import parse_date
from bot.declare import ASSESS, GOALS, Phrase
from bot.flows.base import Flow, Turn
from bot.parsing.client_info import about_a_client, instead
from bot.parsing.vocabulary import infer_topics
from bot.topics import COMPETENCIES
from store.models import Goal
from store.queries.learning import add_goal, goals_of

DIRECTIONS = [
    ("Specialize in an area", "specialize"),
    ("Earn a certification", "certification"),
    ("Become a clinical supervisor", "supervision"),
    ("Start or grow a private practice", "private_practice"),
    ("Grow in my current role", "grow"),
]
AREAS = list(COMPETENCIES)
MAX_GOALS = 3
GOAL_AT_MOST = 300  # characters of a goal, as the store keeps them
DIRECTION_AT_MOST = 100  # …and of a career direction in the member's own words
GOAL_EXAMPLE = "*Get better at treating PTSD in veterans by June 2027*"
TYPO_AT_LEAST = 85  # rapidfuzz ratio of a typed word to an area's word ("teleheath")
SKIP_WORDS = ("skip", "none", "not sure", "none of them", "no", "pass", "later")


def pick_areas(text: str) -> list[str]:
    """Competency keys from numbers ("3, 7") or names ("trauma and telehealth"), typos too
    ("teleheath")."""
    lowered = text.casefold()
    # Numbers of up to three digits (int() refuses thousands); longer ones are no list number.
    numbers = re.findall(r"(?<!\d)0*(\d{1,3})(?!\d)", lowered)
    picked = [AREAS[int(n) - 1] for n in numbers if 0 < int(n) <= len(AREAS)]
    typed = [w for w in re.split(r"\W+", lowered) if len(w) > 3]
    named = []
    for key, (label, _) in COMPETENCIES.items():
        words = [w for w in re.split(r"\W+", label.casefold()) if len(w) > 3]
        words = [w for w in words if w not in _SHARED_WORDS]
        if key.replace("_", " ") in lowered or any(_same(t, w) for t in typed for w in words):
            named.append(key)
    # "kids", "addiction", "EMDR": the topic words courses are read by; a topic of two areas
    # ("crisis work": crisis management) adds neither when one is named already.
    for topic in infer_topics(text):
        areas = [key for key, (_, of) in COMPETENCIES.items() if topic in of]
        if not set(areas) & set(named):
            named += areas
    return list(dict.fromkeys(picked + named))


# Words several areas' names share, or that name no area alone ("Couples & family work").
_SHARED_WORDS = frozenset(
    {"work", "care", "practice", "clients", "informed", "management", "risk", "prevention"}
)


def _same(typed: str, word: str) -> bool:
    """The area's word, or a typo of it ("teleheath", "supervison")."""
    return typed == word or (
        len(typed) > 4 and len(word) > 4 and fuzz.ratio(typed, word) >= TYPO_AT_LEAST
    )


def area_names(keys: list[str]) -> str:
    """The areas' names as listed: "Trauma-informed care, Telehealth practice"."""
    return ", ".join(COMPETENCIES[key][0] for key in keys if key in COMPETENCIES)


def split_target(text: str, turn: Turn) -> tuple[str, date | None]:
    """("Get EMDR certified", June 30 2027) from "Get EMDR certified by June 2027"."""
    for match in reversed(list(re.finditer(r"\b(?:by|before|in|until)\s+", text, re.IGNORECASE))):
        target = parse_date(text[match.end() :], today=turn.today)
        if target is not None:
            return text[: match.start()].rstrip(" ,.-") or text, target
    return text, None


class Goals(Flow):
    name = GOALS.name
    private = "goals or self-assessments"
    commands = ("goals", "goal")
    phrases = (Phrase(r"\bcareer goals?\b|\bset (a |my )?goals?\b", 200),)
    section, usage = "You", "goals"
    summary = "set your career goals"
    states = ("direction", "goal", "interests")

    def start(self, turn: Turn) -> None:
        current = goals_of(turn.session, member_id=turn.member_id)
        if current:
            turn.say("Your goals now:\n" + "\n".join(f"• {goal_line(g)}" for g in current))
        turn.say("Let's look at where you're heading. (Only you see your goals.)")
        self.go(turn, "direction")

    def ask_direction(self, turn: Turn) -> None:
        turn.offer(
            "What's your main career direction for the next year or two?",
            GOALS.act("direction"),
            DIRECTIONS,
        )

    def on_direction(self, turn: Turn) -> None:
        lowered = turn.answer.casefold()
        chosen = next(
            (
                value
                for label, value in DIRECTIONS
                if value in lowered.replace(" ", "_") or label.casefold() in lowered
            ),
            None,
        )
        own_words = turn.answer.strip()[:DIRECTION_AT_MOST]
        if chosen is None and about_a_client(turn, own_words, "note"):
            turn.say(instead("direction", "*supervise new associates*"))
            self.ask_direction(turn)
            return
        turn.member.career_direction = chosen or own_words
        said = next((label for label, value in DIRECTIONS if value == chosen), None)
        turn.say(f"Noted — your direction: _{said or own_words}_.")
        self.go(turn, "interests")

    def ask_interests(self, turn: Turn) -> None:
        listing = "\n".join(f"{n}. {COMPETENCIES[key][0]}" for n, key in enumerate(AREAS, start=1))
        turn.say(f"Which areas spark your interest? Type numbers or names, e.g. *3, 6*.\n{listing}")

    def on_interests(self, turn: Turn) -> None:
        if turn.answer.strip().casefold().rstrip(".!") in SKIP_WORDS:
            turn.say("Skipped — no areas picked for now.")
            self.go(turn, "goal", count=0)
            return
        picked = pick_areas(turn.answer)
        if not picked:
            turn.say(
                "I didn't recognise those. Type the numbers from the list, e.g. *3, 6*, or *skip*."
            )
            return
        turn.member.interests = picked
        turn.say(f"Noted: {area_names(picked)}.")
        self.go(turn, "goal", count=0)

    def ask_goal(self, turn: Turn) -> None:
        if turn.data.get("count", 0) == 0:
            turn.say(
                "Now name a concrete goal with a target date, e.g. *Get EMDR certified by June 2027*."
            )
        else:
            turn.say("Another goal? Or say *done*.")

    def on_goal(self, turn: Turn) -> None:
        text = turn.answer.strip()
        if text.casefold() in ("done", "no", "that's all", "thats all", "skip", "finish"):
            self._summary(turn)
            return
        if len(text) > GOAL_AT_MOST:
            turn.say(
                f"That's a long one — a goal keeps to {GOAL_AT_MOST} characters. Could you put it "
                "in a sentence, e.g. *Get EMDR certified by June 2027*?"
            )
            return
        if about_a_client(turn, text, "note"):  # asked again: a goal is the member's own
            turn.say(instead("goal", GOAL_EXAMPLE))
            return
        text, target = split_target(text, turn)
        if target is not None and target <= turn.today:
            turn.say("That target date has passed — when would you like to get there?")
            return
        goal = Goal(member_id=turn.member_id, text=text, target_date=target, created_at=turn.now)
        add_goal(turn.session, goal=goal)
        count = turn.data.get("count", 0) + 1
        turn.data["count"] = count
        when = f" — target {target:%B %Y}" if target else " (no target date — add one any time)"
        turn.say(f"Saved: _{text}_{when}.")
        if count >= MAX_GOALS:
            self._summary(turn)
        else:
            self.ask_goal(turn)

    def _summary(self, turn: Turn) -> None:
        turn.finish()
        goals = goals_of(turn.session, member_id=turn.member_id)
        turn.say(
            "Your goals:\n" + "\n".join(f"• {goal_line(g)}" for g in goals)
            if goals
            else "No goals saved for now."
        )
        if turn.member.interests:
            turn.say(f"Areas you're interested in: {area_names(turn.member.interests)}.")
        turn.offer_next(
            "Next, rate your skills so I can suggest what helps most:",
            [("Rate my skills", ASSESS)],
        )


def goal_line(goal: Goal) -> str:
    """A goal and its target date."""
    return goal.text + (f" (by {goal.target_date:%B %Y})" if goal.target_date else "")
