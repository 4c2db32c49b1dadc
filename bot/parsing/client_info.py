"""Does a message carry a client's details? Then none of it may be stored."""

from __future__ import annotations

import re

_DOB = re.compile(r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born\s+(?:on|in))\b", re.I)
_MRN = re.compile(r"\b(?:mrn|medical\s+record|ssn|case\s*#|case\s+number)\b", re.I)
_NAME = r"(?P<name>[A-Z]\.\s?[A-Z]\.?|[A-Za-z][a-z]+)"
# "client"/"patient" followed by a name; "client-centered" and "clients" are course words.
# Whitespace is read once (`\s*(?:,\s*)?`, not `\s*,?\s*`): two quantifiers sharing one run of
# spaces retry every split of it, which made a long run cost its length squared.
_CLIENT_NAMED = re.compile(
    rf"\b(?i:client|patient|pt)\b(?!-)\s*(?:,\s*)?(?i:named\s+|called\s+)?{_NAME}(?:'s)?"
)
_SESSION_WITH = re.compile(rf"\b(?i:session|appt|appointment)\s+(?i:with)\s+{_NAME}")
# "my 3pm, Sarah, …": a booked hour stands for the client in it.
_SLOT = re.compile(
    rf"\bmy\s+\d{{1,2}}(?::\d{{2}})?\s*(?i:am|pm|o'?clock)\b\s*(?:,\s*)?{_NAME}", re.I
)
_MY_CLIENT = re.compile(r"\b(?:my|our)\s+(?:client|patient|pt)\b(?!-)", re.I)
_CLINICAL = re.compile(
    r"\b(?:diagnos\w*|dx|ptsd|depress\w*|anxiety|bipolar|si\b|suicidal|self-harm|disclosed"
    r"|medicat\w*|meds|trauma|abuse|relaps\w*|symptoms?|treatment|session|intake|history"
    r"|panic|struggl\w*|custody|court|divorce|overdos\w*|hospitali[sz]ed|psychosis|case)\b",
    re.I,
)
_IN_SESSION = re.compile(
    r"\b(?:in|during|after|last|this|today'?s|our)\s+(?:\w+'?s?\s+)?session\b", re.I
)
_DISCLOSURE = re.compile(
    r"\b(?:disclosed|reported|safety\s+plan|si|suicidal|self-harm|relapsed|diagnosed|medication"
    r"|meds|abuse|custody|hospitali[sz]ed|overdosed)\b",
    re.I,
)
# Words that follow "client" in course talk and chat, and so are not a client's name.
_COMMON_AFTER_CLIENT = (
    "i the a an my in on at for we today yesterday is was has had have who that and or with to of"
    " finished completed did said told came went engagement centered care needs work session"
    " sessions files records load caseload population outcomes retention satisfaction safety"
    " rights privacy confidentiality communication relationship relationships just also really"
    " finally again got made started stopped missed cancelled canceled asked wants needed"
    " webinar course class training meeting call group intake education advocacy feedback"
    " portal notes forms contact assessment welfare"
)
_NOT_A_NAME = frozenset(_COMMON_AFTER_CLIENT.split())


def looks_like_client_info(text: str) -> bool:
    """True for a client's name with clinical context, a date of birth or session details."""
    if _DOB.search(text) or _MRN.search(text):
        return True
    if _IN_SESSION.search(text) and _DISCLOSURE.search(text):
        return True
    if _MY_CLIENT.search(text) and _DISCLOSURE.search(text):
        return True
    clinical = _CLINICAL.search(text) is not None
    for m in _SLOT.finditer(text):
        if _is_name(m["name"]) and (m["name"][0].isupper() or clinical):
            return True
    for pattern in (_CLIENT_NAMED, _SESSION_WITH):
        for m in pattern.finditer(text):
            if _is_name(m["name"]) and clinical:
                return True
    return False


def _is_name(word: str) -> bool:
    return word.lower() not in _NOT_A_NAME
