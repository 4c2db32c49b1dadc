"""A report of a course that brings a client in, read without the client (issue #18).

The store's reader (store/client_details.py) flags names, initials and ages; this finds the
phrases clinicians use to bring a client in — "my pt", "a teen I see", "Mrs. P's case", "my 3pm",
"bc of a new kiddo on my caseload" — and `course_beside_a_client` keeps the clauses about the
course and leaves out every clause about the client, so no client word can reach its title or
provider. The words saying when or how long of the course ("yesterday", "2 hrs") are kept.
"""

from __future__ import annotations

import itertools
import re

from bot.parsing.client_info import client_details, without_client_details
from bot.parsing.intent import COMPLETION_VERB

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
    # "client K. disclosed SI", "pt JR"; not "patients I saw", the member's own "I"
    rf"|\b(?:{_PERSON})(?=\s+(?-i:[A-Z]))(?!\s+(?-i:I)(?:\s|['’])){_NAMED}"
    r")",
    re.I,
)
_INFINITIVE = {"do": "did", "take": "took", "finish": "finished", "complete": "completed"}
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
    """``text`` without the clauses about a client (see `course_beside_a_client`); and whether
    any went. A message all about a client comes back as it was, left to the store's reader."""
    rest = course_beside_a_client(text)
    if rest is None or rest == text:
        return text, False
    return rest, True


# --- A course told beside a client (#18): the course's clauses kept, the client's dropped ---

