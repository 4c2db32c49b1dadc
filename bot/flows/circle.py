"""Learning circles, all one-turn commands said in the circle's channel (mention or /ce).

circle start [weekly|biweekly|monthly] [day] [time] [focus …] -> the channel becomes a circle
circle settings …  /  circle stop   (the starter or a workspace admin; anyone seated if the
                                     starter has gone)
circle join  /  circle leave  /  circle   (who's in it, the next prompt)

Who may start one: anyone, in a channel they brought the bot into (it only hears channels it
was invited to). In a DM these explain where to say them; "circle" lists the member's circles.
"""

from __future__ import annotations

import re

from bot.declare import CIRCLE, Phrase
from bot.flows.base import Flow, Turn
from bot.practice.circles.schedule import describe_schedule, next_slot
from bot.practice.circles.settings import CircleSettings, focus_label, parse_settings
from bot.practice.circles.sharing import announce
from store.db import saved_id
from store.models import LearningCircle
from store.queries.practice.circles import (
    add_circle,
    circle_in,
    circles_of_member,
    delete_circle,
    join_circle,
    leave_circle,
    seat_names,
    seat_of,
)

WORDS = {
    "start": "start",
    "create": "start",
    "begin": "start",
    "settings": "settings",
    "set": "settings",
    "change": "settings",
    "stop": "stop",
    "end": "stop",
    "join": "join",
    "leave": "leave",
    "quit": "leave",
    "": "show",
    "info": "show",
    "show": "show",
}
IN_CHANNEL = (
    "Learning circles live in a channel: invite me there, then say *@CE Mentor circle {0}* "
    "in it (or type */ce circle {0}* there in Slack)."
)
PRIVACY = (
    "In the channel I post a prompt on a schedule — counts of shared needs and free courses, "
    "never who needs what — and the courses and reviews members choose to share. I read only "
    "messages that mention me."
)


