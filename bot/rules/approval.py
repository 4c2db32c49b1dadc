"""Approval bodies: free text from course pages and board rules -> canonical keys.

Course approval text ("APA (CDP is an APA-approved sponsor)", "ASWB ACE", "NBCC ACEP") and
the rule sets' accepted lists both pass through here, so they compare key to key.
"""

from __future__ import annotations

import re

# (canonical key, pattern). More specific patterns come first; \b stops "AAPA" matching APA.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("CE-Broker", r"\bCE[\s-]?Broker\b"),
    ("AAMFT", r"\bAAMFT\b|American Association for Marriage and Family Therapy|\bCOAMFTE\b"),
    ("CAMFT", r"\bCAMFT\b|California Association of Marriage and Family Therapists"),
    ("CALPCC", r"\bCALPCC\b"),
    ("CSCSW", r"\bCSCSW\b|California Society for Clinical Social Work"),
    ("CCA", r"California Counseling Association"),
    ("CASP", r"\bCASP\b|California Association of School Psychologists"),
    ("CPA", r"\bCPA\b|California Psychological Association"),
    ("NASP", r"\bNASP\b|National Association of School Psychologists"),
    ("APA", r"\bAPA\b|American Psychological Association"),
    ("ASWB", r"\bASWB\b|Association of Social Work Boards|\bACE[-\s]approved"),
    ("NASW", r"\bNASW\b|National Association of Social Workers"),
    ("NBCC", r"\bNBCC\b|National Board for Certified Counselors"),
    ("ACA", r"\bACA\b|American Counseling Association"),
    ("NAADAC", r"\bNAADAC\b"),
    ("CRCC", r"\bCRCC\b"),
    ("NYSED", r"\bNYSED\b|New York State Education Department"),
    ("IDFPR", r"\bIDFPR\b"),
    ("FL-BOARD", r"Florida Board of (Clinical Social Work|Psychology)"),
    ("HHSC", r"\bHHSC\b"),
    ("AMA", r"\bAMA\b|\bCME\b"),
    ("AAPA", r"\bAAPA\b"),
)
_COMPILED = tuple((key, re.compile(rx, re.IGNORECASE)) for key, rx in _PATTERNS)
CANONICAL_BODIES: frozenset[str] = frozenset(key for key, _ in _PATTERNS)


def normalize_approval_bodies(text: str) -> tuple[str, ...]:
    """Every canonical body named in `text`, in the order of the pattern table."""
    if not text:
        return ()
    if text in CANONICAL_BODIES:
        return (text,)
    return tuple(key for key, rx in _COMPILED if rx.search(text))


def normalize_approval_body(text: str) -> str | None:
    """The canonical key of the approval body named in `text` (e.g. "ASWB ACE" -> "ASWB").

    Returns:
        The most specific match, or None when no known body is named.
    """
    found = normalize_approval_bodies(text)
    return found[0] if found else None