# Where a clause starts: punctuation, or a word that starts a new thought ("…, then finished").
_CLAUSE_START = re.compile(
    # "Mrs. P", "Dr. Kim", "K. has": a title's or an initial's full stop ends no clause.
    r"(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bst)(?<!\bprof)(?<!\bvs)(?<!\b[A-Z])[.!?;:](?=\s|$)"
    r"|[,()\[\]—–]|\s-\s|\b(?:and\s+then|then|so|because|bc|b/c|since|but|anyway"
    r"|anyways|later|after|which|when|while|plus)\b",
    re.I,
)
_SENTENCE_START = re.compile(r"^(?:[.!?;:—–]|\s-\s)|^\W*(?:anyway|anyways)\b", re.I)
# What names a course: a course's noun, a quoted title, or the member's own doing ("so I did").
_COURSE_NOUN = re.compile(
    r"\b(?:courses?|webinars?|workshops?|trainings?|class(?:es)?|modules?|seminars?|conferences?"
    r"|lectures?|grand\s+rounds|podcasts?|ces?|ceus?|credits?|contact\s+h(?:ou)?rs?|refresher"
    r"|intensive|summit|symposium|in-?service|presentation|certification|certificate|cert"
    r"|e-?learning|post-?test|curriculum|program(?:me)?)\b"
    r"|'[^']{4,}'|\"[^\"]{4,}\"|[‘“][^’”]{4,}[’”]",
    re.I,
)
_I_DID = re.compile(
    rf"\b(?:i|i'?ve|i\s+just|just)\s+(?:\w+\s+)?(?:{COMPLETION_VERB.pattern})", re.I
)
_DOING_FIRST = re.compile(
    rf"^\W*(?:(?:and\s+then|then|so|anyway|anyways|later|also|plus|after\s+that)\W+)*"
    rf"(?:{COMPLETION_VERB.pattern})",
    re.I,
)
# Who a clause is about, beyond `_WHO`: "my 3pm" (a booked hour), "the M. family", "K. has
# been …" (an initial as the subject), "sessions with pts", "Client's mom", "JR's dad".
_MORE_WHO = re.compile(
    r"\bmy\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|o'?clock)\b(?!\s+(?:course|class|webinar|training"
    r"|workshop|lecture|module|seminar))"
    r"|\bthe\s+(?-i:[A-Z]\.?|[A-Z][a-z'-]+)\s+(?:family|kids|household)\b(?!\s+(?:therapy|systems"
    r"|law|court|institute))"
    r"|(?-i:(?<![\w.])(?<!Dr\.\s)(?<!Prof\.\s)[A-Z]\.)(?=\s+(?:has|had|is|was|keeps|kept|came|said"
    r"|told|got|just|finally|disclosed|relapsed|started|stopped|and|\(|'s)\b)"
    r"|\b(?:client|clt|pt|patient)\s+(?:no[- ]?show\w*|cancel+ed|didn'?t\s+show)"
    r"|\b(?:sessions?|appts?|appointments?)\s+with\s+(?:\w+\s+)?(?:clients?|pts?|patients?)\b"
    r"|(?:\b(?:clients?|pts?|patients?|kiddos?)|(?-i:\b[A-Z]{1,2}|\b[A-Z]\.(?:[A-Z]\.)?))['’]s\s+(?:mom|dad|mother|father|parents?|wife|husband"
    r"|partner|sister|brother|kids?|son|daughter|family|teacher|school|case|diagnosis|dx"
    r"|insurance|grandma|grandmother|grandpa|boyfriend|girlfriend)\b",
    re.I,
)
# "for my clients", "with our patients": clients in general, no one client.
_CLIENTS = re.compile(
    r"(?:\W*\b(?:for|with|about|to|of)\s+)?\b(?:my|our)\s+(?:clients|pts|patients|kiddos|clts)",
    re.I,
)
# A clause about a session with no course in it ("did 2 hrs of sessions", "then 1 hr intake").
_SESSION = re.compile(
    r"\b(?:sessions?|appts?|appointments?|intakes?|no[- ]?show\w*|caseload|consults?)\b", re.I
)
# Little words left at the start or end of the kept text by a dropped clause.
_LEFT_OVER = re.compile(
    r"^(?:\W*\b(?:and\s+then|then|so|because|bc|since|but|anyway|anyways|later|after\s+th(?:at|is)"
    r"|afterwards?|after|plus|(?:which\s+|that'?s\s+|this\s+)?(?:is|was)\s+why)\b)+"
    r"|\b(?:for|because\s+of|bc\s+of|about|with|re|w/|due\s+to|and)\W*$",
    re.I,
)
# A clause saying only when, how long or how ("…, on 11/20", ", 3 hrs", "(online, recorded)"):
# the course's, said after it.
_ONLY_WHEN = re.compile(
    r"^[\W\s]*(?:(?:on|at|for|about|approx\.?)\s+)?(?:\d[\d./:-]*\s*(?:h|hrs?|hours?|ces?|ceus?"
    r"|min(?:ute)?s?)?|yesterday|today|last\s+\w+|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?"
    r"|sun)(?:day)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?|online|recorded|live|on[- ]demand|self[- ]study|virtual|zoom|in[- ]person)"
    r"[\W\s]*$",
    re.I,
)
CLAUSES_AT_MOST = 40  # clauses of a message read one by one; the rest is read as one


