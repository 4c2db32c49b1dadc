"""Spell out the abbreviations clinicians type in course names ("DV 101", "MI for teens").

The letters said stay beside the words ("domestic violence (DV) 101"): the member's own words
are kept, and a reader who does not know the shorthand can read the title.
"""

from __future__ import annotations

import re

# Said in any case: "dv training", "SUD screening", "tbi".
_ANY_CASE = {
    "dv": "domestic violence",
    "ipv": "intimate partner violence",
    "sud": "substance use disorder",
    "suds": "substance use disorders",
    "oud": "opioid use disorder",
    "tbi": "traumatic brain injury",
    "cbt-i": "CBT for Insomnia",
    "tf-cbt": "Trauma-Focused CBT",
    "l&e": "law & ethics",
}
_ANY_CASE_RE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(_ANY_CASE, key=len, reverse=True)) + r")"
    r"(?![\w-])",
    re.I,
)
# Said in capitals only, since the letters are a word or a state too ("mi" is Michigan's code):
# "MI for adolescents", but not "MI law", "for MI licensure".
_CAPITALS = {
    "MI": "motivational interviewing",
    "SMI": "serious mental illness",
    "IFS": "Internal Family Systems",
    "ERP": "exposure and response prevention",
    "SFBT": "solution-focused brief therapy",
    "PCIT": "parent-child interaction therapy",
}
_CAPITALS_RE = re.compile(
    r"(?<![\w-])(?-i:(MI|SMI|IFS|ERP|SFBT|PCIT))(?![\w-])(?!\s+(?:law|laws|rules|licens\w*|renewal|board|state"
    r"|jurisprudence|LPCs?|LCSWs?|LMSWs?|LMFTs?|requirements?|implicit)\b)",
    re.I,
)


def spelled_out(title: str) -> str:
    """The course's name with its abbreviations written out, everything else as said."""
    if _SPELLED.search(title):
        return title  # "motivational interviewing (MI)": written out already
    title = _ANY_CASE_RE.sub(lambda m: f"{_ANY_CASE[m[1].lower()]} ({m[1]})", title)
    return _CAPITALS_RE.sub(lambda m: f"{_CAPITALS[m[1]]} ({m[1]})", title)


_SPELLED = re.compile(
    "|".join(re.escape(words) for words in (*_ANY_CASE.values(), *_CAPITALS.values())), re.I
)
