"""Is a message a report of finished CE, and does it carry a client's details?"""

from __future__ import annotations

import itertools
import re

from bot.parsing.client_info import looks_like_client_info
from bot.parsing.hours import find_hours

__all__ = [
    "COMPLETION_VERB",
    "is_completion",
    "looks_like_client_info",
    "reported_verb",
    "without_totals",
]

# Past-tense "I did it" verbs, typos included; group "verb" marks where the course follows.
COMPLETION_VERB = re.compile(
    r"\b(?P<verb>f+[iu]+n+[is]{1,2}h?s?h?ed|finsihed|fnished|finihsed|compl?e?te?d|compelted"
    r"|complted|complete(?=\s*[!:.✅]|\s*$)|done\s+(?:with|w/)|done\s*[:\-–—]?|did|took|attended"
    r"|watched|viewed|listened\s+to|sat\s+through|went\s+to|wrapped(?:\s+up)?|knocked\s+out"
    r"|got\s+through|came\s+through|came\s+in|cranked\s+out|squeezed\s+in|banked|earned"
    r"|heard|spent|compleat\w*|completd|sat\s+thru|was\s+at|were\s+at|got(?=\s+\d)"
    r"|passed|earned|got\s+(?:my\s+|the\s+)?(?:certificate|cert|credit|ce|ceus?|hours?)"
    r"(?:\s+(?:for|from))?|logged|log|add|added|record"
    # "had a no-show so used the time for a 1 hr HIV webinar": what the hour went to.
    r"|used\s+(?:the|that|my|an?)\s+(?:(?:free|open|extra|empty|spare|lunch|\w+'s)\s+)?"
    r"(?:time|hour|slot|break|gap|window|lunch|afternoon|morning|evening|hour)\s+"
    r"(?:for|on|to\s+(?:do|finish|take|watch))"
    r")\b",
    re.I,
)
# "my colleague Sam & I both finished", "our whole team did": the member did it too.
_ME_TOO = re.compile(
    r"(?:&|\band|\+)\s*(?:i|me|myself)\b|\bwe\b|\bboth\s+of\s+us\b|\bour\s+(?:whole\s+|entire\s+)?"
    r"(?:team|staff|clinic|agency|group|office|department|dept|practice|unit)\b"
    r"(?!'s|\s+(?:lead|leader|manager|member|supervisor|director|head|chief))",
    re.I,
)
# About what is already logged, not a new course: "cancel that, I logged it twice", "can you
# rename it", "the 2 hr thing I logged as 'ethics' was really …".
_ABOUT_THE_LOG = re.compile(
    r"^\W*(?:cancel|undo|delete|remove|scratch|erase)\s+(?:that|this|it|the|my|last)\b"
    r"|\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:rename|change|fix|update|edit|delete"
    r"|remove|undo|correct)\b|\brename\s+(?:it|that|the)\b|\blogged\s+(?:it|that|this)\s+twice\b"
    r"|\bi\s+logged\s+(?:it\s+|that\s+)?as\b|\bdouble[- ]logged\b"
    r"|\b(?:did|have)\s+i\s+(?:ever\s+|already\s+)?(?:log|add|record|enter)(?:ged|ed)?\b[^.!]*\?\s*$"
    # "is my 'aging & sexuality' course from last month logged?": asks after an entry.
    r"|\b(?:is|was|are|were)\s+(?:my|the|that|those)\b[^.!?]{0,80}?\b(?:logged|recorded|in\s+there"
    r"|on\s+(?:here|file|my\s+list))(?:\s+(?:yet|already))?\s*\?+\s*$"
    # "… can you tell me what's logged?": asks what the log holds.
    r"|\b(?:what'?s|what\s+is|what\s+i'?ve|what\s+i\s+have)\s+(?:already\s+)?(?:been\s+)?"
    r"(?:logged|recorded|on\s+file|in\s+there)\b[^.!]*\?\s*$",
    re.I,
)
_CHECKMARK = re.compile(r"[✅✔☑]")
_NOT_ME = re.compile(
    r"\b(?:client|clients|patient|patients|he|she|they|colleague|coworker|co-worker|supervisee"
    r"|supervisor|manager|intern|boss|friend|son|daughter|wife|husband|partner|kid|team|mom|dad"
    r"|teammates?|classmates?|cohort"
    # "Sarah from my office finished …": a colleague, named by where she works.
    r"|from\s+(?:my|our)\s+(?:office|team|practice|clinic|agency|group|program|unit|department"
    r"|dept|job|work|cohort|class)"
    r"|pts?(?!\s*\d)|clts?|client'?s|patient'?s)\b[^.!?]{0,25}$",
    re.I,
)
# "between clients today I squeezed in …", "saw 6 clients and still finished …": the clients are
# the day's work around the course, not the one who did it.
_CLIENTS_AROUND = re.compile(
    r"(?:\b(?:between|after|before|around|with|saw|seeing|see|among)\s+(?:(?:my|all|the|a\s+few"
    r"|few|several|many|some|back-to-back|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)"
    r"{0,2}|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)$",
    re.I,
)
_GROUP = re.compile(r"(?:clients|patients|pts|clts|sessions)\b", re.I)
# "… so I did", "today I finally finished": the member is the one who did it.
_I_DID = re.compile(r"\bi\s+(?:(?:just|finally|also|still|then|quickly|actually)\s+){0,2}$", re.I)
_NOT_YET = re.compile(
    r"\b(?:signed\s+up|sign\s+up|started|starting|registered|register|enroll(?:ed)?|planning|plan\s+to|going\s+to"
    r"|gonna|will|want\s+to|wanna|hope\s+to|thinking\s+(?:about|of)|haven'?t|have\s+not|didn'?t"
    r"|did\s+not|not|never|(?:almost|nearly)(?!\s+over\b)|halfway|about\s+to|still\s+need|need\s+to|should\s+i|can\s+i"
    r"|could\s+i|do\s+i|does|is\s+it|what|which|how|when\s+(?:is|does|do)"
    r"|asked\s+(?:me\s+)?(?:if|whether)"
    # "I'm taking the 2 hr grief webinar later today": still ahead.
    r"|i'?m\s+(?:taking|doing|watching|attending)|i\s+am\s+(?:taking|doing|watching|attending)"
    r"|later\s+(?:today|tonight|this\s+(?:week|afternoon|evening))|tomorrow|tmrw)\b",
    re.I,
)
# "2 of 6 hours done", "module 2 of 5", "2 modules of the 6-module course": part-way through.
_PART_WAY = re.compile(
    r"\b\d+(?:\.\d+)?\s+(?:of|out\s+of)\s+(?:the\s+|my\s+)?\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|ces?)\b"
    # "module 6 of 6" is the last one: done.
    r"|\b(?:module|part|session|unit|day|week)\s+(?P<n>\d+)\s+(?:of|out\s+of)\s+(?!(?P=n)\b)"
    r"\d+\b"
    # "finished ch. 4 of the self study book": a chapter of a reading, not the course.
    r"|\b(?:ch\.?|chapter|lesson|section)\s+\d+\s+(?:of|in)\b"
    # "Day 1 of the 3-day ACT training done": the first of several days.
    r"|\b(?:module|part|session|unit|day|week)\s+(?:\d+|one|two|three)\s+of\s+(?:the|my|a)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|ten|twelve)[- ](?:module|part|session|unit|day|week)"
    r"|\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*"
    r"(?:h|hrs?|hours?|ces?)\s+(?:of|out\s+of)\s+(?:the|my|a)\s+\d+(?:\.\d+)?[\s-]*(?:h|hrs?|hours?)\b"
    r"|\b(?:the\s+)?rest\s+(?:of\s+it\s+)?(?:next|tomorrow|later|this\s+weekend)\b"
    r"|\b\w+\s+(?:modules|parts|sessions|units)\s+of\s+(?:the|a|my)\s+(?:\w+-)?\w+[- ](?:module|part"
    r"|session|unit)",
    re.I,
)
# Not CE at all, or not passed: "no certificate tho", "peer consultation group", "need 80 to
# pass", "wait no that's consultation not CE. nvm".
_NOT_CE = re.compile(
    r"\b(?:no\s+(?:certificate|cert|ce|credit)s?\b|not\s+(?:a\s+)?(?:ce|ceu|credit)s?\b|nvm\b"
    r"|never\s*mind|peer\s+consult\w*|consultation\s+group|failed|didn'?t\s+pass|did\s+not\s+pass"
    r"|need\s+(?:a\s+)?\d+%?\s+to\s+pass|have\s+to\s+retake|youtube)",
    re.I,
)
# "do you remember the course I did", "does that count …?" with no hours said: a question.
_ASKS = re.compile(
    r"^\W*(?:do|did|can|could|would|will|have|has)\s+(?:you|u)\b"
    r"|\b(?:does|do|will|would|can)\s+(?:that|this|it)\s+(?:even\s+)?count\b[^.!]*\?\s*$",
    re.I,
)
# "… asked if I'd done the harassment training yet, I haven't": the member says not.
_DENIED = re.compile(
    r"[,;.—–-]\s*(?:but\s+|and\s+)?(?:i\s+)?(?:haven'?t|have\s+not|didn'?t|did\s+not|not\s+yet)"
    r"(?:\s+yet)?\W*$",
    re.I,
)
_HOURS_HINT = re.compile(r"\d\s*(?:h|hrs?|hours?|ceus?|ces?|credits?|min)", re.I)


