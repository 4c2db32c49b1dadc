"""Read a license as clinicians type it ("LIMHP in Nebraska", "lpcc kentucky", "I'm an LICSW
in Mass.") into one of the four license types the rule sets cover and a state code.

The tables are checked in rather than read from store/rulesets at import: each title's type
was read from the research by hand (Nebraska's one LIMHP/LMHP license behind three rule sets,
the "same CE for …" titles of West Virginia, Wisconsin and South Dakota), importing stays free
of file reads, and tests/test_license_titles.py walks every rule set so the table cannot drift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.us_states import STATE_CODES, STATE_NAMES

TRACKED = "clinical social workers, counselors, marriage and family therapists and psychologists"
CAN_STILL = "so I can't check that license's hours — you can still log courses."
# Titles with one meaning in every state; keys are compared with case, dots and hyphens dropped.
TITLES: dict[str, str] = {
    "LCSW": "LCSW",
    "LICSW": "LCSW",
    "LISW": "LCSW",
    "LISW-S": "LCSW",
    "LISW-CP": "LCSW",
    "LISW CP": "LCSW",
    "LSCSW": "LCSW",
    "LCSW-C": "LCSW",
    "LMSW-C": "LCSW",
    "LMSW-Clinical": "LCSW",
    "LMSW clinical": "LCSW",
    "clinical LMSW": "LCSW",
    "master's social worker clinical": "LCSW",
    "certified social worker clinical": "LCSW",
    "CSW-PIP": "LCSW",
    "clinical social worker": "LCSW",
    "social worker": "LCSW",
    "social work": "LCSW",
    "independent social worker": "LCSW",
    "LPC": "LPC",
    "LPCC": "LPC",
    "LMHC": "LPC",
    "LCPC": "LPC",
    "LCMHC": "LPC",
    "LPCMH": "LPC",
    "LPC-MH": "LPC",
    "LPC-MHSP": "LPC",
    "CMHC": "LPC",
    "counselor": "LPC",
    "counsellor": "LPC",
    "professional counselor": "LPC",
    "mental health counselor": "LPC",
    "clinical mental health counselor": "LPC",
    "professional clinical counselor": "LPC",
    "clinical professional counselor": "LPC",
    "LMFT": "LMFT",
    "LCMFT": "LMFT",
    "IMFT": "LMFT",
    "MFT": "LMFT",
    "marriage and family therapist": "LMFT",
    "marital and family therapist": "LMFT",
    "marriage & family therapist": "LMFT",
    "marriage family therapist": "LMFT",
    "family therapist": "LMFT",
    "psychologist": "PSYCHOLOGIST",
    "psychologists": "PSYCHOLOGIST",
    "psychology": "PSYCHOLOGIST",
    "PsyD": "PSYCHOLOGIST",
    "HSPP": "PSYCHOLOGIST",
    "health service psychologist": "PSYCHOLOGIST",
}
# Nebraska's mental health practitioner license covers all three; its certification says which.
UMBRELLA = {"LIMHP": "LPC", "LMHP": "LPC", "mental health practitioner": "LPC"}
# What a title itself answers of a rule set's conditions (store/rulesets/NE-*.yaml ask
# `ne_limhp`): someone who typed "LIMHP" is not asked whether they hold the LIMHP.
TITLE_FACTS: dict[str, dict[str, bool]] = {"LIMHP": {"ne_limhp": True}, "LMHP": {"ne_limhp": False}}
# Titles whose meaning depends on the state: there, the rule set's own title or (per the research)
# a license sharing its CE rules; elsewhere untracked or unknown.
STATE_TITLES: dict[str, dict[str, str]] = {
    "NE": {"CPC": "LPC", "CMFT": "LMFT", "CMSW": "LCSW"},
    "NV": {"CPC": "LPC"},
    "AR": {"certified social worker": "LCSW"},
    "MS": {"certified social worker": "LCSW"},
    "WV": {"LSW": "LCSW", "LGSW": "LCSW", "certified social worker": "LCSW"},
    "WI": {"CSW": "LCSW", "APSW": "LCSW", "ISW": "LCSW", "certified social worker": "LCSW"},
    "SD": {"SWA": "LCSW", "SW": "LCSW", "CSW": "LCSW", "certified social worker": "LCSW"},
    "MN": {"LP": "PSYCHOLOGIST"},
    "TN": {"psychological examiner": "PSYCHOLOGIST"},
    "NM": {"psychologist associate": "PSYCHOLOGIST", "psychological associate": "PSYCHOLOGIST"},
    "VT": {"psychologist-master": "PSYCHOLOGIST", "psychologist master": "PSYCHOLOGIST"},
    "VA": {"school psychologist": "PSYCHOLOGIST", "applied psychologist": "PSYCHOLOGIST"},
}
# A title that means another license in that state than the one its rule set is for.
_MD_LCSW = (
    "In Maryland the LCSW is the Licensed Certified Social Worker; the rules I have are for the "
    "clinical license, the LCSW-C (if that's yours, say *LCSW-C*)."
)
_MA_LCSW = (
    "In Massachusetts the LCSW is a license of its own; the rules I have are for the LICSW "
    "(if that's yours, say *LICSW*)."
)
STATE_OTHER: dict[str, dict[str, str]] = {
    "MD": {"LCSW": _MD_LCSW, "certified social worker": _MD_LCSW},
    "MA": {"LCSW": _MA_LCSW, "certified social worker": _MA_LCSW},
    "NY": {"LP": "In New York an LP is a licensed psychoanalyst."},
}
UNTRACKED = (
    "LMSW",
    "LLMSW",
    "LMSW-Macro",
    "LGSW",
    "LSW",
    "LBSW",
    "LCSW-A",
    "LCSWA",
    "LSWA",
    "LASW",
    "LSWAA",
    "ASW",
    "CSW",
    "RBSW",
    "LAPSW",
    "SSW",
    "CMSW",
    "certified social worker",
    "LPC-A",
    "LPCA",
    "LAC",
    "LAPC",
    "LGPC",
    "PLPC",
    "LPC-I",
    "APCC",
    "LMHCA",
    "LMHC-A",
    "RMHCI",
    "LCMHCA",
    "ACMHC",
    "AMFT",
    "LAMFT",
    "LMFTA",
    "LMFT-A",
    "RMFTI",
    "LGMFT",
    "LCADC",
    "LADC",
    "LCDC",
    "CADC",
    "CASAC",
    "LCAS",
    "LISAC",
    "CAC",
    "BCBA",
    "LBA",
    "LCAT",
    "PMHNP",
    "CPC",
    "master's social worker",
    "master social worker",
    "baccalaureate social worker",
    "bachelor social worker",
    "graduate social worker",
    "social work associate",
    "associate counselor",
    "counselor associate",
    "counselor intern",
    "associate marriage and family therapist",
    "marriage and family therapist associate",
    "addiction counselor",
    "substance abuse counselor",
    "alcohol and drug counselor",
    "drug and alcohol counselor",
    "school counselor",
    "school psychologist",
    "psychological associate",
    "psychologist associate",
    "psychological examiner",
    "psychiatrist",
    "behavior analyst",
    "art therapist",
    "creative arts therapist",
)
STATE_WORDS: dict[str, str] = {
    **STATE_NAMES,
    "washington dc": "DC",
    "washington d c": "DC",
    "wash dc": "DC",
    "n carolina": "NC",
    "s carolina": "SC",
    "n dakota": "ND",
    "s dakota": "SD",
    "w virginia": "WV",
    "wva": "WV",
    "calif": "CA",
    "cali": "CA",
    "ariz": "AZ",
    "colo": "CO",
    "fla": "FL",
    "kans": "KS",
    "mich": "MI",
    "minn": "MN",
    "mont": "MT",
    "nebr": "NE",
    "nev": "NV",
    "okla": "OK",
    "oreg": "OR",
    "penn": "PA",
    "penna": "PA",
    "tenn": "TN",
    "tex": "TX",
    "wisc": "WI",
    "wyo": "WY",
    "conn": "CT",
    "ala": "AL",
    "nyc": "NY",
}
# Abbreviations that are also English words: a state only when written "Mass." or "Mass".
WORDY_ABBREVIATIONS = {
    "mass": "MA",
    "wash": "WA",
    "ill": "IL",
    "miss": "MS",
    "ind": "IN",
    "del": "DE",
    "ore": "OR",
    "ark": "AR",
    "kan": "KS",
    "neb": "NE",
}
# Postal codes that are also words ("ok", "in", "me", "hi"): a state only in capitals.
WORDY_CODES = {"in", "ok", "or", "me", "hi", "oh", "la", "id", "ms"}
# Real words a typo reading would turn into a state.
NOT_TYPOS = {"indian", "indians", "virgin", "virginal", "georgian", "washing", "mainly"}
SHORT_TEXT = 8  # words: a lower-case postal code counts only in an answer this short
TYPO_TEXT = 12  # words: typos are only looked for in a short answer
WORD = re.compile(r"[A-Za-z0-9_]+(?:[-.'’][A-Za-z0-9_]+)*\.?")  # "_": identifiers stay whole
# A license answer is a line; past this a message is something else, and only its start is read.
READ_AT_MOST = 2_000


def _key(text: str) -> str:
    """ "LISW-CP" -> "liswcp", "Marriage & family therapist" -> "marriage family therapist"."""
    words = (re.sub(r"[^a-z0-9]", "", word) for word in text.casefold().split())
    return " ".join(word for word in words if word)


_TITLES = {_key(t): kind for t, kind in TITLES.items()}
_UMBRELLA = {_key(t): kind for t, kind in UMBRELLA.items()}
_TITLE_FACTS = {_key(t): facts for t, facts in TITLE_FACTS.items()}
_STATE_TITLES = {st: {_key(t): k for t, k in m.items()} for st, m in STATE_TITLES.items() if m}
_STATE_OTHER = {st: {_key(t): note for t, note in m.items()} for st, m in STATE_OTHER.items()}
_UNTRACKED = {_key(t): t for t in UNTRACKED}
_STATES = {_key(w): code for w, code in STATE_WORDS.items()}
_TITLE_KEYS = set(_TITLES) | set(_UMBRELLA) | set(_UNTRACKED)
_TITLE_KEYS |= {k for m in (*_STATE_TITLES.values(), *_STATE_OTHER.values()) for k in m}
_KNOWN = _TITLE_KEYS | set(_STATES)
LONGEST_KEY = max(len(key.split()) for key in _KNOWN)  # words in the longest title or name
# First words of the keys of several words: only there is a longer span worth joining.
_TITLE_OPENERS = {k.split()[0] for k in _TITLE_KEYS if " " in k}
_STATE_OPENERS = {k.split()[0] for k in _STATES if " " in k}
_SINGLE_NAMES = [name for name in STATE_NAMES if " " not in name]
_PAIR_NAMES = [name for name in STATE_NAMES if name.count(" ") == 1]


@dataclass(frozen=True)
class LicenseReading:
    """A license answer read: a tracked type, a state, and a note when the title is not ours."""

    kind: str | None
    state: str | None
    note: str | None = None
    facts: dict[str, bool] = field(default_factory=dict)  # conditions the title answers


@dataclass(frozen=True)
class _Word:
    text: str  # as typed
    key: str  # lower case, letters and digits only


def read_license(text: str) -> LicenseReading:
    """The license type and state in an answer; for a title we don't track, why not."""
    words = [w for found in WORD.findall(text[:READ_AT_MOST]) for w in _words(found)]
    titles, rest = _titles(words)
    state = _state(words, rest)
    tracked: list[tuple[int, str]] = []
    untracked: list[str] = []
    for key in titles:
        if state and key in _STATE_OTHER.get(state, {}):
            untracked.append(_STATE_OTHER[state][key] + f" I track CE for {TRACKED}, {CAN_STILL}")
        elif kind := _STATE_TITLES.get(state or "", {}).get(key) or _TITLES.get(key):
            tracked.append((2, kind))
        elif key in _UMBRELLA:
            tracked.append((1, _UMBRELLA[key]))
        elif key in _UNTRACKED:
            untracked.append(_note(_UNTRACKED[key], state))
    if tracked:
        facts: dict[str, bool] = {}  # "LMHP, now LIMHP": the independent license wins
        for key in titles:
            for name, held in _TITLE_FACTS.get(key, {}).items():
                facts[name] = facts.get(name, False) or held
        return LicenseReading(max(tracked, key=lambda found: found[0])[1], state, facts=facts)
    return LicenseReading(None, state, untracked[0] if untracked else None)


