"""The delivery policy as pure functions, with expectations worked out by hand.

Dates: Tuesday 3 Nov 2026 (US daylight saving ended on Sunday 1 Nov, so New York is UTC-5;
on Friday 30 Oct it was UTC-4). The default window is weekdays 09:00-17:00 local.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.outbox.kinds import Delivery
from bot.outbox.policy import (
    AfterSend,
    after_send,
    backoff,
    day_taken,
    needs_day,
    reservation_order,
    to_window,
)
from bot.outbox.window import DeliveryWindow, MemberWindow

NEW_YORK = MemberWindow("America/New_York", DeliveryWindow())
TUESDAY_10AM_NY = datetime(2026, 11, 3, 15, 0, tzinfo=UTC)
TUESDAY_6PM_NY = datetime(2026, 11, 3, 23, 0, tzinfo=UTC)
WEDNESDAY_9AM_NY = datetime(2026, 11, 4, 14, 0, tzinfo=UTC)


def _sending(*ids: int, member: int = 1, daily: bool = True, **extra) -> Delivery:
    return Delivery(
        member, ("slack", "T1", f"U{member}"), send_ids=list(ids), daily_limit=daily, **extra
    )


@pytest.mark.parametrize(
    ("attempts", "seconds"),
    [(0, 30), (1, 30), (2, 60), (3, 120), (4, 240), (7, 1920), (8, 3600), (1000, 3600)],
)
def test_backoff_doubles_from_30_seconds_and_stops_at_an_hour(attempts, seconds):
    # 30 * 2 ** (attempts - 1): attempt 7 is 30 * 64 = 1920 s; attempt 8 would be 3840 s.
    assert backoff(attempts) == timedelta(seconds=seconds)


def test_inside_the_window_a_send_goes_now():
    delivery = _sending(7)
    assert to_window(delivery, NEW_YORK, TUESDAY_10AM_NY) == delivery


def test_after_hours_a_send_waits_for_the_next_morning():
    held = to_window(_sending(7, 8), NEW_YORK, TUESDAY_6PM_NY)  # 18:00 in New York
    assert (held.send_ids, held.defer_ids, held.skip_ids) == ([], [7, 8], [])
    assert held.defer_until == WEDNESDAY_9AM_NY and held.reason == "outside window"


def test_friday_evening_waits_for_monday_across_the_end_of_daylight_saving():
    friday_6pm = datetime(2026, 10, 30, 22, 0, tzinfo=UTC)  # 18:00 EDT
    held = to_window(_sending(7), NEW_YORK, friday_6pm)
    # Monday 2 Nov 09:00 is EST by then: 14:00 UTC, not 13:00.
    assert held.defer_until == datetime(2026, 11, 2, 14, 0, tzinfo=UTC)


def test_quiet_hours_inside_the_window_hold_a_send_until_they_end():
    lunch = MemberWindow("America/New_York", DeliveryWindow(quiet_start=12 * 60, quiet_end=13 * 60))
    half_past_noon = datetime(2026, 11, 3, 17, 30, tzinfo=UTC)
    held = to_window(_sending(7), lunch, half_past_noon)
    assert held.defer_until == datetime(2026, 11, 3, 18, 0, tzinfo=UTC)  # 13:00 EST


def test_a_window_that_never_opens_skips_the_send():
    never = MemberWindow("America/New_York", DeliveryWindow(working_days=()))
    held = to_window(_sending(7, skip_ids=[3]), never, TUESDAY_10AM_NY)
    assert (held.send_ids, held.defer_ids, held.skip_ids) == ([], [], [3, 7])
    assert held.defer_until is None and held.reason == "outside window"


def test_an_earlier_wait_the_kind_set_is_kept():
    sooner = datetime(2026, 11, 4, 1, 0, tzinfo=UTC)
    held = to_window(_sending(7, defer_ids=[5], defer_until=sooner), NEW_YORK, TUESDAY_6PM_NY)
    assert held.defer_ids == [5, 7] and held.defer_until == sooner


def test_nothing_to_send_or_a_member_unknown_is_left_as_it_is():
    skipping = Delivery(1, None, skip_ids=[4], reason="no longer applies")
    assert to_window(skipping, NEW_YORK, TUESDAY_6PM_NY) == skipping
    assert to_window(_sending(7), None, TUESDAY_6PM_NY).send_ids == [7]


def test_only_sends_that_count_as_the_day_are_reserved_in_member_order():
    deliveries = [
        _sending(1, member=3),
        _sending(2, member=1),
        _sending(3, member=2, daily=False),  # a digest: not the member's message of the day
        Delivery(1, None, skip_ids=[4]),  # nothing to send
        _sending(5, member=2),
    ]
    assert [needs_day(d) for d in deliveries] == [True, True, False, False, True]
    assert reservation_order(deliveries) == [1, 4, 0]  # members 1, 2, 3


def test_a_day_already_taken_holds_the_send_twelve_hours():
    held = day_taken(_sending(7, 8, defer_ids=[2]), TUESDAY_10AM_NY)
    assert (held.send_ids, held.defer_ids) == ([], [2, 7, 8])
    assert (
        held.defer_until == datetime(2026, 11, 4, 3, 0, tzinfo=UTC) and held.reason == "day taken"
    )
    snoozed_to = datetime(2026, 11, 10, 14, 0, tzinfo=UTC)
    assert day_taken(_sending(7, defer_until=snoozed_to), TUESDAY_10AM_NY).defer_until == snoozed_to


def _after(status: str, *, attempts: int = 1, retry_after=None, to_others=False) -> AfterSend:
    return after_send(
        status,
        retry_after=retry_after,
        attempts=attempts,
        max_attempts=8,
        to_others=to_others,
        now=TUESDAY_10AM_NY,
    )


def test_a_sent_message_is_marked_sent():
    assert _after("sent") == AfterSend("sent")


def test_an_unreachable_member_stops_but_a_lost_channel_gives_up_only_the_post():
    assert _after("unreachable") == AfterSend("unreachable")
    assert _after("unreachable", to_others=True) == AfterSend("give_up")


def test_a_refused_send_retries_with_backoff_or_the_platforms_wait():
    assert _after("retry", attempts=3) == AfterSend("retry", TUESDAY_10AM_NY + timedelta(minutes=2))
    assert _after("retry", attempts=3, retry_after=7.5) == AfterSend(
        "retry", TUESDAY_10AM_NY + timedelta(seconds=7.5)
    )


def test_the_eighth_failed_attempt_gives_up_the_seventh_does_not():
    assert _after("retry", attempts=7) == AfterSend(
        "retry", TUESDAY_10AM_NY + timedelta(seconds=1920)
    )
    assert _after("retry", attempts=8) == AfterSend("give_up")
    assert _after("retry", attempts=9, retry_after=1) == AfterSend("give_up")