# "did 2 hrs on telehealth 2/3, does that count …?": "did" and its hours report; the question
# comes after.
_QUESTION = re.compile(
    r"^\W*(?:is|are|does|do|did(?!\s+(?:\d|one|two|three|four|five|six|half)\b)|can|could|should"
    r"|would|will|what|which|how|when|where|why)\b",
    re.I,
)


# "that puts me at 24 of my 36", "I'm now at 30/40 hours": a running total, not a course.
_TOTAL = re.compile(
    r"\b(?:puts?|putting|brings?|brought|gets?|got|getting|makes?|making|leaves?|leaving|"
    r"i'?m|i\s+am|now|total(?:\s+of)?|up\s+to|so\s+far)\s+(?:me\s+)?(?:now\s+)?(?:at\s+|to\s+)?"
    r"(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:h\b|hrs?\b|hours?\b)?\s*(?:/|of|out\s+of)\s*"
    r"(?:my\s+|the\s+)?\d+(?:\.\d+)?(?:\s*(?:h\b|hrs?\b|hours?\b|ces?\b|ceus?\b|credits?\b))?"
    r"(?:\s+(?:needed|required|total))?"
    # "finished my 36 hours!", "all 40 hrs done": the whole requirement, no course of its own.
    r"|\b(?:my|all)\s+\d+(?:\.\d+)?\s*(?:hours?|hrs?|ces?|credits?)\b(?=\s*(?:[!.;]|$|done\b"
    r"|for\s+(?:the|this)\s+(?:cycle|year|renewal)))",
    re.I,
)
_COURSE_WORD = re.compile(
    r"\b(?:course|training|ce|ces|ceus?|webinar|workshop|class|seminar|conference|module"
    r"|symposium|summit|intensive|grand\s+rounds|lecture|convention)\b",
    re.I,
)


