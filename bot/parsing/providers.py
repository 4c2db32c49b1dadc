"""Who gave a course: the provider a clinician names, well known or read from how it is said.

Clinicians name hundreds of providers (CE companies, universities, associations, hospitals'
grand rounds, conferences), so a list alone cannot know them: a name is also read from its shape
("the X Institute", "University of X", "NASW-NJ", "Columbia's …", "from Motivo", a clause of
capitalised words standing apart). An approval body (NBCC, ASWB ACE, APA) or a licensing board
said in lower case approves courses; it is not who gave one.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from bot.parsing.provider_names import KNOWN, NOT_NAMES
from bot.parsing.spelling import WORDS as CE_WORDS
from bot.parsing.wordlist import alternation
from bot.us_states import STATE_NAMES
from store.person_names import GIVEN_NAMES

_NOT_NAMES = NOT_NAMES

# Approval bodies: they approve courses; naming one is never naming the provider.
APPROVERS = frozenset({"nbcc", "aswb", "aswb ace", "ace", "apa", "nysed", "iacet", "ceb"})
# Words that make a run of capitalised words an organisation ("Hopewell Counseling Institute").
_ORG = (
    r"(?:institute|association|assoc|society|foundation|center|centre|clinic|hospital|medicine"
    r"|project|network|coalition|council|academy|college|university|seminars|consulting"
    r"|alliance|collaborative|school\s+of\s+\w+(?:\s+\w+)?|health\s+system|chapter|hospice"
    r"|children'?s|ssw|learning|education|partners|group|trust|ceu?s?|med\s+school"
    r"|medical\s+school|school|agency|program|extension|Board)"
)
_ORG_END = re.compile(rf"\b{_ORG}$", re.I)
_CAP = r"(?:[A-Z][\w&.'-]*|[A-Z]{2,}[\w-]*)"
# A run of capitalised words, allowing "of", "for", "and", "&", "the" inside.
# At most eight words, so each look at a position costs a bounded time (linear in the text).
_CAPS = rf"{_CAP}(?:(?:\s+(?:of|for|and|&|the|against|on|de|du|la|del)){{0,2}}\s+{_CAP}){{0,7}}"
_LEAD = (
    r"(?:from|by|via|through|thru|with|w|at|hosted\s+by|put\s+on\s+by|offered\s+by|presented"
    r"\s+by|sponsored\s+by)"
)
_AFTER_LEAD = re.compile(
    rf"(?<![\w-])(?P<lead>{_LEAD})\s+(?:the\s+|a\s+|an\s+)?(?P<name>{_CAPS}(?:'s)?"
    rf"|[a-z][\w.&'-]*(?:\s+(?:of\s+the|of|for|and|&)?\s*(?!{_LEAD}\b)[a-z][\w.&'-]*){{0,5}})"
)
_STATE_WORDS = alternation(STATE_NAMES, fold_case=True)
# "NASW-NJ", "NASW Texas", "NASW-NYC chapter", "the Ohio chapter of NASW", "NASW New York State".
_NASW_CHAPTER = re.compile(
    r"\b(?:the\s+)?(?P<name>(?:[A-Za-z]+\s+){1,2}chapter\s+of\s+(?:the\s+)?nasw"
    rf"|nasw(?:[- ](?-i:[A-Z]{{2,3}})\b|[- ](?:{_STATE_WORDS})(?:\s+state)?\b))"
    r"(?:\s+chapter\b)?",
    re.I,
)
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acro>[A-Z][A-Z&]{1,9})\)")
_POSSESSIVE = re.compile(rf"(?<![\w'])(?P<name>{_CAPS})'s\b")
_BEFORE_COURSE = re.compile(
    rf"(?:^|(?<=\bthe\s)|(?<=^\W)|(?<=[:,]\s))(?P<name>{_CAPS})\s+(?=(?:[\w-]+\s+){{0,4}}?"
    r"(?:course|training|webinar|workshop|conference|module|masterclass|class|program|series"
    r"|certificate|grand\s+rounds|cme|symposium|summit|intensive|seminar|talk|lecture)s?\b)"
)
_CLAUSE = re.compile(r"[^,;()—–|]+")
_STATES = frozenset(STATE_NAMES) | frozenset(
    [
        "al",
        "ak",
        "az",
        "ar",
        "ca",
        "co",
        "ct",
        "de",
        "fl",
        "ga",
        "hi",
        "id",
        "il",
        "in",
        "ia",
        "ks",
        "ky",
        "la",
        "me",
        "md",
        "ma",
        "mi",
        "mn",
        "ms",
        "mo",
        "mt",
        "ne",
        "nv",
        "nh",
        "nj",
        "nm",
        "ny",
        "nc",
        "nd",
        "oh",
        "ok",
        "or",
        "pa",
        "ri",
        "sc",
        "sd",
        "tn",
        "tx",
        "ut",
        "vt",
        "va",
        "wa",
        "wv",
        "wi",
        "wy",
        "dc",
        "nys",
    ]
)
_KNOWN_RE = re.compile(
    r"(?<![\w-])("
    + alternation(KNOWN, fold_case=True)
    # "Northwestern's Family Institute": after "'s", a capitalised name ("PESI's program" is
    # PESI's, "NASW's CE" NASW's).
    + rf")(?P<more>(?:(?:'s(?:\s+(?-i:[A-Z])[\w'-]*){{0,3}}\s+(?=(?-i:[A-Z]))(?!ceu?s?\b){_ORG}"
    + rf"|(?:\s+(?-i:[A-Z])[\w'-]*){{0,3}}\s+{_ORG}))?)(?![\w-])",
    re.I,
)
_KNOWN_BY_LOWER = {p.lower(): p for p in KNOWN}
_APPROVED_BEFORE = re.compile(
    r"\b(?:approved|accredited|certified|sponsored)\s+(?:by|through|with)\s+(?:the\s+)?$", re.I
)
_APPROVED_AFTER = re.compile(
    r"^\s*(?:-|\s)?\s*(?:approved|accredited|ace\b|credits?\b|ce\s+credits?|ceus?\b|hours?\b)",
    re.I,
)
TRIED_AT_MOST = 8  # candidate names tried in one text: a report names one or two providers


@dataclass(frozen=True)
class ProviderMention:
    """A provider named in the text, and where the words naming it (with "from the") stand."""

    name: str
    start: int
    end: int


_APPROVED_PROVIDER = re.compile(
    r"\b(?:NBCC|ASWB(?:\s+ACE)?|APA|IACET|NYSED|CE)[- ](?:approved|accredited)(?:\s+(?:ce\s+)?"
    r"(?:provider|sponsor|organi[sz]ation))?\b",
    re.I,
)
_APPROVER_RE = re.compile(r"\b(?:NBCC|ASWB(?:\s+ACE)?|APA|IACET|NYSED)\b")


def approver_named(text: str) -> re.Match[str] | None:
    """An approval body named in the text ("a course from NBCC"), or None."""
    return _APPROVER_RE.search(text)


def without_organisations(text: str) -> str:
    """``text`` with well-known providers and organisation names blanked out, so a first name
    inside one ("the Trevor Project", "Hazelden Betty Ford") is not read as a client's."""
    spans = [m.span() for m in itertools.islice(_KNOWN_RE.finditer(text), 4 * TRIED_AT_MOST)]
    for m in itertools.islice(_ORG_RUN.finditer(text), 4 * TRIED_AT_MOST):
        if _ORG_END.search(m["name"]):
            spans.append(m.span())
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def find_provider(text: str) -> str:
    """The provider named in ``text``, spelled canonically when well known, or ""."""
    said = provider_mention(text)
    return said.name if said else ""


