"""Digest: a manager's team digest now, and when and where it comes.

digest                       -> this week's digest of your own team
digest monday 8am / friday 16:30 / weekly / biweekly / monthly / off
digest here                  -> post it in this private channel; *digest dm* -> back to the DM
digest settings              -> when and where it comes now
One sentence each, no questions. Only ever the asker's own team (bot.practice.permissions).
"""

from __future__ import annotations

import re

from bot.declare import DIGEST
from bot.flows.base import Flow, Turn
from bot.flows.team import show_reports
from bot.practice.digests.build import build_digest
from bot.practice.digests.schedule import CADENCES, period_for
from bot.practice.digests.view import digest_replies
from store.queries.practice.team import digest_preferences_of

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TIME = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b")


class TeamDigest(Flow):
    name = DIGEST.name
    commands = ("digest",)
    before_onboarding = True
    section, usage = "Colleagues", "digest"
    summary = "managers: your team's compliance digest, and when it comes"

    def start(self, turn: Turn) -> None:
        text = turn.answer.casefold()
        if turn.inbound.mentions:
            show_reports(turn, turn.inbound.mentions)
        elif re.search(r"\bhere\b|\b(dm|direct|private message)\b", text):
            self._where(turn, text)
        elif re.search(r"\bsettings?\b", text):
            self._describe(turn)
        elif any(word in text for word in (*CADENCES, *DAYS)) or TIME.search(text):
            self._when(turn, text)
        else:
            self._show(turn)

    def _show(self, turn: Turn) -> None:
        prefs = digest_preferences_of(turn.session, manager_id=turn.member_id, create=False)
        period = period_for(prefs.cadence, turn.today)
        digest = build_digest(turn.session, turn.services.rule_sets, turn.member_id, period)
        turn.show(*digest_replies(digest, with_chart=turn.inbound.shows_images))
        if digest.reports:
            turn.say(_settings_line(prefs) + " Say *digest settings* to change it.")

    def _when(self, turn: Turn, text: str) -> None:
        prefs = digest_preferences_of(turn.session, manager_id=turn.member_id)
        cadence = next((c for c in CADENCES if re.search(rf"\b{c}\b", text)), None)
        day = next(
            (i for i, d in enumerate(DAYS) if re.search(rf"\b{d[:3]}({d[3:]})?\b", text)), None
        )
        minutes = _minutes(text)
        if minutes is None and TIME.search(text):
            turn.say("I didn't catch that time — try *digest monday 9am* or *digest friday 16:30*.")
            return
        if cadence is not None:
            prefs.cadence = cadence
        if day is not None:
            prefs.weekday = day
        if minutes is not None:
            prefs.local_minutes = minutes
        prefs.updated_at = turn.now
        turn.say(_settings_line(prefs))

    def _where(self, turn: Turn, text: str) -> None:
        if not re.search(r"\bhere\b", text):
            prefs = digest_preferences_of(turn.session, manager_id=turn.member_id)
            prefs.channel_id, prefs.updated_at = "", turn.now
            turn.say("Your digest will come to our direct messages.")
            return
        inbound = turn.inbound
        if not (inbound.channel_id and inbound.channel_private):
            turn.say(
                "I post digests only in a DM or a *private* channel, so your team's status "
                "stays between you and the people you choose. Type */ce digest here* in "
                "a private channel I've been invited to."
            )
            return
        prefs = digest_preferences_of(turn.session, manager_id=turn.member_id)
        prefs.channel_id, prefs.updated_at = inbound.channel_id, turn.now
        turn.say(
            "Your digest will be posted in this private channel. Invite me to it "
            "(*/invite @CE Mentor*) if I'm not in it yet. *digest dm* moves it back."
        )

    def _describe(self, turn: Turn) -> None:
        prefs = digest_preferences_of(turn.session, manager_id=turn.member_id, create=False)
        turn.say(
            _settings_line(prefs),
            "Change it with e.g. *digest friday 8am*, *digest biweekly*, *digest off*, "
            "or *digest here* in a private channel.",
        )


def _settings_line(prefs) -> str:
    if prefs.cadence == "off":
        return "Your team digest is off."
    hours, minutes = divmod(prefs.local_minutes, 60)
    where = "in your private channel" if prefs.channel_id else "in our DM"
    when = "the first " if prefs.cadence == "monthly" else ""
    return (
        f"Your team digest comes {prefs.cadence}, {when}{DAYS[prefs.weekday].title()} at "
        f"{hours:02d}:{minutes:02d} your time, {where}."
    )


def _minutes(text: str) -> int | None:
    """Minutes after midnight from "8am", "4:30 pm", "16:30"; None when none (or invalid)."""
    match = TIME.search(text)
    if match is None:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    if not (0 <= hour < 24 and 0 <= minute < 60) or (half and not 1 <= int(match.group(1)) <= 12):
        return None
    return hour * 60 + minute
