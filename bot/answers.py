"""Understand short answers: licenses, dates, money, hours, formats, time zones, yes/no."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import dateparser

from bot.license_titles import read_license, read_state

LICENSE_LABELS = {
    "LCSW": "clinical social worker (LCSW)",
    "LPC": "professional counselor (LPC / LPCC / LMHC / LCPC)",
    "LMFT": "marriage and family therapist (LMFT)",
    "PSYCHOLOGIST": "psychologist",
}
YES = {"yes", "y", "yeah", "yep", "sure", "ok", "okay", "correct", "true", "please", "yes please"}
NO = {"no", "n", "nope", "nah", "false", "not really", "no thanks", "none"}
ZONE_WORDS: dict[str, str] = {
    "pacific": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "mountain": "America/Denver",
    "mt": "America/Denver",
    "arizona": "America/Phoenix",
    "central": "America/Chicago",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "eastern": "America/New_York",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "utc": "UTC",
    "gmt": "UTC",
}
FORMAT_WORDS: dict[str, str] = {
    "self": "self_study",
    "reading": "self_study",
    "on demand": "online_async",
    "on-demand": "online_async",
    "recorded": "online_async",
    "online": "online_async",
    "async": "online_async",
    "live": "live_online",
    "webinar": "live_online",
    "zoom": "live_online",
    "in person": "in_person",
    "in-person": "in_person",
    "workshop": "in_person",
    "conference": "in_person",
}
DATE_AT_MOST = 100  # characters of a date answer ("the last day of March 2027")
ZONE_NAME_AT_MOST = 64  # the longest IANA names have about 30
CHOICE_DIGITS = 18  # digits of a number picked from a list, or of a record's id (64 bits)


def parse_license(text: str) -> tuple[str | None, str | None]:
    """(license type, state code) in text like "LCSW in California" or "LIMHP, Nebr."; None where
    missing; kind None too for a title outside the four (untracked_license_note says why)."""
    reading = read_license(text)
    return reading.kind, reading.state


def parse_state(text: str) -> str | None:
    """A US state code from a name ("new york"), a code ("NY"), "Mass." or a typo ("Californa")."""
    return read_state(text)


def parse_date(text: str, *, today: date, prefer: str = "future") -> date | None:
    """A calendar date from text ("3/31/2027", "March 31, 2027", "next June"), US order.

    Longer text is no date (dateparser reads no sentence either) and would only cost time.
    A bare number ("3", "12") is no date either: a month, a day or a count, it's a guess.
    """
    if len(text.strip()) > DATE_AT_MOST or text.strip().isdigit():
        return None
    settings = {
        "PREFER_DATES_FROM": prefer,
        "DATE_ORDER": "MDY",
        "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        "PREFER_DAY_OF_MONTH": "last",
        "REQUIRE_PARTS": ["month"],
    }
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip())
    # "june 30 next yr", "March of this year", "june '27": the year as a number
    cleaned = re.sub(
        r"\s*,?\s*\b(?:of\s+)?(next|this)\s+(?:yr|year)\b",
        lambda m: f" {today.year + (m[1].casefold() == 'next')}",
        cleaned,
        flags=re.IGNORECASE,
    )
    cleaned = re.sub(r"(?<=[a-z\d])\s*[’']\s*(\d{2})$", r" 20\1", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"^(?:in|on|by)\s+", "", cleaned, flags=re.IGNORECASE)
    # "next March", "this June", "end of March": dateparser wants the bare month
    cleaned = re.sub(r"^(next|this|coming|the end of|end of)\s+", "", cleaned, flags=re.IGNORECASE)
    found = dateparser.parse(cleaned, languages=["en"], settings=settings)
    return found.date() if found else None


def parse_number(text: str) -> float | None:
    """The first number in text ("$300", "2.5 hours", "about 3"), or None."""
    match = re.search(r"\d+(?:[.,]\d+)?", text.replace(",", ""))
    return float(match.group()) if match else None


def parse_choice(text: str) -> int | None:
    """A whole number picked from a list ("3") or a button's record id, or None for other text.

    None too past CHOICE_DIGITS digits: int() refuses a number of over 4,300 of them (and "²",
    which passes str.isdigit(), is no number to int() at all).
    """
    typed = text.strip()
    digits = typed.lstrip("0") or typed[-1:]  # "0003" is 3, "000" is 0
    return int(digits) if digits.isdecimal() and len(digits) <= CHOICE_DIGITS else None


# A destructive choice, asked first: the buttons, and what typing either means.
REMOVE_CHOICES = [("Yes, remove it", "yes"), ("No, keep it", "no")]
REMOVE_OR_KEEP = "Please answer *Yes, remove it* or *No, keep it*."


def remove_or_keep(text: str) -> bool | None:
    """True to remove ("yes", "remove it"), False to keep ("no", "keep it"), None when unclear."""
    said = text.strip().casefold()
    answer = parse_yes_no(said)
    if answer is None and re.search(r"\b(remove|delete)\b", said):
        return True
    if answer is None and re.search(r"\bkeep\b", said):
        return False
    return answer


def parse_yes_no(text: str) -> bool | None:
    """True for yes, False for no, None when unclear."""
    cleaned = re.sub(r"[^\w ]", "", text.casefold()).strip()
    if cleaned in YES or cleaned.startswith(("yes ", "yeah ")):
        return True
    if cleaned in NO or cleaned.startswith(("no ", "nope ")):
        return False
    return None


def parse_formats(text: str) -> list[str]:
    """Course formats named in text; "any" means every format."""
    lowered = text.casefold()
    if re.search(r"\b(any|all|no preference|whatever|either)\b", lowered):
        return ["online_async", "live_online", "in_person", "self_study"]
    found = [key for word, key in FORMAT_WORDS.items() if word in lowered]
    return list(dict.fromkeys(found))


def parse_zone(text: str) -> str | None:
    """An IANA time zone from "America/Chicago", "Pacific", "EST" or a city in a zone name."""
    cleaned = text.strip()
    # Zone names are short; a long "a/b/c/…" sent zoneinfo's loader into a RecursionError.
    if "/" in cleaned and len(cleaned) <= ZONE_NAME_AT_MOST:
        try:
            ZoneInfo(cleaned)
            return cleaned
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    lowered = re.sub(r"\b(time|timezone|zone)\b", "", cleaned.casefold()).strip()
    if lowered in ZONE_WORDS:
        return ZONE_WORDS[lowered]
    city = lowered.replace(" ", "_")
    for zone in sorted(available_timezones()):
        if zone.casefold().endswith("/" + city):
            return zone
    state = parse_state(cleaned)
    return STATE_ZONES.get(state) if state else None


STATE_ZONES = {
    "CA": "America/Los_Angeles",
    "WA": "America/Los_Angeles",
    "OR": "America/Los_Angeles",
    "NV": "America/Los_Angeles",
    "AZ": "America/Phoenix",
    "CO": "America/Denver",
    "UT": "America/Denver",
    "NM": "America/Denver",
    "TX": "America/Chicago",
    "IL": "America/Chicago",
    "MN": "America/Chicago",
    "MI": "America/Detroit",
    "NY": "America/New_York",
    "NJ": "America/New_York",
    "PA": "America/New_York",
    "MA": "America/New_York",
    "NC": "America/New_York",
    "GA": "America/New_York",
    "FL": "America/New_York",
    "OH": "America/New_York",
    "HI": "Pacific/Honolulu",
    "AK": "America/Anchorage",
}