def provider_mention(text: str) -> ProviderMention | None:
    """The provider named in ``text`` and where; None when it names none."""
    text = _QUOTED.sub(lambda m: " " * len(m[0]), text)  # a quoted title names no provider
    # "from ASWB-approved provider Social Work Academy": the approval, then who gave it.
    text = _APPROVED_PROVIDER.sub(lambda m: " " * len(m[0]), text)
    finders = (
        _chapter,
        _after_lead,
        _org_run,
        _known,
        _on_a_platform,
        _possessive,
        _before_course,
        _clause,
    )
    for finder in finders:
        found = finder(text)
        if found is not None:
            found = _with_kind(text, _with_campus(text, _with_acronym(text, found)))
            return _organisation_of_presenter(text, found)
    return None


_PERSON_WORD = re.compile(r"[A-Z][a-z]+(?:['-][A-Za-z][a-z]+)?|[A-Z][a-z]?[A-Z][a-z]+")
_BRACKETED_ORG = re.compile(rf"\s*\((?P<org>{_CAPS})\)")


def _organisation_of_presenter(text: str, found: ProviderMention) -> ProviderMention:
    """ "by Maelisa McCaffrey (QA Prep)": the presenter's organisation, in brackets, gave it."""
    words = found.name.split()
    m = _BRACKETED_ORG.match(text, found.end)
    if m is None or not 2 <= len(words) <= 3 or _ORG_END.search(found.name):
        return found
    person = words[0].lower() in GIVEN_NAMES or all(_PERSON_WORD.fullmatch(w) for w in words)
    if not person or m["org"].lower() in APPROVERS or _known(found.name) is not None:
        return found
    return ProviderMention(m["org"], m.start("org"), m.end("org"))


