"""Circle schedules and settings as plain rules: local time across DST, words people use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.practice.circles.schedule import due_slot, next_slot, period_key
from bot.practice.circles.settings import parse_settings
from store.models import LearningCircle


def circle(**fields) -> LearningCircle:
    fields.setdefault("created_at", datetime(2027, 1, 1, tzinfo=UTC))
    return LearningCircle(
        id=7,
        workspace_id=1,
        channel_id="C1",
        timezone="America/Chicago",
        weekday=6,
        local_minutes=10 * 60,
        **fields,
    )


def test_the_slot_keeps_its_local_time_across_daylight_saving():
    sundays = circle()
    before = next_slot(sundays, datetime(2027, 3, 1, tzinfo=UTC))
    after = next_slot(sundays, before)
    assert (before.isoformat(), after.isoformat()) == (
        "2027-03-07T10:00:00-06:00",
        "2027-03-14T10:00:00-05:00",
    )
    assert after.astimezone(UTC).hour == 15 and before.astimezone(UTC).hour == 16
    assert due_slot(sundays, after) == after
    assert period_key(sundays, after.date()) == "circle:7:2027-W10"


def test_no_slot_before_the_circle_existed():
    started_after_the_slot = circle(created_at=datetime(2027, 3, 7, 17, 0, tzinfo=UTC))
    assert due_slot(started_after_the_slot, datetime(2027, 3, 7, 18, 0, tzinfo=UTC)) is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("weekly thursday 12:30 focus ethics", ("weekly", 3, 750, "ethics")),
        ("every other week on fri at 3pm", ("biweekly", 4, 900, None)),
        (
            "monthly wendesday 9am focus suicide prevention",
            ("monthly", 2, 540, "suicide_prevention"),
        ),
        ("tues 10 focus none", (None, 1, None, "")),  # a bare number is no time of day
        ("pause", ("off", None, None, None)),
    ],
)
def test_settings_in_the_words_people_use(said, expected):
    found = parse_settings(said)
    assert (found.cadence, found.weekday, found.local_minutes, found.focus) == expected
    assert found.problems == []
