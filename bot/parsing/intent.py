"""Is a message a report of finished CE, and does it carry a client's details?"""

from __future__ import annotations

import re

# Past-tense "I did it" verbs, typos included; group "verb" marks where the course follows.
COMPLETION_VERB = re.compile(
    r"\b(?P<verb>f[iu]n[is]{1,2}h?s?h?ed|finsihed|fnished|finihsed|compl?e?te?d|compelted|complted"
    r"|done\s+(?:with|w/)|done\s*[:\-–—]?|did|took|attended|watched|viewed|listened\s+to"
    r"|sat\s+through|went\s+to|wrapped\s+up|knocked\s+out|passed|earned|got\s+(?:my\s+)?"
    r"(?:certificate|cert|credit|ce|ceus?|hours?)(?:\s+(?:for|from))?|logged|log|add|record)\b",
    re.I,
)
_CHECKMARK = re.compile(r"[✅✔☑]")
_NOT_ME = re.compile(
    r"\b(?:client|clients|patient|patients|he|she|they|colleague|coworker|co-worker|supervisee"
    r"|intern|boss|friend|son|daughter|wife|husband|partner|kid|team)\b[^.!?]{0,25}$",
    re.I,
)
_NOT_YET = re.compile(
    r"\b(?:signed\s+up|sign\s+up|registered|register|enroll(?:ed)?|planning|plan\s+to|going\s+to"
    r"|gonna|will|want\s+to|wanna|hope\s+to|thinking\s+(?:about|of)|haven'?t|have\s+not|didn'?t"
    r"|did\s+not|not|never|almost|nearly|halfway|about\s+to|still\s+need|need\s+to|should\s+i|can\s+i"
    r"|could\s+i|do\s+i|does|is\s+it|what|which|how|when\s+(?:is|does|do))\b",
    re.I,
)
_HOURS_HINT = re.compile(r"\d\s*(?:h|hrs?|hours?|ceus?|ces?|credits?|min)", re.I)


_QUESTION = re.compile(
    r"^\W*(?:is|are|does|do|did|can|could|should|would|will|what|which|how|when|where|why)\b", re.I
)


def is_completion(text: str) -> bool:
    """True when the clinician says they finished CE (not plans, questions or someone else)."""
    if _QUESTION.search(text) and text.rstrip().endswith("?"):
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


_DOB = re.compile(r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born\s+(?:on|in))\b", re.I)
_CLIENT_NAMED = re.compile(
    r"\b(?i:client|patient|pt)\s*,?\s*(?i:named\s+|called\s+)?"
    r"(?P<name>[A-Z][a-z]+|[A-Z]\.\s?[A-Z]\.?)"
)
_SESSION_WITH = re.compile(r"\bsession\s+with\s+(?P<name>[A-Z][a-z]+|[A-Z]\.\s?[A-Z]\.?)")
_CLINICAL = re.compile(
    r"\b(?:diagnos\w*|dx|ptsd|depress\w*|anxiety|bipolar|si\b|suicidal|self-harm|disclosed"
    r"|medicat\w*|meds|trauma|abuse|relaps\w*|symptoms?|treatment|session|intake|history)\b",
    re.I,
)
_IN_SESSION = re.compile(r"\b(?:in|during|after)\s+(?:\w+'?s?\s+)?session\b", re.I)
_DISCLOSURE = re.compile(
    r"\b(?:disclosed|reported|safety\s+plan|si|suicidal|self-harm|relapsed|diagnosed|medication"
    r"|meds|abuse|custody|hospitali[sz]ed)\b",
    re.I,
)
_MRN = re.compile(r"\b(?:mrn|medical\s+record|ssn|case\s*#|case\s+number)\b", re.I)
_NOT_A_NAME = {"I", "The", "A", "An", "My", "In", "On", "At", "For", "We", "Today", "Yesterday"}


def looks_like_client_info(text: str) -> bool:
    """True for a client's name with clinical context, a date of birth or session details."""
    if _DOB.search(text) or _MRN.search(text):
        return True
    if _IN_SESSION.search(text) and _DISCLOSURE.search(text):
        return True
    for pattern in (_CLIENT_NAMED, _SESSION_WITH):
        for m in pattern.finditer(text):
            if m["name"] not in _NOT_A_NAME and _CLINICAL.search(text):
                return True
    return False
