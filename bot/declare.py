"""What a flow declares about itself, and the names other code uses to reach it.

A flow class states its name, the words and phrases that start it (each phrase with an
explicit priority), its help line, whether it works before onboarding, its states and its
actions (bot/flows/base.py). Routing (bot/intents.py), help, the App Home and every button
that crosses flows are built from those declarations; tests/flows/test_registry.py checks they
agree with the flows' methods.

This module imports nothing from the rest of the bot, so anything may import it: a nudge's
"Snooze 1 week" button names `NUDGES.act("snooze")` here, never the string "nudges.snooze".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FlowId:
    """A flow's name, and the ids of its buttons ("plan.add", "status.start")."""

    name: str

    def act(self, action: str) -> str:
        """The id of a button that runs the flow's `act_<action>` (or answers its state)."""
        return f"{self.name}.{action}"

    @property
    def start(self) -> str:
        """The id of a button that starts the flow."""
        return self.act("start")


@dataclass(frozen=True)
class Phrase:
    """A regular expression that means the flow wherever it matches the (casefolded) message.

    Phrases are tried by `priority`, lowest first, across all flows; no two flows share one.
    """

    pattern: str
    priority: int


def in_order(first: str, later: str) -> str:
    """A pattern for `first.*later` (both on one line) that costs the line's length, not its square.

    Searched as written, every `first` in a line scans to its end again; here only the line's
    first `first` is tried (an atomic group), which is enough: no other one ends sooner.
    """
    return rf"(?m:^)(?>.*?(?:{first})).*(?:{later})"


# A message that starts by asking ("does the ethics webinar count …", "can I …").
ASKS = r"^(?:does|do|did|will|would|can|could|is|are|should|may|might|so)\b"

# Sections of the help message, in the order help shows them.
SECTIONS = (
    "Your hours",
    "Courses and plan",
    "You",
    "Records",
    "Reminders",
    "Colleagues",
    "Your data",
)

# Every flow, by the name its declaration and its buttons use.
ONBOARDING = FlowId("onboarding")
HELP = FlowId("help")
GREET = FlowId("greet")
FALLBACK = FlowId("fallback")
CANCEL = FlowId("cancel")
STATUS = FlowId("status")
QUESTION = FlowId("question")
SUGGEST = FlowId("suggest")
PLAN = FlowId("plan")
LOG = FlowId("log")
CERTIFICATE = FlowId("certificate")
UNDO = FlowId("undo")
GOALS = FlowId("goals")
ASSESS = FlowId("assess")
SETTINGS = FlowId("settings")
EXPORT = FlowId("export")
DELETE = FlowId("delete")
TRANSCRIPT = FlowId("transcript")
AUDIT = FlowId("audit")
CALENDAR = FlowId("calendar")
CALENDAR_REVOKE = FlowId("calendar_revoke")
CHECKIN = FlowId("checkin")
NUDGES = FlowId("nudges")
BUDDY = FlowId("buddy")
MENTOR = FlowId("mentor")
CIRCLE = FlowId("circle")
SHARE = FlowId("share")
REVIEW = FlowId("review")
TEAM = FlowId("team")
DIGEST = FlowId("digest")