VERBS_AT_MOST = 8  # verbs tried in one message: a report names its verb early
CLAUSE_AT_MOST = 200  # characters before a verb read for a negation or someone else


# A day said: enough, with hours, to read a verbless note as a report.
_WHEN = re.compile(
    r"\b\d{1,2}/\d{1,2}\b|\b\d{1,2}[-.]\d{1,2}[-.]\d{2,4}\b|\b(?:today|yesterday|yest|yday|tonight"
    r"|this\s+(?:morning|am|a\.m|afternoon|evening)|last\s+\w+|this\s+week|over\s+the\s+weekend"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|the\s+\d{1,2}(?:st|nd|rd|th)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b",
    re.I,
)


# A capitalised word inside a sentence is a name ("What's Your Grief", 'Not Alone'), never a
# question or a negation of the member's own.
_NAME_WORD = re.compile(r"(?:(?<=[\w,;)'\"]\s)|(?<=\())(?!I\b)[A-Z][\w']*")


def _names_blanked(text: str) -> str:
    return _NAME_WORD.sub(lambda m: " " * len(m[0]), text)


def without_totals(text: str) -> str:
    """The text with running totals blanked (same length, so positions still hold)."""
    return _TOTAL.sub(lambda m: " " * len(m[0]), text)


def is_completion(text: str, *, said_log: bool = False) -> bool:
    """True when the clinician says they finished CE (not plans, questions or someone else).

    ``said_log``: the member said *log* first, so no completion verb is needed — only hours or
    a course word, and nothing saying it is not done yet.
    """
    counted = without_totals(text)
    if counted != text and not find_hours(counted) and not _COURSE_WORD.search(counted):
        return False  # "finished my 36 hrs for this cycle!!!": the total is all there is
    text = counted
    if _QUESTION.search(text) and text.rstrip().endswith("?"):
        return False
    if _DENIED.search(text):
        return False
    if _PART_WAY.search(text) or _NOT_CE.search(text) or _ABOUT_THE_LOG.search(text):
        return False
    said_hours = bool(find_hours(text))
    if _ASKS.search(text) and not said_hours:
        return False
    hinted = said_hours or bool(_HOURS_HINT.search(text))
    # Any finished-course verb not negated in its own clause ("didn't log it yet, but I took …").
    verbs = list(itertools.islice(COMPLETION_VERB.finditer(text), VERBS_AT_MOST))
    if any(_verb_counts(text, verb, hinted) for verb in verbs):
        return True
    # "my intern finished her 40 hour DV training today": a verb said of someone else.
    someone_else = any(
        _someone_else(text[max(v.start() - CLAUSE_AT_MOST, 0) : v.start()]) for v in verbs
    )
    if said_log:
        return (hinted or bool(_COURSE_WORD.search(text))) and not _NOT_YET.search(text)
    # "2 hrs on co-occurring disorders, live webinar, 11/18": hours and a day, no verb needed.
    if (
        hinted
        and not someone_else
        and _WHEN.search(text)
        and not _NOT_YET.search(_names_blanked(text))
        and not text.rstrip().endswith("?")
    ):
        return True
    return bool(_CHECKMARK.search(text) and hinted)


