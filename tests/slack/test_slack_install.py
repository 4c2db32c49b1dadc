"""Multi-workspace: OAuth installs stored in our database, each workspace answered with its own token."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import AsyncIterator

import aiohttp
import pytest
from servers import running
from slack_member import SlackMember
from slack_rig import SlackClient, fixture, slack_settings
from sqlmodel import Session, select

from handlers import slack
from handlers.runtime import Runtime
from handlers.web import build_web_app
from store.models import License, Member, Workspace


@pytest.fixture
async def multi(stub, mentor, engine) -> AsyncIterator[SlackClient]:
    """Our server with an OAuth client configured and no bot token."""
    settings = slack_settings(stub, slack_client_id="111.222", slack_client_secret="shh")
    runtime = Runtime(settings=settings, engine=engine, mentor=mentor)
    async with (
        running(build_web_app(runtime, [slack.register])) as url,
        aiohttp.ClientSession() as http,
    ):
        yield SlackClient(http, url)


async def install(client: SlackClient, stub, team: str) -> None:
    """A workspace admin clicks "Add to Slack", approves, and Slack redirects back with a code."""
    code = f"code-{team}"
    stub.installs[code] = team
    async with client.http.get(f"{client.url}/slack/install") as page:
        html = await page.text()
        assert page.status == 200
    state = re.search(r"state=([\w-]+)", html).group(1)
    # Bolt sets the state cookie Secure; a browser would send it back over HTTPS.
    cookie = {"Cookie": f"slack-app-oauth-state={state}"}
    redirect = f"{client.url}/slack/oauth_redirect?code={code}&state={state}"
    async with client.http.get(redirect, headers=cookie) as done:
        assert done.status == 200, await done.text()


def new_team() -> str:
    return "T" + uuid.uuid4().hex[:8].upper()  # slack_sdk's tables are shared across tests


async def test_a_second_workspace_installs_and_is_answered_with_its_own_token(multi, stub):
    first, second = new_team(), new_team()
    await install(multi, stub, first)
    await install(multi, stub, second)
    assert [c.data["code"] for c in stub.called("oauth.v2.access")] == [
        f"code-{first}",
        f"code-{second}",
    ]

    reply = await SlackMember(multi, stub, team=second).say("hi")
    assert "Which license" in reply
    assert stub.called("chat.postMessage")[-1].token == f"xoxb-{second.lower()}"


async def test_a_workspace_never_sees_anothers_data(multi, stub, engine):
    first, second = new_team(), new_team()
    await install(multi, stub, first)
    await install(multi, stub, second)
    await SlackMember(multi, stub, team=first).onboard()
    # The same Slack user id in another workspace is another person, starting from scratch.
    assert "Which license" in await SlackMember(multi, stub, team=second).say("status")
    with Session(engine) as session:
        owners = {
            ws.external_id: [
                m.id for m in session.exec(select(Member).where(Member.workspace_id == ws.id))
            ]
            for ws in session.exec(select(Workspace))
        }
        licensed = {lic.member_id for lic in session.exec(select(License))}
    assert set(owners) == {first, second}
    assert licensed == set(owners[first])


async def test_uninstalling_deletes_the_workspaces_tokens(multi, stub, engine):
    team = new_team()
    await install(multi, stub, team)
    settings = slack_settings(stub, slack_client_id="111.222", slack_client_secret="shh")
    tokens = slack.build_sender(settings, engine).bot_token
    assert await tokens(team) == f"xoxb-{team.lower()}"
    event = fixture("message_im.json")
    event.update(team_id=team, event_id=f"EvGone{team}")
    event["authorizations"] = [{"team_id": team, "user_id": "B", "is_bot": True}]
    event["event"] = {"type": "app_uninstalled", "event_ts": "1.2"}
    assert (await multi.event(event)).status == 200
    for _ in range(100):  # Bolt acks before the store is cleaned: wait, bounded
        if await tokens(team) is None:
            break
        await asyncio.sleep(0.05)
    assert await tokens(team) is None
    later = {**fixture("message_im.json"), "team_id": team, "event_id": f"EvAfter{team}"}
    await multi.event(later)
    await asyncio.sleep(0.3)
    assert [c for c in stub.called("chat.postMessage") if c.token == f"xoxb-{team.lower()}"] == []
