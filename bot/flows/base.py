"""What every flow shares: the Turn (one exchange with a member) and the Flow state machine."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session

from bot.declare import FlowId, Phrase
from bot.messages import Choice, Choices, Inbound, Reply, Text
from store.models import Member, Workspace

if TYPE_CHECKING:  # the mentor builds them; flows only read them
    from bot.services import Services


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
    services: Services
    flow: str = ""
    state: str = ""
    data: dict = field(default_factory=dict)
    replies: list[Reply] = field(default_factory=list)
    answer: str = ""
    reroute: bool = False  # set by a flow that finds the answer is not for it
    left: str = ""  # the flow the member was in before this turn started another one
    deleted: bool = False  # the member erased their data this turn: save nothing more

    @property
    def member_id(self) -> int:
        """The member's id (a member in a turn is always saved)."""
        if self.member.id is None:
            raise ValueError("a turn's member has no id")
        return self.member.id

    @property
    def workspace_id(self) -> int:
        """The workspace's id (a workspace in a turn is always saved)."""
        if self.workspace.id is None:
            raise ValueError("a turn's workspace has no id")
        return self.workspace.id

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

    def offer_next(self, prompt: str, flows: Iterable[tuple[str, FlowId]]) -> None:
        """Buttons that each start a flow; `flows` are (label, flow) pairs."""
        choices = tuple(Choice(label, flow.start) for label, flow in flows)
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
    """A conversation as a small state machine, and its declaration.

    A state `x` asks its question in `ask_x(turn)` and handles the answer in `on_x(turn)`,
    which moves on with `self.go(turn, next_state)` or `turn.finish()`. Entry points usable at
    any time (buttons such as "Add to plan") are methods named `act_<name>(turn)`; the button's
    value arrives as `turn.answer`. Every state and action is declared in `states`/`actions`,
    and tests/flows/test_registry.py checks each has its methods.
    """

    name: ClassVar[str] = ""
    # Routing: first words that start the flow (typos forgiven), and phrases that mean it
    # anywhere in a message, each with its priority (bot/declare.py).
    commands: ClassVar[tuple[str, ...]] = ()
    phrases: ClassVar[tuple[Phrase, ...]] = ()
    # A message starting with one of `commands` is this flow's at any length, even mid-flow
    # (a channel mention such as "circle start weekly thursday 12:30" is never an answer).
    always_command: ClassVar[bool] = False
    # A short message routed here leaves the flow the member is in; False keeps it an answer.
    interrupts: ClassVar[bool] = True
    before_onboarding: ClassVar[bool] = False  # usable before the member has set up
    # What the flow shows of the member's own records ("status details"); asked "about
    # @someone", it says it shows only one's own instead of answering about the asker.
    private: ClassVar[str] = ""
    # Help: the section it is listed under ("" = not listed), how to say it, what it does,
    # and any further (say, does) lines.
    section: ClassVar[str] = ""
    usage: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    more_help: ClassVar[tuple[tuple[str, str], ...]] = ()
    states: ClassVar[tuple[str, ...]] = ()
    actions: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def id(cls) -> FlowId:
        """The flow's id, for buttons that start it or run one of its actions."""
        return FlowId(cls.name)

    def start(self, turn: Turn) -> None:
        """Begin the flow; `turn.answer` holds anything said after the command word."""
        raise NotImplementedError

    def leave(self, turn: Turn) -> None:
        """The member moved on to something else mid-flow: say what is left undone, if
        anything would otherwise be lost without a word (the flow's data is still there)."""

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


class CompletionReader:
    """A flow that can tell whether a message not naming any flow reports a finished course."""

    def looks_like_completion(self, turn: Turn, text: str) -> bool:
        raise NotImplementedError


class NudgeExplainer:
    """A flow that explains the member's nudge window and the next nudge planned."""

    def why(self, turn: Turn) -> None:
        raise NotImplementedError


Capability = TypeVar("Capability")


class Flows(Mapping[str, Flow]):
    """Every flow by name, in declaration order, and the one flow having each capability."""

    def __init__(self, flows: Iterable[Flow]) -> None:
        self._by_name: dict[str, Flow] = {}
        for flow in flows:
            if flow.name in self._by_name:
                raise ValueError(f"two flows are named {flow.name!r}")
            self._by_name[flow.name] = flow

    def __getitem__(self, name: str) -> Flow:
        return self._by_name[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def __len__(self) -> int:
        return len(self._by_name)

    def replacing(self, flow: Flow) -> Flows:
        """These flows with `flow` in place of the one of its name (a test swaps one in)."""
        return Flows(flow if name == flow.name else kept for name, kept in self.items())

    def of(self, flow: FlowId) -> Flow:
        """The flow an id names."""
        return self._by_name[flow.name]

    def having(self, capability: type[Capability]) -> Capability:
        """The one flow with `capability` (CompletionReader, NudgeExplainer)."""
        found = [flow for flow in self._by_name.values() if isinstance(flow, capability)]
        if len(found) != 1:
            raise LookupError(f"{len(found)} flows are a {capability.__name__}")
        return found[0]

    @property
    def before_onboarding(self) -> frozenset[str]:
        """Names of the flows a member may use before onboarding is finished."""
        return frozenset(name for name, flow in self._by_name.items() if flow.before_onboarding)
