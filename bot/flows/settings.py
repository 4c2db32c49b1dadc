"""Settings: see and change licenses, renewal dates, time zone, budget, time and formats.

start -> pick --"renewal"--> which_license* -> renewal_date (a fixed-date or birth-month
                 board offers the date after the current one; the month comes from it)
             --"add license"--> onboarding.license (returns here when done)
             --"add a credential" / "I'm also an NCC"--> credential* -> credential_state*
                 (a Counseling Compact privilege: which remote state) -> credential_date
             --"remove license"--> which_license -> remove_license (asked first) -> removed
             --"budget" / "hours" / "formats" / "time zone" / "supervisor"--> that answer
"""

from __future__ import annotations

import re
from datetime import date

from bot.answers import (
    REMOVE_CHOICES,
    REMOVE_OR_KEEP,
    parse_date,
    parse_state,
    parse_yes_no,
    parse_zone,
    remove_or_keep,
)
from bot.declare import SETTINGS, Phrase
from bot.flows.base import Flow, Turn
from bot.flows.profile import (
    accept_budget,
    accept_formats,
    accept_hours_per_week,
    accept_renewal_date,
    profile_facts,
)
from bot.rules import RuleSet
from bot.rules.clock import clock_words
from bot.rules.clock_questions import mismatch_words, next_dates, picked_date
from bot.rules.credentials import (
    COMPACT,
    CREDENTIAL_CHOICES,
    added_words,
    credential_question,
    date_question,
    read_credential,
)
from bot.standing import label_of
from store.queries.members import add_license, get_license, licenses_of, remove_license

TOPICS = [
    ("Change a renewal date", "renewal"),
    ("Add a license", "add"),
    ("Add a credential (NCC, PSYPACT …)", "credential"),
    ("Remove a license", "remove"),
    ("Budget", "budget"),
    ("Hours per week", "hours"),
    ("Formats", "formats"),
    ("Time zone", "timezone"),
    ("I supervise / I don't", "supervisor"),
]
KEYWORDS = [
    # Renewal and remove first ("remove my NCC"), credentials before "add" and "supervis".
    (r"renew|expir|date", "renewal"),
    (r"remove|delete licen", "remove"),
    (
        r"credential|\bncc\b|nbcc|psypact|e[.\- ]?passport|\bapit\b|\bipc\b|compact|privilege"
        r"|approved supervisor|\babpp\b",
        "credential",
    ),
    (r"add|another|new licen", "add"),
    (r"budget|spend|money|\$", "budget"),
    (r"hour|time for|week", "hours"),
    (r"format|live|online|person", "formats"),
    (r"time ?zone|zone", "timezone"),
    (r"supervis", "supervisor"),
]
QUESTIONS = {
    "budget": "New yearly CE budget in dollars? (*0* for free only)",
    "hours": "How many hours a week for CE?",
    "formats": "Which formats? (*online*, *live*, *in person*, *any*)",
    "timezone": "Which time zone? (*Eastern*, *America/Denver* …)",
    "supervisor": "Do you supervise associates or trainees? (yes/no)",
    "renewal_date": "What's the new renewal date? (e.g. *3/31/2027*)",
}


_CREDENTIAL_NAMES = (
    r"ncc|national certified counselor|e[.\- ]?passport|psypact|apit|ipc|counseling compact"
    r"|compact privilege|privilege to practi[cs]e|approved supervisor|abpp"
)


_REMOTE_STATE = re.compile(r"\b(?:in|for)\s+([a-z][a-z .]{1,25}?)\s*[.!]?$", re.I)


