"""Slack: DMs, /ce, Block Kit buttons and modals, App Home; HTTP or Socket Mode; OAuth installs."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy import Engine

from bot.settings import Settings
from handlers import slack_configured as slack_configured  # the one rule, where no SDK loads
from handlers.platforms import PlatformAdapter
from handlers.runtime import Runtime
from handlers.slack.install import installation_store, oauth_settings
from handlers.slack.listeners import register_listeners
from handlers.slack.sender import SlackSender
from handlers.slack.signature import signature_problem
from handlers.slack.socket import attach_socket_mode
from handlers.slack.turns import SlackTurns

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
SHUTDOWN_WAIT = 25.0  # seconds; within serve's 30 s shutdown timeout
NO_SECRET = (
    "Slack over HTTP needs SLACK_SIGNING_SECRET (Basic Information → App Credentials) to verify "
    "that requests come from Slack. Set it, or set SLACK_APP_TOKEN to use Socket Mode."
)
# What building Bolt's request raises on a signed body it cannot read: not UTF-8 or not JSON
# (ValueError), nested past the recursion limit, or JSON that is not an object.
UNREADABLE = (ValueError, RecursionError, AttributeError, TypeError, LookupError)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def api_url(settings: Settings) -> str:
    """The Web API base URL; slack_sdk needs the trailing slash."""
    return settings.slack_api_url.rstrip("/") + "/"


def web_api_logger() -> logging.Logger:
    """slack_sdk's logger, its level set to what logging lets through.

    slack_sdk formats a debug line with every request's payload when its logger's own level
    is unset, and then drops it: a tenth of the client's CPU per call, for nothing.
    """
    logger = logging.getLogger("slack_sdk.web")
    if logger.level == logging.NOTSET:
        logger.setLevel(logger.getEffectiveLevel())
    return logger


def build_bolt_app(runtime: Runtime, turns: SlackTurns) -> AsyncApp:
    """The Bolt app with our listeners: one workspace by token, or many by OAuth."""
    settings = runtime.settings
    # Bolt takes the single-workspace token from the client it is given.
    client = AsyncWebClient(
        base_url=api_url(settings), token=settings.slack_bot_token or None, logger=web_api_logger()
    )
    secret = settings.slack_signing_secret
    oauth = bool(settings.slack_client_id)
    if oauth:
        bolt = AsyncApp(
            signing_secret=secret,
            client=client,
            oauth_settings=oauth_settings(settings, runtime.engine),
            request_verification_enabled=bool(secret),
        )
    else:
        bolt = AsyncApp(
            signing_secret=secret,
            client=client,
            request_verification_enabled=bool(secret),  # only ever off in Socket Mode
        )
    register_listeners(bolt, turns, oauth=oauth)
    return bolt


def register(app: web.Application, runtime: Runtime) -> None:
    """Host Slack on our server: POST /slack/events (+ OAuth pages), or Socket Mode."""
    settings = runtime.settings
    socket_mode = bool(settings.slack_app_token)
    if not socket_mode and not settings.slack_signing_secret:
        raise SystemExit(NO_SECRET)
    turns = SlackTurns(runtime)
    bolt = build_bolt_app(runtime, turns)

    async def finish_turns(_app: web.Application) -> None:
        await turns.drain(SHUTDOWN_WAIT)

    async def open_session(_app: web.Application) -> None:
        # One connection pool for every Web API call instead of a new session per call.
        bolt.client.session = aiohttp.ClientSession()

    async def close_session(_app: web.Application) -> None:
        if bolt.client.session is not None:
            await bolt.client.session.close()

    app.on_startup.append(open_session)
    app.on_shutdown.append(finish_turns)
    app.on_cleanup.append(close_session)
    if socket_mode:
        attach_socket_mode(app, bolt, settings.slack_app_token)
        return

    app.router.add_post(EVENTS_PATH, events_endpoint(bolt, settings.slack_signing_secret))
    flow = bolt.oauth_flow
    if flow is not None:
        # Browser GETs: their body, if any, means nothing and is not read.

        async def install(request: web.Request) -> web.Response:
            return await to_aiohttp_response(
                await flow.handle_installation(bolt_request_of(request, ""))
            )

        async def redirect(request: web.Request) -> web.Response:
            return await to_aiohttp_response(
                await flow.handle_callback(bolt_request_of(request, ""))
            )

        app.router.add_get(flow.install_path, install)
        app.router.add_get(flow.redirect_uri_path, redirect)


def events_endpoint(bolt: AsyncApp, secret: str) -> Handler:
    """POST /slack/events: 401 unless Slack signed these bytes, 400 if Bolt cannot read them.

    As bolt-js's HTTPReceiver does, the signature is checked before anything parses the
    body; Bolt checks it again, and so never sees a forgery or a body it would choke on.
    """

    async def dispatch(request: web.Request) -> web.Response:
        body = await request.read()  # at most the server's client_max_size, else a 413
        problem = signature_problem(secret, request.headers, body, now=time.time())
        if problem is not None:
            log.warning("slack request refused", extra={"reason": problem})
            return web.Response(status=401)
        try:
            bolt_request = bolt_request_of(request, body.decode("utf-8"))
        except UNREADABLE as error:
            log.warning("slack request malformed", extra={"reason": type(error).__name__})
            return web.Response(status=400)
        return await to_aiohttp_response(await bolt.async_dispatch(bolt_request))

    return dispatch


def bolt_request_of(request: web.Request, body: str) -> AsyncBoltRequest:
    """Bolt's request, as bolt's aiohttp adapter builds it but from a body already read.

    The adapter decodes by the Content-Type's charset, and an unknown one raises; Slack's
    bodies are UTF-8 and were signed as such.
    """
    return AsyncBoltRequest(
        body=body,
        query=request.query_string,
        headers=request.headers,  # type: ignore[arg-type]  # a multidict, as the adapter passes
    )


def build_sender(settings: Settings, engine: Engine) -> SlackSender:
    """The nudge sender, finding each workspace's bot token (installed, or from the env)."""
    if not settings.slack_client_id:

        async def env_token(_workspace: str) -> str | None:
            return settings.slack_bot_token or None

        return SlackSender(api_url(settings), env_token)
    store = installation_store(settings, engine)

    async def installed_token(workspace: str) -> str | None:
        org = workspace.startswith("E")
        bot = await store.async_find_bot(
            enterprise_id=workspace if org else None,
            team_id=None if org else workspace,
            is_enterprise_install=org,
        )
        return bot.bot_token if bot else None

    return SlackSender(api_url(settings), installed_token)


adapter = PlatformAdapter(
    name="slack",
    capabilities=SlackSender.capabilities,
    build_sender=build_sender,
    register=register,
)
