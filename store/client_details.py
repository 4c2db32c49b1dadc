"""Does text a member wrote carry a client's details? Then that text may not be stored.

One reading for every free-text field, used by the flows (to answer kindly) and by the store's
backstop (store/guard.py, to refuse the write). Pure text, no SQL, like store/vocabulary.py.

Found: a client's name ("my client Maria", "help John Smith with his PTSD", a bare full name in
a note), initials or a booked hour with clinical context ("J.S. relapsed", "my 3pm, Sarah"), an
age with a diagnosis ("a 34-year-old with bipolar"), a date of birth, a record or social security
number, and what was said in a session. Not found: course talk about clients in general
("client-centered", "Treating Clients with Trauma"), titles and places ("Virginia Counseling
Laws"), and a presenter ("with Dr. Kim", "by Laurel Parnell", "Jane Doe's Trauma Institute").
Every pattern is linear in the text's length (issue #15: a 40,000-character message).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from store.person_names import EVERYDAY_NAMES, GIVEN_NAMES, NOT_SURNAMES
from store.vocabulary import COMPETENCIES, TOPICS

# "course": a course's title or provider, or a message reporting one (a presenter may be named
# after "with"); "note": anything else a member writes about themselves (goals, direction,
# review notes, shared lines), where a bare full name is refused.
Field = Literal["course", "note"]

_DOB = re.compile(r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born\s+(?:on|in))\b", re.I)
_RECORD = re.compile(
    r"\b(?:mrn|medical\s+record|ssn|social\s+security|case\s*#|case\s+number)\b"
    r"|(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)",
    re.I,
)
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
    r"\b(?:diagnos\w*|dx|ptsd|depress\w*|anxiety|bipolar|si\b|suicidal|self-harm\w*|disclosed"
    r"|medicat\w*|meds|trauma|abuse|relaps\w*|symptoms?|treatment|session|intake|history"
    r"|panic|struggl\w*|custody|court|divorce|overdos\w*|hospitali[sz]ed|psychosis|case"
    r"|schizo\w*|adhd|autism|autistic|ocd|bpd|eating\s+disorder|anorexi\w*|bulimi\w*|grief"
    r"|addict\w*|substance|alcohol\w*|dementia|assault\w*|rape|affair|suicide)\b",
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
# Where one clause ends and another begins, between a client and a disclosure word.
_BREAK = re.compile(r"[.;!?()\[\]—–]|\s-\s|\b(?:so|then|but|because|bc|is\s+why|anyway)\b", re.I)
# One person's age ("a 34-year-old", "34 yo", "34 y/o"); "year-olds" are a population.
_AGE = re.compile(r"(?<!\d)\d{1,3}(?:[ -]?(?:years?|yrs?)[ -]?old|[ ]?y/?o)\b(?![-']?s\b)", re.I)
_INITIALS = re.compile(r"\b(?!U\.S\.|U\.K\.|D\.C\.|N\.Y\.)[A-Z]\.\s?[A-Z]\.")
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|hers|they|their|them)\b", re.I)
# A word, possessive included ("Tom's"); digits and punctuation split words.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Credentials after a name mark a presenter ("Jane Doe, PhD").
_CREDENTIAL = re.compile(
    r"(?:,?[ ]?(?:jr|sr|ii|iii)\b\.?)?,?[ ]?(?:ph\.?d|psy\.?d|ed\.?d|m\.?d|dsw|lcsw|lmft|lpcc?|lmhc|lisw|msw|ncc|abpp|rn|np)\b",
    re.I,
)
# Words before a name that make it a presenter's (every field; "with" only in a course entry).
_BEFORE_PRESENTER = (
    "dr drs prof professor by from featuring feat presenter presenters instructor trainer"
    " speaker author faculty"
)
# Words just after a name that make it a provider's or a presenter's work.
_AFTER_PRESENTER = (
    "institute center centre academy foundation associates group method model approach protocol"
    " seminars seminar training trainings workshop workshops consulting clinic university"
    " college school society network project program press publishing inc llc course courses"
    " webinar webinars class classes book books talk talks lecture lectures series podcast"
    " keynote intensive retreat module modules certification curriculum conference"
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


def _label_words() -> frozenset[str]:
    labels = [*TOPICS.values(), *(label for label, _ in COMPETENCIES.values())]
    return frozenset(w for label in labels for w in re.findall(r"[a-z]+", label.casefold()))


_COURSE_WORDS = NOT_SURNAMES | _label_words()
_NOT_A_NAME = frozenset(_COMMON_AFTER_CLIENT.split()) | _COURSE_WORDS
_PRESENTER_BEFORE = frozenset(_BEFORE_PRESENTER.split())
_WORK_AFTER = frozenset(_AFTER_PRESENTER.split())
_PLACE_BEFORE = frozenset(["san", "santa", "st", "saint", "fort", "port", "mount", "lake"])
_PLAIN_NAMES = GIVEN_NAMES - EVERYDAY_NAMES  # names that are a person's wherever they stand


@dataclass(frozen=True)
class ClientDetail:
    """One suspected client detail: what kind, where, and the person's name when it is one."""

    kind: str  # name | client | initials | slot | age | birth | record | session
    start: int
    end: int
    name: str = ""  # for kind "name": a colleague's or the member's own name is no client's

    @property
    def removable(self) -> bool:
        """A name can be left out and the rest kept; a disclosure or a birth date cannot."""
        return self.kind == "client" or (self.kind == "name" and self.name[:1].isupper())


