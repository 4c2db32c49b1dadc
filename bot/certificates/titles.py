"""A certificate's course title: a labelled value, the line after a completion cue, a quoted
name, the prominent line of an award, or a one-row table's first cell.

It uses fields.py's line readers: what is a field line, a person, an organisation.
"""

from __future__ import annotations

import re

from bot.certificates.fields import (
    _HEADING,
    _ORG_WORDS,
    _a_person,
    _clip,
    _is_field_line,
    _one_row,
)
from bot.certificates.kinds import table_head
from bot.certificates.text import FULL_DATE, WRAPS_AT, CertificateText
from bot.parsing.model import TITLE_AT_MOST

_TITLE_LABEL = re.compile(
    r"^(?:course\s+title|program\s+title|course\s+name|activity\s+title|session\s+title"
    r"|(?:course|program|training)\s+completed|completed\s+(?:course|program|training)"
    r"|webinar\s+title|event\s+title|workshop\s+title|presentation\s+title|title)\s*:?\s+"
    r"(?!of\s)(?P<v>.+)$"
    # without its colon, a label word is a label only before a capital ("Program Grief Work",
    # not "… for this / program and its content.", an approval statement's wrapped tail)
    r"|^(?:course|program|workshop|activity|webinar|event|presentation|topic)"
    r"(?:\s*:\s*|\s+(?=(?-i:[A-Z0-9\"])))(?P<w>[A-Z0-9\"].+)$"
    r"|^session(?:\s+[A-Z0-9][\w.-]{0,5})?\s*:\s*(?P<s>[A-Z0-9\"].+)$"
    r"|^(?:(?:title|name)\s+of\s+(?:the\s+)?(?:course|program|programme|activity|presentation"
    r"|workshop|training|event|session|webinar|seminar)|(?:program|event|training|activity"
    r"|webinar|seminar)\s+name|training|seminar|class|module|lecture)\s*:\s*(?P<n>[A-Z0-9\"].+)$"
    r"|^re\s*:\s*(?:certificate|record|verification)\s+of\s+(?:completion|attendance"
    r"|participation)\s*(?:-|:)\s*(?P<r>[A-Z0-9\"].+)$",
    re.I,
)


# A label printed alone, its value on the line below (a boxed form's cells).
_TITLE_LABEL_ALONE = re.compile(
    r"^(?:course|program|activity|session|webinar|event|workshop|presentation)\s+(?:title|name)"
    r"\s*:?$|^(?:title|topic|course|program|activity|workshop|session|webinar|presentation)\s*:?$",
    re.I,
)


_NOT_TITLE = re.compile(
    r"^(?:type|format|dates?|hours|number|no|id|code|provider|delivery|level|credits?|description"
    r"|objectives?|director|coordinator|location|evaluation|completion|length|duration|fee|cost"
    r"|approval|attendance|certificate|hours?)\b",
    re.I,
)


# A line that ends in a completion cue: the course's title is printed on the next line.
_KIND_OF_EVENT = (
    r"(?:\s+(?:continuing\s+education|CE|following|online|live|on-demand|self-study|in-person"
    r"|home-study|breakout|plenary|keynote|concurrent|grand\s+rounds|virtual|recorded|interactive"
    r"|half-day|full-day|one-day|two-day|educational|training|conference|clinical))?"
    r"(?:\s+(?:continuing\s+education|CE|live|online|interactive|webinar|training))?"
    r"(?:\s+(?:course|program|programme|workshop|training|webinar|activity|session|seminar"
    r"|presentation|lecture|talk|module|class|event|symposium|grand\s+rounds))?"
)


_CUE_ALONE = re.compile(
    r"(?:has\s+|who\s+has\s+|have\s+)?(?:successfully\s+)?(?:completed|attended|finished"
    r"|participated\s+in)(?:\s+and\s+completed)?"
    rf"(?:\s+the)?{_KIND_OF_EVENT}\s*:?(?:\s+[|Il])?$"  # a border's stroke read as "I"
    r"|\b(?:for|in\s+recognition\s+of|upon|on)\s+(?:the\s+|having\s+|your\s+)?"
    r"(?:successful(?:ly)?\s+)?(?:full\s+)?"
    r"(?:participation\s+in|attending|attendance\s+at|completing|completion\s+of"
    r"|participating\s+in|attended|completed)"
    rf"(?:\s+the)?{_KIND_OF_EVENT}\s*:?$"
    r"|\b(?:entitled|titled)\s*:?$|\b(?:awarded|presented|granted|issued)\s+to\b[^\n]{0,60}\sfor$"
    r"|\b(?:hours?|credits?|ceus?|education)\s+(?:for|in)(?:\s+the)?{_KIND_OF_EVENT}\s*:?$",
    re.I,
)