def read_state(text: str) -> str | None:
    """A state code from a name, a postal code, a common abbreviation or a clear typo."""
    return read_license(text).state


def untracked_license_note(text: str) -> str | None:
    """What the bot can and cannot do for a title outside the four it tracks, or None."""
    return read_license(text).note


def _words(found: str) -> list[_Word]:
    """One word, or its parts where only they mean something ("Social Worker-Clinical")."""
    key = _key(found)
    if "-" not in found or key in _KNOWN:
        return [_Word(found, key)]
    return [_Word(part, _key(part)) for part in found.split("-") if part]


def _titles(words: list[_Word]) -> tuple[list[str], list[int]]:
    """Title keys in reading order (longest first at each word), and the words left over."""
    found, rest, at = [], [], 0
    while at < len(words):
        longest = LONGEST_KEY if words[at].key in _TITLE_OPENERS else 1
        for size in range(min(longest, len(words) - at), 0, -1):
            key = " ".join(w.key for w in words[at : at + size])
            if key in _TITLE_KEYS:
                found.append(key)
                at += size
                break
        else:
            rest.append(at)
            at += 1
    return found, rest


def _state(words: list[_Word], rest: list[int]) -> str | None:
    """The clearest state among the words no title took: names, abbreviations, codes, typos."""
    best: tuple[int, str] | None = None
    free = set(rest)
    short = len(words) <= SHORT_TEXT
    for at in rest:
        if at not in free:  # the second word of a name already read
            continue
        longest = LONGEST_KEY if words[at].key in _STATE_OPENERS else 1
        found: tuple[int, str] | None
        for size in range(min(longest, len(words) - at), 0, -1):
            span = range(at, at + size)
            key = " ".join(words[i].key for i in span)
            if all(i in free for i in span) and key in _STATES:
                found = (5 if size > 1 or key in STATE_NAMES else 4, _STATES[key])
                free.difference_update(span)
                break
        else:
            found = _word_state(words[at], short, last=at == len(words) - 1)
        if found and (best is None or found[0] > best[0]):
            best = found
    if (best is None or best[0] < 2) and len(words) <= TYPO_TEXT:
        best = max(filter(None, (best, _typo(words, sorted(free)))), default=None)
    return best[1] if best else None


