"""Cut a message into one piece per course and pull the course's name out of each piece."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

from bot.parsing.catalog_words import GENERIC
from bot.parsing.dates import DateMention
from bot.parsing.hours import HoursMention
from bot.parsing.intent import reported_verb

QUOTED = re.compile(r"""(?:^|(?<=[\s(:]))["'](?P<title>[^"']{3,}?)["'](?=[\s,.;:!?)—–-]|$)""")
_SEPARATOR = re.compile(r"\s*(?:,|;|\band\b|\bplus\b|&|\+|\balso\b|\.\s)+\s*", re.I)
_LIST = re.compile(r"\s*(?:,|;|\band\b|&|\+)\s*", re.I)
_DELIMITER = re.compile(
    r"[,;:(\[—–!?]|\s-\s|\.(?:\s|$)|\bbut\b|\bwhich\b|\bso\b|\blol\b|\bhaha\b"
    r"|\b(?:does|do|did|is|will|would|can)\s+(?:that|this|it|you)\b"
    r"|\bfor\s+(?:my|our|the)\s+(?:\w+\s+){0,2}(?:license|licence|renewal|cycle|requirements?)\b"
    r"|\s(?:that\s+)?i\s+(?:watched|took|did|attended|finished|completed|had|was)\b",
    re.I,
)
_LEAD = re.compile(
    r"^(?:(?:i\s+think|i\s+believe|the|a|an|my|our|their|your|that|this|these|up|with|w|in|on"
    r"|of|for|about"
    r"|off|all|i|just|finally"
    r"|also|and|then|another|both|today'?s|'?ve|have|had|officially|done|pls|plz|please|ok|okay"
    r"|fyi|btw|fwiw|ps|update|quick\s+(?:one|update|note)|heads\s+up"
    r"|so|um|hmm|like|maybe|i\s+think|i\s+believe|it\s+was|it'?s|was|is|were|are|some|one"
    r"|thing(?=\s+(?:on|about)\b)|got\s+around\s+to|from(?=\s+(?:the|a|an)\s)"
    # "got 2 CEs from the AFSP webinar", its hours blanked: "got" is the verb said.
    r"|got(?=\s+(?:from|at|for)\b)"
    r"|(?:half|full|\d+|one|two|three)[- ]days?|hi|hey|hello|hiya|heya|morning|good\s+morning"
    r"|good\s+afternoon|good\s+evening|happy\s+\w+|sat\s+(?:for|in\s+on|in|through|thru)|spent"
    r"|around|about|at|by|s|post[- ]?test(?:\s+for)?|quiz(?:\s+for)?|exam\s+for"
    r"|(?:certificate|cert)\s+for|-long)(?:\s+|$)|[\W_]+)+",
    re.I,
)
# Words and punctuation that trail a course's name ("… on zoom lol!"). The tail is read on the
# reversed text, from its start: searched for at the end (`(…|[\W_]+)+$`), every position was
# tried and a run of punctuation could be split every which way, exponential in its length.
_TRAIL_WORDS = (
    "on",
    "at",
    "from",
    "by",
    "for",
    "in",
    "with",
    "and",
    "of",
    "the",
    "via",
    "through",
    "online",
    "virtually",
    "live",
    "on zoom",
    "in-person",
    "in person",
    "on-demand",
    "on demand",
    "lol",
    "yay",
    "finally",
    "today",
    "total",
    "all",
    "is",
    "was",
    "one",
    "thing",
    "stuff",
    "it",
    "both",
    "each",
    "apiece",
    "presented",
    "hosted",
    "taught",
    "led",
    "offered",
    "sponsored",
    "given",
    "last week",
    "this week",
    "last weekend",
    "this weekend",
    "this past week",
    "over",
    "during",
)
_TRAIL_REVERSED = re.compile(
    r"(?:(?:"
    + "|".join(re.escape(word[::-1]).replace(r"\ ", r"\s+") for word in _TRAIL_WORDS)
    + r")\s+|[\W_]+)+",
    re.I,
)
_PROVIDER_PHRASE = re.compile(
    # "veterans with PTSD": a diagnosis' letters are the course's words.
    r"\s+(?:from|by|through|via|with)\s+(?!(?:C-)?PTSD\b|OCD\b|ADHD\b|ASD\b|BPD\b|SUDs?\b|TBI\b"
    r"|SMI\b|GAD\b|MDD\b|PPD\b|HIV\b|AIDS\b|LGBTQ|BIPOC\b|Autism\b|Dementia\b|Bipolar\b"
    r"|Schizophrenia\b|Anxiety\b|Depression\b)[A-Z][\w&.'-]*(?:\s+[A-Z][\w&'-]*)*$"
    # "DEI training from my hospital's HR": who gave it, said without a name.
    r"|\s+(?:from|through|thru|via|(?:put\s+on|hosted|offered|presented)\s+by)\s+(?:my|our"
    r"|the\s+(?=(?:state|county|city|local|regional)\b))\s*(?:[\w'&-]+\s+){0,3}?[\w'&-]+$"
)


# "NBCC-approved", "ASWB ACE approved", "approved by APA": the approval, not the course's name.
APPROVAL = re.compile(
    r"\b[A-Z][\w&]*(?:\s+ACE)?[- ](?:approved|accredited)\b|\b(?:approved|accredited)\s+by\s+"
    r"[A-Z][\w&]*(?:\s+ACE)?"
)


_EMPTY_BRACKETS = re.compile(r"\(\s*[,;]?\s*\)")
# "two courses this week: …", "3 courses in november", "three things from PESI".
_COUNTED = re.compile(
    r"\b(?:two|three|four|five|six|several|some|a\s+few|a\s+couple(?:\s+of)?|\d+)\s+(?:more\s+)?"
    r"(?:courses|things|trainings|webinars|modules|ces|classes|workshops|sessions)\b"
    r"(?:\s+in\s+[a-z]+)?",
    re.I,
)


def normalize(text: str) -> str:
    """Plain text: emoji and symbols become spaces, curly quotes straight, w/ becomes with."""
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    text = re.sub(r"[✅✔☑]\ufe0f?", " done ", text)
    text = "".join(
        " " if unicodedata.category(ch) in {"So", "Sk", "Cs", "Co", "Mn"} else ch for ch in text
    )
    text = re.sub(r"\bw/\s*", "with ", text, flags=re.I)
    text = re.sub(r"\s@\s*(?=[A-Za-z])", " at ", text)  # "grand rounds @ McLean"
    return re.sub(r"\s+", " ", text).strip()


def split_courses(text: str, hours: list[HoursMention]) -> list[str]:
    """One piece per course: split between hour mentions where a list separator stands."""
    quoted = [m.span() for m in itertools.islice(QUOTED.finditer(text), 2 * len(hours) + 2)]
    # "'Clinical Supervision 30-hr Training' …, 30 hrs": a number in a title says no course.
    outside = [h for h in hours if not _within(h.start, quoted)]
    hours = outside or hours
    if len(hours) == 1 and re.match(r"\W*(?:each|apiece)\b", text[hours[0].end :], re.I):
        return _parts(text) or _each(text, hours[0])
    cuts: list[int] = []
    for first, second in itertools.pairwise(hours):
        between = text[first.end : second.start]
        # "'Trauma & the Body'": a title's "&" or "and" lists nothing.
        seps = [
            m for m in _SEPARATOR.finditer(between) if not _within(first.end + m.start(), quoted)
        ]
        if not seps:
            continue
        cuts.append(first.end + _cut(between, seps))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < at < b for a, b in spans)


def _cut(between: str, seps: list[re.Match[str]]) -> int:
    """Where to cut between two courses' hours, so each keeps its own date.

    A sentence break wins ("ethics (3h) yesterday. also did a 1h …"); "A (3h, 11/2), B (2h …":
    after A's brackets; "A (2h) and B (3h)": right after A's hours; "2h of A and 3h of B":
    before B's.
    """
    strong = [m for m in seps if re.search(r"[.;]", m[0])]
    if strong:
        return strong[-1].start()
    close = between.find(")")
    after = [m for m in seps if m.start() >= close] if close != -1 else []
    if after:
        return after[0].start()
    early = re.match(r"^\s*\)?", between)
    if len(seps) > 1 and _DATE_LIKE.search(between, seps[0].end(), seps[-1].start()):
        # "A 2 hrs, 12/28, and B 6 hrs, 12/31": A's date is A's; "A, 3 hrs, 2/4 and their
        # telehealth one 2/6, 2 hrs": the "and" after A's date starts B, B's date its own.
        joined = [m for m in seps[1:] if _JOINING.search(m[0])]
        return (joined[0] if joined else seps[-1]).start()
    return seps[0].start() if early and seps[0].start() <= early.end() else seps[-1].start()


_JOINING = re.compile(r"\b(?:and|plus|also)\b|[&+]", re.I)
_DATE_LIKE = re.compile(
    r"\b\d{1,2}/\d{1,2}\b|\b(?:yesterday|today|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b",
    re.I,
)


_TWICE = re.compile(r"\b(on|in|at|of|for|the|from|with|about)(?:\s+\1\b)+", re.I)
# A time of day: when, never part of a course's name.
_CLOCK = re.compile(
    r"\b(?:(?:at|around|about|by|until|til|till)\s+|~\s*)?\d{1,2}(?::[0-5]\d)?\s*+"
    r"(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\b(?:(?:at|around|about|by)\s+)?\d{1,2}:[0-5]\d\b",
    re.I,
)
_OF_ALL = re.compile(r"\s*(?:both|all|each|the\s+two|all\s+(?:two|three|four))\b", re.I)


_PART = re.compile(r"\bpart\s+(?:\d{1,2}|one|two|three|four|i{1,3}|iv)\b", re.I)
_PART_JOIN = re.compile(r"\s*(?:,|&|\+|\band\b|,\s*and\b|then)\s*", re.I)
_DAY = (
    r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
    r"(?:day)?)"
)
_OWN_DAY = re.compile(rf"\s+(?:on\s+)?{_DAY}\b", re.I)
_DAY_RE = re.compile(rf"\b{_DAY}\b", re.I)


def _parts(text: str) -> list[str] | None:
    """ "part 1 on 9/30 and part 2 on 10/1, 3 hrs each", "'X' part 1 and part 2, 2/17 and 2/19":
    one course per part, each with its own day and the hours said once; None when no parts are
    listed together."""
    parts = list(itertools.islice(_PART.finditer(text), 6))
    if len(parts) < 2:
        return None
    segments: list[tuple[int, int]] = []
    for i, part in enumerate(parts):
        own = _OWN_DAY.match(text, part.end())
        end = own.end() if own else part.end()
        if i + 1 < len(parts) and not _PART_JOIN.fullmatch(text[end : parts[i + 1].start()]):
            return None  # the parts are not one list ("part 1 of A … part 2 of B")
        segments.append((part.start(), end))
    owned = [_DAY_RE.search(text, a + 5, b) for a, b in segments]
    listed = None if all(owned) else _day_list(text, len(parts), segments[-1][1])
    if not all(owned) and listed is None:
        return None
    quoted = QUOTED.search(text)
    pieces = []
    for k, (a, _) in enumerate(segments):
        part_words = text[a : parts[k].end()]
        said = owned[k]
        day = said[0] if said else (listed[k] if listed else "")
        head, tail = text[: segments[0][0]], text[segments[-1][1] :]
        if listed is not None:
            tail = tail.replace(listed[-1], "", 1)  # the list's days, said once, go to their parts
            for other in listed[:-1]:
                tail = tail.replace(other, "", 1)
        if not quoted:  # "the TBHI telehealth series: part 1": the part is the series' name's
            head = head.rstrip(" :—–-")
        middle = f" {day} " if quoted else f" {part_words} {day} "
        piece = f"{head}{middle}{tail}"
        if quoted:  # "'Ethics in Rural Practice part 1'": the part is its name's
            title = quoted["title"]
            piece = piece.replace(title, f"{title} {part_words.lower()}", 1)
        pieces.append(re.sub(r"\s*,(?:\s*(?:and\s*)?,)+", ",", re.sub(r"\s{2,}", " ", piece)))
    return pieces


def _day_list(text: str, count: int, after: int) -> list[str] | None:
    """ "12/29 and 12/30": as many days as parts, listed together, in the order said."""
    days = list(itertools.islice(_DAY_RE.finditer(text, after), count + 1))
    if len(days) != count:
        return None
    for first, second in itertools.pairwise(days):
        if not _PART_JOIN.fullmatch(text[first.end() : second.start()]):
            return None
    return [m[0] for m in days]


def _each(text: str, said: HoursMention) -> list[str]:
    """ "A and B, 3 hours each": one piece per course, each carrying the hours said once."""
    parts = [p for p in _LIST.split(text[: said.start]) if re.search(r"[a-z]{2}", p, re.I)]
    # "…, both CE4Less 3 hrs each": said of all the courses, no course of its own.
    shared = [p for p in parts if _OF_ALL.match(p)]
    parts = [p for p in parts if not _OF_ALL.match(p)]
    if len(parts) < 2:
        return [text]
    rest = " ".join([*(p.strip() for p in shared), text[said.start :]])
    return [f"{part} {rest}" for part in parts]


def course_phrase(piece: str, hours: list[HoursMention], dates: list[DateMention]) -> str:
    """The course's name as the clinician wrote it ("PESI trauma webinar"), or ""."""
    quoted = QUOTED.search(piece)
    if quoted:
        return quoted["title"].strip()
    text = _blank(piece, [*hours, *dates])
    text = _CLOCK.sub(lambda m: " " * len(m[0]), text)  # "finished around 11:45pm — …"
    text = _EMPTY_BRACKETS.sub(lambda m: " " * len(m[0]), text)  # "workshop (3.5 hrs) on …"
    text = _COUNTED.sub(lambda m: " " * len(m[0]), text)  # "three things from PESI: …"
    verb = reported_verb(text)
    after = text[verb.end() :] if verb else _from_hours_clause(text, hours)
    after = _LABEL.sub(lambda m: " " * len(m[0]), after, count=1)  # "log my CE: Trauma …"
    phrase = _first_clause(_DELIMITER.split(after))
    if verb and _ONLY_A_VERB.fullmatch(phrase):
        phrase = ""  # "the CBT course … is done, 12 hrs, finished 11/25": named before the verb
    bare = next((h for h in hours if h.bare), None)
    if bare is not None:  # "…: ethics of documentation 3, telehealth basics 2": the words before
        start = verb.end() if verb and verb.end() <= bare.start else 0  # "did grief 2": no "did"
        phrase = _first_clause(reversed(_DELIMITER.split(text[start : bare.start])[-1:])) or phrase
    if not phrase and verb:
        phrase = _first_clause(reversed(_DELIMITER.split(text[: verb.start()])))
    elif not phrase and hours:  # "Back from X's annual conference!! 14.5 hrs total": said before
        phrase = _first_clause(reversed(re.split(r"[.!?]+\s|:\s", text[: hours[0].start])))
    phrase = _PROVIDER_PHRASE.sub("", phrase) if phrase.count(" ") > 1 else phrase
    phrase = _tidy(APPROVAL.sub(" ", phrase))
    if phrase and _ONLY_AN_EVENT.fullmatch(phrase):
        # "grand rounds thurs (ADHD meds in kids)", "the fall workshop, topic was crisis
        # intervention": the event's subject, said apart, is part of its name.
        subject = _subject(after[after.lower().find(phrase.lower()) + len(phrase) :])
        if subject:
            phrase = f"{phrase} — {subject}"
    # "a webinar", "3 hours of CE": words for a kind of course name none.
    return "" if all(w in GENERIC for w in re.findall(r"[a-z]+", phrase.lower())) else phrase


