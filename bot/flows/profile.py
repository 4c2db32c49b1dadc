"""Profile answers shared by onboarding and settings: each `accept_*` saves or explains."""

from __future__ import annotations

import re
from datetime import date

from bot.answers import parse_date, parse_formats, parse_number
from bot.flows.base import Turn
from bot.messages import Facts
from bot.parsing.hours import find_hours
from bot.rules import rule_set_id_for
from bot.standing import label_of
from bot.topics import FORMATS
from store.queries.members import add_license, licenses_of

FORMAT_OPTIONS = [
    ("Online, on demand", "online"),
    ("Live webinars", "live"),
    ("In person", "in person"),
    ("Any format", "any"),
]
ROLE_OPTIONS = [
    ("Clinician", "clinician"),
    ("Clinician who supervises", "supervisor"),
    ("Practice manager / owner", "manager"),
]
SKIP = {"skip", "pass", "not sure", "dont know", "don't know", "idk", "unsure"}


def accept_renewal_date(turn: Turn, text: str) -> date | None:
    """A renewal date in the future (within five years), or None after saying what's wrong."""
    renewal = parse_date(text, today=turn.today)
    if renewal is None:
        turn.say("I couldn't read that date. Try *3/31/2027* or *March 31, 2027*.")
        return None
    if renewal <= turn.today:
        turn.say(f"{renewal:%B %-d, %Y} has already passed — what's the *next* renewal date?")
        return None
    if renewal.year > turn.today.year + 5:
        turn.say(
            f"{renewal:%B %-d, %Y} is more than five years away — is that right? Please type the date again."
        )
        return None
    return renewal


def save_license(turn: Turn, *, first_renewal: bool) -> None:
    """Save the license gathered in turn.data and say whether its board's rules are known."""
    kind, state = turn.data["license_type"], turn.data["jurisdiction"]
    rule_set_id = rule_set_id_for(state, kind)
    add_license(
        turn.session,
        member_id=turn.member_id,
        license_type=kind,
        jurisdiction=state,
        renewal_date=date.fromisoformat(turn.data["renewal_date"]),
        rule_set_id=rule_set_id,
        first_renewal=first_renewal,
    )
    rules = turn.services.rule_sets.get(rule_set_id)
    if rules is None:
        turn.say(
            f"Saved. I don't have the {state} {kind} board's CE rules yet, so I'll track your "
            "hours without requirements for this one."
        )
    else:
        total = (
            f"That cycle asks for {rules.total_hours:g} hours of CE."
            if rules.total_hours is not None
            else "How many CE hours that cycle asks for is not in my research, so I won't count "
            "down to a total — I'll still add up your hours, topic by topic."
        )
        turn.say(f"Saved: {rules.state_title}, {rules.board}. {total}")


# An amount of money: "$300", "1.5k", "300 dollars", "$50 a month"; a figure of something else
# is none ("my client's 8 week course", "3 hours", "2 CEs").
_AMOUNT = re.compile(r"(\$)?\s*(\d+(?:\.\d+)?)\s*(k\b)?(?:\s*(?:dollars?|bucks|usd)\b)?", re.I)
_NOT_MONEY = re.compile(
    r"\s*(?:-\s*)?(?:hours?|hrs?|h|minutes?|mins?|weeks?|wks?|months?|days?|years?|yrs?"
    r"|courses?|classes|ces?|ceus?|credits?|sessions?|modules?|%|percent)\b",
    re.I,
)
_PER_MONTH = re.compile(r"\s*(?:(?:a|per|each|every)\s+month\b|monthly\b|/\s*mo)", re.I)


def yearly_budget(text: str) -> tuple[float, bool] | None:
    """The yearly amount a budget answer names, and whether it was said per month ("$50 a
    month" is $600 a year); None when no amount of money is in it."""
    plain = text.replace(",", "")
    for m in _AMOUNT.finditer(plain):
        after = plain[m.end() :]
        if _NOT_MONEY.match(after) and not (m[1] or m[3]):
            continue
        amount = float(m[2]) * (1000 if m[3] else 1)
        monthly = bool(_PER_MONTH.match(after))
        return (amount * 12 if monthly else amount), monthly
    return None