# A title named inside a sentence: "… your participation in Child Care Basics, an in-person …".
_CUE_SENTENCE = re.compile(
    r"\b(?:participation\s+in|for\s+attending|you\s+attended|completion\s+of|you\s+completed"
    r"|(?:has|have)\s+(?:successfully\s+)?(?:completed|attended|participated\s+in)"
    r"|\b(?:attended|completed))"
    r"\s+(?:the\s+)?(?:(?:in-person|live|online|virtual|recorded|on-demand|self-study|home-study"
    r"|interactive)\s+)?(?:(?:course|program|workshop|training|webinar|seminar|session)\s+)?"
    r"(?P<v>[A-Z0-9][^,;\n]{5,}?)"
    r"(?=,\s|\s+(?:on|held|presented|offered|from|which|that)\b|\.\s|\.?$)"
)


# A title named inside a sentence after "titled": "… attended the webinar titled Grief Work on …".
_TITLED = re.compile(
    r"\b(?:entitled|titled)\s*:?\s+(?P<v>[A-Z0-9][^,;\n]{5,}?)"
    r"(?=,\s|\s+(?:on|held|presented|offered|from|which|that|and)\b|\.\s|\.?$)"
)


_CUE_INLINE = re.compile(
    r"\bfor\s+(?:successfully\s+)?(?:completing|attending|participation\s+in)\s+(?:the\s+)?"
    r"(?:(?:course|program|workshop|training|webinar)\s+)?(?P<v>[A-Z0-9].{5,})$"
)


_QUOTED = re.compile(r"\"([^\"\n]{6,200})\"")


def find_title(text: CertificateText) -> str | None:
    """The course's title: a labelled value (beside its label or below it), the line after a
    completion cue, a title named after the cue on its line, a quoted name, a title inside a
    sentence, or a one-row table's course cell."""
    lines = text.lines
    for i, line in enumerate(lines):
        if text.in_approval(line):
            continue
        if m := _TITLE_LABEL.match(line):
            value = m["v"] or m["w"] or m["s"] or m["n"] or m["r"]
            a_person = bool(m["r"]) and (_a_name(value) or _a_person(value))  # "Re: … - Jo Lee"
            if _title_like(value) and not a_person:
                return _clip(_trim(value.strip(" :\"'")), TITLE_AT_MOST)
        if _TITLE_LABEL_ALONE.match(line) and i + 1 < len(lines) and _title_like(lines[i + 1]):
            return _clip(_with_next(lines, i + 1), TITLE_AT_MOST)
    for i, line in enumerate(lines[:-1]):
        if len(line) < 120 and _CUE_ALONE.search(line):
            # the title line, past a scan's speckle read as a line of its own ("HH .")
            at = next(
                (
                    j
                    for j in range(i + 1, min(i + 4, len(lines)))
                    if _wordy(lines[j]) and not _an_event(lines[j])
                ),
                i + 1,
            )
            if (head := table_head(lines[at:])) and head[0] < 3 and (row := _one_row(text)):
                return _clip(row[0], TITLE_AT_MOST)  # the cue's course is a table's one row
            return _clip(_with_next(lines, at), TITLE_AT_MOST)
        if len(line) >= WRAPS_AT and not line.endswith((".", "!", "?")):
            line = f"{line} {lines[i + 1]}"  # a paragraph's line: the title may wrap
        if (m := _CUE_INLINE.search(line)) and (value := _trim(m["v"].strip(" .\"'"))):
            return _clip(value, TITLE_AT_MOST)
    for sentence in text.sentences:
        if (m := _QUOTED.search(sentence)) and re.search(
            r"complet|attend|particip|earned|awarded|credits?\b|hours?\b", sentence, re.I
        ):
            return _clip(m[1].strip(" ."), TITLE_AT_MOST)
    for sentence in text.sentences:
        if not text.in_approval(sentence) and (m := _TITLED.search(sentence)):
            return _clip(_trim(m["v"]), TITLE_AT_MOST)
    for sentence in text.sentences:
        if not text.in_approval(sentence) and (m := _CUE_SENTENCE.search(sentence)):
            return _clip(_trim(m["v"].strip(" .\"'")), TITLE_AT_MOST)
    row = _one_row(text)
    if row:
        return _clip(row[0], TITLE_AT_MOST)
    return _prominent_line(text)


_AWARD_WORDS = re.compile(
    r"\b(?:presented|awarded|granted|issued|certif(?:y|ies)|this\s+certificate|recogni[sz]es"
    r"|acknowledges|congratulations|signature|director|coordinator|chair|date\s+issued)\b",
    re.I,
)