# A label before a colon says what follows is the course: "my CE: …", "the course: …".
_LABEL = re.compile(
    r"^\W*(?:(?:my|the|a|an|this|these|some|new|another|latest|recent)\s+)*(?:ce|ces|ceus?"
    r"|course|training|hours|credits?|completion|certificate|cert|one|entry)\s*:\s",
    re.I,
)


def _from_hours_clause(text: str, hours: list[HoursMention]) -> str:
    """With no verb, the text from the clause that says the hours: "july 4th weekend = ce
    weekend. sat: 3hr grief & loss in children" names its course beside its hours."""
    if not hours:
        return text
    breaks = [m.end() for m in _SENTENCE.finditer(text, 0, hours[0].start)]
    return text[breaks[-1] :] if breaks else text


_SENTENCE = re.compile(r"[.!?]\s|:\s")
_ONLY_A_VERB = re.compile(
    r"(?:finished|completed|done|did|took|attended|watched|passed|wrapped(?:\s+up)?)", re.I
)
_EVENT_WORDS = (
    r"(?:grand\s+rounds|rounds|webinar|training|in-?service|conference|workshop|lecture|talk"
    r"|seminar|session|presentation|meeting|symposium|summit|retreat|course|class|module|event)"
)
_ONLY_AN_EVENT = re.compile(
    r"(?:(?:psych|psychiatry|psychiatric|medical|monthly|weekly|annual|fall|spring|summer|winter"
    rf"|staff|department|dept|hospital|clinic|agency|noon|lunch|the|a|an|our|my)\s+)*{_EVENT_WORDS}s?",
    re.I,
)
_SUBJECT_LEAD = re.compile(
    r"^\W*(?:(?:on|about|re|topic\s+was|topic|subject|the\s+topic\s+was|it\s+was\s+on|was\s+on"
    r"|covering|covered)\b\W*)*",
    re.I,
)