def reported_verb(text: str) -> re.Match[str] | None:
    """The first completion verb not negated or said of someone else in its own clause."""
    verbs = list(itertools.islice(COMPLETION_VERB.finditer(text), VERBS_AT_MOST))
    return next((v for v in verbs if _verb_counts(text, v, True)), verbs[0] if verbs else None)


# Verbs that say a course was done only beside hours or a course word ("did", "got 3 CEs").
_NEEDS_HOURS = {
    "did",
    "log",
    "logged",
    "add",
    "added",
    "record",
    "passed",
    "earned",
    "heard",
    "spent",
    "got",
    "done",
}


def _someone_else(clause: str) -> bool:
    """Whether the verb after ``clause`` is said of someone other than the member."""
    if _I_DID.search(clause) or _ME_TOO.search(clause):
        return False
    return any(
        not (_GROUP.match(m[0]) and _CLIENTS_AROUND.search(clause[: m.start()]))
        for m in _NOT_ME.finditer(clause)
    )


def _verb_counts(text: str, verb: re.Match[str], hinted: bool) -> bool:
    before = text[max(verb.start() - CLAUSE_AT_MOST, 0) : verb.start()]  # linear in the text
    clause = re.split(r"[.!?;]|\bbut\b", before)[-1]
    if _someone_else(clause):  # "update on my supervisee: finished her …" is still hers
        return False
    # "how about this: finished …": a question or "not" before a colon is no part of the report.
    if _NOT_YET.search(_names_blanked(re.split(r":\s", clause)[-1])):
        return False
    said = verb["verb"].lower()
    if said in _NEEDS_HOURS or said.startswith(("was", "were", "done", "used")):
        return hinted or bool(_COURSE_WORD.search(text))
    return True
