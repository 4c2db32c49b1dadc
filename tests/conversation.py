"""A recording fake chat: say things to the real mentor on a real database, read the answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

from bot.mentor import Mentor
from bot.messages import (
    Action,
    Attachment,
    Choices,
    Facts,
    File,
    Form,
    Image,
    Inbound,
    ProgressBar,
    Reply,
    Text,
)

FRIDAY_NOON_PACIFIC = datetime(2026, 11, 27, 20, 0, tzinfo=UTC)


def as_text(reply: Reply) -> str:
    """Every reply element as the text a reader would see."""
    match reply:
        case Text(text=text):
            return text
        case Choices(prompt=prompt, options=options):
            return prompt + " " + " ".join(f"[{o.label}]" for o in options)
        case Facts(rows=rows, title=title):
            return title + "\n" + "\n".join(f"{label}: {value}" for label, value in rows)
        case ProgressBar(label=label, done=done, required=required):
            return f"{label} {done:g}/{required if required is None else format(required, 'g')}"
        case Form(title=title, questions=questions):
            return title + " " + " ".join(q.label for q in questions)
        case File(name=name):
            return f"<file {name}>"
        case Image(alt_text=alt):
            return f"<image {alt}>"
    return repr(reply)


class Conversation:
    """One member talking to the mentor; the clock moves forward a minute per message."""

    def __init__(
        self,
        mentor: Mentor,
        *,
        user: str = "U1",
        workspace: str = "W1",
        timezone: str = "America/Los_Angeles",
        now: datetime = FRIDAY_NOON_PACIFIC,
    ) -> None:
        self.mentor, self.user, self.workspace, self.timezone = mentor, user, workspace, timezone
        self.now = now
        self.replies: list[Reply] = []
        self.shows_images = False  # like the terminal; set True to act like Slack
        self._ids = count(1)

    def send(self, inbound: Inbound) -> str:
        self.now += timedelta(minutes=1)
        self.replies = self.mentor.handle(inbound, self.now)
        return self.text

    def _inbound(self, **fields) -> Inbound:
        fields.setdefault("event_id", f"{self.user}-{next(self._ids)}")
        fields.setdefault("shows_images", self.shows_images)
        return Inbound(
            "test",
            self.workspace,
            self.user,
            display_name="Dana Reyes",
            timezone_hint=self.timezone,
            **fields,
        )

    def say(self, text: str, **fields) -> str:
        """Send a message; returns all reply text joined."""
        return self.send(self._inbound(text=text, **fields))

    def press(self, label: str) -> str:
        """Press the button with this label (case-insensitive) among the last replies."""
        for reply in self.replies:
            if isinstance(reply, Choices):
                for option in reply.options:
                    if option.label.casefold() == label.casefold():
                        return self.send(
                            self._inbound(action=Action(option.action_id, option.value))
                        )
        raise AssertionError(f"no button {label!r} in: {self.text}")

    def press_action(self, action_id: str, value: str = "") -> str:
        """Send a button action directly, as a platform event would (e.g. an install welcome)."""
        return self.send(self._inbound(action=Action(action_id, value)))

    def submit(self, values: dict[str, str]) -> str:
        """Submit the form shown in the last replies."""
        form = next((r for r in self.replies if isinstance(r, Form)), None)
        assert form is not None, f"no form in: {self.text}"
        return self.send(self._inbound(action=Action(form.submit_action_id), form_values=values))

    def attach(self, text: str, name: str, file_id: str) -> str:
        """Send a message with a file attached (e.g. a certificate)."""
        return self.say(text, attachments=(Attachment(name=name, file_id=file_id),))

    @property
    def text(self) -> str:
        return "\n".join(as_text(reply) for reply in self.replies)

    def onboard(self, license: str = "LCSW in California", renewal: str = "3/31/2027") -> None:
        """The shortest onboarding: one license, defaults for the rest."""
        self.say("hi")
        self.say(license)
        self.say(renewal)
        self.say("no")
        self.say("no")
        self.say("300")
        self.say("2")
        self.say("any")
        self.say("clinician")
        assert "All set" in self.text, self.text
        # The questions onboarding ends with (one-time trainings, hours earned so far): skipped.
        while "(or *skip*)" in self.text or "*none yet* or *skip*" in self.text:
            self.say("skip")
