"""Teams test fixtures: the connector stub in its own thread, and our server talking to it."""

from __future__ import annotations

import pytest

from teams.stub import ConnectorStub

APP_ID = "00000000-0000-0000-0000-00000000b07"


@pytest.fixture
def stub():
    """A Bot Connector + OpenID stub on 127.0.0.1 (own thread: botbuilder fetches keys blocking)."""
    connector = ConnectorStub().start()
    yield connector
    connector.stop()


@pytest.fixture
def build_app(mentor, engine, stub):
    """Builds our real server app: local unauthenticated mode, or auth on with the stub as
    Microsoft's key server (and, unless `trust_stub=False`, as a Bot Framework host)."""
    from bot.settings import Settings
    from handlers.runtime import Runtime
    from handlers.teams import TeamsAuth, register, teams_sender
    from handlers.teams.service_urls import ServiceUrlPolicy
    from handlers.web import build_web_app

    def build(*, auth_on: bool = False, credentials=None, trust_stub: bool = True):
        settings = Settings(
            _env_file=None, database_url=str(engine.url), teams_local_unauthenticated=not auth_on
        )
        auth = TeamsAuth(
            app_id=APP_ID if auth_on else "",
            password="not-a-real-secret" if auth_on else "",
            openid_metadata_url=f"{stub.url}/openid",
            local_unauthenticated=settings.teams_local_unauthenticated,
            # The stub is http on loopback: with auth on, admit it beside Bot Framework's hosts.
            service_urls=ServiceUrlPolicy(loopback=True) if auth_on and trust_stub else None,
        )
        runtime = Runtime(settings=settings, engine=engine, mentor=mentor)
        runtime.senders.add(teams_sender(settings, engine, auth, credentials))
        return build_web_app(runtime, [register]), runtime

    return build