class Circle(Flow):
    name = CIRCLE.name
    commands = ("circle", "circles")
    always_command = True
    # Before "stop" (cancel): "circle stop" ends a circle, not a conversation.
    phrases = (Phrase(r"^circles?\b|^(join|leave) (the |this |our )?circle\b", 10),)
    before_onboarding = True
    section, usage = "Colleagues", "circle start / join / leave"
    summary = "in a channel: a learning circle with a weekly prompt"

    def start(self, turn: Turn) -> None:
        text = re.sub(r"^\W*circles?\b", "", turn.answer.strip(), flags=re.I).strip()
        join = re.match(r"^(join|leave)\b\s*(?:the |this |our )?circle\b\s*(.*)$", text, re.I)
        verb, rest = (
            (join[1], join[2]) if join else (text.partition(" ")[0], text.partition(" ")[2])
        )
        command = WORDS.get(verb.casefold())
        if command is None:
            command, rest = "settings", text  # "circle weekly friday": a settings change
        if turn.inbound.channel_kind != "channel":
            self._in_dm(turn, command)
            return
        circle = circle_in(
            turn.session, workspace_id=turn.workspace_id, channel_id=turn.inbound.channel_id
        )
        if command == "start":
            self._start(turn, circle, rest)
        elif circle is None:
            turn.say("This channel isn't a learning circle yet. Say *circle start* to make it one.")
        else:
            getattr(self, f"_{command}")(turn, circle, rest)

    def _in_dm(self, turn: Turn, command: str) -> None:
        if command != "show":
            turn.say(IN_CHANNEL.format(command))
            return
        circles = circles_of_member(turn.session, member_id=turn.member_id)
        if not circles:
            turn.say("You're not in a learning circle yet. " + IN_CHANNEL.format("join"))
            return
        turn.say(
            "Your learning circles:\n"
            + "\n".join(f"• {_title(c)}: prompts {describe_schedule(c)}" for c in circles)
        )

    def _start(self, turn: Turn, circle: LearningCircle | None, rest: str) -> None:
        if circle is not None:
            turn.say(
                "This channel is already a learning circle. Say *circle* to see it, or "
                "*circle join* to join."
            )
            return
        wanted = parse_settings(rest)
        if wanted.problems:
            turn.say(*wanted.problems)
            return
        circle = LearningCircle(
            workspace_id=turn.workspace_id,
            channel_id=turn.inbound.channel_id,
            started_by=turn.member_id,
            timezone=turn.member.timezone or "UTC",
            created_at=turn.now,
        )
        _apply(circle, wanted)
        if add_circle(turn.session, circle=circle) is None:
            turn.say("Someone just made this channel a learning circle. Say *circle join* to join.")
            return
        join_circle(
            turn.session, circle_id=saved_id(circle), member_id=turn.member_id, now=turn.now
        )
        welcome = (
            f"🎉 This channel is now a learning circle{_focus(circle)}. Prompts come "
            f"{describe_schedule(circle)}{_next(turn, circle)}.\n"
            "Everyone who'd like to join: say *@CE Mentor circle join* here (or */ce circle "
            f"join* in Slack).\n{PRIVACY}"
        )
        # The whole channel should hear it, not only the starter (a /ce reply is private).
        announce(turn.session, member=turn.member, circle=circle, text=welcome, now=turn.now)
        turn.say(
            welcome,
            "I'll also announce it in the channel — if that post doesn't appear within a "
            "minute, invite me to the channel first. Change the schedule with _circle "
            "settings biweekly friday 12:30 focus ethics_.",
        )

    def _settings(self, turn: Turn, circle: LearningCircle, rest: str) -> None:
        if not self._may_manage(turn, circle, "change its settings"):
            return
        wanted = parse_settings(rest)
        if wanted.problems or wanted == CircleSettings():
            turn.say(
                *wanted.problems
                or [
                    "Tell me what to change, e.g. _circle settings "
                    "biweekly friday 12:30 focus ethics_."
                ]
            )
            return
        _apply(circle, wanted)
        turn.session.add(circle)
        turn.say(
            f"Done — prompts come {describe_schedule(circle)}{_focus(circle)}{_next(turn, circle)}."
        )

    def _stop(self, turn: Turn, circle: LearningCircle, rest: str) -> None:
        if not self._may_manage(turn, circle, "stop it"):
            return
        delete_circle(turn.session, circle=circle)
        turn.say(
            "This channel is no longer a learning circle: no more prompts here. Posts "
            "already made stay where they are."
        )

    def _join(self, turn: Turn, circle: LearningCircle, rest: str) -> None:
        if not join_circle(
            turn.session, circle_id=saved_id(circle), member_id=turn.member_id, now=turn.now
        ):
            turn.say("You're already in this circle. 🙂")
            return
        turn.say(
            "Welcome to the circle! After you log a course I'll offer to share it here — "
            "only if you choose. *circle leave* leaves."
        )

    def _leave(self, turn: Turn, circle: LearningCircle, rest: str) -> None:
        if leave_circle(turn.session, circle_id=saved_id(circle), member_id=turn.member_id):
            turn.say("You've left this circle. *circle join* brings you back any time.")
        else:
            turn.say("You're not in this circle. *circle join* joins.")

    def _show(self, turn: Turn, circle: LearningCircle, rest: str) -> None:
        names = [
            name or "a colleague" for name in seat_names(turn.session, circle_id=saved_id(circle))
        ]
        who = ", ".join(names) if names else "nobody yet"
        turn.say(
            f"*{_title(circle)}* — {len(names)} member(s): {who}.",
            f"Prompts come {describe_schedule(circle)}{_next(turn, circle)}.",
        )

    def _may_manage(self, turn: Turn, circle: LearningCircle, what: str) -> bool:
        """The starter or an admin; if the starter has gone, anyone sitting in the circle."""
        member = turn.member
        allowed = turn.member_id == circle.started_by or member.role == "admin"
        if circle.started_by is None:
            allowed = (
                allowed
                or seat_of(turn.session, circle_id=saved_id(circle), member_id=turn.member_id)
                is not None
            )
        if not allowed:
            turn.say(f"Only the person who started this circle or a workspace admin can {what}.")
        return allowed


def _apply(circle: LearningCircle, wanted: CircleSettings) -> None:
    for name in ("cadence", "weekday", "local_minutes", "focus"):
        value = getattr(wanted, name)
        if value is not None:
            setattr(circle, name, value)


def _title(circle: LearningCircle) -> str:
    return circle.name or (
        f"{focus_label(circle.focus)} circle" if circle.focus else "Learning circle"
    )


def _focus(circle: LearningCircle) -> str:
    return f", focused on *{focus_label(circle.focus).lower()}*" if circle.focus else ""


def _next(turn: Turn, circle: LearningCircle) -> str:
    slot = next_slot(circle, turn.now)
    return f"; the next one is {slot:%a %b %-d at %H:%M}" if slot else ""
