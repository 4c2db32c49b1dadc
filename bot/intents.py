"""Route free text to the flow the member wants, forgiving typos ("stauts", "sugest").

The routing table is built from the flows' own declarations (`commands`, `phrases` with their
priorities, `always_command`, `interrupts`; bot/flows/base.py): adding a flow adds its routes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from bot.declare import ASKS
from bot.flows.base import Flow
from bot.parsing.corrections import looks_like_correction


@dataclass(frozen=True)
class Intent:
    """The flow the member asked for, and the rest of their message after the command word."""

    name: str
    rest: str = ""


# A greeting before the message ("morning! finally finished …"): the rest is what is meant.
_GREETING = re.compile(
    r"^(?:(?:hi|hiya|hello|hey|heya|howdy|yo|good\s+(?:morning|afternoon|evening)|morning"
    r"|afternoon|evening|greetings|ok(?:ay)?|so|update|quick\s+update)(?:\s+there)?\b[\s!,.:;~-]*)+",
    re.I,
)
# A finished course said with a question-like phrase about hours inside it ("finished the
# ethics course, 3 h, not sure how many hours I still need"): the report comes first.
_REPORTED = re.compile(
    r"\b(?:finished|completed|took|attended|watched|did|wrapped\s+up|knocked\s+out)\b", re.I
)
# Longer than this many words, a message in the middle of a flow is an answer, not a command.
COMMAND_AT_MOST_WORDS = 3


class Router:
    """Names the flow a message asks for, from the flows' declarations."""

    def __init__(self, flows: Iterable[Flow]) -> None:
        flows = list(flows)
        self.commands: dict[str, str] = {}
        for flow in flows:
            for word in flow.commands:
                if self.commands.setdefault(word, flow.name) != flow.name:
                    raise ValueError(f"{word!r} starts both {self.commands[word]} and {flow.name}")
        owner: dict[int, str] = {}
        for flow in flows:
            for phrase in flow.phrases:
                if owner.setdefault(phrase.priority, flow.name) != flow.name:
                    raise ValueError(
                        f"{owner[phrase.priority]} and {flow.name} share priority {phrase.priority}"
                    )
        declared = [(flow.name, phrase) for flow in flows for phrase in flow.phrases]
        declared.sort(key=lambda named: named[1].priority)  # stable: a flow's own order stays
        self.phrases = [(re.compile(phrase.pattern), name) for name, phrase in declared]
        always = [
            re.escape(word) for flow in flows if flow.always_command for word in flow.commands
        ]
        self._always = re.compile(rf"^\W*(?:{'|'.join(always) or '(?!)'})\b", re.I)

    def classify(self, text: str) -> Intent | None:
        """The intent of a message, or None when it names none (it may still be a completion)."""
        cleaned = text.strip().lstrip("/").strip()
        if not cleaned:
            return None
        greeted = _GREETING.match(cleaned)
        if greeted and greeted.end() < len(cleaned):
            return self.classify(cleaned[greeted.end() :])
        lowered = cleaned.casefold()
        if _reports_first(lowered) or looks_like_correction(cleaned):
            return None  # the log flow reads it: a finished course, or a fix of a logged one
        for pattern, name in self.phrases:
            if pattern.search(lowered):
                return Intent(name, cleaned)
        first, _, rest = cleaned.partition(" ")
        word = re.sub(r"[^\w-]", "", first.casefold())
        if word in self.commands:
            return Intent(self.commands[word], rest.strip())
        if len(word) >= 4:
            match = process.extractOne(
                word, self.commands.keys(), scorer=fuzz.ratio, score_cutoff=80
            )
            if match is not None:
                return Intent(self.commands[match[0]], rest.strip())
        return None

    def interruption(self, text: str) -> Intent | None:
        """A short message that is itself a command ("status", "cancel", "delete my data").

        Such a message interrupts whatever flow the member is in; longer text is an answer.
        """
        if len(text.split()) > COMMAND_AT_MOST_WORDS and not self._always.match(text):
            return None
        return self.classify(text)


def _reports_first(lowered: str) -> bool:
    """A sentence that starts by reporting a finished course and asks nothing at its end."""
    said = _REPORTED.search(lowered)
    if said is None or lowered.rstrip().endswith("?") or re.match(ASKS, lowered):
        return False
    before = lowered[: said.start()]
    return not re.search(r"\b(?:how|what|which|when|why|not|n't|if)\b", before)


@cache
def _router() -> Router:
    from bot.flows import build_flows  # the flows import this module's callers, not it

    return Router(build_flows().values())


def classify(text: str) -> Intent | None:
    """`Router.classify` over every flow (for callers without a mentor at hand)."""
    return _router().classify(text)


def interruption(text: str) -> Intent | None:
    """`Router.interruption` over every flow."""
    return _router().interruption(text)
