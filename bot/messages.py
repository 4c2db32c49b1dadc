"""Neutral message model: what a platform hands the mentor, and what the mentor answers.

Every adapter (terminal, Slack, Teams, tests) renders every Reply element; where a platform
lacks one it degrades to text, never to nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Platform = Literal["terminal", "slack", "teams", "test"]
ChannelKind = Literal["dm", "channel"]


@dataclass(frozen=True)
class Capabilities:
    """What a platform's messages can carry beyond text (each degrades to text where not)."""

    images: bool = False  # Image replies are shown (a chart), not only their alt text
    group_dms: bool = False  # one message to several members (together_with)
    files: bool = False  # File replies arrive as files, not as a note naming them


TEXT_ONLY = Capabilities()
# What each platform shows, said once: its sender declares these, and the mentor asks them
# (a chart is drawn only where it is shown) instead of asking which platform it is on.
CAPABILITIES: Mapping[str, Capabilities] = {
    "slack": Capabilities(images=True, group_dms=True, files=True),  # uploads beside the DM
    "teams": TEXT_ONLY,
}


def capabilities_of(platform: str) -> Capabilities:
    """What `platform`'s messages carry; text only for a platform that declares nothing."""
    return CAPABILITIES.get(platform, TEXT_ONLY)


@dataclass(frozen=True)
class Attachment:
    """A file a member sent along (e.g. a CE certificate)."""

    name: str
    url: str = ""
    mime: str = ""
    file_id: str = ""
    # The file's bytes, when the adapter fetched them before the turn (the platform's job).
    content: bytes | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Action:
    """A button press or card submit: which action, and its value."""

    id: str
    value: str = ""


@dataclass(frozen=True)
class Inbound:
    """One thing a member said or did, in platform-neutral form."""

    platform: Platform
    workspace_id: str
    user_id: str
    text: str = ""
    channel_id: str = ""
    channel_kind: ChannelKind = "dm"
    action: Action | None = None
    form_values: dict[str, str] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()
    event_id: str = ""
    display_name: str = ""
    timezone_hint: str = ""
    locale: str = ""
    shows_images: bool = False  # the platform displays Image replies (charts are costly to draw)
    # People @mentioned, as platform user ids in the order written (the bot itself left out),
    # and the names the platform gave with them ("" where it gave none).
    mentions: tuple[str, ...] = ()
    mention_names: tuple[str, ...] = ()
    channel_private: bool = False  # said in a private channel (digests may be posted there)


@dataclass(frozen=True)
class Text:
    """A paragraph of light markdown (*bold*, _italic_, bullet lines)."""

    text: str


@dataclass(frozen=True)
class Choice:
    """One button: a label, and the action it sends back."""

    label: str
    action_id: str
    value: str = ""


@dataclass(frozen=True)
class Choices:
    """A prompt with buttons. Typing the label (or its number in the terminal) works too."""

    prompt: str
    options: tuple[Choice, ...]


@dataclass(frozen=True)
class Question:
    """One question in a form."""

    id: str
    label: str
    kind: Literal["rating", "select", "date", "text"] = "text"
    options: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class Form:
    """Several questions answered together; the answers come back as Inbound.form_values."""

    title: str
    questions: tuple[Question, ...]
    submit_action_id: str
    submit_label: str = "Save"
    # Question id -> what to fix, when the form is shown again after a bad answer.
    errors: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Facts:
    """Label/value rows, e.g. a parsed completion before it is logged."""

    rows: tuple[tuple[str, str], ...]
    title: str = ""


@dataclass(frozen=True)
class ProgressBar:
    """Progress toward a requirement; required None means the rule is unknown."""

    label: str
    done: float
    required: float | None
    note: str = ""


@dataclass(frozen=True)
class Image:
    """A picture, e.g. a progress chart."""

    png: bytes
    alt_text: str


@dataclass(frozen=True)
class File:
    """A file for the member to keep (CSV, PDF, ICS, JSON)."""

    name: str
    content: bytes
    mime: str
    title: str = ""


Reply = Text | Choices | Form | Facts | ProgressBar | Image | File