_KIND_AFTER = re.compile(r"\s+(?:hospital|clinic|medical\s+center|health\s+system)\b")


def _with_kind(text: str, found: ProviderMention) -> ProviderMention:
    """ "Children's Mercy hospital": the kind said in lower case is part of the name."""
    m = _KIND_AFTER.match(text, found.end)
    if m is None or _ORG_END.search(found.name):
        return found
    return ProviderMention(found.name + m[0], found.start, m.end())


_QUOTED = re.compile(r"""(?:^|(?<=[\s(:]))(["'])[^"']{3,}?\1(?=[\s,.;:!?)—–-]|$)""")


def _chapter(text: str) -> ProviderMention | None:
    m = _NASW_CHAPTER.search(text)
    return ProviderMention(m["name"], m.start(), m.end()) if m else None


def _after_lead(text: str) -> ProviderMention | None:
    """The name after "from", "by", "through"…; after "with", an organisation said later wins
    ("Risk Assessment with Older Adults … thru the Geriatric Mental Health Foundation")."""
    first = _first_after_lead(text, with_ok=True)
    if first is None or _ORG_END.search(first.name) or _ORG_START.match(first.name):
        return first
    if not re.match(r"w(?:ith)?\b", text[first.start :], re.I):
        return first
    other = _first_after_lead(text, with_ok=False)
    return other if other is not None and _ORG_END.search(other.name) else first


def _first_after_lead(text: str, *, with_ok: bool) -> ProviderMention | None:
    for m in itertools.islice(_AFTER_LEAD.finditer(text), TRIED_AT_MOST):
        if not with_ok and m["lead"].lower() in {"with", "w"}:
            continue
        if _APPROVED_BEFORE.search(text[max(m.start() - 30, 0) : m.start("lead") + 1]):
            continue
        name = _trim(m["name"])
        if _names_the_course(text, m, name):
            continue
        known = _known(text[m.start("name") : m.start("name") + 80])
        if known is not None and known.start == 0:
            return ProviderMention(known.name, m.start(), m.start("name") + known.end)
        if m["name"][0].isupper():
            if _EVENT_AFTER.match(text, m.start("name") + len(name)) and not _ORG_END.search(name):
                continue  # "at the Evolution of Psychotherapy conference": the event, not its host
            if name and _is_name(name, text, m.start("name") + len(name)):
                return ProviderMention(name, m.start(), m.start("name") + len(name))
        elif (lowered := _lower_org(name)) and (
            m["lead"].lower() not in {"with", "w"} or lowered.split()[0] in _PLACE_WORDS
        ):
            return ProviderMention(lowered, m.start(), m.start("name") + len(lowered))
    return None


