"""Nudge settings: snooze, stop or resume a kind of reminder, change the window, 'why no nudge?'.

start (one sentence, no questions) -> done; the "Snooze 1 week" button is act_snooze.
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.answers import parse_date
from bot.declare import NUDGES, Phrase, in_order
from bot.flows.base import Flow, NudgeExplainer, Turn
from bot.nudges.explain import explain, next_nudge_words
from bot.nudges.facts import MemberNudgeFacts
from bot.nudges.load import load_members
from store.queries.nudge_prefs import preferences_of, sent_keys_of

KIND_WORDS = [
    (r"deadline|renewal", "deadline"),
    (r"step|plan", "step"),
    (r"check[- ]?in", "checkin"),
    (r"inactiv|idle|nothing logged", "inactivity"),
    (r"complete|done|finished", "complete"),
]
# Words that turn a kind of reminder off: "cancel my plan step reminders", "mute check-ins".
STOP_WORDS = r"stop|mute|cancel|pause|disable|unsubscribe( me)? from|no more|turn off|switch off"
UNITS = {"day": 1, "week": 7, "month": 30}
SNOOZE_DAYS_AT_MOST = 3650  # ten years: "snooze 99999999 days" ran past the year 9999
CADENCES = ("weekly", "biweekly", "monthly", "off")
CHECKIN_CADENCE = in_order(r"check[- ]?ins?\b", r"\b(" + "|".join(CADENCES) + r")\b")
# "2 weeks", "a month": a match starts only where its digits or its spaces start, so a long run
# of either is not read again from each of its positions (the same matches as before).
SNOOZE_FOR = re.compile(r"(?:(?<!\d)(\d+)|(?<![\d\s]))\s*+(day|week|month)s?")


class NudgeSettings(Flow, NudgeExplainer):
    name = NUDGES.name
    private = "reminders"
    commands = ("nudges", "reminders", "snooze")
    # Before "stop" (cancel): "stop deadline reminders" is a setting, not a cancel.
    phrases = (
        Phrase(r"^/?snooze\b|\bsnooze (my )?(nudges|reminders)\b|\bnudge me\b", 100),
        Phrase(
            in_order(r"\bwhy (no|not|haven't you|didn't you)\b", r"\b(nudg|remind)")
            + r"|\b(nudge|reminder) settings\b",
            100,
        ),
        Phrase(
            in_order(
                rf"\b({STOP_WORDS}|resume|turn on)\b", r"\b(reminders?|nudges?|check-?ins?)\b"
            ),
            100,
        ),
        Phrase(
            r"\bcheck-?ins? (weekly|biweekly|monthly|off)\b|\b(weekly|biweekly|monthly) check-?ins?\b",
            100,
        ),
    )
    section, usage = "Reminders", "snooze 1 week / why no nudge?"
    summary = "pause reminders, stop one kind, or see when the next one comes"
    actions = ("snooze", "why", "not_now")

    def start(self, turn: Turn) -> None:
        text = turn.answer.casefold()
        if re.search(r"snooze|pause all", text):
            self._snooze(turn, text)
        elif re.search(r"\bnot now\b", text):  # as the button: nothing changes
            self.act_not_now(turn)
        elif re.search(CHECKIN_CADENCE, text):
            self._cadence(turn, text)
        elif re.search(rf"\b({STOP_WORDS}|resume|turn on|start)\b", text):
            self._opt(turn, text)
        elif match := re.search(r"\b(\d{1,2})\s*(?:-|to)\s*(\d{1,2})\b", text):
            self._window(turn, int(match.group(1)), int(match.group(2)))
        else:
            self.why(turn)

    def act_snooze(self, turn: Turn) -> None:
        """The "Snooze 1 week" button under a nudge; the value is a number of days."""
        self._snooze_days(turn, int(turn.answer or 7))

    def act_not_now(self, turn: Turn) -> None:
        """The "Not now" button under a nudge: nothing changes, and the member hears when the
        next one comes (at most one a day, so not again today)."""
        member, already = self._facts(turn)
        turn.say(
            "No problem — I'll leave it for now.",
            next_nudge_words(member, turn.services.rule_sets, turn.now, already),
            "Say *snooze 1 week* for a longer break.",
        )

    def act_why(self, turn: Turn) -> None:
        """A "Why no nudge?" button."""
        self.why(turn)

    def why(self, turn: Turn) -> None:
        """Explain the window, what holds nudges back, and the next one planned."""
        member, already = self._facts(turn)
        turn.say(*explain(member, turn.services.rule_sets, turn.now, already))

    def _facts(self, turn: Turn) -> tuple[MemberNudgeFacts, set[str]]:
        """The member's nudge facts as of this turn, and the nudge keys already sent."""
        turn.session.flush()
        member = load_members(turn.session, member_ids=[turn.member_id])[0]
        return member, sent_keys_of(turn.session, member_id=turn.member_id)

    def _snooze(self, turn: Turn, text: str) -> None:
        match = SNOOZE_FOR.search(text)
        if match:  # float(), as int() refuses a number of over 4,300 digits
            days = float(match.group(1) or 1) * UNITS[match.group(2)]
            self._snooze_days(turn, int(min(days, SNOOZE_DAYS_AT_MOST)))
            return
        # What follows a line's last "until"; `.*\buntil\b` rescanned the line from every spot.
        after = "\n".join(re.split(r"\buntil\b", line)[-1] for line in text.split("\n"))
        until = parse_date(after, today=turn.today)
        if until is not None and until > turn.today:
            self._snooze_days(turn, (until - turn.today).days)
        else:
            self._snooze_days(turn, 7)

    def _snooze_days(self, turn: Turn, days: int) -> None:
        prefs = preferences_of(turn.session, member_id=turn.member_id)
        prefs.snoozed_until = turn.today + timedelta(days=max(days, 1))
        prefs.updated_at = turn.now
        turn.say(
            f"😴 Snoozed — no nudges until {prefs.snoozed_until:%a %b %-d}. "
            "Say *resume nudges* to end it sooner."
        )

    def _opt(self, turn: Turn, text: str) -> None:
        prefs = preferences_of(turn.session, member_id=turn.member_id)
        kinds = [kind for pattern, kind in KIND_WORDS if re.search(pattern, text)]
        stopping = bool(re.search(rf"\b({STOP_WORDS})\b", text))
        if not kinds and not stopping:  # "resume nudges": end a snooze
            prefs.snoozed_until = None
            turn.say("🔔 Nudges are back on.")
            return
        if not kinds:
            turn.say(
                "Which reminders? *deadline*, *plan step*, *check-in* or *inactivity* — "
                "or say *snooze 1 month* to pause them all."
            )
            return
        current = set(prefs.opted_out)
        prefs.opted_out = sorted(current | set(kinds) if stopping else current - set(kinds))
        prefs.updated_at = turn.now
        names = " and ".join(kinds)
        turn.say(
            f"OK — no more {names} reminders." if stopping else f"🔔 {names} reminders are on."
        )

    def _cadence(self, turn: Turn, text: str) -> None:
        prefs = preferences_of(turn.session, member_id=turn.member_id)
        prefs.checkin_every = next(c for c in CADENCES if re.search(rf"\b{c}\b", text))
        prefs.updated_at = turn.now
        turn.say(f"Check-ins: {prefs.checkin_every}.")

    def _window(self, turn: Turn, start: int, end: int) -> None:
        if end <= 7 and start > end:  # "9-5" means 09:00-17:00
            end += 12
        if not 0 <= start < end <= 24:
            turn.say("Give me hours like *nudge me 9-5* or *nudge me 8 to 16*.")
            return
        prefs = preferences_of(turn.session, member_id=turn.member_id)
        prefs.window_start, prefs.window_end, prefs.updated_at = start * 60, end * 60, turn.now
        turn.say(f"I'll nudge you only between {start:02d}:00 and {end:02d}:00 your time.")