def accept_budget(turn: Turn, text: str) -> bool:
    """Save the yearly budget (None when skipped); False after saying what's wrong."""
    lowered = text.strip().casefold()
    if lowered in SKIP:
        turn.member.budget_per_year = None
        return True
    read = yearly_budget(lowered)
    if read is None and any(word in lowered for word in ("free", "nothing", "none")):
        turn.member.budget_per_year = 0.0
        return True
    if read is None or read[0] > 100_000:
        turn.say("Please give an amount in dollars, like *300*, or *0* for free courses only.")
        return False
    amount, monthly = read
    if monthly:
        turn.say(f"That's about ${amount:,.0f} a year — I'll plan with that.")
    turn.member.budget_per_year = amount
    return True


# Time given per month or per year is turned into a week's share; per day is asked, since
# whether weekends count is the member's to say.
_PER_PERIOD = (
    (re.compile(r"\b(?:a|per|each|every)\s+month\b|\bmonthly\b|/\s*mo(?:nth)?\b"), 12 / 52),
    (
        re.compile(r"\b(?:a|per|each|every)\s+year\b|\byearly\b|\bannually\b|/\s*y(?:ea)?r\b"),
        1 / 52,
    ),
)
_PER_DAY = re.compile(r"\b(?:a|per|each|every)\s+(?:day|night|evening)\b|\bdaily\b|/\s*day\b")


def accept_hours_per_week(turn: Turn, text: str) -> bool:
    """Save weekly CE time (None when skipped); False after saying what's wrong."""
    lowered = text.strip().casefold()
    if lowered in SKIP:
        turn.member.hours_per_week = None
        return True
    if _PER_DAY.search(lowered):
        turn.say("Every day, or on working days only? Tell me the hours in a week, like *5*.")
        return False
    said = find_hours(lowered)  # "an hour", "90 minutes", "1h 30m", "two hours"
    hours = said[0].hours if said else parse_number(lowered)
    if hours is not None and not said and "min" in lowered:
        hours /= 60
    share = next((share for per, share in _PER_PERIOD if per.search(lowered)), None)
    if hours is not None and share is not None:
        hours = round(hours * share, 1)
    if hours is None or not 0 < hours <= 40:
        turn.say("Please give a number of hours per week between 0.5 and 40, like *2*.")
        return False
    turn.member.hours_per_week = hours
    if share is not None:  # converted: the member sees what was kept
        turn.say(f"That's about {hours:g} h a week — I'll plan with that.")
    return True


def accept_formats(turn: Turn, text: str) -> bool:
    """Save preferred formats; False after saying what's wrong."""
    formats = parse_formats(text)
    if not formats:
        turn.say(
            "Say *online*, *live*, *in person*, or *any* (several are fine: *live or in person*)."
        )
        return False
    turn.member.preferred_formats = formats
    return True


def accept_role(turn: Turn, text: str) -> bool:
    """Save the member's role; supervising answers the boards' supervisor question too. A skip
    keeps the plain clinician role (the profile shows it; settings change it)."""
    lowered = text.casefold()
    if lowered.strip() in SKIP:
        turn.member.role = "clinician"
    elif "supervis" in lowered:
        turn.member.role = "clinician"
        turn.member.practice_facts = {**turn.member.practice_facts, "supervisor": True}
    elif any(word in lowered for word in ("manager", "owner", "admin")):
        turn.member.role = "manager"
    elif any(
        word in lowered
        for word in ("clinician", "therapist", "counselor", "worker", "psychologist")
    ):
        turn.member.role = "clinician"
    else:
        turn.say("Please pick *clinician*, *supervisor* or *manager*.")
        return False
    return True


def profile_facts(turn: Turn) -> Facts:
    """The member's settings as label/value rows."""
    member = turn.member
    rows = [
        (label_of(lic, turn.services.rule_sets), f"renews {lic.renewal_date:%b %-d, %Y}")
        for lic in licenses_of(turn.session, member_id=turn.member_id)
    ]
    budget = (
        "not set" if member.budget_per_year is None else f"${member.budget_per_year:,.0f} a year"
    )
    if member.budget_per_year == 0:
        budget = "free courses only"
    weekly = "not set" if member.hours_per_week is None else f"{member.hours_per_week:g} h a week"
    formats = ", ".join(FORMATS[key] for key in member.preferred_formats) or "any"
    rows += [
        ("Time zone", member.timezone or "not set"),
        ("Budget", budget),
        ("Time for CE", weekly),
        ("Formats", formats),
        (
            "Role",
            member.role + (" (supervises)" if member.practice_facts.get("supervisor") else ""),
        ),
    ]
    return Facts(tuple(rows), title="Your profile")
