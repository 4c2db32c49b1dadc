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


def names_a_client(text: CertificateText, known_names: Iterable[str] = ()) -> bool:
    """True when the text carries a client's details other than the attendee's own name."""
    known = {n.casefold() for n in known_names if n}
    attendee = _attendee_spans(text)
    details = client_details(text.raw, field="course")
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
        if _STAFF_LINE.match(_line_at(text.raw, detail.start)) or _ROLES_LINE.match(
            _line_after(text.raw, detail.start)
        ):
            continue
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
)
# A line naming the course's presenter, speaker or signer: their names are no client's.
_STAFF_LINE = re.compile(
    r"^(?:presented\s+by|presenters?|speakers?|instructors?|faculty|facilitators?|trainers?"
    r"|moderators?|signed|director|coordinator)\b",
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