def _word_state(word: _Word, short: bool, *, last: bool) -> tuple[int, str] | None:
    """A state from one word that is no name: "Mass.", "NY", "ny" in a short answer, "N.C."."""
    letters = re.sub(r"[^A-Za-z]", "", word.text)
    dotted, capital = "." in word.text, word.text[:1].isupper()
    if word.key in WORDY_ABBREVIATIONS and (dotted or capital):
        return 4, WORDY_ABBREVIATIONS[word.key]
    if word.key == "main" and capital and last:  # "LCSW in Main": Maine, clearly meant
        return 2, "ME"
    code = word.key.upper()
    if len(word.key) != 2 or code not in STATE_CODES:
        return None
    if word.key in WORDY_CODES:
        return (1, code) if letters.isupper() else None
    return (3, code) if letters.isupper() or dotted or short else None


def _typo(words: list[_Word], free: list[int]) -> tuple[int, str] | None:
    """A misspelt state name ("pennsylvnia", "north carolna"); never a real word like "indian"."""
    for at in free:
        key = words[at].key
        if at + 1 < len(words) and at + 1 in free:
            pair = f"{key} {words[at + 1].key}"
            match = process.extractOne(pair, _PAIR_NAMES, scorer=fuzz.ratio, score_cutoff=88)
            if match and key == match[0].split()[0]:
                return 2, STATE_NAMES[match[0]]
        if len(key) < 6 or not key.isalpha() or key in NOT_TYPOS:
            continue
        match = process.extractOne(key, _SINGLE_NAMES, scorer=fuzz.ratio, score_cutoff=85)
        if match and match[0][0] == key[0]:
            return 2, STATE_NAMES[match[0]]
    return None


def _note(title: str, state: str | None) -> str:
    """The plain explanation for a title whose CE rules the bot does not have."""
    initials = title[:2].isupper()  # "an LMSW" (el-em…), "a school counselor"
    article = "an" if title[0].upper() in ("AEFHILMNORSX" if initials else "AEIOU") else "a"
    elsewhere = [STATE_CODES[st] for st, m in _STATE_TITLES.items() if _key(title) in m]
    listed = ", ".join(elsewhere[:-1]) + " and " * (len(elsewhere) > 1) + "".join(elsewhere[-1:])
    also = f" (I do have them in {listed}: tell me your state)"
    return (
        f"I track CE for {TRACKED}; {article} {title}'s CE rules aren't in my records yet"
        f"{also if elsewhere and not state else ''}, so I can't check your hours — "
        "you can still log courses. If you also hold one of those licenses, tell me that one."
    )
