"""Which numbers in a rule set rest only on a secondary source or on medium/low confidence.

The research (shared/research/ce_requirements_notes.md) drew on three kinds of page: the
board's or state's own (a .gov or state.xx.us site, a board's .org with "board" in its
name), copies of the rule text (Justia, Cornell LII, Casetext, elaws, or any page whose path
is a code or register section), and summaries by CE providers or associations.
The first two are the rule text; anything else is read as secondary. A number whose every
source is secondary, or which the research marked medium or low, is said as such — in a
clinician's words, with "check with the board" — and never changed or filled in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from bot.rules.counting import format_words
from bot.rules.model import RuleSet

# Sites that publish the rule text itself (copies of the code or register), not a summary.
RULE_TEXT_HOSTS = (
    "justia.com",
    "law.cornell.edu",
    "casetext.com",
    "elaws.us",
    "westlaw.com",
    "lawserver.com",
    "legiscan.com",
)

# Path words of a code, register or statute section, whoever hosts the copy.
RULE_TEXT_PATHS = ("administrative-code", "/regulation/", "/statute/", "/laws/", "code-of-")

Reason = Literal["secondary", "medium", "low"]


@dataclass(frozen=True)
class Doubt:
    """One number the bot shows but cannot fully stand behind, and why."""

    number: str  # what the number is, as a clinician says it ("total", "Law and ethics hours")
    value: str  # the number as the bot shows it ("36 h")
    reason: Reason
    first_screen: bool = False  # changes what the member should do (the total)
    board_site: str = ""  # where to check (the rule set's board_site), "" when none is known

    @property
    def words(self) -> str:
        """One plain line: which number, where it comes from, what to do."""
        if self.number == "total":
            subject, verb = f"Your board's total ({self.value})", "comes"
        else:
            plural = self.number.startswith(("the hours", "hours"))
            subject, verb = f"{self.number} ({self.value})", "come" if plural else "comes"
            subject = subject[0].upper() + subject[1:]
        if self.reason == "secondary":
            where = "from a CE provider's or association's summary, not the rule text"
        elif self.reason == "medium":
            where = "from sources we're only partly sure of"
        else:
            where = "from sources we're unsure of"
        site = f" ({self.board_site})" if self.board_site else ""
        return f"{subject} {verb} {where} — check with the board{site}."


def is_rule_text(url: str) -> bool:
    """True when `url` is the board's or state's own site, or a copy of the rule text."""
    parts = urlsplit(url.casefold())
    host = (parts.hostname or "").rstrip(".").removeprefix("www.")
    if host.endswith((".gov", ".mil")) or (".state." in f".{host}" and host.endswith(".us")):
        return True
    if "board" in host:  # a board's own site on .org or .com (wvsocialworkboard.org)
        return True
    if any(host == site or host.endswith(f".{site}") for site in RULE_TEXT_HOSTS):
        return True
    # A copy of a code or register section (a regulation CDN, a statute mirror), not a blog.
    return "blog" not in url.casefold() and any(mark in parts.path for mark in RULE_TEXT_PATHS)


def doubts(rule_set: RuleSet) -> list[Doubt]:
    """The rule set's known numbers that rest only on secondary sources or on medium/low
    confidence: the total first, then first renewal, topics, caps and the live minimum.

    An item without sources or confidence of its own leans on the rule set's. Numbers the
    research left unknown are not here (they are said as unknown elsewhere).
    """
    found: list[Doubt] = []

    def weigh(number: str, value: str, sources: Sequence[str], confidence: str | None) -> None:
        reason = _reason(sources or rule_set.sources, confidence or rule_set.confidence)
        if reason is not None:
            first_screen, site = number == "total", rule_set.board_site or ""
            found.append(Doubt(number, value, reason, first_screen, site))

    if rule_set.total_hours is not None:
        weigh("total", f"{rule_set.total_hours:g} h", rule_set.sources, rule_set.confidence)
    first = rule_set.first_renewal
    if first is not None and first.exempt:
        weigh("the first-renewal exemption", "no CE", first.sources, first.confidence)
    elif first is not None and first.hours is not None:
        value = f"{first.hours:g} h"
        weigh("the hours for your first renewal", value, first.sources, first.confidence)
    for topic in rule_set.topics:
        if topic.hours is not None:
            weigh(
                f"the hours for {topic.label}",
                f"{topic.hours:g} h",
                topic.sources,
                topic.confidence,
            )
    for cap in rule_set.format_caps:
        if cap.max_hours is not None or cap.max_percent is not None:
            size = f"{cap.max_hours:g} h" if cap.max_hours is not None else f"{cap.max_percent:g}%"
            number = f"the cap on {format_words(cap.formats)}"
            weigh(number, f"at most {size}", cap.sources, cap.confidence)
    live = rule_set.live_minimum
    if live is not None and (live.percent is not None or live.hours is not None):
        size = f"{live.percent:g}%" if live.percent is not None else f"{live.hours:g} h"
        weigh("the live-hours minimum", f"at least {size}", live.sources, live.confidence)
    return found


def _reason(sources: Sequence[str], confidence: str) -> Reason | None:
    if sources and not any(is_rule_text(url) for url in sources):
        return "secondary"
    if confidence in ("medium", "low"):
        return "low" if confidence == "low" else "medium"
    return None