def client_details(text: str, *, field: Field = "course") -> tuple[ClientDetail, ...]:
    """Every suspected client detail in ``text``, in order (empty when there is none)."""
    found: list[ClientDetail] = []
    for pattern, kind in ((_DOB, "birth"), (_RECORD, "record")):
        found += [ClientDetail(kind, m.start(), m.end()) for m in pattern.finditer(text)]
    clinical = _CLINICAL.search(text) is not None
    for m in _SLOT.finditer(text):
        if _is_name(m["name"]) and (m["name"][0].isupper() or clinical):
            found.append(ClientDetail("slot", m.start(), m.end()))
    for m in _CLIENT_NAMED.finditer(text):
        word = m["name"]
        given = word[0].isupper() and word.casefold() in _PLAIN_NAMES
        if _is_name(word) and (clinical or given or "." in word):
            found.append(ClientDetail("client", _with_owner(text, m.start()), m.end()))
    for m in _SESSION_WITH.finditer(text):
        if _is_name(m["name"]) and clinical:
            found.append(ClientDetail("session", m.start(), m.end()))
    if clinical:
        found += [ClientDetail("initials", m.start(), m.end()) for m in _INITIALS.finditer(text)]
    found += _names(text, field, clinical)
    # An age or a session said in a learning objective is about clients in general: those
    # sentences are blanked for these two readings (unless a client is named in them).
    said = _in_general_blanked(text, found) if field == "course" else text
    disclosure = _DISCLOSURE.search(said)
    if disclosure is not None:
        for pattern in (_IN_SESSION, _MY_CLIENT):
            if (hit := pattern.search(said)) is not None:
                span = (min(hit.start(), disclosure.start()), max(hit.end(), disclosure.end()))
                if _BREAK.search(said, hit.end(), disclosure.start()):
                    # "my client Rosa (16) is why i took the 'Self-Harm …' course": a word in
                    # another clause is the course's; the detail ends where the client's does.
                    span = (span[0], hit.end())
                found.append(ClientDetail("session", *span))
    if clinical:
        found += [ClientDetail("age", m.start(), m.end()) for m in _AGE.finditer(said)]
    return tuple(sorted(set(found), key=lambda d: (d.start, d.end)))


# What a learning objective or a course description says of clients in general ("Assess a
# 7-year-old child for separation anxiety", "recognise suicidal ideation in session"): an age
# or a session; a name, initials, a birth date or a record number are one client's wherever.
# Only in a course's text: a member's note ("assess a 7-year-old for ADHD tomorrow") is theirs.
_PIECE = re.compile(r"[^\n.;!?]+(?:[.;!?](?=\S)[^\n.;!?]*)*")  # a line's sentence ("e.g." kept)
_OBJECTIVE_VERB = (
    "assess analyze analyse apply compare define demonstrate describe design develop"
    " differentiate discuss distinguish evaluate examine explain explore formulate identify"
    " implement list name outline plan practice recognize recognise review select summarize"
    " summarise understand use utilize conceptualize articulate integrate"
)
_OBJECTIVE = re.compile(
    r"^\W*(?:(?:\d{1,2}|[a-z])[.)]\s*)?(?:objective\s*\d*\s*:\s*)?"
    rf"(?:{'|'.join(_OBJECTIVE_VERB.split())})\s+\w"  # not a label ("Name: …")
    r"|\b(?:will\s+(?:be\s+able\s+to|learn\s+(?:to|how))|(?:learning\s+)?objectives?\s*:"
    r"|(?:this|the)\s+(?:course|workshop|program|programme|training|webinar|seminar)\s+"
    r"(?:covers|uses|teaches|explores|examines|reviews|describes|presents|illustrates|will))",
    re.I,
)
# Someone's own case: "my client", "I saw", "we treated", "Case presented: …".
_FIRST_PERSON = re.compile(r"\b(?:i|my|me|we|our)\b|\bcase\s+presented\b", re.I)


