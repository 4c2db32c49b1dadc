"""Why no plan meets everything, in the clinician's words, from the closest plan's gaps."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.planning.candidates import Candidate, covers
from bot.planning.solver import Solution
from bot.recommend import LicenseNeed
from bot.topics import FORMATS, topic_label


def requirement_name(topic: str) -> str:
    """ "the total", "Law & ethics", "live hours"."""
    if not topic:
        return "total hours"
    return "live hours" if topic == "format:live" else topic_label(topic)


def shortfall_rows(
    solution: Solution, needs: Sequence[LicenseNeed], short: float
) -> list[tuple[str, str, float]]:
    """(license, requirement, hours missing) for every requirement the plan leaves short."""
    return [
        (needs[r.license].label, requirement_name(r.topic), round(missing, 2))
        for r, missing in solution.shortfalls
        if missing > short
    ]


def blockers(
    solution: Solution,
    chosen: Sequence[Candidate],
    needs: Sequence[LicenseNeed],
    limits: Sequence[tuple[float, list[int]]],
    today: date,
    hours_per_week: float | None,
    short: float,
) -> list[str]:
    """One sentence per requirement the catalog cannot meet and per deadline time cannot."""
    found = []
    for requirement, missing in solution.shortfalls:
        if missing <= short:
            continue
        need = needs[requirement.license]
        name = requirement_name(requirement.topic)
        fitting = [
            c.course
            for c in chosen
            if requirement.license in c.helps
            and (not requirement.topic or covers(c.course, requirement.topic, need.jurisdiction))
        ]
        available = sum(course.hours or 0.0 for course in fitting)
        if not fitting:
            found.append(
                f"No course I can plan with counts toward {name} for your {need.label} (one "
                "needs known hours and cost, an approval its board may accept, and, for a "
                "state's own requirement, to be made for your state)."
            )
        elif available + short < requirement.hours:
            found.append(
                f"The catalog's courses that count for your {need.label} cover only "
                f"{available:g} h of {name}; you need {requirement.hours:g} h."
            )
        else:
            capped = [
                f"{' / '.join(FORMATS.get(f, f) for f in formats)} at {room:g} more h"
                for formats, room in need.cap_rooms
            ]
            why = f" once the board's cap ({'; '.join(capped)}) applies" if capped else ""
            found.append(f"Your {need.label} stays {missing:g} h short on {name}{why}.")
    deadlines = sorted({n.deadline for n in needs if n.deadline is not None})
    for k, over in solution.overruns:
        if over <= short:
            continue
        day, (available, due) = deadlines[k], limits[k]
        labels = ", ".join(needs[i].label for i in due)
        if day <= today:
            found.append(f"Your {labels} renewal date ({day:%b %-d, %Y}) has passed.")
            continue
        weeks = (day - today).days / 7
        found.append(
            f"At {hours_per_week:g} h a week you have about {round(available, 1):g} h before "
            f"{day:%b %-d, %Y}, but your {labels} needs {round(available + over, 1):g} h by then "
            f"(about {(available + over) / weeks:.1f} h a week)."
        )
    return found
