"""Onboarding: licenses and renewal dates, time zone, budget, time, formats, role, then what
the member already did: one-time trainings (bot/flows/one_time.py) and hours earned this cycle
(bot/flows/earned_so_far.py).

license -> [birth_month*] -> renewal -> first_renewal -> more --yes--> license
                                         `--no--> timezone* -> budget -> hours -> formats -> role
role -> (set up) -> once** -> earned -> done
(* birth_month only for a board whose CE period ends in the member's birth month; timezone
skipped when the platform told us the member's time zone; ** only when a license that is not
a first renewal has one-time trainings to answer)

The renewal question follows the board's clock (bot/rules/clock_questions.py): a fixed date
is offered to confirm, not asked; a birth month gives the date, and only the date is kept.
"""

from __future__ import annotations

from datetime import date

from bot.answers import LICENSE_LABELS, parse_date, parse_license, parse_yes_no, parse_zone
from bot.declare import ONBOARDING, SETTINGS, STATUS
from bot.flows.base import Turn
from bot.flows.earned_so_far import EarnedSoFarSteps
from bot.flows.profile import (
    FORMAT_OPTIONS,
    ROLE_OPTIONS,
    SKIP,
    accept_budget,
    accept_formats,
    accept_hours_per_week,
    accept_renewal_date,
    accept_role,
    profile_facts,
    save_license,
)
from bot.license_titles import read_license, untracked_license_note
from bot.rules import RuleSet, rule_set_id_for
from bot.rules.clock_questions import (
    OTHER,
    TYPE_IT,
    birth_month_prompt,
    date_options,
    date_prompt,
    mismatch_words,
    offered_dates,
    other_date_prompt,
    picked_date,
    read_month,
)
from bot.rules.notes import license_label
from bot.us_states import STATE_CODES