_EVENT_AFTER = re.compile(r"\s+(?:annual\s+)?(?:conference|summit|symposium|convention)\b", re.I)
_COURSE_WORD = re.compile(
    r"\s+(?:course|training|webinar|workshop|module|class|program|series|seminar|intensive"
    r"|lecture|talk|certificate|certification|refresher|cert)s?\b",
    re.I,
)
# Adjacent only: a quoted title blanked between ("finished '…' through the X") is not "done with".
_DONE_WITH = re.compile(r"\b(?:done|finished|through|over|wrapped\s+up|finally)\s{1,2}$", re.I)
_NOT_A_NOUN = frozenset(
    {"yesterday", "today", "tonight", "last", "this", "earlier", "recently", "virtually", "live"}
)


def _names_the_course(text: str, m: re.Match[str], name: str) -> bool:
    """The words after "with"/"through" are the course ("done with the Foundations of Clinical
    Supervision course", "cultural competency w/ Latinx families"), not who gave it."""
    lead = m["lead"].lower()
    end = m.start("name") + len(name)
    if not name or not name[0].isupper():
        return False
    if _COURSE_WORD.match(text, end) and not _ORG_END.search(name):
        return True
    if lead in {"with", "w", "through", "thru"} and _DONE_WITH.search(text[: m.start()]):
        return True
    after = re.match(r"\s+([a-z][a-z'-]+)\b", text[end:])
    return (
        lead in {"with", "w"}
        and after is not None
        and after[1] not in _STOP | _LITTLE | _NOT_A_NOUN | _NOT_NAMES
        and not _ORG_END.search(name)
        and _known(name) is None
    )


# "NYSDOH AIDS Institute", "the Texas Counseling Association", "Mental Health Counselors
# Association of NYS": capitalised words ending in an organisation word, anywhere.
_ORG_RUN = re.compile(rf"(?P<name>{_CAPS})")


def _org_run(text: str) -> ProviderMention | None:
    for m in itertools.islice(_ORG_RUN.finditer(text), 4 * TRIED_AT_MOST):
        name = m["name"]
        words = name.split()
        while words and not _ORG_END.search(" ".join(words)):
            words.pop()  # "… Association of NYS" keeps its "of NYS" below
        head = " ".join(words)
        if not head or not _is_name(head, text, m.start() + len(head)):
            continue
        known = _known(name)  # "Trauma Research Foundation": a known name keeps its first word
        if known is not None and known.start == 0:
            return ProviderMention(known.name, m.start(), m.start() + known.end)
        rest = name[len(head) :]
        tail = re.match(rf"\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*", rest)
        name = head + (tail[0] if tail else "")
        while name.split()[0].lower() in _NOT_NAMES | _LITTLE and len(name.split()) > 2:
            name = name.split(" ", 1)[1]
        if name.split()[0].lower() in _NOT_NAMES | _LITTLE:
            continue
        start = m.start() + m["name"].index(name)
        return ProviderMention(name, start, start + len(name))
    return None


_BRAND_LETTERS = re.compile(r"\s+((?-i:[A-Z]{3,4}))\b(?![-'])")
# "the Beck Institute CBT for depression workshop": a method's letters are the course's words.
_METHOD_LETTERS = frozenset(
    {"cbt", "dbt", "emdr", "ifs", "erp", "cpt", "act", "eft", "sfbt", "pcit"}
)
_NOT_BRAND_LETTERS = (
    APPROVERS
    | _STATES
    | _METHOD_LETTERS
    | {"ce", "ces", "ceu", "ceus", "hrs", "live", "cme", "zoom"}
)