def course_beside_a_client(text: str) -> str | None:
    """The message's clauses about a course, with every clause about a client left out.

    A clause that brings a client in goes whole, and so do the ones that go on about them
    ("my 3pm, Sarah, cancelled"), until a clause names a course again ("so I did the 2 h …");
    a course said first keeps its clause ("… yesterday for a teen I see"). None when nothing
    of a course is left: a client's own course ("my pt finished his anger management course",
    "patient anna was hospitalized, took a crisis course") or a session is no CE of the
    member's. The text comes back as it was when no client is in it.
    """
    names = tuple(d for d in client_details(text) if d.kind == "name" and d.removable)
    if names:  # a bare name ("… from Hazelden Betty Ford") goes alone; its clause can stay
        text = without_client_details(text, names)
    spans = [(d.start, d.end) for d in client_details(text)]
    for pattern in (_WHO, _MORE_WHO):
        found = list(itertools.islice(pattern.finditer(text), PHRASES_AT_MOST * 4 + 1))
        if len(found) > PHRASES_AT_MOST * 4:
            return None  # a wall of text about clients: none of it is read as a course
        spans += [m.span() for m in found if not _CLIENTS.fullmatch(m[0])]
    if not spans:
        return text  # "the ethics session counted for 3": a session said of no client
    starts = [m.start() for m in itertools.islice(_CLAUSE_START.finditer(text), CLAUSES_AT_MOST)]
    kept: list[str] = []
    story = _Story()
    for start, end in itertools.pairwise([0, *sorted(set(starts) - {0}), len(text)]):
        clause = text[start:end]
        new_sentence = start == 0 or bool(_SENTENCE_START.match(clause))
        course = _names_a_course(clause, first=new_sentence)
        if story.client_did and not new_sentence and not _I_DID.search(clause):
            course = course and not _DOING_FIRST.match(clause)  # "…, took a 1h course": theirs
        at = min((max(s, start) for s, e in spans if s < end and start < e), default=None)
        if at is None and _SESSION.search(clause) and not _COURSE_NOUN.search(clause):
            at = start
        if at is None:
            if (
                story.going_on
                and not course
                and not (story.said_first and _ONLY_WHEN.match(clause))
            ):
                continue
            kept.append(clause)
            story.named |= course
            story.going_on = story.going_on and not course
            story.client_did = story.client_did and not (course or new_sentence)
            continue
        # A clause opening inside a client's phrase ("my 3pm, Sarah") goes on about them.
        on = any(s < start < e for s, e in spans)
        kept.append(story.client_clause(text, start, at, end, going_on=on))
    if not story.cut and not names:
        return text
    rest = re.sub(r"\s+", " ", "".join(kept))
    rest = _LEFT_OVER.sub("", re.sub(r"^[^\w'\"‘“]+", "", rest)).strip(" ,;:-–—")
    return rest if story.named and rest else None


class _Story:
    """What `course_beside_a_client` knows so far, clause by clause."""

    def __init__(self) -> None:
        self.cut = False  # anything left out
        self.going_on = False  # the clauses still tell of the client
        self.client_did = False  # the client is who did what the last clause says
        self.said_first = False  # the course was said before the client, in the same clause
        self.named = False  # a course is kept

    def client_clause(self, text: str, start: int, at: int, end: int, *, going_on: bool) -> str:
        """What is kept of a clause with a client in it from ``at`` (often nothing)."""
        before = text[start:at]
        if not going_on:
            self.client_did = _FILLER.fullmatch(before) is not None
            self.said_first = self.named and not self.client_did  # "… webinar after seeing Mr. T"
        self.cut = self.going_on = True
        if at > start and _names_a_course(before, first=False):  # "… webinar for a teen I see"
            self.named = self.said_first = True
            when = " ".join(k[0] for k in _KEEP.finditer(text, at, end))
            return f"{_LEFT_OVER.sub('', before.rstrip())} {when}"
        again = _ME_AGAIN.search(text, at, end)
        if again is None:
            return ""
        said = re.match(r"(\w+)\b", text[again.end() :])  # "… inspired me to do a 2 h course"
        verb = _INFINITIVE.get(said[1].lower(), "") if said else ""
        self.named, self.going_on, self.client_did = True, False, False
        return f" {verb} {text[again.end() + (len(said[1]) if verb and said else 0) : end]}"


# Nothing but a clause's opening before the client: the client is who the clause is about.
_FILLER = re.compile(r"[\W\s]*(?:(?:and|so|but|then|also|plus|ugh|well|anyway|anyways|oh)\W+)*")


def _names_a_course(clause: str, *, first: bool) -> bool:
    """Whether a clause names a course or the member's own doing (a new sentence's verb too)."""
    return bool(
        _COURSE_NOUN.search(clause)
        or _I_DID.search(clause)
        or (first and _DOING_FIRST.match(clause))
    )
