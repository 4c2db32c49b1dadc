"""Export my data, and delete my data (which really deletes)."""

from __future__ import annotations

import json

from bot.declare import DELETE, EXPORT, Phrase
from bot.flows.base import Flow, Turn
from bot.messages import File
from store.queries.privacy import delete_member_data, member_data

CONFIRM_WORD = "delete"


class ExportMyData(Flow):
    name = EXPORT.name
    private = "data"
    commands = ("export",)
    phrases = (Phrase(r"\bexport (all )?my data\b|\bdownload my data\b", 230),)
    before_onboarding = True
    section, usage = "Your data", "export my data"
    summary = "download everything I hold about you"

    def start(self, turn: Turn) -> None:
        data = member_data(turn.session, member=turn.member)
        content = json.dumps(data, indent=2, sort_keys=True).encode()
        turn.say("Here is everything I hold about you, as JSON.")
        turn.show(
            File(
                f"ce-mentor-data-{turn.today.isoformat()}.json",
                content,
                "application/json",
                "Your CE Mentor data",
            )
        )


class DeleteMyData(Flow):
    name = DELETE.name
    private = "data"
    commands = ("delete",)
    phrases = (Phrase(r"\bdelete (all )?my data\b|\bforget me\b|\berase my data\b", 220),)
    before_onboarding = True
    section, usage = "Your data", "delete my data"
    summary = "erase everything I hold about you"
    states = ("confirm",)

    def start(self, turn: Turn) -> None:
        turn.goto(self.name, "confirm")
        turn.say(
            "This erases your licenses, goals, self-assessments, logged courses, plan and "
            "settings. It can't be undone (say *export my data* first if you want a copy)."
        )
        turn.offer(
            f"Type *{CONFIRM_WORD}* to confirm, or *cancel*.",
            DELETE.act("confirm"),
            [("Delete everything", CONFIRM_WORD), ("Cancel", "cancel")],
        )

    def on_confirm(self, turn: Turn) -> None:
        if turn.answer.strip().casefold() != CONFIRM_WORD:
            turn.finish()
            turn.say("OK, nothing was deleted.")
            return
        delete_member_data(turn.session, member=turn.member)
        turn.deleted = True
        turn.finish()
        turn.say(
            "Done — everything I held about you is deleted. If you write again, I'll start fresh."
        )