_LABELLED = re.compile(
    r"^[\w .#()/-]{0,30}\b(?:name|date|dates|hours|credits?|location|place|provider|sponsor"
    r"|instructor|presenter|speaker|format|type|number|no|id|code|licen[sc]e|e-?mail|phone"
    r"|address|where|when|time|fee|method|level|participant|attendee|learner)\s*:",
    re.I,
)


_NAME_FOLLOWS = re.compile(
    r"(?:certif(?:y|ies)\s+that|(?:awarded|presented|granted|issued)\s+to|congratulates"
    r"|recogni[sz]es|acknowledges\s+that|honors)\s*:?$",
    re.I,
)


def _prominent_line(text: CertificateText) -> str | None:
    """No cue or label: the first line near the top that reads as a title, not as the heading,
    the attendee's name, the provider, an award phrase, a date or hours."""
    lines = text.lines
    heading = next((i for i, x in enumerate(lines[:6]) if _HEADING.search(x) and len(x) < 50), -1)
    for i in range(heading + 1, min(len(lines), heading + 12)):
        if i and _NAME_FOLLOWS.search(lines[i - 1]):
            continue  # the attendee's name
        if _could_be_title(lines[i], text):
            return _clip(_with_next(lines, i), TITLE_AT_MOST)
    return None


def _could_be_title(line: str, text: CertificateText) -> bool:
    words = line.split()
    if not (2 <= len(words) <= 20 and 10 <= len(line) <= 150) or text.in_approval(line):
        return False
    if _HEADING.search(line) or _AWARD_WORDS.search(line) or _is_field_line(line):
        return False
    if _CUE_ALONE.search(line) or _PRESENTER.match(line) or _a_person(line):
        return False
    if _LABELLED.match(line) or re.match(r"(?:to\s+whom|dear)\b", line, re.I):
        return False  # a label and its value, or a letter's salutation
    if _an_event(line) or _GENERIC.match(line):
        return False  # the series or conference the course belongs to, or CE in general
    if sum(len(w) for w in words) < 3.5 * len(words) or not re.search(r"[A-Za-z]{5}", line):
        return False  # a scan's speckle read as short "words"
    if _ORG_WORDS.search(line) and not re.search(r"\b(?:in|of|for|with|and|to)\b", line):
        return False  # a provider's name
    if not (line[:1].isupper() or line[:1].isdigit()) or line.endswith((".", ",")):
        return False
    return not _a_name(line)


_EVENT = re.compile(
    r"\b(?:series|conference|convention|summit|symposium|congress|institute|retreat)$", re.I
)


# A subtitle under the heading about CE in general, not a course.
_GENERIC = re.compile(
    r"^(?:in\s+)?(?:continuing|professional)\s+(?:professional\s+)?(?:education|development)\b",
    re.I,
)


def _an_event(line: str) -> bool:
    """A line naming the series or conference the course belongs to ("From the … Series")."""
    return bool(_EVENT.search(line) or re.match(r"(?:from|part\s+of)\s+the\b", line, re.I))


def _a_name(line: str) -> bool:
    """Whether the line names a person (the attendee), by the names reader chat uses."""
    from store.client_details import client_details  # loaded with the first certificate

    return any(d.kind == "name" for d in client_details(line, field="course"))


def _wordy(line: str) -> bool:
    """Print, not speckle: a word of four letters and mostly letters."""
    letters = sum(ch.isalpha() for ch in line)
    return bool(re.search(r"[A-Za-z]{4}", line)) and letters >= 0.6 * len(line.replace(" ", ""))


def _title_like(value: str) -> bool:
    """Whether a label's value can be a title: not another label, a date, hours or a heading."""
    value = value.strip(" :\"'")
    return bool(
        len(value) >= 4
        and not _NOT_TITLE.match(value)
        and not _TITLE_LABEL_ALONE.match(value)
        and not FULL_DATE.match(value)
        and not re.match(r"[\d.]+\s*(?:hours?|hrs?|credits?|ceus?)?$", value, re.I)
        and not _HEADING.fullmatch(value)
        and re.search(r"[a-z]{3}", value, re.I)
    )


_MONTH_OR_DAY = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    r"|\d"
)


# Where a title named inside a sentence ends: its date, its "held on", its format after a comma.
_TITLE_ENDS = re.compile(
    rf"\s+on\s+(?:{_MONTH_OR_DAY})|\s+on$|,\s+(?:an?|the|held|presented|offered|on|which|from)\b"
    r"|\s+(?:held|presented\s+by|offered\s+by|hosted\s+by|which|that)\b",
    re.I,
)


