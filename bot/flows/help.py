"""Help, the answer to anything not understood, and the "what next?" buttons."""

from __future__ import annotations

from bot.flows.base import Flow, Turn

COMMANDS = (
    ("status", "your hours against each license's requirements"),
    ("status details", "why a number is unknown, the board's notes and sources"),
    (
        "ask me",
        "_does the ethics webinar count for both my licenses?_, _how many hours do I still "
        "need?_, _what counts as self-study for my board?_, _why is this unknown?_",
    ),
    ("suggest", "courses that fit your gaps, budget and time"),
    ("plan", "your dated learning plan; *make a plan* finds the cheapest set of courses"),
    ("log …", "log a course: _finished the 6h ethics course yesterday_ (attach the certificate)"),
    ("goals", "set your career goals"),
    ("assess", "rate your confidence across 16 skill areas"),
    ("settings", "licenses, renewal dates, budget, time, formats"),
    ("undo", "remove the last course you logged"),
    ("export transcript / audit packet / calendar", "your CE records as PDF, CSV, ZIP or .ics"),
    ("snooze 1 week / why no nudge?", "pause reminders, or see when the next one comes"),
    ("team / digest", "managers: your team's compliance status, hours and renewals"),
    ("export my data / delete my data", "take or erase everything I hold about you"),
    ("find me a study buddy / buddy off", "a weekly study-buddy introduction (opt in)"),
    ("I can mentor in <area> / seek a mentor in <area>", "mentoring introductions (both opt in)"),
    ("circle start / join / leave", "in a channel: a learning circle with a weekly prompt"),
    ("share my last course", "share a finished course with your circle (you choose each time)"),
    ("review <course> 4/5 …", "rate a course; shared reviews help colleagues' suggestions"),
)


def command_list() -> str:
    """The commands as bullet lines."""
    return "\n".join(f"• *{word}* — {what}" for word, what in COMMANDS)


class Help(Flow):
    name = "help"

    def start(self, turn: Turn) -> None:
        turn.say(
            "Here's what I can do. Type a command, or just tell me what you finished.",
            command_list(),
        )
        if not turn.member.onboarded:
            turn.say("You haven't set up your licenses yet — say *start* to begin.")


class Fallback(Flow):
    name = "fallback"

    def start(self, turn: Turn) -> None:
        turn.say(
            "Sorry, I didn't understand that. I can show your *status*, *suggest* courses, "
            "build a *plan*, or *log* a course you finished (_finished the 3h telehealth course "
            "yesterday_). Say *help* for everything."
        )
