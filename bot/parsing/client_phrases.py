"""Words about a client inside a report of a course ("… for my client Maria yesterday"), cut out.

The store's reader (store/client_details.py) flags names, initials and ages; this finds the
phrases clinicians use to bring a client in — "my pt", "a teen I see", "Mrs. P's case", "bc of
a new kiddo on my caseload" — so the course is read from the rest and no client word can reach
its title or provider. The words saying when or how long ("yesterday", "2 hrs") are kept.
"""

from __future__ import annotations

import itertools
import re

_PERSON = (
    r"(?:clients?|clts?|cl|pts?(?!\s*\d)|patients?|kiddos?|caseload|consumers?|customers?"
    r"|case|family\s+i\s+(?:see|work\s+with)|couple\s+i\s+(?:see|work\s+with))"
)
_AGE = r"(?:\d{1,2}\s*(?:-?\s*(?:yo|y/o|y\.o\.|yr|year)s?(?:[- ]old)?)|\d{1,2}yo)"
# Names or initials right after ("my pt D.K.", "client K.", "a vet client of mine, Bob").
_NAMED = (
    r"(?:\s+of\s+(?:mine|ours))?(?:,?\s+(?:named\s+|called\s+)?(?-i:(?:[A-Z]\.\s?){1,3}"
    r"|[A-Z][a-z'-]+(?:'s)?|[A-Z]{2,3}\b)){0,2}"
)
# Words between "my" and "client" that say which client ("my 16 yo", "a new", "my vet"), not
# a course's words ("a 2h course on client engagement").
_MOD = (
    rf"(?:{_AGE}|(?!(?:on|in|of|for|about|with|to|at|and|course|training|webinar|workshop"
    r"|module|class|ce|ceus?|hrs?|hours?|h)\b)[\w/'-]+)"
)
# "client engagement", "patient safety": a course's subject, not a person.
_NOT_A_TOPIC = (
    r"(?!\s+(?:safety|engagement|care|centered|outcomes|rights|records|confidentiality|privacy"
    r"|experience|retention|communication|education|advocacy|relationships?|populations?"
    r"|management|satisfaction|files|notes|documentation|boundaries|work|contact|risk)\b)"
)
_LEAD = (
    r"(?:\b(?:for|because\s+of|bc\s+of|b/c\s+of|after|thinking\s+(?:of|about)|about|with|since"
    r"|due\s+to|re|seeing)\s+)?"
)
_WHO = re.compile(
    _LEAD + r"(?:"
    # "for my client Maria", "bc of a new kiddo on my caseload named Leo", "my 16 yo client".
    r"\b(?:my|a|an|our|one\s+of\s+my|this|that|his|her|their)\s+"
    rf"(?:{_MOD}\s+){{0,3}}?(?:{_PERSON})\b(?!-){_NOT_A_TOPIC}{_NAMED}"
    # "my little guy Ethan", "a teen named Jo": a person named
    r"|\b(?:my|a|an|our|this|that)\s+(?:[\w-]+\s+){0,2}?(?:guy|girl|boy|kid|kiddo|teen|lady|man"
    rf"|woman|gal|dude|fella)\s+(?:named\s+|called\s+)?(?-i:[A-Z][a-z'-]+)\b{_NAMED}"
    # "a teen I see", "a kid I work with"
    r"|\b(?:a|an|one|this|my)\s+(?:[\w-]+\s+){0,2}?(?:i\s+(?:see|work\s+with|treat|counsel|saw))\b"
    r"|\bon\s+my\s+caseload\b"
    # "Mrs. P's apartment situation", "Mr. Jones is why"
    r"|\b(?:mr|mrs|ms|mx|miss)\.?\s+[A-Z][\w'-]*"
    # "client K. disclosed SI", "pt JR"
    rf"|\b(?:{_PERSON})(?=\s+(?-i:[A-Z])){_NAMED}"
    r")",
    re.I,
)
# A bracket after a client's phrase that says who ("(A.B., 15)", "(14, she/her)", "(7)").
_ABOUT_WHO = re.compile(
    r"^(?:\s|[A-Z]\.|[A-Z]{1,3}\b|\d{1,2}\b|,|/|\b(?:she|her|he|him|they|them|yo|y/o|yrs?|years?"
    r"|old|m|f|male|female)\b)*$",
    re.I,
)
_INFINITIVE = {"do": "did", "take": "took", "finish": "finished", "complete": "completed"}
# Where a clause ends: what follows may be about the course again.
_CLAUSE_END = re.compile(r"[,.;:!?()\[\]—–]|\s-\s|\b(?:but|so|and\s+then|anyway|anyways)\b", re.I)
# "… inspired me to do a 2 h course": the member's own doing starts again.
_ME_AGAIN = re.compile(
    r"\b(?:me|i|i'?ve|i\s+just)\s+(?:to\s+)?(?=(?:do|did|take|took|finish\w*|complet\w*|attend\w*"
    r"|watch\w*|sign\w*|look\w*)\b)",
    re.I,
)
# Kept from a cut phrase: when and how long ("for my client Maria yesterday").
_KEEP = re.compile(
    r"\b(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening|week)"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:on|last)\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|sday|nesday|rsday|urday)?)\b",
    re.I,
)
PHRASES_AT_MOST = 8  # client phrases cut from one message


def without_client_phrases(text: str) -> tuple[str, bool]:
    """``text`` with each phrase about a client cut to its clause's end; and whether any was."""
    out: list[str] = []
    at = 0
    cut = False
    for m in itertools.islice(_WHO.finditer(text), PHRASES_AT_MOST * 4):
        if m.start() < at:
            continue
        end_m = _CLAUSE_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        if end_m is not None and end_m[0] in "(" and end_m.start() - m.end() < 40:
            close = text.find(")", end_m.end())  # "(A.B., 15)": the bracket goes too
            inside = text[end_m.end() : close] if 0 <= close - end_m.end() <= 30 else "x" * 99
            if _ABOUT_WHO.match(inside):  # at most 30 characters: the match stays cheap
                rest = _CLAUSE_END.search(text, close + 1)
                end = rest.start() if rest else len(text)
        again = _ME_AGAIN.search(text, m.end(), end)
        verb = ""
        if again is not None:
            end = again.end()
            said = re.match(r"(\w+)\b", text[end:])
            if said and said[1].lower() in _INFINITIVE:  # "inspired me to do a 2 h course"
                verb, end = _INFINITIVE[said[1].lower()], end + len(said[1])
        if m.start() == 0 and again is None and end == len(text):
            continue  # the whole message is about a client: left to the store's reader
        kept = " ".join(k[0] for k in _KEEP.finditer(text, m.start(), end))
        out.append(text[at : m.start()])
        out.append(f" {kept} {verb} ")
        at = end
        cut = True
        if len(out) >= 2 * PHRASES_AT_MOST:
            break
    if not cut:
        return text, False
    out.append(text[at:])
    return re.sub(r"\s+", " ", "".join(out)).strip(), True
