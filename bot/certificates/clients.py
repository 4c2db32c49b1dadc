"""Does a certificate name or describe a client (a case-consultation or grand-rounds form)?

The reading is the store's (store/client_details.py), as for everything a member writes. On a
certificate the attendee's own name is printed too: the name after "This certifies that", beside
"Participant:" or before "has completed" is no client's, nor is anyone in ``known_names``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.certificates.text import CertificateText
from bot.us_states import STATE_NAMES
from store.client_details import client_details

_STATES = "|".join(sorted((s.title() for s in STATE_NAMES), key=len, reverse=True))
_ATTENDEE_LINE = re.compile(
    r"^(?:participant|attendee|learner|name|student|licensee|awarded\s+to|presented\s+to"
    r"|prepared\s+for|issued\s+to|granted\s+to|dear|learning\s+history\s+for|this\s+certifies\s+that"
    r"|member|recipient)\b",
    re.I,
)
_BEFORE_ATTENDEE = re.compile(
    r"(?:certif(?:y|ies)\s+that|(?:awarded|presented|granted|issued)\s+to|congratulates"
    r"|recogni[sz]es|acknowledges\s+that|honors)\s*:?$",
    re.I,
)
_AFTER_ATTENDEE = re.compile(
    r"[\s,]*(?:[A-Z][\w.-]*,?\s*)*(?:has\s+)?(?:successfully\s+)?"
    r"(?:completed|attended|participated)\b"
)


def names_a_client(
    text: CertificateText, known_names: Iterable[str] = (), titles: Iterable[str | None] = ()
) -> bool:
    """True when the text carries a client's details other than the attendee's own name.

    A name in a course's title (``titles``, as read) is a theorist's or a guest's
    ("The Legacy of Virginia Satir", "A Session with Irvin Yalom"), nobody's client.
    """
    known = {n.casefold() for n in known_names if n}
    attendee = _attendee_spans(text)
    in_titles = [t for t in titles if t]
    details = [
        d
        for d in client_details(text.raw, field="course")
        if not (d.kind in ("name", "session") and _in_a_title(text.raw, d.start, in_titles))
    ]
    for detail in details:  # the attendee's name, wherever else it is printed too
        if detail.kind == "name" and _the_attendee(text.raw, detail.start, attendee):
            known.add(detail.name.casefold())
    for detail in details:
        if detail.kind != "name":
            return True
        if detail.name.casefold() in known:
            continue
        if _AFTER_ATTENDEE.match(text.raw, detail.end) or _NO_CLIENT_AFTER.match(
            text.raw, detail.end
        ):
            continue
        line = _line_at(text.raw, detail.start).split("\n", 1)[0]
        if _STAFF_LINE.match(line) or _ROLES_LINE.match(_line_after(text.raw, detail.start)):
            continue
        if _NAME_ALONE.match(line):
            continue  # a name printed alone: the attendee's or a signer's, never a client's
        return True
    return False


# A line that is one person's name and nothing more (credentials after a comma allowed).
_NAME_ALONE = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Mx)\.?\s+)?[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]*){1,3}"
    r"(?:,\s*[A-Z][A-Za-z.-]{1,9})*$"
)


def _in_a_title(raw: str, at: int, titles: list[str]) -> bool:
    """Whether the name at ``at`` is printed inside a course title as read (on a line of the
    title's own, or within the title where a sentence names it)."""
    line_start = raw.rfind("\n", 0, at) + 1
    line = raw[line_start:].split("\n", 1)[0]
    for title in titles:
        if line.strip() and line.strip() in title:
            return True
        k = line.find(title)
        if k >= 0 and line_start + k <= at < line_start + k + len(title):
            return True
    return False


# After a name: a credential or a staff role ("Nadia Osei, CE Coordinator" signs the letter),
# or a state ("Ann Arbor, Michigan" is a place): nobody's client.
_NO_CLIENT_AFTER = re.compile(
    r",\s*(?:(?:CE|Program|Education|Training|Clinical|Executive|Medical)\s+)?"
    r"(?:Coordinator|Director|Manager|Chair|Administrator|President|Registrar|Presenter|Speaker"
    r"|Instructor|Faculty|Dean|Officer)\b"
    r"|,?\s*(?:Ph\.?D|Psy\.?D|Ed\.?D|M\.?D|LCSW|LICSW|LMSW|LPC|LMHC|LMFT|LCPC|LADC|LCADC|CADC"
    r"|RN|NP|MSW|ABPP|NCC|BCBA)\b"
    rf"|,\s*(?:{_STATES})\b"
    # a street, a building or an organisation named after someone ("Martin Luther King Jr. Blvd")
    r"|\s+(?:[A-Z][\w.'-]*\s+){0,2}?(?:Jr\.?\s+)?(?:Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?"
    r"|Road|Rd\.|Drive|Way|Hall|Building|Center|Centre|Hospital|Institute|Counseling|Clinic"
    r"|Services|LLC|Inc\.?|Foundation|Academy|University|College|School|Associates|Group"
    r"|Practice|Memorial|Library|Auditorium)\b"
)
# A line naming the course's presenter, speaker or signer: their names are no client's.
_STAFF_LINE = re.compile(
    r"^(?:presented\s+by|presenters?|speakers?|instructors?|faculty|facilitators?|trainers?"
    r"|moderat\w+|signed|signature|director|coordinator|(?:led|taught|hosted|verified"
    r"|authori[sz]ed|approved)\s+by|panel\w*|discussants?|keynote|sincerely|regards"
    r"|questions|contact|registrar|administrator|chair\w*|president|dean"
    r"|(?:ce|program|education|executive|clinical)\s+(?:director|coordinator|chair|administrator))\b",
    re.I,
)


# A line of roles under a line of names: the signers' block ("Executive Director  Program Chair").
_ROLES_LINE = re.compile(
    r"^(?:(?:CE|Program|Education|Training|Clinical|Executive|Medical|Associate)\s+)?"
    r"(?:Coordinator|Director|Manager|Chair|Administrator|President|Registrar|Presenter"
    r"|Speaker|Instructor|Faculty|Dean|Officer)\b"
)


# Just before the attendee's name on its line: "This certificate is presented to Maya …".
_CUE_BEFORE_NAME = re.compile(
    r"(?:(?:presented|awarded|granted|issued)\s+to|certif(?:y|ies)\s+that|congratulates"
    r"|recogni[sz]es|acknowledges\s+that|honors)\s*:?\s*$",
    re.I,
)


def _the_attendee(raw: str, at: int, attendee: list[tuple[int, int]]) -> bool:
    """Whether the name at ``at`` is printed as the attendee's (a labelled line, the line after
    "This certifies that", or just after "presented to" on its line)."""
    line_start = raw.rfind("\n", 0, at) + 1
    return any(a <= at < b for a, b in attendee) or bool(
        _CUE_BEFORE_NAME.search(raw, line_start, at)
    )


def _line_at(raw: str, at: int) -> str:
    return raw[raw.rfind("\n", 0, at) + 1 :]


def _line_after(raw: str, at: int) -> str:
    end = raw.find("\n", at)
    return "" if end < 0 else raw[end + 1 :].split("\n", 1)[0]


def _attendee_spans(text: CertificateText) -> list[tuple[int, int]]:
    """Where the attendee's name is printed: labelled lines and the line after a cue."""
    spans, at, previous = [], 0, ""
    for line in text.lines:
        if _ATTENDEE_LINE.match(line) or _BEFORE_ATTENDEE.search(previous):
            spans.append((at, at + len(line)))
        at += len(line) + 1
        previous = line
    return spans
