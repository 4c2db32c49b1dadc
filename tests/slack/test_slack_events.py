"""Slack's Events API over real HTTP: verification, DMs, mentions, retries, forged requests."""

from __future__ import annotations

import asyncio

import aiohttp
from servers import running
from slack_rig import SlackClient, fixture, slack_settings
from sqlmodel import Session, select

from handlers import slack
from handlers.runtime import Runtime
from handlers.web import build_web_app
from store.models import Member, ProcessedEvent


def dm(text: str, event_id: str = "Ev0PV52K21", user: str = "U2147483697", **event) -> dict:
    payload = fixture("message_im.json")
    payload["event"].update(text=text, user=user, **event)
    payload["event_id"] = event_id
    return payload


def stored(engine) -> tuple[int, int]:
    with Session(engine) as session:
        members = len(session.exec(select(Member)).all())
        return members, len(session.exec(select(ProcessedEvent)).all())


async def test_url_verification_is_answered_with_the_challenge(server):
    payload = fixture("url_verification.json")
    response = await server.event(payload)
    assert response.status == 200
    assert payload["challenge"] in await response.text()


async def test_a_dm_is_answered_in_the_dm_with_block_kit(server, stub):
    response = await server.event(dm("help"))
    assert response.status == 200
    posted = (await stub.wait_for("chat.postMessage"))[0]
    assert posted.token == "xoxb-test"
    assert posted.data["channel"] == "D024BE91L"
    assert posted.data["blocks"][0]["type"] == "section"
    assert "status" in posted.data["text"].lower()
    assert stub.called("users.info")[0].data["user"] == "U2147483697"
    async with server.http.get(f"{server.url}/metrics") as response:
        metrics = await response.text()
    assert 'cementor_events_handled_total{platform="slack"} 1.0' in metrics
    assert 'cementor_replies_sent_total{platform="slack"} 1.0' in metrics


async def test_a_certificate_shared_with_a_message_reaches_the_mentor(server, stub, engine):
    certificate = {
        "id": "F0CERT",
        "name": "ethics-cert.pdf",
        "mimetype": "application/pdf",
        "url_private": "https://files.slack.com/files-pri/T1-F0CERT/ethics-cert.pdf",
    }
    payload = dm("hi", "EvFile1", subtype="file_share", files=[certificate])
    assert (await server.event(payload)).status == 200
    await stub.wait_for("chat.postMessage")
    assert stored(engine) == (1, 1)


async def test_the_time_zone_comes_from_slack_and_is_not_asked(server, stub, engine):
    await server.event(dm("hi"))
    await stub.wait_for("chat.postMessage")
    with Session(engine) as session:
        member = session.exec(select(Member)).one()
    assert member.timezone == "America/Los_Angeles"
    assert member.display_name == "Dana Reyes"


async def test_forged_and_stale_requests_are_refused_and_nothing_is_stored(server, stub, engine):
    forged = await server.event(dm("hi", "EvForged"), secret="not-the-secret")
    stale = await server.event(dm("hi", "EvStale"), age=6 * 60)
    assert (forged.status, stale.status) == (401, 401)
    await asyncio.sleep(0.3)  # give a wrongly accepted event time to be processed
    assert stub.calls == []
    assert stored(engine) == (0, 0)


async def test_the_same_event_delivered_three_times_is_processed_once(server, stub, engine):
    payload = dm("status", "EvRetried1")
    first = await server.event(payload)
    retries = [
        await server.event(
            payload, headers={"X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": "http_timeout"}
        )
        for n in (1, 2)
    ]
    assert [r.status for r in [first, *retries]] == [200, 200, 200]
    await stub.wait_for("chat.postMessage")
    await asyncio.sleep(0.5)  # the retries would have been answered by now
    assert len(stub.called("chat.postMessage")) == 1
    assert stored(engine)[1] == 1


async def test_channel_chatter_edits_and_bot_posts_are_never_read(server, stub, engine):
    chatter = dm("we should do a CE day", "EvChannel", channel="C123", channel_type="channel")
    edited = dm("hi", "EvEdit", subtype="message_changed")
    from_bot = dm("hi", "EvBot", bot_id="B999")
    for payload in (chatter, edited, from_bot):
        assert (await server.event(payload)).status == 200
    await asyncio.sleep(0.5)
    assert stub.called("chat.postMessage") == []
    assert stored(engine) == (0, 0)


async def test_a_mention_is_answered_in_its_thread_without_the_mention(server, stub):
    payload = fixture("app_mention.json")
    payload["event"]["text"] = "<@U0LAN0Z89> help"
    payload["event_id"] = "EvMention1"
    assert (await server.event(payload)).status == 200
    posted = (await stub.wait_for("chat.postMessage"))[0]
    assert posted.data["channel"] == "C123ABC456"
    assert posted.data["thread_ts"] == "1515449522.000016"
    assert "status" in posted.data["text"].lower()


async def test_shutting_down_finishes_turns_already_acknowledged(stub, mentor, engine):
    runtime = Runtime(settings=slack_settings(stub), engine=engine, mentor=mentor)
    async with (
        running(build_web_app(runtime, [slack.register])) as url,
        aiohttp.ClientSession() as http,
    ):
        assert (await SlackClient(http, url).event(dm("help", "EvLast"))).status == 200
    # The server is gone; the answer to the acknowledged event still reached Slack.
    assert len(stub.called("chat.postMessage")) == 1