def _general_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` talks about clients in general: its learning objectives and course
    descriptions, sentence by sentence; a case form or a member's note describes one client."""
    return [
        piece.span()
        for piece in _PIECE.finditer(text)
        if _OBJECTIVE.search(piece[0]) and not _FIRST_PERSON.search(piece[0])
    ]


def _in_general_blanked(text: str, found: list[ClientDetail]) -> str:
    """``text`` with its learning objectives and course descriptions blanked (same length, so
    positions hold), but for those naming a client (a detail in ``found`` lies within)."""
    spans = _general_spans(text)
    starts = [start for start, _ in spans]
    named = set()
    for detail in found:
        i = bisect.bisect_right(starts, detail.start) - 1
        if i >= 0 and detail.end <= spans[i][1]:
            named.add(i)
    kept, at = [], 0
    for i, (start, end) in enumerate(spans):
        if i not in named:
            kept += [text[at:start], " " * (end - start)]
            at = end
    kept.append(text[at:])
    return "".join(kept)


def looks_like_client_info(text: str, *, field: Field = "course") -> bool:
    """True when ``text`` carries a suspected client detail (see `client_details`)."""
    return bool(client_details(text, field=field))


def _is_name(word: str) -> bool:
    return word.casefold() not in _NOT_A_NAME


def _with_owner(text: str, start: int) -> int:
    """Where "my client …" starts, so leaving the name out takes "my" with it."""
    before = re.search(r"\b(?:my|our|a|the)\s$", text[max(0, start - 5) : start], re.I)
    return start - (len(before[0]) if before else 0)


class _Word(NamedTuple):
    start: int
    end: int
    text: str
    bare: str  # without a possessive ending ("Tom's" -> "Tom")

    @property
    def capital(self) -> bool:
        bare = self.bare
        return len(bare) > 1 and bare[0].isupper() and not bare.isupper()


def _word(match: re.Match[str]) -> _Word:
    said = match[0]
    bare = said[:-2] if said.endswith(("'s", "’s")) else said
    return _Word(match.start(), match.end(), said, bare)


def _names(text: str, field: Field, clinical: bool) -> list[ClientDetail]:
    """People's names: a full name, or a given name alone beside a client's clinical details."""
    words = [_word(m) for m in _WORD.finditer(text)]
    # A given name alone is a client's only beside clinical words: in a note, any; in a course
    # entry (full of clinical words), with a pronoun too ("… Maria, her PTSD …").
    alone_counts = clinical and (field == "note" or _PRONOUN.search(text) is not None)
    found: list[ClientDetail] = []
    i = 0
    while i < len(words):
        word = words[i]
        given = word.bare.casefold()
        if given not in GIVEN_NAMES or not (word.capital or alone_counts):
            i += 1
            continue
        last = _surname(text, words, i) if word.capital else None
        end = words[last] if last is not None else word
        name = text[word.start : end.start] + end.bare
        if not _presenter(text, words, i, last if last is not None else i, field):
            if last is not None:
                found.append(ClientDetail("name", word.start, end.end, name))
            elif alone_counts and given not in EVERYDAY_NAMES:
                found.append(ClientDetail("name", word.start, word.end, name))
        i = (last if last is not None else i) + 1
    return found


def _surname(text: str, words: list[_Word], i: int) -> int | None:
    """The index of the surname after given name ``words[i]`` ("John A. Smith"), if any."""
    j = i + 1
    if j < len(words) and len(words[j].text) == 1 and words[j].text.isupper():
        j += 1  # a middle initial
    if j >= len(words) or text[words[j - 1].end : words[j].start] not in (" ", ". "):
        return None
    surname = words[j]
    if not surname.capital or surname.bare.casefold() in _COURSE_WORDS:
        return None
    if words[i].text != words[i].bare:  # "Tom's Custody Case": a possessive ends the name
        return None
    if i > 0 and words[i - 1].text.casefold() in _PLACE_BEFORE:  # "San Diego", "St. Clair"
        return None
    # "Karen Albig Smith": one more surname may follow.
    nxt = j + 1
    if (
        nxt < len(words)
        and surname.text == surname.bare
        and text[surname.end : words[nxt].start] == " "
        and words[nxt].capital
        and words[nxt].bare.casefold() not in _COURSE_WORDS
    ):
        return nxt
    return j


def _presenter(text: str, words: list[_Word], first: int, last: int, field: Field) -> bool:
    """Whether the name at words[first..last] is a presenter's or a provider's."""
    if first > 0:
        before = words[first - 1].text.casefold()
        if before in _PRESENTER_BEFORE or (field == "course" and before in ("with", "w")):
            return True
    if _CREDENTIAL.match(text, words[last].end):
        return True
    # "Beck Institute", "Jane Doe's EMDR workshop": the work follows the name or its title.
    possessive = words[last].text != words[last].bare
    for word in words[last + 1 : last + 4]:
        if word.bare.casefold() in _WORK_AFTER:
            return True
        if not (possessive and (word.capital or word.text.isupper())):
            return False
    return False


def without_client_details(text: str, details: tuple[ClientDetail, ...]) -> str:
    """``text`` with each detail cut out, with the little words that pointed at it.

    "the ethics course about my client Maria Lopez yesterday" -> "the ethics course yesterday".
    """
    kept, at = [], 0
    for detail in details:
        start = max(detail.start, at)
        window = text[max(at, start - 30) : start]
        lead = re.search(
            r"(?:\b(?:about|for|with|re|regarding|because\s+of|bc\s+of|due\s+to|of|and)\s+"
            r"|\bw/\s*)?$",
            window,
            re.I,
        )
        kept.append(text[at : start - (len(lead[0]) if lead else 0)])
        at = max(at, detail.end)
    kept.append(text[at:])
    return re.sub(r"[ \t]{2,}", " ", "".join(kept)).strip(" ,;:-–—")