class Onboarding(EarnedSoFarSteps):
    name = ONBOARDING.name
    summary = "set up your licenses and preferences"
    states = (
        "license",
        "birth_month",
        "renewal",
        "first_renewal",
        "more",
        "timezone",
        "budget",
        "hours",
        "formats",
        "role",
        "once",
        "once_each",
        "earned",
        "earned_topics",
    )
    commands = ("start", "restart", "onboarding")
    before_onboarding = True
    # Questions a course report cannot answer: a course told there is held, logged after setup.
    holds_courses = frozenset(
        (
            "license",
            "birth_month",
            "renewal",
            "first_renewal",
            "more",
            "timezone",
            "budget",
            "hours",
            "formats",
            "role",
        )
    )

    def step(self, turn: Turn) -> None:
        held = turn.state in self.holds_courses and not turn.member.onboarded
        if held and self.hold_course(turn, turn.answer):
            self.reprompt(turn)
            return
        super().step(turn)

    def start(self, turn: Turn) -> None:
        name = turn.member.display_name.split(" ")[0] if turn.member.display_name else "there"
        if turn.member.onboarded:  # e.g. the app was installed again: keep what they set up
            turn.say(f"Welcome back, {name}! You're all set up — here's what I have.")
            turn.show(profile_facts(turn))
            turn.offer_next("What next?", [("My status", STATUS), ("Settings", SETTINGS)])
            return
        turn.say(
            f"Hi {name}! I'm *CE Mentor*. I keep track of your continuing-education hours "
            "against your board's rules, suggest courses that fit your gaps, budget and time, "
            "and nudge you before a renewal deadline sneaks up.",
            "Let's set you up — it takes about two minutes. You can say *cancel* at any time.",
        )
        self.go(turn, "license")

    def ask_license(self, turn: Turn) -> None:
        kind = turn.data.get("pending_type")
        if kind:  # asked again mid-answer: only the state is missing
            turn.say(f"In which state is your {LICENSE_LABELS[kind]} license?")
            return
        turn.say("Which license do you hold? For example: *LCSW in California* or *LPC, Texas*.")

    def on_license(self, turn: Turn) -> None:
        reading = read_license(turn.answer)
        kind = reading.kind or turn.data.get("pending_type")
        state = reading.state or turn.data.get("pending_state")
        if reading.kind:  # "LIMHP": the title answers whether it is the independent license
            turn.data["pending_facts"] = reading.facts
        if kind is None:
            turn.data["pending_state"] = state
            note = untracked_license_note(turn.answer)
            if note:  # an LMSW, an LCADC …: said plainly what can and cannot be tracked
                turn.say(note, "Which license should I track? For example: *LCSW in California*.")
                return
            turn.say(
                "I didn't catch the license type. I know: "
                + "; ".join(LICENSE_LABELS.values())
                + ". Which one is yours?"
            )
            return
        if state is None:
            turn.data["pending_type"] = kind
            turn.say(f"Got it, {LICENSE_LABELS[kind]}. In which state is that license?")
            return
        turn.data.update(license_type=kind, jurisdiction=state, pending_type=None)
        turn.data["pending_state"] = None
        facts = turn.data.pop("pending_facts", None) or {}
        turn.member.practice_facts = {**turn.member.practice_facts, **facts}
        self.go(turn, "renewal")

    def ask_renewal(self, turn: Turn) -> None:
        rules, title = self._rules(turn)
        if rules is None:
            turn.say(f"When does your {title} license next renew? {TYPE_IT}")
            return
        if rules.clock.basis == "birth_month" and turn.data.get("birth_month") is None:
            self.go(turn, "birth_month")
            return
        offered = offered_dates(rules, turn.today, turn.data.get("birth_month"))
        turn.data["offered"] = [day.isoformat() for day in offered]
        prompt = date_prompt(rules, title, offered)
        if offered:
            turn.offer(prompt, ONBOARDING.act("renewal"), date_options(offered))
        else:
            turn.say(prompt)

    def on_renewal(self, turn: Turn) -> None:
        rules, _ = self._rules(turn)
        offered = [date.fromisoformat(day) for day in turn.data.get("offered") or []]
        picked = picked_date(turn.answer, offered) if offered else None
        if picked == OTHER:
            turn.data["offered"] = []
            turn.say(other_date_prompt())
            return
        renewal = picked if isinstance(picked, date) else accept_renewal_date(turn, turn.answer)
        if renewal is None:
            return
        if rules is not None and not isinstance(picked, date):
            note = mismatch_words(rules, renewal)
            if note:
                turn.say(note)
        turn.data.update(renewal_date=renewal.isoformat(), offered=[], birth_month=None)
        self.go(turn, "first_renewal")

    def ask_birth_month(self, turn: Turn) -> None:
        rules, title = self._rules(turn)
        if rules is not None:
            turn.say(birth_month_prompt(rules, title))

    def on_birth_month(self, turn: Turn) -> None:
        month = read_month(turn.answer)
        if month is not None:  # kept only in this conversation's state, until the date is set
            turn.data["birth_month"] = month
            self.go(turn, "renewal")
            return
        if parse_date(turn.answer, today=turn.today) is not None:  # the date itself
            self.on_renewal(turn)
            return
        turn.say("Which month? Type its name, like *May*, or the renewal date itself.")

    def _rules(self, turn: Turn) -> tuple[RuleSet | None, str]:
        """The rule set of the license being added, and its title ("FL LCSW")."""
        kind, state = turn.data["license_type"], turn.data["jurisdiction"]
        rules = turn.services.rule_sets.get(rule_set_id_for(state, kind))
        return rules, license_label(rules) if rules else f"{STATE_CODES.get(state, state)} {kind}"

    def ask_first_renewal(self, turn: Turn) -> None:
        turn.offer(
            "Is this your first renewal of this license? (Some boards ask less the first time.)",
            ONBOARDING.act("first_renewal"),
            [("Yes, first renewal", "yes"), ("No", "no")],
        )

    def on_first_renewal(self, turn: Turn) -> None:
        first = parse_yes_no(turn.answer)
        if first is None:  # asked again with its options, so a number still answers it
            turn.say("Please answer *yes* or *no*.")
            self.ask_first_renewal(turn)
            return
        save_license(turn, first_renewal=first)
        self.go(turn, "more")

    def ask_more(self, turn: Turn) -> None:
        turn.offer(
            "Do you hold another license?",
            ONBOARDING.act("more"),
            [("Add another", "yes"), ("That's all", "no")],
        )

    def on_more(self, turn: Turn) -> None:
        more = parse_yes_no(turn.answer.replace("add another", "yes").replace("that's all", "no"))
        if more is None:
            kind, _ = parse_license(turn.answer)
            if kind is None and untracked_license_note(turn.answer) is None:
                turn.say("Please answer *yes* or *no*.")
                self.ask_more(turn)
                return
            self.on_license(turn)
            return
        if more:
            self.go(turn, "license")
        elif turn.data.get("adding"):  # came from settings: the rest is known already
            turn.finish()
            turn.say("Saved.")
            turn.show(profile_facts(turn))
        elif turn.member.timezone:
            self.go(turn, "budget")
        else:
            self.go(turn, "timezone")

    def ask_timezone(self, turn: Turn) -> None:
        turn.say(
            "Which time zone are you in? (*Pacific*, *Eastern*, *America/Chicago* …) "
            "I only send reminders during your working hours."
        )

    def on_timezone(self, turn: Turn) -> None:
        zone = parse_zone(turn.answer)
        if zone is None:
            turn.say(
                "I don't know that time zone. Try *Eastern*, *Central*, *Mountain*, *Pacific*, or a name like *America/Denver*."
            )
            return
        turn.member.timezone = zone
        self.go(turn, "budget")

    def ask_budget(self, turn: Turn) -> None:
        turn.say(
            "About how much can you spend on CE per year, in dollars? (*0* for free courses only, or *skip*.)"
        )

    def on_budget(self, turn: Turn) -> None:
        if accept_budget(turn, turn.answer):
            self.go(turn, "hours")

    def ask_hours(self, turn: Turn) -> None:
        turn.say("How many hours a week can you usually give to CE? (e.g. *2*, or *skip*)")

    def on_hours(self, turn: Turn) -> None:
        if accept_hours_per_week(turn, turn.answer):
            self.go(turn, "formats")

    def ask_formats(self, turn: Turn) -> None:
        turn.offer("Which formats do you prefer?", ONBOARDING.act("formats"), FORMAT_OPTIONS)

    def on_formats(self, turn: Turn) -> None:
        skipped = turn.answer.strip().casefold() in SKIP  # as budget and time: no preference
        if accept_formats(turn, "any" if skipped else turn.answer):
            self.go(turn, "role")
        else:
            self.ask_formats(turn)

    def ask_role(self, turn: Turn) -> None:
        turn.offer("Last one: what's your role?", ONBOARDING.act("role"), ROLE_OPTIONS)

    def on_role(self, turn: Turn) -> None:
        if not accept_role(turn, turn.answer):
            self.ask_role(turn)
            return
        turn.member.onboarded = True
        turn.say("All set! Here is what I have — say *settings* any time to change it.")
        turn.show(profile_facts(turn))
        self.begin_earned_so_far(turn)
