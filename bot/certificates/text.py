"""The text read from a certificate, tidied: lines, and sentences for the approval statements."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

_SAME = str.maketrans(
    {
        "\u00a0": " ",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "ﬁ": "fi",
        "ﬂ": "fl",
        "–": "-",
        "—": "-",
        "•": "|",
        "·": "|",
        "\t": " ",
    }
)
_OCR_EDGES = re.compile(r"^[\W_]+(?=[\w\"(#$])|(?<=[\w.)])[\s|\[\]{}_~,;:']+$")
_OCR_STROKES = re.compile(r"^(?:[|Il]*[il][|Il]*\s+)+(?=[A-Z])|^I\s+(?=[A-Z][a-z]+\s+[A-Z])")
# One stroke-like character after a line's last word: a border read as a letter or a "1".
_OCR_TAIL = re.compile(r"(?<=[A-Za-z.,)])\s+([1Iilj|!])$")
# Words a figure or a numeral after is theirs: "Level 1", "Part I", "Credit Hours 1".
_NUMBERED = re.compile(
    r"level|part|module|session|day|unit|step|phase|tier|book|no|volume|chapter|section|track"
    r"|grade|stage"
)
_COUNTED = re.compile(r"hours?|hrs|credits?|ces?|ceus?|total|minutes")


def _without_stroke(line: str) -> str:
    """``line`` without a border's stroke read after its last word."""
    m = _OCR_TAIL.search(line)
    if m is None:
        return line
    last = line[: m.start()].rsplit(" ", 1)[-1].strip(".:#").casefold()
    if _NUMBERED.fullmatch(last) or (m[1] == "1" and _COUNTED.fullmatch(last)):
        return line
    return line[: m.start()]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"(])")
# Statements about a provider's approval, not about this course's own details.
_APPROVAL_WORDS = re.compile(
    r"\b(?:approv\w*|sponsor\w*|accredit\w*|recogni[sz]ed|maintains\s+responsibility|ACEP|ACE\s+program"
    r"|do\s+not\s+qualify|clearly\s+identified)\b",
    re.I,
)
_FULL_DATE = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:\s*(?:-|to|through|&|and)\s*\d{1,2})?,?\s+\d{4}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
)
FULL_DATE = re.compile(_FULL_DATE, re.I)
# Hours spelled out, the figure in brackets: "three (3) contact hours" is "3 contact hours".
_SPELLED_HOURS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"(?:[- ]and[- ]a[- ]half)?\s*\((?P<n>\d{1,2}(?:\.\d{1,2})?)\)\s*(?=(?:CE\s+|contact\s+"
    r"|clock\s+|credit\s+)?(?:hours?|credits?|CEs?)\b)",
    re.I,
)
# An award's date written out, read as the date it names: "the 14th day of March, 2025".
_DAY_OF = re.compile(
    r"\b(?:the|this)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+(?P<m>(?:January|February"
    r"|March|April|May|June|July|August|September|October|November|December)),?\s+"
    r"(?:in\s+the\s+year\s+)?(?P<y>\d{4})\b",
    re.I,
)
WRAPS_AT = 70  # characters: a printed line this long is part of a wrapped paragraph
NARROW_AT = 24  # characters: a narrow column's wrapped line is at least this long
# A line ending in one of these words runs on: "… is approved by the" / "American …".
_RUNS_ON = re.compile(r"(?:\b(?:the|of|for|and|by|to|in|as|an?|with|on|or|is|are)|,)$", re.I)


def _wraps_onto(previous: str, line: str) -> bool:
    """Whether ``line`` continues ``previous``'s sentence (a paragraph wrapped at the margin)."""
    if previous.endswith((".", "!", "?", ":")):
        return False
    if len(previous) >= WRAPS_AT:
        return True
    # A narrow column (a sidebar's approval statement) wraps at 30-40 characters.
    return len(previous) >= NARROW_AT and (line[:1].islower() or bool(_RUNS_ON.search(previous)))


