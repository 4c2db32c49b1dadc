"""Study-buddy pairing: members who opted in, matched by a shared requirement or goal area.

Pure: plain facts in, pairs out. Never the same pair twice in a row (a member's latest buddy is
not their next one); with an odd number of seekers, the one left over waits for the next round.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.practice.areas import area_label
from bot.topics import topic_label

ROUND_DAYS = 7  # a member is introduced to a new buddy at most once a week


@dataclass(frozen=True)
class BuddySeeker:
    """A member who wants a study buddy, and what they could be matched on.

    Attributes:
        short_on: (jurisdiction, license type, topic) requirements they still need hours for.
        goal_areas: competency areas they named in their goals or interests.
    """

    member_id: int
    short_on: frozenset[tuple[str, str, str]] = frozenset()
    goal_areas: frozenset[str] = frozenset()


@dataclass(frozen=True)
class BuddyMatch:
    """Two members to introduce, and why ("requirement:CA:LCSW:ethics" or "goal:trauma")."""

    first: int
    second: int
    reason: str


def shared_reason(a: BuddySeeker, b: BuddySeeker) -> str | None:
    """What two seekers share: a requirement first (it has a deadline), then a goal area."""
    requirements = sorted(a.short_on & b.short_on)
    if requirements:
        return "requirement:" + ":".join(requirements[0])
    areas = sorted(a.goal_areas & b.goal_areas)
    return f"goal:{areas[0]}" if areas else None


def pair_buddies(
    seekers: Sequence[BuddySeeker], last_partner: Mapping[int, int]
) -> list[BuddyMatch]:
    """Pairs among `seekers`; each member at most once, never with their latest buddy.

    Members with the fewest possible partners are placed first, so as many as possible get one.
    """
    by_id = {s.member_id: s for s in seekers}
    options: dict[int, set[int]] = {m: set() for m in by_id}
    for a in by_id:
        for b in by_id:
            repeat = last_partner.get(a) == b or last_partner.get(b) == a
            if a < b and not repeat and shared_reason(by_id[a], by_id[b]) is not None:
                options[a].add(b)
                options[b].add(a)
    paired: set[int] = set()
    matches = []
    for member in sorted(by_id, key=lambda m: (len(options[m]), m)):
        if member in paired:
            continue
        free = [o for o in options[member] if o not in paired]
        if not free:
            continue  # waits for the next round
        partner = min(free, key=lambda o: (len(options[o] - paired), o))
        first, second = sorted((member, partner))
        matches.append(BuddyMatch(first, second, shared_reason(by_id[first], by_id[second]) or ""))
        paired |= {member, partner}
    return matches


def reason_words(reason: str) -> str:
    """The shared reason in neutral words: the area or requirement only, never a goal's text."""
    kind, _, rest = reason.partition(":")
    if kind == "requirement":
        jurisdiction, license_type, topic = [*rest.split(":"), "", ""][:3]
        return (
            f"you both still have *{topic_label(topic)}* hours to earn for a "
            f"{jurisdiction} {license_type} renewal"
        )
    if kind == "goal":
        return f"you both want to grow in *{area_label(rest)}*"
    return "you both asked for a study buddy"