_NOT_A_SUBJECT = re.compile(
    r"^\W*(?:from|by|through|thru|via|with|at|hosted|presented|sponsored|offered|put\s+on)\b"
    r"|\b(?:i|me|my|we|us|you|need|needs|check|will|gonna|going|was|were|is|are|have|has|had|did"
    r"|do|got|get|lol|cert|certificate|live|online|recorded|zoom|in\s+person|virtual|credits?|ces?"
    r"|ceus?)\b",
    re.I,
)


def _subject(rest: str) -> str:
    """The first clause after an event's name that says what it was about, or ""."""
    for clause in _DELIMITER.split(rest)[:4]:
        said = _tidy(_SUBJECT_LEAD.sub("", clause.strip()))
        words = re.findall(r"[a-z]+", said.lower())
        if _NOT_A_SUBJECT.search(said):
            continue
        if len(words) >= 2 and not all(w in GENERIC for w in words) and len(said) <= 80:
            return said
    return ""


def other_clauses(piece: str, hours: list[HoursMention], dates: list[DateMention]) -> list[str]:
    """Every clause of the piece with letters in it, hours and dates blanked out."""
    text = _blank(piece, [*hours, *dates])
    clauses = [_tidy(c) for c in re.split(r"[,;:(\[\])—–!?|+]|\s-\s|\.(?:\s|$)", text)]
    return [c for c in clauses if re.search(r"[a-z]{2}", c, re.I)]