# A label printed alone ("Program:"), short, capitalised, ending in its colon.
_LABEL_ONLY = re.compile(r"^[A-Z][A-Za-z .#/()'-]{1,30}:$")
_LABELS_AT_LEAST = 3  # labels in a column: fewer may be a heading and a line


def _labels_beside_values(lines: list[str]) -> list[str]:
    """A grid read column by column (every label, then every value: the order a generator drew
    them in) put back row by row: "Program:" with the first line after the labels, and so on."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        n = 0
        while i + n < len(lines) and _LABEL_ONLY.match(lines[i + n]):
            n += 1
        values = lines[i + n : i + 2 * n]
        if n >= _LABELS_AT_LEAST and len(values) == n and not any(map(_LABEL_ONLY.match, values)):
            out += [
                f"{label} {value}" for label, value in zip(lines[i : i + n], values, strict=True)
            ]
            i += 2 * n
        else:
            out += lines[i : i + max(n, 1)]
            i += max(n, 1)
    return out


@dataclass(frozen=True)
class CertificateText:
    """Tidied text: one space between words, one line per printed line."""

    raw: str
    ocr: bool = False  # read from an image: a scan's slips (a lost point) are to be expected

    @classmethod
    def tidy(cls, text: str, *, ocr: bool = False) -> CertificateText:
        lines = (re.sub(r" {2,}", " ", line.translate(_SAME)).strip() for line in text.splitlines())
        lines = (_DAY_OF.sub(r"\g<m> \g<d>, \g<y>", line) for line in lines)
        lines = (_SPELLED_HOURS.sub(r"\g<n> ", line) for line in lines)
        if ocr:  # table rules and speckle read as stray marks at the edges of cells
            lines = (_OCR_EDGES.sub("", re.sub(r"\s[|\[\]{}']\s*(?=\w)", " ", x)) for x in lines)
        if ocr:  # a border's vertical stroke read as "iI", "I" before the print
            lines = (_OCR_STROKES.sub("", x) for x in lines)
        if ocr:  # a border's stroke read as a letter after the print ("for completing i")
            lines = (_without_stroke(x) for x in lines)
        if ocr:  # a line of nothing but marks ("°", "~ -") is speckle, not print
            lines = (x for x in lines if any(ch.isalnum() for ch in x))
        return cls("\n".join(_labels_beside_values([x for x in lines if x])), ocr)

    @cached_property
    def lines(self) -> tuple[str, ...]:
        return tuple(self.raw.split("\n"))

    @cached_property
    def sentences(self) -> tuple[str, ...]:
        """Sentences across line breaks: a long line not ending a sentence wraps onto the next."""
        chunks: list[str] = []
        for line in self.lines:
            if chunks and _wraps_onto(chunks[-1].rsplit("\n", 1)[-1], line):
                chunks[-1] += "\n" + line
            else:
                chunks.append(line)
        return tuple(
            s.strip()
            for chunk in chunks
            for s in _SENTENCE_END.split(chunk.replace("\n", " "))
            if s.strip()
        )

    @cached_property
    def joined_sentences(self) -> tuple[str, ...]:
        """Sentences with every line break taken for a wrap: a narrow column's statement whole
        (over-joined elsewhere, so only for what the line-wise sentences missed)."""
        joined = "\n".join(self.lines)  # the breaks kept: a name is not read across a short line
        return tuple(s.strip() for s in _SENTENCE_END.split(joined) if s.strip())

    @cached_property
    def joined_approval_sentences(self) -> tuple[str, ...]:
        return tuple(s for s in self.joined_sentences if _APPROVAL_WORDS.search(s) and len(s) > 40)

    @cached_property
    def approval_sentences(self) -> tuple[str, ...]:
        return tuple(s for s in self.sentences if _APPROVAL_WORDS.search(s) and len(s) > 40)

    def in_approval(self, line: str) -> bool:
        """Whether a printed line belongs to an approval statement (its boilerplate)."""
        if _APPROVAL_WORDS.search(line):
            return True
        return len(line) >= 25 and any(line in s for s in self.approval_sentences)
