"""Study-buddy pairing: members who opted in, matched by a shared requirement or goal area.

Pure: plain facts in, pairs out. Never the same pair twice in a row (a member's latest buddy is
not their next one); with an odd number of seekers, the one left over waits for the next round.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.practice.peers.areas import area_label
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

    The rarest shared requirement or area is matched first (requirements before goal areas
    of the same size), so those with few possible partners get one; linear in the seekers'
    requirements and areas, not quadratic in the seekers.
    """
    groups: dict[str, list[int]] = defaultdict(list)
    by_id = {s.member_id: s for s in seekers}
    for member in sorted(by_id):
        for requirement in sorted(by_id[member].short_on):
            groups["requirement:" + ":".join(requirement)].append(member)
        for area in sorted(by_id[member].goal_areas):
            groups[f"goal:{area}"].append(member)
    order = sorted(groups, key=lambda key: (len(groups[key]), key.startswith("goal"), key))
    paired: set[int] = set()
    matches = []
    for key in order:
        waiting = deque(m for m in groups[key] if m not in paired)
        while len(waiting) > 1:
            member = waiting.popleft()
            partner = next((o for o in waiting if not _repeat(member, o, last_partner)), None)
            if partner is None:
                continue  # only their latest buddy is left here: maybe in another group
            waiting.remove(partner)
            first, second = sorted((member, partner))
            reason = shared_reason(by_id[first], by_id[second]) or key
            matches.append(BuddyMatch(first, second, reason))
            paired |= {member, partner}
    return matches


def _repeat(a: int, b: int, last_partner: Mapping[int, int]) -> bool:
    return last_partner.get(a) == b or last_partner.get(b) == a


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