# A state's affiliate or a university's health system, said after a known name: "NAMI New
# Hampshire conference", "UCSD Health", "Penn Medicine" — not a course's words ("CE4Less Texas
# jurisprudence course").
_BRANCH = re.compile(
    r"\s+(?-i:"
    + "|".join(sorted((n.title() for n in STATE_NAMES), key=len, reverse=True))
    + r"|Health(?:\s+System)?|Medicine|Healthcare|Health\s+Care)"
    r"(?=\s+(?:annual\s+|state\s+|fall\s+|spring\s+)?(?:conference|convention|summit|symposium"
    r"|chapter|affiliate|workshop|training|webinar|event|grand\s+rounds|psychiatry)s?\b"
    r"|\s*[,.;:)!—–]|\s*$|\s+(?:today|yesterday|tonight|last|this)\b"
    r"|\s+on\s+(?:\d|mon|tue|wed|thu|fri|sat|sun))"
)
_OF_A_PLACE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:America|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b(?=\s*(?:[,;)]|$)))"
)


def _known(text: str) -> ProviderMention | None:
    for m in itertools.islice(_KNOWN_RE.finditer(text), TRIED_AT_MOST):
        before, after = text[max(m.start() - 30, 0) : m.start()], text[m.end() : m.end() + 20]
        if _APPROVED_AFTER.match(after) or _APPROVED_BEFORE.search(before):
            continue
        name = _KNOWN_BY_LOWER[m[1].lower()] + (m["more"] or "")
        suffix = re.compile(r"-[A-Z]{2,3}\b").match(text, m.end())  # "NASW-NJ": a state chapter
        brand = _BRAND_LETTERS.match(text, m.end())  # "Praxis CET": the letters are its name's
        if suffix is None and brand is not None and brand[1].lower() not in _NOT_BRAND_LETTERS:
            suffix = brand
        end = suffix.end() if suffix else m.end()
        name += suffix[0] if suffix else ""
        place = _OF_A_PLACE.match(text, end) if _ORG_END.search(name) else None
        if place is not None:  # "Alzheimer's Foundation of America": where it is, its name's
            name, end = name + place[0], place.end()
        branch = _BRANCH.match(text, end) if suffix is None and place is None else None
        if branch is not None:  # "NAMI New Hampshire conference", "UCSD Health": its branch
            name, end = name + branch[0], branch.end()
        return ProviderMention(name, m.start(), end)
    return None


# "did 3 hrs on cannabis use yesterday on Psychiatry Redefined, recorded": the site it was on,
# a name said at the end of its clause.
_ON_A_PLATFORM = re.compile(rf"(?<![\w-])on\s+(?:the\s+)?(?P<name>{_CAPS})(?=\s*(?:[,;.!)]|$))")
_NOT_A_PLATFORM = frozenset({"zoom", "teams", "demand", "youtube", "site", "line"})


def _on_a_platform(text: str) -> ProviderMention | None:
    for m in itertools.islice(_ON_A_PLATFORM.finditer(text), TRIED_AT_MOST):
        name = _trim(m["name"])
        words = name.lower().split()
        if not words or words[0] in _NOT_A_PLATFORM or _says_topic(name):
            continue
        if _is_name(name, text, m.start("name") + len(name)) and not _DAYS.fullmatch(name):
            return ProviderMention(name, m.start(), m.start("name") + len(name))
    return None


