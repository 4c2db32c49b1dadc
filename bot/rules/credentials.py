"""Credentials held beside a license, as a clinician names them: which rule set, and in words."""

from __future__ import annotations

import re
from datetime import date

from bot.rules.coverage import NOT_ISSUING
from bot.rules.model import RuleSet
from bot.rules.notes import license_label

COMPACT = "COUNSELING-COMPACT"
# Each credential by the words clinicians use for it; first match wins (IPC before PSYPACT).
_NAMES = [
    (r"\bipc\b|\btap\b|interjurisdictional practice|temporary author", "PSYPACT-IPC"),
    (r"e[.\- ]?passport|\bapit\b|telepsych", "PSYPACT-EPASSPORT"),
    (r"\bncc\b|nbcc|national certified counselor", "NBCC-NCC"),
    (r"approved supervisor|aamft", "AAMFT-SUPERVISOR"),
    (r"\babpp\b|board certified psych|maintenance of certification", "ABPP-MOC"),
    (r"counsel\w* compact|privilege", COMPACT),
]
_NO_RULE_SET = [
    (r"social work\w* (licensure )?compact|multistate", NOT_ISSUING),
    (
        r"\b(mft|marriage and family|marriage & family)\b.*compact|compact.*\b(mft|lmft)\b",
        "There is no interstate compact for marriage and family therapists in our research "
        "(AAMFT chose not to pursue one); each state where you practise needs its own license.",
    ),
]
CREDENTIAL_CHOICES = [
    ("NCC", "NCC"),
    ("PSYPACT E.Passport (APIT)", "E.Passport"),
    ("PSYPACT IPC (TAP)", "IPC"),
    ("Counseling Compact privilege", "Counseling Compact privilege"),
    ("AAMFT Approved Supervisor", "AAMFT Approved Supervisor"),
    ("ABPP board certification", "ABPP"),
]
_DATE_QUESTIONS = {
    "NBCC-NCC": "When does your current five-year NCC cycle end? (e.g. *6/30/2029*)",
    "PSYPACT-EPASSPORT": "When do your E.Passport and APIT renew? (e.g. *3/31/2027*)",
    "PSYPACT-IPC": "When do your IPC and TAP renew? (e.g. *3/31/2027*)",
    "AAMFT-SUPERVISOR": "When does your five-year Approved Supervisor term end? (e.g. *6/30/2029*)",
    "ABPP-MOC": "When is your Maintenance of Certification due? (e.g. *12/31/2030*)",
    COMPACT: "A privilege lasts until your home license expires — when is that? (e.g. *6/30/2027*)",
}


def read_credential(text: str) -> tuple[str | None, str | None]:
    """(rule set id, None) for a credential we track; (None, words) for one with no rule set
    (the Social Work Compact is not yet issuing); (None, None) when the text names neither."""
    lowered = text.casefold()
    for pattern, words in _NO_RULE_SET:
        if re.search(pattern, lowered):
            return None, words
    found = next((rid for pattern, rid in _NAMES if re.search(pattern, lowered)), None)
    return found, None


def credential_question(text: str) -> str:
    """Which credential, when the text names none (or only "PSYPACT", which is two)."""
    if "psypact" in text.casefold():
        return (
            "Which PSYPACT authorization: the E.Passport (telepsychology) or the IPC (in person)?"
        )
    return "Which credential would you like to add?"


def date_question(rule_set: RuleSet) -> str:
    """When this credential's cycle ends, asked in its own terms."""
    return _DATE_QUESTIONS.get(rule_set.id, "When does it renew? (e.g. *3/31/2027*)")


def added_words(rule_set: RuleSet, where: str, renewal: date) -> str:
    """What the member hears once a credential is added: what counts, and what we don't know."""
    label = license_label(rule_set, where)
    lines = [f"Added your {label}, renewing {renewal:%B %-d, %Y}."]
    if rule_set.id == COMPACT:
        lines.append(
            "Your home license's CE applies to the privilege; I track it on that license. "
            "Whether this state has a jurisprudence requirement is unknown to me (the "
            "Commission's state-by-state list wasn't in my research) — check "
            "counselingcompact.gov before you practise there."
        )
    elif rule_set.total_hours is None:
        lines.append(
            "How many CE hours it needs is unknown to me (my research doesn't say); I'll show "
            "what you log — check with the issuing body."
        )
    else:
        lines.append(
            f"It needs {rule_set.total_hours:g} h per cycle. A course you log counts toward "
            "each of your licenses and credentials whose rules accept it."
        )
    return " ".join(lines)