class MemberSettings(Flow):
    name = SETTINGS.name
    private = "settings"
    summary = "licenses, renewal dates, credentials, budget, time, formats"
    states = (
        "pick",
        "which",
        "remove_license",
        "renewal_date",
        "credential",
        "credential_state",
        "credential_date",
        "budget",
        "hours",
        "formats",
        "timezone",
        "supervisor",
    )
    section, usage = "You", "settings"
    commands = ("settings", "profile")
    phrases = (
        Phrase(r"\bchange my\b|\badd (a |another )?licen[cs]e\b|\btime ?zone\b|\bbudget\b", 210),
        Phrase(
            r"\badd (a |an |my )?(credential|certification)\b"
            # "I am also an NCC", "got my E.Passport", "add the compact privilege" — not "NCC hours"
            rf"|\b(i'?m|i am|im|i (also )?(have|hold|got|earned|became)|add|track|also)\b"
            rf"[^.?!\n]{{0,30}}?\b({_CREDENTIAL_NAMES})\b(?!\s*(hours?|ce|ceus?|credits?|courses?))",
            210,
        ),
    )

    def start(self, turn: Turn) -> None:
        topic = self._topic(turn.answer)
        if topic is None:
            turn.show(profile_facts(turn))
            self.go(turn, "pick")
            return
        if topic == "credential":  # keep the words: "I'm also an NCC" names which one
            turn.goto(self.name, "credential")
            self.on_credential(turn)
            return
        turn.goto(self.name, "pick")
        turn.answer = topic
        self.on_pick(turn)

    def ask_pick(self, turn: Turn) -> None:
        turn.offer("What would you like to change?", SETTINGS.act("pick"), TOPICS)

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
        elif topic == "credential":
            turn.goto(self.name, "credential")
            self.on_credential(turn)
        else:
            turn.goto(self.name, topic)
            turn.say(QUESTIONS[topic])

    def _which_license(self, turn: Turn, purpose: str) -> None:
        licenses = licenses_of(turn.session, member_id=turn.member_id)
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
        turn.offer("Which license?", SETTINGS.act("which"), options)

    def on_which(self, turn: Turn) -> None:
        licenses = licenses_of(turn.session, member_id=turn.member_id)
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
        if turn.data["purpose"] == "remove":  # asked first: its deadlines and status go with it
            self.go(turn, "remove_license", license_id=chosen.id)
            return
        turn.goto(self.name, "renewal_date", license_id=chosen.id)
        rules = turn.services.rule_sets.get(chosen.rule_set_id)
        offered = next_dates(rules, chosen.renewal_date, turn.today) if rules else []
        turn.data["offered"] = [day.isoformat() for day in offered]
        if rules is None or not offered:
            turn.say(QUESTIONS["renewal_date"])
            return
        words = clock_words(rules.clock, rules.cycle_months)
        turn.offer(
            f"{QUESTIONS['renewal_date']} Your board's CE period ends on {words}; the one "
            f"after your current date is *{offered[0]:%B %-d, %Y}*.",
            SETTINGS.act("renewal_date"),
            [(f"{day:%B %-d, %Y}", day.isoformat()) for day in offered],
        )

    def ask_remove_license(self, turn: Turn) -> None:
        license = get_license(
            turn.session, member_id=turn.member_id, license_id=turn.data["license_id"]
        )
        label = label_of(license, turn.services.rule_sets) if license else "that"
        turn.offer(
            f"Remove your {label} license? I'll stop tracking its requirements and deadlines; "
            "the courses you logged stay.",
            SETTINGS.act("remove_license"),
            REMOVE_CHOICES,
        )

    def on_remove_license(self, turn: Turn) -> None:
        answer = remove_or_keep(turn.answer)
        license = get_license(
            turn.session, member_id=turn.member_id, license_id=turn.data["license_id"]
        )
        if license is None:
            turn.finish()
            turn.say("That license is no longer in your profile.")
            return
        if answer is None:
            turn.say(REMOVE_OR_KEEP)
            self.ask_remove_license(turn)
            return
        label = label_of(license, turn.services.rule_sets)
        if answer:
            remove_license(turn.session, license=license)
            self._saved(turn, f"Removed your {label} license.")
        else:
            turn.finish()
            turn.say(f"Kept your {label} license — nothing changed.")

    def on_renewal_date(self, turn: Turn) -> None:
        license = get_license(
            turn.session, member_id=turn.member_id, license_id=turn.data["license_id"]
        )
        offered = [date.fromisoformat(day) for day in turn.data.get("offered") or []]
        picked = picked_date(turn.answer, offered) if offered else None
        renewal = picked if isinstance(picked, date) else accept_renewal_date(turn, turn.answer)
        typed = not isinstance(picked, date)
        if license is not None and renewal is not None:
            rules = turn.services.rule_sets.get(license.rule_set_id)
            if typed and rules is not None and mismatch_words(rules, renewal):
                turn.say(mismatch_words(rules, renewal))
            license.renewal_date = renewal
            self._saved(
                turn,
                f"Your {label_of(license, turn.services.rule_sets)} license now renews "
                f"{renewal:%B %-d, %Y}.",
            )

    def on_credential(self, turn: Turn) -> None:
        rule_set_id, said = read_credential(turn.answer)
        if said is not None:  # a compact that is not issuing, or none exists
            turn.finish()
            turn.say(said)
        elif rule_set_id is None:
            turn.offer(
                credential_question(turn.answer), SETTINGS.act("credential"), CREDENTIAL_CHOICES
            )
        elif rule_set_id not in turn.services.rule_sets:  # rules not loaded in this install
            turn.finish()
            turn.say("I can't track that credential here yet — its rules aren't loaded.")
        elif rule_set_id == COMPACT:
            turn.goto(self.name, "credential_state", rule_set_id=rule_set_id)
            named = _REMOTE_STATE.search(turn.answer)  # "… privilege to practice in Colorado"
            if named is not None and parse_state(named[1]) is not None:
                turn.answer = named[1]
                self.on_credential_state(turn)
                return
            turn.say("Which remote state is the privilege to practice in? (e.g. *Minnesota*)")
        else:
            turn.goto(self.name, "credential_date", rule_set_id=rule_set_id, where="US")
            turn.say(date_question(turn.services.rule_sets[rule_set_id]))

    def on_credential_state(self, turn: Turn) -> None:
        state = parse_state(turn.answer)
        if state is None:
            turn.say("Which state? Type its name or code, e.g. *Minnesota* or *MN*.")
            return
        turn.goto(self.name, "credential_date", where=state)
        turn.say(date_question(turn.services.rule_sets[turn.data["rule_set_id"]]))

    def on_credential_date(self, turn: Turn) -> None:
        rule_set = turn.services.rule_sets[turn.data["rule_set_id"]]
        renewal = _credential_date(turn, rule_set)
        if renewal is None:
            return
        where = turn.data["where"]
        held = licenses_of(turn.session, member_id=turn.member_id)
        if any(lic.rule_set_id == rule_set.id and lic.jurisdiction == where for lic in held):
            turn.finish()
            turn.say("You already have that one. Say *settings* to change its date.")
            return
        add_license(
            turn.session,
            member_id=turn.member_id,
            license_type=rule_set.license_type,
            jurisdiction=where,
            renewal_date=renewal,
            rule_set_id=rule_set.id,
        )
        self._saved(turn, added_words(rule_set, where, renewal))

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


def _credential_date(turn: Turn, rule_set: RuleSet) -> date | None:
    """A future date within the credential's own cycle (ABPP's is ten years), or None after
    saying what's wrong."""
    renewal = parse_date(turn.answer, today=turn.today)
    if renewal is None:
        turn.say("I couldn't read that date. Try *3/31/2027* or *March 31, 2027*.")
        return None
    if renewal <= turn.today:
        turn.say(f"{renewal:%B %-d, %Y} has already passed — what's the *next* date?")
        return None
    if (renewal - turn.today).days > rule_set.cycle_months * 31:
        turn.say(f"{renewal:%B %-d, %Y} is further away than one cycle — please type it again.")
        return None
    return renewal