_DAYS = re.compile(
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|(?:jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?",
    re.I,
)


def _possessive(text: str) -> ProviderMention | None:
    for m in itertools.islice(_POSSESSIVE.finditer(text), TRIED_AT_MOST):
        name = _trim(m["name"])
        if re.search(r"\b(?:client|patient|my|his|her|their)\s+$", text[: m.start()], re.I):
            continue
        if _IS_NOT_OF.match(text, m.end()) or name.lower() in _NOT_OWNERS:
            continue  # "Cycle's almost over", "What's Your Grief": "'s" is "is" there
        if re.match(r"(?:mr|mrs|ms|miss|dr|mx)\b|[A-Z]\b", name, re.I) or "." in name:
            continue  # "my client Maria's divorce": a person, never stored
        if name and _is_name(name, text, m.end()) and (_ORG_END.search(name) or len(name) > 3):
            return ProviderMention(name, m.start(), m.end())
    return None


_IS_NOT_OF = re.compile(
    r"\s+(?:almost|nearly|over|been|going|gonna|not|so|really|finally|just|still|all|about|done"
    r"|here|there|due|up|out|my|a|an|the|been|getting|coming|time)\b",
    re.I,
)
_NOT_OWNERS = frozenset({"what", "that", "it", "there", "here", "who", "where", "he", "she", "let"})


def _before_course(text: str) -> ProviderMention | None:
    for m in itertools.islice(_BEFORE_COURSE.finditer(text), TRIED_AT_MOST):
        words = _GIVEN_SUFFIX.sub("", m["name"]).split()  # "the CAMFT-sponsored course"
        # "the UCLA PEERS training", "the Polaris Project human trafficking training".
        while words and not _is_name(" ".join(words), text, m.end()):
            words.pop()
        name = " ".join(words)
        if name and (
            re.search(rf"\b{_ORG}\b", name, re.I) or (_single_brand(name) and not _says_topic(name))
        ):
            return ProviderMention(name, m.start(), m.start() + len(name))
    return None


def _clause(text: str) -> ProviderMention | None:
    """A clause of capitalised words standing apart: "…, Praxis, live online"."""
    clauses = list(itertools.islice(_CLAUSE.finditer(text), 1, 1 + TRIED_AT_MOST))
    for m in clauses:
        said = m[0].strip(" .!?:")
        if said and said == said.lower():
            if _lower_org(said) == said:
                start = m.start() + m[0].index(said)
                return ProviderMention(said, start, start + len(said))
            continue
        name = _trim(said)
        if not name or name != said:
            continue
        if re.fullmatch(_CAPS, name) and _is_name(name, text, m.end()) and not _says_topic(name):
            start = m.start() + m[0].index(name)
            return ProviderMention(name, start, start + len(name))
    return None


_CAMPUS = re.compile(rf"\s+at\s+{_CAP}(?:\s+{_CAP})?")
_CAMPUS_SCHOOL = re.compile(rf"\s+at\s+{_CAPS}")
# "the University of Texas at Austin …": an organisation by its first words.
_ORG_START = re.compile(r"(?:University|College)\s+of\s+[A-Z]")


def _with_campus(text: str, found: ProviderMention) -> ProviderMention:
    """ "University of Texas at Austin": a campus is part of its university's name, and so is
    a school of it named after ("… at Austin Steve Hicks School of Social Work")."""
    m = _CAMPUS.match(text, found.end)
    if m is None or not found.name.startswith("University") or _is_not_campus(m[0]):
        return found
    school = _CAMPUS_SCHOOL.match(text, found.end)
    if school is not None and _ORG_END.search(school[0]):
        m = school
    return ProviderMention(found.name + m[0], found.start, m.end())


def _is_not_campus(said: str) -> bool:
    return any(w.lower() in _NOT_NAMES for w in said.split()[1:])


def _with_acronym(text: str, found: ProviderMention) -> ProviderMention:
    """ "Providers Clinical Support System (PCSS)": the short form the clinician uses."""
    m = _ACRONYM_AFTER.match(text, found.end)
    if m and len(found.name.split()) > 1:
        initials = "".join(w[0] for w in found.name.split() if w[0].isupper())
        if initials.upper() == m["acro"].replace("&", ""):
            return ProviderMention(m["acro"], found.start, m.end())
    return found


_GIVEN_SUFFIX = re.compile(r"-(?:sponsored|hosted|run|led|offered|presented)$", re.I)
_APPROVED_PREFIX = re.compile(r"^[\w&]+-(?:approved|accredited|certified|endorsed)\s+", re.I)


def _trim(name: str) -> str:
    """The name without trailing little words or punctuation ("PsychArmor on" → "PsychArmor")."""
    name = re.sub(r"'s$", "", name.strip(" .,'-"))
    name = _APPROVED_PREFIX.sub("", name)  # "IACET-accredited Relias": the approval, then who
    name = _GIVEN_SUFFIX.sub("", name)  # "the CAMFT-sponsored course": CAMFT gave it
    words = name.split()
    while words and (words[-1].lower() in _NOT_NAMES or words[-1].lower() in _LITTLE):
        if words[-1] == "Today" and len(words) > 1 and words[-2][0].isupper():
            break  # "Social Work Today", "Psychology Today": a magazine's name, not the day
        words.pop()
    while words and words[0].lower() in _LITTLE:
        words.pop(0)
    return " ".join(words)


_EVENTS = frozenset({"summit", "conference", "symposium", "convention", "expo", "meeting", "day"})
_LITTLE = frozenset({"of", "for", "and", "&", "the", "on", "in", "at", "against", "a", "an"})


def _is_name(name: str, text: str, end: int) -> bool:
    """Whether capitalised words name an organisation, not a day, state, method or approver."""
    lowered = name.lower()
    words = lowered.split()
    if lowered in APPROVERS or lowered in _STATES or words[0] in {"i", "my", "dr", "dr."}:
        return False
    if words[-1] in _EVENTS:
        return False  # "the Midwest Trauma Summit": the event is the course, not who gave it
    if _APPROVED_AFTER.match(text[end : end + 20]):
        return False  # "NBCC-approved", "ASWB ACE credits"
    if name.endswith(" Board"):
        return True  # "the Iowa Board" named as such; "the state board" is no one's name
    if _ORG_END.search(lowered) and not all(w in _STATES or w in _LITTLE for w in words[:-1]):
        return not (len(words) == 1 and words[0] in {"school", "hospital", "clinic", "hospice"})
    return not all(w in _NOT_NAMES or w in _STATES or w in _LITTLE for w in words)


def _says_topic(name: str) -> bool:
    """Capitalised words of a course's subject ("Cultural Humility in Clinical Practice")."""
    words = re.split(r"[\s-]+", name.lower())  # "Trauma-Informed Schools"
    return not _ORG_END.search(name) and any(w in CE_WORDS for w in words)


def _single_brand(name: str) -> bool:
    """One or two capitalised words that read as a brand ("Motivo", "CHOP", "Johns Hopkins")."""
    return len(name.split()) <= 2 and not re.fullmatch(r"[A-Z]{1,2}", name)


def _lower_org(name: str) -> str:
    """A provider said in lower case: an organisation word with a name ("university of iowa")."""
    words = name.split()
    for i, word in enumerate(words):
        if word in _STOP:
            words = words[:i]
            break
    name = " ".join(words)
    known = _known(name)
    if known is not None:
        return name[known.start : known.end]
    if "board" in words:
        return ""  # "the state board", "the AZ board": a licensing board approves, not gives
    if "of" in words[1:-1] and re.search(rf"\b{_ORG}\b", name, re.I) and words[-1] not in _LITTLE:
        return name if not _ORG_END.fullmatch(name) else ""
    # "our county behavioral health dept", "the state coalition against domestic violence".
    while words and words[0] in {"our", "my", "the", "a", "an", "their", "his", "her"}:
        words = words[1:]
    at = next((i for i, w in enumerate(words) if _LOWER_ORG.fullmatch(w)), None)
    if at is None or at == 0:
        return ""
    tail = words[at + 1 : at + 5]
    if tail and tail[0] in {"of", "for", "against", "on"} and len(tail) > 1:
        return " ".join(words[: at + 1 + len(tail)])
    # "the police dept" is somewhere, not someone's name; "our county … dept" names one.
    return " ".join(words[: at + 1]) if words[0] in _PLACE_WORDS else ""


_PLACE_WORDS = frozenset({"state", "county", "city", "regional", "local", "district", "tribal"})


_LOWER_ORG = re.compile(
    r"dept|department|agency|coalition|association|council|society|institute|foundation"
    r"|alliance|network|academy|university|college|hospital|clinic|center|centre|consortium"
)


_STOP = frozenset(
    [
        "on",
        "in",
        "at",
        "for",
        "about",
        "with",
        "yesterday",
        "today",
        "last",
        "this",
        "and",
        "then",
        "but",
        "which",
        "that",
        "it",
        "was",
        "is",
        "online",
        "live",
        "recorded",
        "webinar",
        "course",
        "training",
        "workshop",
        "conference",
    ]
)
