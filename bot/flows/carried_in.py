"""Hours earned this cycle before CE Mentor, said as a total: read it, and keep it self-reported.

"about 20 hours so far, including 6 h law & ethics" is a carried-in balance: one Completion per
topic the member gave hours for, and one for the rest with no topic. A topic named without its
hours ("including law & ethics") gets none: its minimum stays open until the member says how
many hours it was. `source_message_id` marks every such record (no course, no message of its
own); its title and provider say "self-reported" wherever a course is listed (transcript, status).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from bot.parsing.vocabulary import infer_topics
from store.models import Completion

SELF_REPORTED = "self-reported:carried-in"  # Completion.source_message_id of a carried-in balance
PROVIDER = "Self-reported"
TITLE = "Hours earned this cycle before CE Mentor (self-reported total)"
TOPIC_TITLE = "{label} hours earned before CE Mentor (self-reported)"

NONE = {"none", "none yet", "nothing", "nothing yet", "no", "nope", "zero", "0", "0 h", "0 hours"}
_HOURS = r"(\d+(?:\.\d+)?)\s*(?:h\b|hrs?\b|hours?\b|ceus?\b|ce hours?\b|credits?\b)?"
# A total rather than a list of courses: "so far", "in total", "including …", or just a number.
_TOTAL_WORDS = re.compile(
    r"\b(?:so far|in total|total|altogether|all together|overall|this cycle|including|incl)\b",
    re.I,
)
_BARE_AMOUNT = re.compile(
    r"^\W*(?:about|around|roughly|approx\w*|nearly|almost|maybe|~)?\s*" + _HOURS + r"\W*$", re.I
)
_SPLIT_TOTAL = re.compile(r"\b(?:including|incl\.?|of which)\b", re.I)
_PIECES = re.compile(r"[,;]|\band\b(?=\s*\d)|\bplus\b", re.I)
_NUMBER = re.compile(_HOURS, re.I)


@dataclass(frozen=True)
class Balance:
    """A total of hours earned so far and what the member said of its topics."""

    total: float
    topic_hours: dict[str, float] = field(default_factory=dict)  # topic key -> hours said
    topics_open: tuple[str, ...] = ()  # topics named without their hours

    @property
    def general_hours(self) -> float:
        """The hours of the total that no named topic takes."""
        return round(self.total - sum(self.topic_hours.values()), 2)


def says_none(text: str) -> bool:
    """ "none yet", "nothing", "0": nothing earned this cycle so far."""
    words = re.sub(r"[^\w ]", "", text.casefold()).strip()
    return words in NONE or bool(re.match(r"(?:0|zero|none|nothing)\b(?!\.\d)", words))


def looks_like_total(text: str) -> bool:
    """Whether the answer gives a total of hours (not a list of courses)."""
    return bool(_BARE_AMOUNT.match(text) or (_TOTAL_WORDS.search(text) and _NUMBER.search(text)))


def read_balance(text: str) -> Balance | None:
    """The total and its topics; None when no total can be read, or the topics exceed it."""
    head, tail = _split(text)
    found = _NUMBER.search(head)
    if found is None:
        return None
    total = float(found.group(1))
    tail = tail or head[found.end() :]  # "20 hours so far, 6 of them ethics"
    topic_hours: dict[str, float] = {}
    named: list[str] = []
    for piece in _PIECES.split(tail):
        topics = infer_topics(piece)
        number = _NUMBER.search(piece)
        if len(topics) == 1 and number is not None:
            topic_hours[topics[0]] = topic_hours.get(topics[0], 0.0) + float(number.group(1))
        else:  # no hours said, or one number for several topics: none of them gets a guess
            named += topics
    if total <= 0 or sum(topic_hours.values()) > total:
        return None
    open_topics = tuple(dict.fromkeys(t for t in named if t not in topic_hours))
    return Balance(total, topic_hours, open_topics)


def read_topic_hours(text: str, topics: tuple[str, ...]) -> dict[str, float] | None:
    """Hours for the open topics: a bare number when one is open, else "6 ethics, 3 telehealth"."""
    if len(topics) == 1 and _BARE_AMOUNT.match(text):
        found = _NUMBER.search(text)
        return {topics[0]: float(found.group(1))} if found else None
    hours: dict[str, float] = {}
    for piece in _PIECES.split(text):
        named = [t for t in infer_topics(piece) if t in topics]
        number = _NUMBER.search(piece)
        if len(named) == 1 and number is not None:
            hours[named[0]] = float(number.group(1))
    return hours or None


def _split(text: str) -> tuple[str, str]:
    """(the total's part, the topics' part) around "including"; no topics' part without it."""
    head, *tail = _SPLIT_TOTAL.split(text, maxsplit=1)
    return head, tail[0] if tail else ""


def balance_records(
    balance: Balance, *, member_id: int, on: date, labels: dict[str, str]
) -> list[Completion]:
    """The balance as completions dated `on`: one per topic with hours, one for the rest."""

    def record(title: str, hours: float, topics: list[str]) -> Completion:
        return Completion(
            member_id=member_id,
            title=title,
            provider=PROVIDER,
            hours=hours,
            completed_on=on,
            topics=topics,
            source_message_id=SELF_REPORTED,
        )

    rows = [
        record(TOPIC_TITLE.format(label=labels.get(topic, topic)), hours, [topic])
        for topic, hours in balance.topic_hours.items()
        if hours > 0
    ]
    if balance.general_hours > 0:
        rows.append(record(TITLE, balance.general_hours, []))
    return rows
