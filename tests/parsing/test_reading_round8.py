"""Round 8 of issue #18: clients around a course, "used the time for", dates people type."""

from __future__ import annotations

from datetime import date

import pytest

from bot.parsing import parse_completion

FEBRUARY = date(2027, 2, 16)  # a Tuesday


def read(text: str, today: date) -> list[tuple[str, str, float | None, date | None]]:
    result = parse_completion(text, today=today)
    assert result.is_completion, text
    return [(i.title, i.provider, i.hours, i.completed_on) for i in result.items]


@pytest.mark.parametrize(
    ("text", "course"),
    [
        (
            "Between clients today I squeezed in a 1h ethics webinar from NASW",
            ("ethics webinar", "NASW", 1, FEBRUARY),
        ),
        (
            "saw 6 clients today and still finished the 3h telehealth course from PESI",
            ("telehealth course", "PESI", 3, FEBRUARY),
        ),
        (
            "after back-to-back clients, finally did a 2 hr boundaries course yesterday",
            ("boundaries course", "", 2, date(2027, 2, 15)),
        ),
    ],
)
def test_clients_as_the_days_work_around_a_course_leave_it_the_members(
    text: str, course: tuple[str, str, float, date]
) -> None:
    assert read(text, FEBRUARY) == [course]
    assert "client" not in course[0] and "patient" not in course[0]


@pytest.mark.parametrize(
    "text",
    [
        "my colleague finished the 3h telehealth course today",
        "my supervisee did a 2 hr ethics course yesterday",
        "saw my client today, she finished her 8-week DBT group",
    ],
)
def test_a_course_done_by_someone_else_is_still_not_the_members(text: str) -> None:
    assert not parse_completion(text, today=FEBRUARY).is_completion
