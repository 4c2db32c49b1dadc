"""Settings: see and change licenses, renewal dates, time zone, budget, time and formats.

start -> pick --"renewal"--> which_license* -> renewal_date
             --"add license"--> onboarding.license (returns here when done)
             --"remove license"--> which_license -> removed
             --"budget" / "hours" / "formats" / "time zone" / "supervisor"--> that answer
"""

from __future__ import annotations

import re

from bot.answers import parse_yes_no, parse_zone
from bot.flows.base import Flow, Turn
from bot.flows.profile import (
    accept_budget,
    accept_formats,
    accept_hours_per_week,
    accept_renewal_date,
    profile_facts,
)
from bot.standing import label_of
from store.queries.members import get_license, licenses_of, remove_license

TOPICS = [
    ("Change a renewal date", "renewal"),
    ("Add a license", "add"),
    ("Remove a license", "remove"),
    ("Budget", "budget"),
    ("Hours per week", "hours"),
    ("Formats", "formats"),
    ("Time zone", "timezone"),
    ("I supervise / I don't", "supervisor"),
]
KEYWORDS = [
    (r"renew|expir|date", "renewal"), (r"add|another|new licen", "add"), (r"remove|delete licen", "remove"),
    (r"budget|spend|money|\$", "budget"), (r"hour|time for|week", "hours"), (r"format|live|online|person", "formats"),
    (r"time ?zone|zone", "timezone"), (r"supervis", "supervisor"),
]  # fmt: skip
QUESTIONS = {
    "budget": "New yearly CE budget in dollars? (*0* for free only)",
    "hours": "How many hours a week for CE?",
    "formats": "Which formats? (*online*, *live*, *in person*, *any*)",
    "timezone": "Which time zone? (*Eastern*, *America/Denver* …)",
    "supervisor": "Do you supervise associates or trainees? (yes/no)",
    "renewal_date": "What's the new renewal date? (e.g. *3/31/2027*)",
}


class Settings(Flow):
    name = "settings"
    summary = "licenses, dates, budget, time and formats"

    def start(self, turn: Turn) -> None:
        topic = self._topic(turn.answer)
        if topic is None:
            turn.show(profile_facts(turn))
            self.go(turn, "pick")
            return
        turn.goto(self.name, "pick")
        turn.answer = topic
        self.on_pick(turn)

    def ask_pick(self, turn: Turn) -> None:
        turn.offer("What would you like to change?", "settings.pick", TOPICS)

    def _topic(self, text: str) -> str | None:
        lowered = text.casefold()
        return next((topic for pattern, topic in KEYWORDS if re.search(pattern, lowered)), None)

    def on_pick(self, turn: Turn) -> None:
        topic = turn.answer if turn.answer in dict(TOPICS).values() else self._topic(turn.answer)
        if topic is None:
            turn.reroute = True
        elif topic == "add":
            turn.goto("onboarding", "license", adding=True)
            turn.say("Which license? e.g. *LMFT in Texas*.")
        elif topic in ("renewal", "remove"):
            self._which_license(turn, topic)
        else:
            turn.goto(self.name, topic)
            turn.say(QUESTIONS[topic])

    def _which_license(self, turn: Turn, purpose: str) -> None:
        licenses = licenses_of(turn.session, member_id=turn.member.id)
        if not licenses:
            turn.finish()
            turn.say("You have no licenses yet. Say *settings* and pick *Add a license*.")
            return
        turn.goto(self.name, "which", purpose=purpose)
        if len(licenses) == 1:
            turn.answer = str(licenses[0].id)
            self.on_which(turn)
            return
        rule_sets = turn.services.rule_sets
        options = [(label_of(lic, rule_sets), str(lic.id)) for lic in licenses]
        turn.offer("Which license?", "settings.which", options)

    def on_which(self, turn: Turn) -> None:
        licenses = licenses_of(turn.session, member_id=turn.member.id)
        lowered = turn.answer.casefold()
        chosen = next(
            (
                lic
                for lic in licenses
                if turn.answer == str(lic.id)
                or label_of(lic, turn.services.rule_sets).casefold() in lowered
                or f"{lic.jurisdiction} {lic.license_type}".casefold() in lowered
                or lic.license_type.casefold() in lowered
            ),
            None,
        )
        if chosen is None:
            turn.say("Which one? Type it as shown, e.g. *CA LCSW*.")
            return
        if turn.data["purpose"] == "remove":
            remove_license(turn.session, license=chosen)
            label = label_of(chosen, turn.services.rule_sets)
            self._saved(turn, f"Removed your {label} license.")
            return
        turn.goto(self.name, "renewal_date", license_id=chosen.id)
        turn.say(QUESTIONS["renewal_date"])

    def on_renewal_date(self, turn: Turn) -> None:
        license = get_license(
            turn.session, member_id=turn.member.id, license_id=turn.data["license_id"]
        )
        renewal = accept_renewal_date(turn, turn.answer)
        if license is not None and renewal is not None:
            license.renewal_date = renewal
            self._saved(
                turn,
                f"Your {label_of(license, turn.services.rule_sets)} license now renews "
                f"{renewal:%B %-d, %Y}.",
            )

    def on_budget(self, turn: Turn) -> None:
        if accept_budget(turn, turn.answer):
            self._saved(turn, "Budget saved.")

    def on_hours(self, turn: Turn) -> None:
        if accept_hours_per_week(turn, turn.answer):
            self._saved(turn, "Weekly time saved.")

    def on_formats(self, turn: Turn) -> None:
        if accept_formats(turn, turn.answer):
            self._saved(turn, "Formats saved.")

    def on_timezone(self, turn: Turn) -> None:
        zone = parse_zone(turn.answer)
        if zone is None:
            turn.say("I don't know that time zone. Try *Eastern*, *Pacific* or *America/Denver*.")
            return
        turn.member.timezone = zone
        self._saved(turn, f"Time zone set to {zone}.")

    def on_supervisor(self, turn: Turn) -> None:
        answer = parse_yes_no(turn.answer)
        if answer is None:
            turn.say("Please answer *yes* or *no*.")
            return
        turn.member.practice_facts = {**turn.member.practice_facts, "supervisor": answer}
        self._saved(turn, "Noted.")

    def _saved(self, turn: Turn, message: str) -> None:
        turn.finish()
        turn.say(message)
        turn.show(profile_facts(turn))
