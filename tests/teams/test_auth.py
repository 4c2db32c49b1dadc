"""With MICROSOFT_APP_ID set, only valid Bot Framework tokens get in; everything else is 401."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from servers import running
from sqlmodel import select

from store.db import new_session
from store.models import Member, ProcessedEvent, ReplyAddress
from teams.client import TeamsMember, fixture
from teams.conftest import APP_ID
from teams.stub import new_key


def stored_rows(engine) -> int:
    with new_session(engine) as session:
        return sum(
            len(session.exec(select(table)).all())
            for table in (Member, ReplyAddress, ProcessedEvent)
        )


BAD_TOKENS = {
    "missing": lambda stub, url: "",
    "expired": lambda stub, url: stub.token(audience=APP_ID, service_url=url, expires_in=-3600),
    "wrongly signed": lambda stub, url: stub.token(audience=APP_ID, service_url=url, key=new_key()),
    "wrong audience": lambda stub, url: stub.token(audience="another-bot", service_url=url),
    "other service url": lambda stub, url: stub.token(
        audience=APP_ID, service_url="http://127.0.0.1:9/"
    ),
    "not a jwt": lambda stub, url: "garbage",
}


@pytest.mark.parametrize("kind", BAD_TOKENS)
async def test_bad_tokens_get_401_and_nothing_is_stored(build_app, stub, engine, kind):
    app, _ = build_app(auth_on=True)
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        activity = {**member.template, "text": "hi"}
        token = BAD_TOKENS[kind](stub, activity["serviceUrl"])
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        async with http.post(f"{server}/api/messages", json=activity, headers=headers) as r:
            assert r.status == 401
    assert stub.replies() == []
    assert stored_rows(engine) == 0


async def test_a_valid_token_gets_in(build_app, stub, engine):
    app, _ = build_app(auth_on=True)
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        # Channel chatter without a mention: accepted, but never answered (so no outbound
        # token is needed from Microsoft's login service) and, with no turn, nothing kept.
        # (It used to store the chatterer as a member with a reply address: a by-product of
        # writing every activity's reference before the turn, now kept by the turn itself.)
        chatter = fixture("message_channel_mention", stub.url + "/")
        chatter.update(text="lunch anyone?", entities=chatter["entities"][1:])
        token = stub.token(audience=APP_ID, service_url=chatter["serviceUrl"])
        response = await member.post(chatter, token=token)
        assert response.status == 201
    assert stored_rows(engine) == 0


async def test_signing_keys_are_fetched_at_startup_not_by_a_request(build_app, stub):
    app, _ = build_app(auth_on=True)
    async with running(app):
        for _ in range(100):  # fetched from a worker thread; give it a moment
            if "/keys" in stub.fetched:
                break
            await asyncio.sleep(0.05)
        assert stub.fetched == ["/openid", "/keys"]
