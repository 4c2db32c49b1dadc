"""Is a message a report of finished CE, and does it carry a client's details?"""

from __future__ import annotations

import re

from bot.parsing.client_info import looks_like_client_info

__all__ = ["COMPLETION_VERB", "is_completion", "looks_like_client_info"]

# Past-tense "I did it" verbs, typos included; group "verb" marks where the course follows.
COMPLETION_VERB = re.compile(
    r"\b(?P<verb>f+[iu]+n+[is]{1,2}h?s?h?ed|finsihed|fnished|finihsed|compl?e?te?d|compelted"
    r"|complted|complete(?=\s*[!:.✅]|\s*$)|done\s+(?:with|w/)|done\s*[:\-–—]?|did|took|attended"
    r"|watched|viewed|listened\s+to|sat\s+through|went\s+to|wrapped(?:\s+up)?|knocked\s+out"
    r"|passed|earned|got\s+(?:my\s+|the\s+)?(?:certificate|cert|credit|ce|ceus?|hours?)"
    r"(?:\s+(?:for|from))?|logged|log|add|record)\b",
    re.I,
)
_CHECKMARK = re.compile(r"[✅✔☑]")
_NOT_ME = re.compile(
    r"\b(?:client|clients|patient|patients|he|she|they|colleague|coworker|co-worker|supervisee"
    r"|supervisor|manager|intern|boss|friend|son|daughter|wife|husband|partner|kid|team|mom|dad)\b[^.!?]{0,25}$",
    re.I,
)
_NOT_YET = re.compile(
    r"\b(?:signed\s+up|sign\s+up|started|starting|registered|register|enroll(?:ed)?|planning|plan\s+to|going\s+to"
    r"|gonna|will|want\s+to|wanna|hope\s+to|thinking\s+(?:about|of)|haven'?t|have\s+not|didn'?t"
    r"|did\s+not|not|never|almost|nearly|halfway|about\s+to|still\s+need|need\s+to|should\s+i|can\s+i"
    r"|could\s+i|do\s+i|does|is\s+it|what|which|how|when\s+(?:is|does|do))\b",
    re.I,
)
# "2 of 6 hours done": a course part-way through is not finished yet.
_PART_WAY = re.compile(
    r"\b\d+(?:\.\d+)?\s+(?:of|out\s+of)\s+\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|ces?)\b", re.I
)
_HOURS_HINT = re.compile(r"\d\s*(?:h|hrs?|hours?|ceus?|ces?|credits?|min)", re.I)


_QUESTION = re.compile(
    r"^\W*(?:is|are|does|do|did|can|could|should|would|will|what|which|how|when|where|why)\b", re.I
)


def is_completion(text: str) -> bool:
    """True when the clinician says they finished CE (not plans, questions or someone else)."""
    if _QUESTION.search(text) and text.rstrip().endswith("?"):
        return False
    if _PART_WAY.search(text):
        return False
    verb = COMPLETION_VERB.search(text)
    if verb is None:
        return bool(_CHECKMARK.search(text) and _HOURS_HINT.search(text))
    before = text[: verb.start()]
    clause = re.split(r"[.!?;]|\bbut\b", before)[-1]
    if _NOT_ME.search(clause) or _NOT_YET.search(clause):
        return False
    if verb["verb"].lower() in {"did", "log", "add", "record", "passed"}:
        return bool(_HOURS_HINT.search(text) or re.search(r"\b(course|training|ce)\b", text, re.I))
    return True
