"""What to ask a member for the day their CE period ends, following their board's clock.

A fixed-date board asks no date: it offers the one its rule gives (or, where the year is the
licensee's, the two or three it may be). A birth-month board asks the month, works the date
out and keeps only the date. A birthday, issue-date or unknown clock asks the date, saying
why. Pure words and dates: onboarding and settings ask, store and move on (bot/flows/).
"""

from __future__ import annotations

import re
from datetime import date

from bot.answers import parse_yes_no
from bot.rules.clock import MONTHS, clock_words, due_on, matches, next_due_dates
from bot.rules.model import RuleSet

OTHER = "other"
FILLER = {"in", "was", "born", "i", "my", "am", "im", "the", "of"}
TYPE_IT = "A date like *3/31/2027* or *March 2027* is fine."


def offered_dates(rule_set: RuleSet, after: date, birth_month: int | None = None) -> list[date]:
    """The dates to offer as buttons; empty when the member must type theirs."""
    if rule_set.clock.basis == "birth_month" and birth_month is None:
        return []
    return next_due_dates(rule_set.clock, rule_set.cycle_months, after, birth_month)


def next_dates(rule_set: RuleSet, current: date, today: date) -> list[date]:
    """The dates to offer when the member changes `current`: the board's next one after it
    when `current` is one of the board's dates (a birth-month date gives the month, so it is
    never asked again), else those after today; empty when the member must type theirs."""
    clock = rule_set.clock
    if matches(clock, current) and not rule_set.cycle_months % 12:
        return [due_on(clock, current.year + rule_set.cycle_months // 12, current.month)]
    return [] if clock.basis == "birth_month" else offered_dates(rule_set, today)


def date_prompt(rule_set: RuleSet, title: str, offered: list[date]) -> str:
    """The question for the day the member's CE period ends, with why it is asked so."""
    clock, words = rule_set.clock, clock_words(rule_set.clock, rule_set.cycle_months)
    check, term = _check_words(rule_set), term_words(rule_set)
    if len(offered) == 1:
        lead = f"Your {title} CE period ends on {words}{check}, so yours ends *{offered[0]:%B %-d, %Y}*."
        return _join(lead, term, "Is that right?")
    if offered:
        lead = f"Your {title} CE period ends on {words}{check}; which year depends on your license."
        return _join(lead, term, "Which is yours?")
    asked = f"When does your {title} license next renew?"
    if clock.basis == "birthday":
        why = "Your board renews it on your birthday, so the date is yours alone (it's on your license)."
    elif clock.basis == "anniversary":
        why = (
            "Your board's cycle runs from your own license's issue or last renewal date, so I "
            "need yours (it's on your license)."
        )
    else:
        why = (
            "I don't know how your board sets renewal dates, so please give me yours (it's on "
            "your license)."
        )
    return _join(asked, why, term, TYPE_IT)


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def date_options(offered: list[date]) -> list[tuple[str, str]]:
    """(label, value) buttons for the offered dates, and one to type another."""
    if len(offered) == 1:
        return [
            (f"Yes, {offered[0]:%B %-d, %Y}", offered[0].isoformat()),
            ("No, another date", OTHER),
        ]
    return [(f"{day:%B %-d, %Y}", day.isoformat()) for day in offered] + [("Another date", OTHER)]


def other_date_prompt() -> str:
    """After the member says the offered date isn't theirs."""
    lead = "What date does your CE period end? It's on your license or the board's lookup."
    return f"{lead} {TYPE_IT}"


def birth_month_prompt(rule_set: RuleSet, title: str) -> str:
    """Ask the birth month of a member whose board ends the CE period in it."""
    words = clock_words(rule_set.clock, rule_set.cycle_months)
    return _join(
        f"Your {title} CE period ends on {words}{_check_words(rule_set)}.",
        term_words(rule_set),
        "Which month were you born? I use it only to work out that date, and keep just the "
        "date — not your birth month. (Or type the date itself, e.g. *5/31/2027*.)",
    )


def term_words(rule_set: RuleSet) -> str:
    """What the license itself does where it differs from the CE period."""
    if rule_set.clock.note:
        return rule_set.clock.note
    if rule_set.license_term_months and rule_set.license_term_months < rule_set.cycle_months:
        return (
            f"Your license renews every {rule_set.license_term_months} months, but CE is due "
            f"every {rule_set.cycle_months}: give the renewal at which your CE period ends."
        )
    return ""


def picked_date(text: str, offered: list[date]) -> date | str | None:
    """An offered date the answer picks, OTHER when it turns them down, None otherwise."""
    cleaned = text.strip().casefold()
    for day in offered:
        if cleaned in (day.isoformat(), f"{day:%B %-d, %Y}".casefold()):
            return day
    if cleaned == OTHER or "another" in cleaned or "different" in cleaned:
        return OTHER
    answer = parse_yes_no(cleaned)
    if answer is True and len(offered) == 1:
        return offered[0]
    if answer is False:
        return OTHER
    return None


def read_month(text: str) -> int | None:
    """A month from "March", "mar", "born in march", "3" or "03"; None otherwise."""
    cleaned = text.strip().casefold()
    if re.fullmatch(r"0?[1-9]|1[0-2]", cleaned):
        return int(cleaned)
    words = re.findall(r"[a-z]+", cleaned)
    if len(words) > 4 or re.search(r"\d", cleaned):
        return None
    words = [word for word in words if word not in FILLER]
    for number, name in enumerate(MONTHS, start=1):
        full = name.casefold()
        if any(word == full or (len(word) >= 3 and full.startswith(word)) for word in words):
            return number
    return None


def mismatch_words(rule_set: RuleSet, day: date) -> str:
    """A kind note when a typed date is not one the board's clock gives ("" when it is)."""
    if matches(rule_set.clock, day) is not False:
        return ""
    words = clock_words(rule_set.clock, rule_set.cycle_months)
    return (
        f"Noted: {day:%B %-d, %Y}. The board's usual date is {words}, so do check it against "
        "your license — you can change it in *settings*."
    )


def _check_words(rule_set: RuleSet) -> str:
    if rule_set.clock.confirmed:
        return ""
    return " (our source for this date is not the board's current rule — check it against your license)"