def shorten(text: str, limit: int) -> str:
    """``text`` itself, or cut at a word to ``limit`` characters with "…" when longer."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,.;:-") + "…"


def _blank(piece: str, spans: list[HoursMention | DateMention]) -> str:
    blanked = list(piece)
    for span in spans:
        blanked[span.start : span.end] = " " * (span.end - span.start)
    return "".join(blanked)


def _first_clause(clauses: Iterable[str]) -> str:
    for clause in clauses:
        clause = _tidy(clause)
        if re.search(r"[a-z]{2}", clause, re.I) and not _NOT_A_TITLE.fullmatch(clause):
            return clause
    return ""


# Clauses that name no course: "took it 1/2", "14.5 hrs total", "in person", "is in".
_NOT_A_TITLE = re.compile(
    r"\W*(?:(?:it|this|that|them|those|total|in\s+total|all|each|stuff|things?|sessions|is\s+in|came\s+in|(?:in[- ])?person|as(?:\s+of)?"
    r"|online|live|zoom|recorded|on[- ]demand|last|past|next|earlier|week(?:end)?)\W*)+",
    re.I,
)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = _TWICE.sub(r"\1", text)  # "grand rounds on 11/20 on perinatal …", the date blanked
    text = _LEAD.sub("", text)
    tail = _TRAIL_REVERSED.match(text[::-1])
    return (text[: len(text) - tail.end()] if tail else text).strip()
