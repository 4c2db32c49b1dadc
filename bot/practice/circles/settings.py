"""Read circle settings from a sentence: "weekly thursday 12:30 focus ethics"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.practice.circles.schedule import WEEKDAYS
from bot.topics import COMPETENCIES, TOPICS

CADENCES = [
    (r"\b(bi-?weekly|fortnightly|every (other|second|two) weeks?)\b", "biweekly"),
    (r"\b(monthly|every month|once a month)\b", "monthly"),
    (r"\b(weekly|every week|once a week)\b", "weekly"),
    (r"\b(off|pause|paused|no prompts)\b", "off"),
]
TIME = re.compile(r"\b(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?=\s|$|,)", re.I)
CLEAR_FOCUS = {"none", "off", "nothing", "clear", "no focus", "-"}


@dataclass
class CircleSettings:
    """What a message set; None leaves a setting as it was."""

    cadence: str | None = None
    weekday: int | None = None
    local_minutes: int | None = None
    focus: str | None = None
    problems: list[str] = field(default_factory=list)


def focus_key(text: str) -> str | None:
    """A topic or competency key for words like 'ethics' or 'trauma-informed care'."""
    wanted = text.strip().casefold().replace("-", " ")
    names: dict[str, str] = {}
    for key, label in TOPICS.items():
        names[key.replace("_", " ")], names[label.casefold()] = key, key
    for key, (label, _topics) in COMPETENCIES.items():
        names.setdefault(key.replace("_", " "), key)
        names.setdefault(label.casefold(), key)
    if wanted in names:
        return names[wanted]
    match = process.extractOne(wanted, list(names), scorer=fuzz.WRatio, score_cutoff=86)
    return names[match[0]] if match else None


def focus_label(key: str) -> str:
    """How a focus key reads."""
    if key in COMPETENCIES:
        return COMPETENCIES[key][0]
    return TOPICS.get(key, key)


def focus_topics(key: str) -> tuple[str, ...]:
    """The CE topics a focus covers (a competency area covers several)."""
    if key in COMPETENCIES:
        return COMPETENCIES[key][1]
    return (key,) if key in TOPICS else ()


def parse_settings(text: str) -> CircleSettings:
    """Cadence, day, local time and focus named in `text` (each optional)."""
    found = CircleSettings()
    lowered = text.casefold().strip()
    lowered, _, focus = lowered.partition("focus")
    if _:
        focus = focus.strip(" :=")
        if focus in CLEAR_FOCUS or not focus:
            found.focus = ""
        elif (key := focus_key(focus)) is not None:
            found.focus = key
        else:
            found.problems.append(
                f"I don't know the focus “{focus}” — try a topic like _ethics_, _trauma_, "
                "_telehealth_ or _suicide prevention_."
            )
    for pattern, cadence in CADENCES:
        if re.search(pattern, lowered):
            found.cadence = cadence
            lowered = re.sub(pattern, " ", lowered)
            break
    for word in re.findall(r"[a-z]+", lowered):
        day = _weekday(word)
        if day is not None:
            found.weekday = day
    moment = TIME.search(lowered)
    if moment is not None:
        found.local_minutes = _minutes(moment, found)
    return found


def _weekday(word: str) -> int | None:
    for index, name in enumerate(WEEKDAYS):
        full = name.casefold()
        if (len(word) >= 3 and full.startswith(word)) or (
            len(word) >= 6 and fuzz.ratio(word, full) >= 85  # "wendesday"
        ):
            return index
    return None


def _minutes(moment: re.Match[str], found: CircleSettings) -> int | None:
    hour, minute = int(moment.group(1)), int(moment.group(2) or 0)
    half = (moment.group(3) or "").replace(".", "")
    if not moment.group(2) and not half and not moment.group(0).startswith("at"):
        return None  # a bare number is no time of day
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        found.problems.append("That time doesn't look right — say it like _12:30_ or _9am_.")
        return None
    return hour * 60 + minute
