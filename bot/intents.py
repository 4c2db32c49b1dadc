"""Route free text to what the member wants, forgiving typos ("stauts", "sugest")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.parsing.corrections import looks_like_correction

# Command words -> intent. The first word of a message is matched against these, typos allowed.
COMMAND_WORDS: dict[str, str] = {
    "help": "help",
    "menu": "help",
    "commands": "help",
    "status": "status",
    "progress": "status",
    "hours": "status",
    "suggest": "suggest",
    "suggestions": "suggest",
    "recommend": "suggest",
    "courses": "suggest",
    "plan": "plan",
    "log": "log",
    "goals": "goals",
    "goal": "goals",
    "assess": "assess",
    "assessment": "assess",
    "settings": "settings",
    "profile": "settings",
    "export": "export",
    "delete": "delete",
    "cancel": "cancel",
    "undo": "undo",
    "start": "onboarding",
    "restart": "onboarding",
    "onboarding": "onboarding",
    "hi": "greet",
    "hello": "greet",
    "hey": "greet",
    "nudges": "nudges",
    "reminders": "nudges",
    "snooze": "nudges",
    "buddy": "buddy",
    "buddies": "buddy",
    "mentor": "mentor",
    "mentors": "mentor",
    "mentoring": "mentor",
    "circle": "circle",
    "review": "review",
    "team": "team",
    "digest": "digest",
}


def in_order(first: str, later: str) -> str:
    """A pattern for `first.*later` (both on one line) that costs the line's length, not its square.

    Searched as written, every `first` in a line scans to its end again; here only the line's
    first `first` is tried (an atomic group), which is enough: no other one ends sooner.
    """
    return rf"(?m:^)(?>.*?(?:{first})).*(?:{later})"


_ASKS = r"^(?:does|do|did|will|would|can|could|is|are|should|may|might|so)\b"
# Questions answered from the rules engine, by kind (bot/flows/questions.py answers each).
QUESTIONS: list[tuple[str, str]] = [
    (
        r"\bwhy\b.*\b(unknown|not known|don[’']?t (you )?know|can[’']?t (you |i )?(tell|say|confirm|know)"
        r"|unsure|not sure|no number|question mark|uncertain|missing)\b"
        r"|\bwhat (does|do) .*\bunknown\b.*\bmean\b",
        "unknown",
    ),
    (
        r"\b(self[- ]?study|self[- ]?instruct\w*|home[- ]study|on[- ]?demand|recorded|async\w*)\b"
        r".*(\?|\bcount|\blimit|\bcap\b|\bmax)|\b(what|which|how much|how many)\b.*"
        r"\b(self[- ]?study|self[- ]?instruct\w*|home[- ]study)\b",
        "self_study",
    ),
    (
        r"\bhow (many|much) (more |ce |ceu |ceus |more ce )?(hours?|ces?|ceus?|credits?|time)\b.*"
        r"\b(need|needed|left|remain\w*|to go|still|required|short|missing|do i have to|owe)\b"
        r"|\bhow (many|much) more\b|\b(hours?|credits?) (do i )?(still )?(left|remaining|to go)\b"
        r"|\bwhat (do|else do) i (still )?(need|have left)\b|\bhow far (off|away|am i)\b",
        "remaining",
    ),
    (
        _ASKS + r".*\b(counts?|accepted|accept|qualif\w*|apply|applies|go(es)? toward\w*"
        r"|use it|use that|cover|covers|meet|meets)\b",
        "count",
    ),
]


def question_kind(text: str) -> str | None:
    """Which question the member asks ("count", "unknown", "self_study", "remaining")."""
    lowered = text.casefold()
    return next((kind for pattern, kind in QUESTIONS if re.search(pattern, lowered)), None)


# Phrases that mean an intent wherever they appear.
PHRASES: list[tuple[str, str]] = [
    # Learning circles before "stop" (cancel): "circle stop" ends a circle, not a conversation.
    (r"^circles?\b|^(join|leave) (the |this |our )?circle\b", "circle"),
    (r"^reviews?\b", "review"),
    (r"\bshare (my |the )?(last|latest|recent)\b|^share\b.*\bcircle\b", "share"),
    # Peers before "stop" (cancel): "buddy off" and "mentor stop trauma" are settings.
    (r"^(study )?budd(y|ies)\b|\bstudy budd(y|ies)\b", "buddy"),
    (
        r"^mentor(s|ing)?\b|\b(i|we) (can|could) mentor\b|\boffer to mentor\b"
        r"|\b(seek|find|need|want|like|looking for|get)( me)? (a |an )?mentor\b",
        "mentor",
    ),
    # Records come first: "export transcript" is not "export my data".
    (
        in_order(r"\b(revoke|turn off|disable|stop)\b", r"\bcalendar (link|feed)\b"),
        "calendar_revoke",
    ),
    (
        r"^(my |export |download |get )?(ce )?transcript\b|"
        + in_order(r"\b(export|download|send)\b", r"\btranscript\b"),
        "transcript",
    ),
    (r"^(my )?audit\b|\baudit (packet|pack|zip|file)s?\b", "audit"),
    (
        r"^(my )?calendar\b|\bcalendar (link|feed|file|subscription)\b|\bics\b|"
        + in_order(r"\b(add|export|sync)\b", r"\bcalendar\b"),
        "calendar",
    ),
    # Nudges before "stop" (cancel): "stop deadline reminders" is a setting, not a cancel.
    (r"^/?snooze\b|\bsnooze (my )?(nudges|reminders)\b|\bnudge me\b", "nudges"),
    (
        in_order(r"\bwhy (no|not|haven't you|didn't you)\b", r"\b(nudg|remind)")
        + r"|\b(nudge|reminder) settings\b",
        "nudges",
    ),
    (
        in_order(
            r"\b(stop|mute|no more|turn off|resume|turn on)\b",
            r"\b(reminders?|nudges?|check-?ins?)\b",
        ),
        "nudges",
    ),
    (
        r"\bcheck-?ins? (weekly|biweekly|monthly|off)\b|\b(weekly|biweekly|monthly) check-?ins?\b",
        "nudges",
    ),
    (r"^check[- ]?in$", "checkin"),
    # "why?" or "sources" after a status: the details behind it.
    (r"^(why|sources?|details|status details|why unknown)\W*$", "status"),
    # A passed exam is logged, though it has no hours: "passed my JP exam".
    (
        in_order(
            r"\b(passed|took|completed|finished|did|sat|cleared|aced)\b",
            r"\b(jurisprudence|juris|jp)\b[^.?!]{0,20}\b(exam|examination|test)\b",
        ),
        "log",
    ),
    # Questions the engine answers; before "how many hours" (status) and "recommend".
    *((pattern, "question") for pattern, _ in QUESTIONS),
    (r"^(show )?my (team|reports)\b", "team"),
    (r"\bhow am i doing\b|\bwhere do i stand\b|\bhow many hours\b", "status"),
    (r"\bwhat should i take\b|\bany (course )?suggestions?\b|\brecommend", "suggest"),
    (r"\bcheaper\b|\bshorter\b|\bsomething live\b", "suggest"),
    (r"\bmake (me )?a plan\b|\bplan my renewal\b|\bmy plan\b", "plan"),
    (r"\bself[- ]?assess|\brate my skills\b", "assess"),
    (r"\bcareer goals?\b|\bset (a |my )?goals?\b", "goals"),
    (r"\bchange my\b|\badd (a |another )?licen[cs]e\b|\btime ?zone\b|\bbudget\b", "settings"),
    (
        r"\badd (a |an |my )?(credential|certification|ncc|e\.? ?passport|psypact|compact privilege)\b"
        r"|\bi'?m also an? ncc\b"
        r"|\bi (have|hold) (a |an |my )?(psypact|e\.? ?passport|ncc|ipc|counseling compact)",
        "settings",
    ),
    (r"\bdelete (all )?my data\b|\bforget me\b|\berase my data\b", "delete"),
    (r"\bexport (all )?my data\b|\bdownload my data\b", "export"),
    (r"\bnever ?mind\b|\bstop\b|\bquit\b", "cancel"),
    # A certificate sent later goes to the log flow, which files it with the logged course.
    (
        in_order(r"\battach\b", r"\bcert")
        + "|"
        + in_order(r"\b(here'?s|here is|attached|got)\b", r"\bcert(ificate)?s?\b"),
        "log",
    ),
]


# Messages that start like this are commands at any length, even in the middle of a flow
# (a channel mention such as "circle start weekly thursday 12:30" is never an answer).
ALWAYS_COMMANDS = re.compile(r"^\W*(circles?|reviews?)\b", re.I)


@dataclass(frozen=True)
class Intent:
    """What the member asked for, and the rest of their message after the command word."""

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


def classify(text: str) -> Intent | None:
    """The intent of a message, or None when it names none (it may still be a completion)."""
    cleaned = text.strip().lstrip("/").strip()
    if not cleaned:
        return None
    greeted = _GREETING.match(cleaned)
    if greeted and greeted.end() < len(cleaned):
        return classify(cleaned[greeted.end() :])
    lowered = cleaned.casefold()
    if _reports_first(lowered) or looks_like_correction(cleaned):
        return None  # the log flow reads it: a finished course, or a fix of a logged one
    for pattern, name in PHRASES:
        if re.search(pattern, lowered):
            return Intent(name, cleaned)
    first, _, rest = cleaned.partition(" ")
    word = re.sub(r"[^\w-]", "", first.casefold())
    if word in COMMAND_WORDS:
        return Intent(COMMAND_WORDS[word], rest.strip())
    if len(word) >= 4:
        match = process.extractOne(word, COMMAND_WORDS.keys(), scorer=fuzz.ratio, score_cutoff=80)
        if match is not None:
            return Intent(COMMAND_WORDS[match[0]], rest.strip())
    return None


def _reports_first(lowered: str) -> bool:
    """A sentence that starts by reporting a finished course and asks nothing at its end."""
    said = _REPORTED.search(lowered)
    if said is None or lowered.rstrip().endswith("?") or re.match(_ASKS, lowered):
        return False
    before = lowered[: said.start()]
    return not re.search(r"\b(?:how|what|which|when|why|not|n't|if)\b", before)


def interruption(text: str) -> Intent | None:
    """A short message that is itself a command ("status", "cancel", "delete my data").

    Such a message interrupts whatever flow the member is in; longer text is an answer.
    """
    if len(text.split()) > 3 and not ALWAYS_COMMANDS.match(text):
        return None
    return classify(text)
