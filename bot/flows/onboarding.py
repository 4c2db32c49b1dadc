"""Onboarding: licenses and renewal dates, time zone, budget, time, formats, role, then what
the member already did: one-time trainings (bot/flows/one_time.py) and hours earned this cycle
(bot/flows/earned_so_far.py).

license -> renewal -> first_renewal -> more --yes--> license
                                         `--no--> timezone* -> budget -> hours -> formats -> role
role -> (set up) -> once** -> earned -> done
(* skipped when the platform told us the member's time zone; ** only when a license that is
not a first renewal has one-time trainings to answer)
"""

from __future__ import annotations

from bot.answers import LICENSE_LABELS, parse_license, parse_yes_no, parse_zone
from bot.flows.base import Turn
from bot.flows.earned_so_far import EarnedSoFarSteps
from bot.flows.profile import (
    FORMAT_OPTIONS,
    ROLE_OPTIONS,
    accept_budget,
    accept_formats,
    accept_hours_per_week,
    accept_renewal_date,
    accept_role,
    profile_facts,
    save_license,
)
from bot.license_titles import untracked_license_note
from bot.rules import rule_set_id_for
from bot.rules.notes import license_label
from bot.us_states import STATE_CODES


class Onboarding(EarnedSoFarSteps):
    name = "onboarding"
    summary = "set up your licenses and preferences"

    def start(self, turn: Turn) -> None:
        name = turn.member.display_name.split(" ")[0] if turn.member.display_name else "there"
        if turn.member.onboarded:  # e.g. the app was installed again: keep what they set up
            turn.say(f"Welcome back, {name}! You're all set up — here's what I have.")
            turn.show(profile_facts(turn))
            turn.offer_next("What next?", [("My status", "status"), ("Settings", "settings")])
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
        kind, state = parse_license(turn.answer)
        kind = kind or turn.data.get("pending_type")
        state = state or turn.data.get("pending_state")
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
        self.go(turn, "renewal")

    def ask_renewal(self, turn: Turn) -> None:
        kind, state = turn.data["license_type"], turn.data["jurisdiction"]
        rules = turn.services.rule_sets.get(rule_set_id_for(state, kind))
        title = license_label(rules) if rules else f"{STATE_CODES.get(state, state)} {kind}"
        turn.say(
            f"When does your {title} license next renew? "
            "A date like *3/31/2027* or *March 2027* is fine."
        )

    def on_renewal(self, turn: Turn) -> None:
        renewal = accept_renewal_date(turn, turn.answer)
        if renewal is not None:
            turn.data["renewal_date"] = renewal.isoformat()
            self.go(turn, "first_renewal")

    def ask_first_renewal(self, turn: Turn) -> None:
        turn.offer(
            "Is this your first renewal of this license? (Some boards ask less the first time.)",
            "onboarding.first_renewal",
            [("Yes, first renewal", "yes"), ("No", "no")],
        )

    def on_first_renewal(self, turn: Turn) -> None:
        first = parse_yes_no(turn.answer)
        if first is None:
            turn.say("Please answer *yes* or *no*.")
            return
        save_license(turn, first_renewal=first)
        self.go(turn, "more")

    def ask_more(self, turn: Turn) -> None:
        turn.offer(
            "Do you hold another license?",
            "onboarding.more",
            [("Add another", "yes"), ("That's all", "no")],
        )

    def on_more(self, turn: Turn) -> None:
        more = parse_yes_no(turn.answer.replace("add another", "yes").replace("that's all", "no"))
        if more is None:
            kind, _ = parse_license(turn.answer)
            if kind is None and untracked_license_note(turn.answer) is None:
                turn.say("Please answer *yes* or *no*.")
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
        turn.offer("Which formats do you prefer?", "onboarding.formats", FORMAT_OPTIONS)

    def on_formats(self, turn: Turn) -> None:
        if accept_formats(turn, turn.answer):
            self.go(turn, "role")

    def ask_role(self, turn: Turn) -> None:
        turn.offer("Last one: what's your role?", "onboarding.role", ROLE_OPTIONS)

    def on_role(self, turn: Turn) -> None:
        if not accept_role(turn, turn.answer):
            return
        turn.member.onboarded = True
        turn.say("All set! Here is what I have — say *settings* any time to change it.")
        turn.show(profile_facts(turn))
        self.begin_earned_so_far(turn)
