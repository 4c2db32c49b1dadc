"""Does a certificate name or describe a client (a case-consultation or grand-rounds form)?

The reading is the store's (store/client_details.py), as for everything a member writes. On a
certificate the attendee's own name is printed too: the name after "This certifies that", beside
"Participant:" or before "has completed" is no client's, nor is anyone in ``known_names``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.certificates.text import CertificateText
from store.client_details import client_details

_ATTENDEE_LINE = re.compile(
    r"^(?:participant|attendee|learner|name|student|licensee|awarded\s+to|presented\s+to"
    r"|prepared\s+for|issued\s+to|granted\s+to|dear|learning\s+history\s+for|this\s+certifies\s+that"
    r"|member|recipient)\b",
    re.I,
)
_BEFORE_ATTENDEE = re.compile(
    r"(?:certif(?:y|ies)\s+that|(?:awarded|presented|granted|issued)\s+to)\s*:?$", re.I
)
_AFTER_ATTENDEE = re.compile(
    r"[\s,]*(?:[A-Z][\w.-]*,?\s*)*(?:has\s+)?(?:successfully\s+)?"
    r"(?:completed|attended|participated)\b"
)


def names_a_client(text: CertificateText, known_names: Iterable[str] = ()) -> bool:
    """True when the text carries a client's details other than the attendee's own name."""
    known = {n.casefold() for n in known_names if n}
    attendee = _attendee_spans(text)
    for detail in client_details(text.raw, field="course"):
        if detail.kind != "name":
            return True
        if detail.name.casefold() in known or any(a <= detail.start < b for a, b in attendee):
            continue
        if _AFTER_ATTENDEE.match(text.raw, detail.end):
            continue
        return True
    return False


def _attendee_spans(text: CertificateText) -> list[tuple[int, int]]:
    """Where the attendee's name is printed: labelled lines and the line after a cue."""
    spans, at, previous = [], 0, ""
    for line in text.lines:
        if _ATTENDEE_LINE.match(line) or _BEFORE_ATTENDEE.search(previous):
            spans.append((at, at + len(line)))
        at += len(line) + 1
        previous = line
    return spans
