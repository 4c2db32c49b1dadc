"""What every flow shares: the Turn (one exchange with a member) and the Flow state machine."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session

from bot.messages import Choice, Choices, Inbound, Reply, Text
from store.models import Member, Workspace


@dataclass
class Turn:
    """One inbound message and everything a flow needs to answer it.

    Flows read `answer`, change `flow`/`state`/`data`, and append to `replies`; the mentor
    saves the state once, at the end of the turn.
    """

    session: Session
    workspace: Workspace
    member: Member
    inbound: Inbound
    now: datetime
    services: Any
    flow: str = ""
    state: str = ""
    data: dict = field(default_factory=dict)
    replies: list[Reply] = field(default_factory=list)
    answer: str = ""
    reroute: bool = False  # set by a flow that finds the answer is not for it
    deleted: bool = False  # the member erased their data this turn: save nothing more

    @property
    def today(self) -> date:
        """The member's local date (UTC until their time zone is known)."""
        return self.now.astimezone(member_zone(self.member)).date()

    def say(self, *texts: str) -> None:
        """Answer with one or more paragraphs."""
        self.replies.extend(Text(text) for text in texts)

    def show(self, *elements: Reply) -> None:
        """Answer with rich elements (facts, progress bars, forms …)."""
        self.replies.extend(elements)

    def offer(self, prompt: str, action_id: str, options: list[tuple[str, str]]) -> None:
        """Ask with buttons; `options` are (label, value) pairs."""
        choices = tuple(Choice(label, action_id, value) for label, value in options)
        self.replies.append(Choices(prompt, choices))

    def offer_next(self, prompt: str, flows: list[tuple[str, str]]) -> None:
        """Buttons that each start a flow; `flows` are (label, flow name) pairs."""
        choices = tuple(Choice(label, f"{name}.start") for label, name in flows)
        self.replies.append(Choices(prompt, choices))

    def goto(self, flow: str, state: str, **data: Any) -> None:
        """Wait for the member's next answer in `flow` at `state`."""
        if flow != self.flow:
            self.data = {}
        self.flow, self.state = flow, state
        self.data.update(data)

    def finish(self) -> None:
        """Leave the current flow; the next message is routed by intent."""
        self.flow, self.state, self.data = "", "", {}


def member_zone(member: Member) -> ZoneInfo:
    """The member's IANA zone, falling back to UTC when unknown or invalid."""
    try:
        return ZoneInfo(member.timezone) if member.timezone else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo("UTC")


class Flow:
    """A conversation as a small state machine.

    A state `x` asks its question in `ask_x(turn)` and handles the answer in `on_x(turn)`,
    which moves on with `self.go(turn, next_state)` or `turn.finish()`. Entry points usable at any time (buttons such as "Add to plan")
    are methods named `act_<name>(turn)`; the button's value arrives as `turn.answer`.
    """

    name = ""
    summary = ""

    def start(self, turn: Turn) -> None:
        """Begin the flow; `turn.answer` holds anything said after the command word."""
        raise NotImplementedError

    def step(self, turn: Turn) -> None:
        """Handle the member's answer in the current state."""
        handler: Callable[[Turn], None] | None = getattr(self, f"on_{turn.state}", None)
        if handler is None:  # state from an older version of the flow: start over kindly
            self.start(turn)
            return
        handler(turn)

    def go(self, turn: Turn, state: str, **data: Any) -> None:
        """Move to `state` and ask its question (method `ask_<state>`)."""
        turn.goto(self.name, state, **data)
        getattr(self, f"ask_{state}")(turn)

    def reprompt(self, turn: Turn) -> None:
        """Ask the current state's question again."""
        ask = getattr(self, f"ask_{turn.state}", None)
        if ask is not None:
            ask(turn)

    def can_act(self, name: str) -> bool:
        """Whether `name` is an entry point usable from any state."""
        return callable(getattr(self, f"act_{name}", None))

    def act(self, turn: Turn, name: str) -> None:
        """Run entry point `name`."""
        getattr(self, f"act_{name}")(turn)


def registry(flows: list[Flow]) -> Mapping[str, Flow]:
    """Flows by name."""
    return {flow.name: flow for flow in flows}
