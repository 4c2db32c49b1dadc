"""Renewal deadlines and plan steps as an iCalendar file that Outlook and Google Calendar read."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event

from bot.records.gather import MemberRecords
from bot.standing import LicenseStanding
from store.models import PlanStep

PRODID = "-//CE Mentor//CE deadlines//EN"
UID_DOMAIN = "ce-mentor"
REMIND_BEFORE = timedelta(days=7)


def calendar_ics(records: MemberRecords, now: datetime) -> bytes:
    """One all-day event per renewal deadline and per plan step, each reminded a week before."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "CE deadlines")
    for standing in records.standings:
        calendar.add_component(_renewal(standing, now))
    for step in records.plan:
        calendar.add_component(_plan_step(step, now))
    return calendar.to_ical()


def _renewal(standing: LicenseStanding, now: datetime) -> Event:
    lic, progress = standing.license, standing.progress
    name = standing.label
    if progress is None or progress.total_required is None:
        detail = f"{standing.hours_logged:g} h logged this cycle."
    else:
        detail = f"{progress.counted_words} of {progress.total_required:g} h counted."
    # The UID names the license and the deadline, so a moved renewal date is a new event.
    uid = f"renewal-{lic.id}-{lic.renewal_date:%Y%m%d}@{UID_DOMAIN}"
    return _all_day(uid, f"{name} license renewal deadline", lic.renewal_date, detail, now)


def _plan_step(step: PlanStep, now: datetime) -> Event:
    hours = f" ({step.hours:g} h)" if step.hours else ""
    detail = "A step of your CE plan. Say 'plan' to CE Mentor to change it."
    return _all_day(
        f"plan-step-{step.id}@{UID_DOMAIN}", f"CE: {step.title}{hours}", step.due_date, detail, now
    )


def _all_day(uid: str, summary: str, day, description: str, now: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now)
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("description", description)
    event.add("transp", "TRANSPARENT")  # a deadline doesn't make the clinician busy
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"In a week: {summary}")
    alarm.add("trigger", -REMIND_BEFORE)
    event.add_component(alarm)
    return event
