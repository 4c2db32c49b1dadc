"""Forged Teams activities, and what a test checks afterwards: who got what, what was stored."""

from __future__ import annotations

import ipaddress
import socket
import time

import aiohttp
from servers import running
from sqlmodel import select

from store.db import new_session
from store.models import Member, ProcessedEvent, ReplyAddress
from teams.client import TeamsMember, fixture


def lan_address() -> str | None:
    """This machine's address on a non-loopback interface, if it has one."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("203.0.113.1", 9))  # picks a route; sends nothing
            address = probe.getsockname()[0]
    except OSError:
        return None
    return None if ipaddress.ip_address(address).is_loopback else address


def url_of(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def stored(engine) -> list[tuple]:
    """Every row a turn writes: members, their stored references, processed events."""
    with new_session(engine) as session:
        members = [(m.id, m.platform_user_id, m.reachable) for m in session.exec(select(Member))]
        chats = [(c.member_id, c.platform, c.address) for c in session.exec(select(ReplyAddress))]
        events = [e.id for e in session.exec(select(ProcessedEvent))]
    return [*members, *chats, *events]


def chatter(service_url: str) -> dict:
    """A channel post without an @mention: accepted and remembered, never answered."""
    activity = fixture("message_channel_mention", service_url)
    activity.update(text="lunch anyone?", entities=activity["entities"][1:])
    return activity


def forged(service_url: str, text: str = "export my data") -> dict:
    """The member's own chat, as a forger would post it: their tenant and user id, any URL."""
    activity = fixture("message_personal", service_url)
    activity.update(id=f"forged-{time.monotonic_ns()}", text=text)
    return activity


async def first_contact(build_app, stub) -> None:
    """The member writes to the bot once, for real (a local server and the loopback stub)."""
    app, _ = build_app()
    async with running(app) as server, aiohttp.ClientSession() as http:
        await TeamsMember(http, server, stub).say("hi")
    stub.clear()
