"""Board clocks: the day a CE period ends, worked out by hand from each research record's
`renewal_date_notes` (shared/research/ce_requirements.yaml, ce_requirements_more.yaml)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from bot.rules import LicenseFacts, compute_progress
from bot.rules.clock import RenewalClock, clock_words, matches, next_due_dates
from bot.rules.clock_questions import next_dates, read_month
from bot.rules.periods import cycle_start_for


def _next(rule_sets, rule_set_id: str, after: date, birth_month: int | None = None):
    rules = rule_sets[rule_set_id]
    return next_due_dates(rules.clock, rules.cycle_months, after, birth_month)


@pytest.mark.parametrize(
    ("rule_set_id", "previous_end", "end", "start"),
    [
        # FL-LCSW: "e.g., period April 1, 2023 - March 31, 2025"
        ("FL-LCSW", date(2023, 3, 31), date(2025, 3, 31), date(2023, 4, 1)),
        # PA-LCSW: "March 1 (odd year) - February 28 (next odd year); e.g., 3/1/2023-2/28/2025"
        ("PA-LCSW", date(2023, 2, 28), date(2025, 2, 28), date(2023, 3, 1)),
        # GA-LCSW: "Cycle October 1 (even year) - September 30 (next even year)"
        ("GA-LCSW", date(2022, 9, 30), date(2024, 9, 30), date(2022, 10, 1)),
        # IA-LCSW: "January 1 of odd-numbered years to December 31 of the next even-numbered year"
        ("IA-LCSW", date(2022, 12, 31), date(2024, 12, 31), date(2023, 1, 1)),
        # DE-PSYCHOLOGIST: "August 1 of each odd-numbered year to July 31 of the next odd-numbered year"
        ("DE-PSYCHOLOGIST", date(2023, 7, 31), date(2025, 7, 31), date(2023, 8, 1)),
        # HI-LMFT: "first CE triennium 1/1/2017-12/31/2019 ... (2019, 2022, 2025...)"
        ("HI-LMFT", date(2016, 12, 31), date(2019, 12, 31), date(2017, 1, 1)),
        # VA-PSYCHOLOGIST: "Annual renewal June 30; CE completed July 1 - June 30 immediately
        # preceding the renewal"
        ("VA-PSYCHOLOGIST", date(2025, 6, 30), date(2026, 6, 30), date(2025, 7, 1)),
        # OK-PSYCHOLOGIST: "CPE year is the calendar year (Jan 1 - Dec 31)"
        ("OK-PSYCHOLOGIST", date(2025, 12, 31), date(2026, 12, 31), date(2026, 1, 1)),
        # MN-LMFT: yearly license; "reporting period ends December 31 of odd-numbered years"
        ("MN-LMFT", date(2023, 12, 31), date(2025, 12, 31), date(2024, 1, 1)),
        # WV-LPC: yearly license, "2017-2019 biennium reported with the 6/30/2019 renewal"
        ("WV-LPC", date(2017, 6, 30), date(2019, 6, 30), date(2017, 7, 1)),
    ],
)
def test_the_next_period_and_its_cycle_match_the_research_example(
    rule_sets, rule_set_id, previous_end, end, start
):
    assert _next(rule_sets, rule_set_id, previous_end) == [end]
    rules = rule_sets[rule_set_id]
    lic = LicenseFacts(rules.license_type, rules.jurisdiction, end)
    assert compute_progress(rules, lic, [], end - timedelta(days=30)).cycle_start == start


def test_a_birth_month_period_matches_the_boards_example(rule_sets):
    # OR-LPC: "e.g. June birth month: July 1, 2014 - June 30, 2016" (even-year reporting).
    assert _next(rule_sets, "OR-LPC", date(2014, 6, 30), birth_month=6) == [date(2016, 6, 30)]
    assert cycle_start_for(date(2016, 6, 30), 24) == date(2014, 7, 1)
    # A February birth month ends on the month's last day, leap year or not.
    assert _next(rule_sets, "OR-LPC", date(2026, 11, 27), birth_month=2) == [date(2028, 2, 29)]
    # CT-LPC: yearly, "last day of the month of the licensee's date of birth".
    assert _next(rule_sets, "CT-LPC", date(2026, 11, 27), birth_month=11) == [date(2026, 11, 30)]
    assert _next(rule_sets, "CT-LPC", date(2026, 11, 30), birth_month=11) == [date(2027, 11, 30)]


def test_a_year_the_licensee_holds_gives_every_candidate_in_one_period(rule_sets):
    # NC-LPC: "Expiration date June 30; year parity not retrieved" (24 months).
    assert _next(rule_sets, "NC-LPC", date(2026, 11, 27)) == [date(2027, 6, 30), date(2028, 6, 30)]
    # On June 30 itself that day's period is over: the next two.
    assert _next(rule_sets, "NC-LPC", date(2027, 6, 30)) == [date(2028, 6, 30), date(2029, 6, 30)]
    # TX-LCSW, born in May: the last day of May, 2027 or 2028.
    assert _next(rule_sets, "TX-LCSW", date(2026, 11, 27), 5) == [
        date(2027, 5, 31),
        date(2028, 5, 31),
    ]


def test_clocks_whose_date_is_the_members_offer_nothing(rule_sets):
    for rule_set_id in ("CA-LCSW", "WA-LCSW", "TX-LPC"):  # issue date, birthday, unknown
        assert _next(rule_sets, rule_set_id, date(2026, 11, 27)) == []
        assert matches(rule_sets[rule_set_id].clock, date(2027, 3, 31)) is None


def test_matches_tells_the_boards_dates_from_others(rule_sets):
    florida = rule_sets["FL-LCSW"].clock  # March 31, odd years
    assert matches(florida, date(2027, 3, 31)) is True
    assert matches(florida, date(2028, 3, 31)) is False  # even year
    assert matches(florida, date(2027, 3, 30)) is False
    texas = rule_sets["TX-LCSW"].clock  # last day of the birth month
    assert matches(texas, date(2027, 4, 30)) is True
    assert matches(texas, date(2027, 4, 29)) is False


def test_settings_offer_the_period_after_a_board_date(rule_sets):
    # IL-LCSW: "24 months preceding November 30 of each odd-numbered year": 2027 -> 2029.
    assert next_dates(rule_sets["IL-LCSW"], date(2027, 11, 30), date(2026, 11, 27)) == [
        date(2029, 11, 30)
    ]
    # HI-LCSW (36 months, 2022 and 2025 per the research): 2028 -> 2031.
    assert next_dates(rule_sets["HI-LCSW"], date(2028, 6, 30), date(2026, 11, 27)) == [
        date(2031, 6, 30)
    ]
    # A date off the clock: the board's dates after today instead.
    assert next_dates(rule_sets["IL-LCSW"], date(2027, 10, 1), date(2026, 11, 27)) == [
        date(2027, 11, 30)
    ]


def test_clock_words_read_as_a_clinician_would(rule_sets):
    def words(rule_set_id: str) -> str:
        rules = rule_sets[rule_set_id]
        return clock_words(rules.clock, rules.cycle_months)

    assert words("FL-LCSW") == "March 31 of odd-numbered years"
    assert words("NC-LMFT") == "June 30 every year"
    assert words("NC-LPC") == "June 30 every two years"
    assert words("HI-LMFT") == "December 31 every third year (2019, 2022 …)"
    assert words("OR-LPC") == "the last day of your birth month of even-numbered years"
    assert words("CA-LCSW") == ""


def test_every_rule_set_has_a_clock_that_fits_its_period(rule_sets):
    by_basis: dict[str, int] = {}
    for rules in rule_sets.values():
        by_basis[rules.clock.basis] = by_basis.get(rules.clock.basis, 0) + 1
        if not rules.cycle_length_known:  # MI LMFT and others: nothing to compute from
            assert rules.clock.basis == "unknown", rules.id
        if rules.clock.basis == "fixed_date":
            for day in next_due_dates(rules.clock, rules.cycle_months, date(2026, 11, 27)):
                assert matches(rules.clock, day), rules.id
                # The period before it ends on the board's date too: one cycle back.
                assert matches(rules.clock, cycle_start_for(day, rules.cycle_months) - timedelta(1))
    assert sum(by_basis.values()) == 204
    assert by_basis["fixed_date"] > 90 and by_basis["birth_month"] >= 5


@pytest.mark.parametrize(
    "fields",
    [
        {"basis": "fixed_date", "month": 3},  # no day
        {"basis": "fixed_date", "month": 2, "day": 30},  # no such date
        {"basis": "birthday", "parity": "odd"},  # a birthday has no board year
        {"basis": "anniversary", "month": 3, "day": 31},
        {"basis": "fixed_date", "month": 3, "day": 31, "parity": "odd", "anchor_year": 2019},
    ],
)
def test_a_clock_that_makes_no_sense_is_refused(fields):
    with pytest.raises(ValidationError):
        RenewalClock.model_validate(fields)


def test_odd_years_on_a_yearly_period_are_refused(rule_sets):
    raw = rule_sets["NC-LMFT"].model_dump()  # 12 months
    raw["clock"] = {"basis": "fixed_date", "month": 6, "day": 30, "parity": "odd"}
    with pytest.raises(ValidationError, match="24-month"):
        type(rule_sets["NC-LMFT"]).model_validate(raw)


@pytest.mark.parametrize(
    ("text", "month"),
    [("May", 5), ("born in march", 3), ("sept", 9), ("12", 12), ("03", 3), ("whenever", None)],
)
def test_a_birth_month_is_read_from_plain_words(text, month):
    assert read_month(text) == month
