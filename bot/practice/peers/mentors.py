"""Who to offer a mentor to: colleagues whose goal area or skill gap is the area offered.

Pure. The mentee is asked first, the mentor second, and they are introduced only when both
said yes. A pair is never offered the same area twice (a "no" is final), a colleague has at
most one offer waiting for their answer at a time, and a mentor at most a few open at once
(so one offer does not bring a whole practice's questions at once).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

OPEN_PER_MENTOR = 3


@dataclass(frozen=True)
class MentorMatch:
    """An introduction to offer: `mentee` is asked whether they want to meet `mentor`."""

    workspace_id: int
    mentor_id: int
    mentee_id: int
    area: str


def mentor_matches(
    offers: Sequence[tuple[int, int, str]],
    wanted: Mapping[int, tuple[int, frozenset[str]]],
    history: Iterable[tuple[int, int, str, bool]],
) -> list[MentorMatch]:
    """New offers to make now.

    Args:
        offers: (workspace id, mentor id, area), oldest first.
        wanted: member id -> (workspace id, areas from their goals and skill gaps).
        history: (mentor, mentee, area, still open) of every introduction offered before.
    """
    offered = set()
    busy = set()  # members with an offer still open (as mentee), pairs with one open
    open_for: Counter[int] = Counter()  # open introductions per mentor
    for mentor, mentee, area, still_open in history:
        offered.add((mentor, mentee, area))
        if still_open:
            busy |= {mentee, (mentor, mentee)}
            open_for[mentor] += 1
    matches = []
    for workspace, mentor, area in offers:
        for mentee, (their_workspace, areas) in sorted(wanted.items()):
            if open_for[mentor] >= OPEN_PER_MENTOR:
                break
            if (
                mentee == mentor
                or their_workspace != workspace
                or area not in areas
                or (mentor, mentee, area) in offered
                or mentee in busy
                or (mentor, mentee) in busy
            ):
                continue
            matches.append(MentorMatch(workspace, mentor, mentee, area))
            offered.add((mentor, mentee, area))
            busy |= {mentee, (mentor, mentee)}
            open_for[mentor] += 1
    return matches