def _trim(value: str) -> str:
    """A title without the sentence that goes on after it."""
    if m := _TITLE_ENDS.search(value):
        value = value[: m.start()]
    if m := FULL_DATE.search(value):
        value = value[: m.start()]
    value = _FORMAT_AFTER.sub("", value.strip(" ,.;:-\"'"))
    return value.strip(" ,.;:-\"'")


# The course's format in brackets after its title: "Co-Occurring Disorders (home study)".
_FORMAT_AFTER = re.compile(
    r"\s*\((?:home[- ]study|self[- ]study|self[- ]paced|on[- ]?demand|recorded|live(?:\s+webinar)?"
    r"|webinar|in[- ]person|online|virtual)\)$",
    re.I,
)


def _with_next(lines: tuple[str, ...], i: int) -> str:
    """A title line, joined with the next when the title clearly runs on ("…Adolescents:"), or
    with the lines below set like it (a title in capitals on two or three lines)."""
    first = lines[i].rstrip(" |")  # a scan's stroke after the closing quote
    title = first.strip(" \"'")
    if first.endswith('"') and len(title) > 5:
        return title  # closed by its quote: the line below is the sentence going on
    for nxt in lines[i + 1 : i + 3]:
        runs_on = (
            title.endswith((":", "-", ",", "&"))
            or bool(re.search(r"\b(?:of|for|and|the|in|with|to|on|an?)$", title, re.I))
            or nxt[:1].islower()
            or nxt.startswith("&")
            or (title.isupper() and nxt.isupper() and len(nxt) > 3 and not _HEADING.search(nxt))
            or _wrapped_tail(title, nxt)
            or _wrapped_title_case(title, nxt)
        )
        if not runs_on or _is_field_line(nxt) or _PRESENTER.match(nxt) or not _wordy(nxt):
            break
        if _SUBTITLE.match(nxt) or (title.isupper() and not nxt.isupper()):
            break  # a guest, a tagline, or a subtitle set in other type than the title's
        title = f"{title} {nxt.strip(' ' + chr(34))}"
        if nxt.rstrip(" |").endswith('"'):
            break  # the quote closed on this line
    return title.rstrip(" :") if title.isupper() else title


def _wrapped_tail(title: str, nxt: str) -> bool:
    """A long title's last word or two wrapped onto a line of their own ("Treating Panic
    Disorder with Interoceptive" / "Exposure"; in a half-page column "Assessing and Treating
    Hoarding" / "Disorder")."""
    words = nxt.split()
    return (
        len(title) >= 28
        and not title.isupper()
        and len(words) <= 2
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and not (_HEADING.search(nxt) or _AWARD_WORDS.search(nxt) or _a_name(nxt))
    )


_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
    ]
)


def _title_cased(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'-]*", line)
    return len(words) >= 2 and all(w[0].isupper() or w in _SMALL_WORDS for w in words)


def _wrapped_title_case(title: str, nxt: str) -> bool:
    """A long title in title case wrapped onto a line set the same ("Integrating Attachment
    Science into Couples" / "Therapy: Repairing Ruptures, Rebuilding Trust"): a wrapped line is
    no longer than the line above with its first word added, as a column's wrap makes it."""
    first = nxt.split()[0] if nxt.split() else ""
    return (
        len(title) >= 35
        and not title.isupper()
        and not title.endswith((".", "!", "?"))
        and _title_cased(title)
        and _title_cased(nxt)
        and not nxt.isupper()
        and len(nxt) <= len(title) + len(first) + 1
        and not (_HEADING.search(nxt) or _AWARD_WORDS.search(nxt) or _an_event(nxt))
        and not (_ORG_WORDS.search(nxt) or FULL_DATE.search(nxt))
        and not (_a_name(nxt) or _a_person(nxt))  # the attendee below: "Ana Ferreira, LMHC"
    )


# Under a title, not part of it: its guest ("with Dr. Sue Johnson"), a tagline ("a two-part
# webinar series"), its series ("Part 2 of …").
_SUBTITLE = re.compile(
    r"^(?:with|by|featuring)\s+(?:dr\.?\s+)?[A-Z]"
    r"|^(?:an?|the)\s.*\b(?:webinar|series|workshop|training|course|program|session|seminar"
    r"|lecture|presentation)s?$"
    r"|^part\s+\d+\s+of\b"
    r"|^(?:from|part\s+of)\s+the\b",
    re.I,
)


_PRESENTER = re.compile(
    r"^(?:presented\s+by|presenters?|speakers?|instructors?|faculty|facilitat\w+|trainers?"
    r"|moderat\w+|(?:offered|provided|sponsored|hosted)\s+(?:by|on\s+behalf\s+of))\b",
    re.I,
)
