"""The App Home tab: the mentor's home page, rendered as a Slack home view."""

from __future__ import annotations

from collections.abc import Sequence

from bot.messages import Reply
from handlers.slack.render import blocks_for

MAX_HOME_BLOCKS = 100  # Slack's limit per view


def home_view(replies: Sequence[Reply]) -> dict:
    """A `home` view from the home page replies (files and images have no place there)."""
    blocks = [block for reply in replies for block in blocks_for(reply)]
    return {"type": "home", "blocks": blocks[:MAX_HOME_BLOCKS]}
