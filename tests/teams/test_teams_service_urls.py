"""Where the bot may post back: the serviceUrl rules, in and out, and the connector cache.

With auth on, an activity's serviceUrl must be its token's serviceurl claim and on a Bot
Framework host; a stored reference is checked again before a nudge; clients stay few.
"""

from __future__ import annotations

import aiohttp
from botbuilder.schema import Activity
from servers import running

from bot.messages import Text
from handlers.delivery import Recipient
from handlers.teams import TeamsAuth, references
from handlers.teams.connectors import CACHE_SIZE
from store.db import new_session
from store.models import Member
from store.queries.members import get_or_create_member, get_or_create_workspace
from teams.client import TeamsMember
from teams.conftest import APP_ID
from teams.forgery import chatter, forged, stored
from teams.stub import StubCredentials

# (c) Auth on: the activity's serviceUrl is the token's serviceurl claim, on a Bot Framework host.


async def test_auth_on_an_activity_without_service_url_is_refused(build_app, stub, engine):
    app, _ = build_app(auth_on=True)
    async with running(app) as server, aiohttp.ClientSession() as http:
        activity = chatter(stub.url + "/")
        token = stub.token(audience=APP_ID, service_url=activity.pop("serviceUrl"))
        response = await TeamsMember(http, server, stub).post(activity, token=token)
        assert response.status == 401
    assert stub.posted == [] and stored(engine) == []


async def test_auth_on_a_claimed_service_url_off_bot_framework_is_refused(build_app, stub, engine):
    # A correctly signed token whose serviceurl claim matches, but names a host that is not
    # Bot Framework's (as a leaked signing key or a misconfigured issuer would allow).
    app, _ = build_app(auth_on=True, credentials=StubCredentials(APP_ID), trust_stub=False)
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        activity = {**member.template, "text": "export my data"}
        token = stub.token(audience=APP_ID, service_url=activity["serviceUrl"])
        assert (await member.post(activity, token=token)).status == 403
    assert stub.posted == [] and stored(engine) == []


async def test_auth_on_a_bot_framework_service_url_is_admitted(build_app, stub, engine):
    app, runtime = build_app(auth_on=True, trust_stub=False)
    async with running(app) as server, aiohttp.ClientSession() as http:
        activity = chatter("https://smba.trafficmanager.net/amer/")
        token = stub.token(audience=APP_ID, service_url=activity["serviceUrl"])
        assert (await TeamsMember(http, server, stub).post(activity, token=token)).status == 201
    # Chatter is never answered, so nothing is kept (no turn): admitted means not refused.
    # (This read the stored reference's serviceUrl while every activity stored one.)
    metrics = runtime.metrics.registry.get_sample_value
    assert not metrics("cementor_teams_service_urls_refused_total", {"direction": "inbound"})


# Outbound: a stored reference is checked again before any nudge is sent with it.


def plant(engine, activity: Activity) -> int:
    """Keep `activity`'s reference as the sender's reply address, as an older server did."""
    with new_session(engine) as session:
        workspace = get_or_create_workspace(session, platform="teams", external_id="tenant")
        member = get_or_create_member(
            session, workspace_id=workspace.id, platform_user_id=activity.from_property.id
        )
        member_id = member.id
        session.commit()
    references.keep(engine, member_id, activity)
    return member_id


async def test_a_stored_reference_to_a_foreign_url_is_never_used(build_app, stub, engine):
    # As an older server (no inbound checks) would have stored it from a forged activity.
    planted = Activity().deserialize(forged(stub.url + "/planted/"))
    member_id = plant(engine, planted)
    _, runtime = build_app(auth_on=True, credentials=StubCredentials(APP_ID), trust_stub=False)
    sender = runtime.senders.for_platform("teams")
    recipient = Recipient(member_id, "teams", "tenant", planted.from_property.id)
    result = await sender.send(recipient, [Text("Your renewal is in 30 days.")])
    assert result.status == "unreachable"
    assert stub.posted == []
    with new_session(engine) as session:
        assert session.get(Member, member_id).reachable is False
    metrics = runtime.metrics.registry.get_sample_value
    assert metrics("cementor_teams_service_urls_refused_total", {"direction": "outbound"}) == 1


# (d) The connector cache stays bounded, and forged serviceUrls never reach it.


async def test_many_service_urls_do_not_grow_the_connector_cache(build_app, stub):
    app, runtime = build_app()
    authentication = runtime.senders.for_platform("teams").adapter.bot_framework_authentication
    async with running(app) as server, aiohttp.ClientSession() as http:
        member = TeamsMember(http, server, stub)
        for n in range(CACHE_SIZE):  # forged: refused before any client is made
            response = await member.post(chatter(f"https://forger{n}.example/"))
            assert response.status == 403
        assert len(authentication.connectors) == 0
        for n in range(CACHE_SIZE + 8):  # loopback: each a valid, distinct serviceUrl
            assert (await member.post(chatter(f"{stub.url}/region{n}/"))).status == 201
        assert len(authentication.connectors) == CACHE_SIZE


def test_service_url_rules():
    bot_framework = TeamsAuth(app_id=APP_ID).service_url_policy
    local = TeamsAuth(local_unauthenticated=True).service_url_policy
    off = TeamsAuth().service_url_policy
    for url in (
        "https://smba.trafficmanager.net/amer/",
        "https://smba.trafficmanager.net/teams/",
        "https://smba.infra.gcc.teams.microsoft.com/teams",
        "https://smba.infra.gov.teams.microsoft.us/teams",
        "https://smba.infra.dod.teams.microsoft.us/teams",
        "https://europe.webchat.botframework.com/",
        "https://SMBA.TrafficManager.net/emea/",
    ):
        assert bot_framework.allows(url), url
        assert not local.allows(url) and not off.allows(url), url
    for url in (
        None,
        "",
        "http://smba.trafficmanager.net/amer/",  # not https: the token would travel in clear
        "https://smba.trafficmanager.net.evil.example/",
        "https://evilsmba.trafficmanager.net/",
        "https://evil.example/smba.trafficmanager.net/",
        "https://smba.trafficmanager.net@evil.example/",
        "https://evil.example\\@smba.trafficmanager.net/",
        "https://evil.example%2f.smba.trafficmanager.net/",
        "https://smba.trafficmanager.net:notaport/",
        "https://127.0.0.1/",
        "https://localhost/",
        "ftp://smba.trafficmanager.net/",
    ):
        assert not bot_framework.allows(url), url
    for url in ("http://localhost:56150/", "http://127.0.0.1:9/", "https://[::1]:3978/x/"):
        assert local.allows(url) and not bot_framework.allows(url), url
    for url in ("http://localhost.evil.example/", "http://127.0.0.1.nip.io/", "http://0.0.0.0/"):
        assert not local.allows(url), url
