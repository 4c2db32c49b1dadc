"""Tell a fix of a course already logged ("the ethics one was 2 h, not 3") from a new course."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.parsing.dates import DateMention, find_dates
from bot.parsing.hours import HoursMention, find_hours
from bot.parsing.phrases import normalize

__all__ = ["BARE_FIX", "Correction", "correction", "looks_like_correction"]


# What may stand before the new hours or date ("actually on the 4th"); "done, 3 hrs" is a report.
_CHANGE_LEAD = re.compile(
    r"^\W*(?:(?:actually|really|only|just|about|like|on|supposed\s+to\s+be)\b\W*)*$", re.I
)
CORRECTION_AT_MOST = 300  # characters: a correction is one short sentence (keeps the read linear)
_FIX_LEAD = (
    r"^\W*(?:(?:actually|oops|sorry|correction|wait|ugh|hmm|quick\s+fix|fyi)\b[\s,:;!.—–-]*)*"
)
_CORRECTION = re.compile(
    _FIX_LEAD + r"(?:(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:change|fix|update|correct|edit)"
    r"\s+(?P<what1>(?:the|my|that)\s+.+?)\s+(?:to|so\s+it(?:'?s|\s+is|\s+says))\s+(?P<change1>.+)"
    r"|(?P<what2>(?:the|my|that)\s+.+?)\s+(?:(?:that\s+)?i\s+(?:just\s+)?(?:logged|entered|added"
    r"|put\s+in|recorded)(?:\s+(?:earlier|yesterday|today|last\s+week|before))?\s+)?"
    r"(?:was\s+actually|was\s+really|was|is|were|should\s+be|should\s+have\s+been"
    r"|should'?ve\s+been)\s+(?P<change2>.+))$",
    re.I,
)
_WHAT_WORDS = re.compile(
    r"\b(?:course|one|training|webinar|workshop|class|entry|ce|module|seminar|session|talk"
    r"|i\s+(?:just\s+)?(?:logged|entered|added|recorded|put\s+in))\b",
    re.I,
)
_NOT_THE_COURSE = re.compile(
    r"\b(?:the|my|that|one|course|training|webinar|workshop|class|entry|ce|module|seminar|session"
    r"|talk|i|just|logged|entered|added|recorded|put|in|earlier|yesterday|today|last|week|before)\b",
    re.I,
)


@dataclass(frozen=True)
class Correction:
    """A change asked for a course already logged: which course (in the member's words), and how."""

    course: str  # the words naming it, "" when the message names none ("the one I logged")
    change: str


def correction(text: str, *, today: date) -> Correction | None:
    """ "the boundaries course I logged was 2 h, not 3" — a fix of a logged course, or None."""
    clean = normalize(text)
    if len(clean) > CORRECTION_AT_MOST:
        return None
    says = _CERT_SAYS.match(clean)
    if says is not None:  # "I logged 3 hrs for the couples one but the cert says 3.5"
        course = re.sub(r"\s+", " ", _NOT_THE_COURSE.sub(" ", says["what"])).strip(" ,.'\"")
        return Correction(course=course, change=says["change"])
    m = _CORRECTION.match(clean)
    if m is None:
        return None
    what, change = (m["what1"], m["change1"]) if m["what1"] else (m["what2"], m["change2"])
    if not _WHAT_WORDS.search(what):
        return None  # "the weather was awful": no course named
    # The change comes first ("2 h, not 3", "on the 4th"): "was great, finished 3 h" is a report.
    said: list[HoursMention | DateMention] = [*find_hours(change), *find_dates(change, today)]
    first = min((mention.start for mention in said), default=len(change))
    fixes = BARE_FIX.match(change) or _SWAP.match(change) or _FORMAT_FIX.match(change)
    if not (fixes or _CHANGE_LEAD.match(change[:first])):
        return None
    course = re.sub(r"\s+", " ", _NOT_THE_COURSE.sub(" ", what)).strip(" ,.'\"")
    return Correction(course=course, change=change)


def looks_like_correction(text: str) -> bool:
    """Whether ``text`` fixes a logged course (for routing; which day it names does not matter)."""
    return correction(text, today=date(2000, 1, 1)) is not None


# "from Hazelden, not PESI", "on demand not live": one thing said in place of another.
_SWAP = re.compile(
    r"^(?:actually\s+|really\s+)?(?:(?:from|by|through|thru|with|via)\s+[^,.!?;]{1,60}?"
    r"|(?:in[- ]person|online|live(?:\s+online)?|on[- ]demand|recorded|self[- ]study|zoom"
    r"|(?-i:[A-Z])[^,.!?;]{0,59}?))"
    r",?\s+(?:not|instead\s+of|rather\s+than)\s+[^,.!?;]{1,40}[.!]?\s*$",
    re.I,
)
# "the suicide webinar was live", "… was actually on-demand": the format alone, as status asks.
_FORMAT_FIX = re.compile(
    r"^(?:actually\s+|really\s+)?(?:an?\s+)?(?:in[- ]person|online|live(?:\s+online)?|on[- ]demand"
    r"|recorded|pre-?recorded|self[- ]study|home[- ]study|virtual|(?:on\s+)?zoom)"
    r"(?:\s+(?:webinar|course|training|session|class|event|one))?\s*[.!]?\s*$",
    re.I,
)
# "I logged 3 hrs for the couples one but the cert says 3.5": the logged figure disputed.
_CERT_SAYS = re.compile(
    _FIX_LEAD + r"i\s+(?:logged|entered|put\s+(?:in|down)|recorded|added)\s+[^,.!?]{0,30}?"
    r"\b(?:for|on)\s+(?P<what>(?:the|my|that)\s+[^,.!?]{1,60}?)\s*,?\s+but\s+(?:the\s+|my\s+)?"
    r"(?:cert|certificate|transcript|it)\s+(?:says|said|shows|lists|reads)\s+(?P<change>.+)$",
    re.I,
)
# "2, not 3", "3": a bare number in a correction is hours.
BARE_FIX = re.compile(r"^\s*(?P<n>\d+(?:\.\d+)?)\s*(?:,?\s*not\s+\d+(?:\.\d+)?)?\s*[.!]?\s*$", re.I)
