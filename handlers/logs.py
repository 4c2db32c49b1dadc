"""Structured logging: one JSON object per line, ids and counts only; no message text or secret."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from aiohttp.abc import AbstractAccessLogger
from aiohttp.http import HttpProcessingError
from aiohttp.web import BaseRequest, StreamResponse

OURS = ("app", "bot", "handlers", "store")  # our packages' loggers
# Attributes every LogRecord has; anything else was passed with `extra=` and is logged as a field.
STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """Formats a record as JSON with its `extra` fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        entry.update({k: v for k, v in record.__dict__.items() if k not in STANDARD})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(level: str) -> None:
    """Send JSON lines to stderr: our loggers at `level`, every other one at INFO or above.

    Libraries' DEBUG lines carry what they send and receive: slack_sdk logs each request's
    body and each response's (oauth.v2.access answers with the bot token), and Bolt and
    the OAuth state store log the callback's `code` and `state`.
    """
    wanted = logging.getLevelNamesMapping().get(level.upper())
    if wanted is None:
        raise ValueError(f"unknown log level {level!r}")
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=max(wanted, logging.INFO), handlers=[handler], force=True)
    for name in OURS:
        logging.getLogger(name).setLevel(wanted)
    server = logging.getLogger("aiohttp.server")
    if not any(isinstance(f, UnparsedRequests) for f in server.filters):
        server.addFilter(UnparsedRequests())


class UnparsedRequests(logging.Filter):
    """aiohttp's line for a request it could not parse, made one WARNING that quotes nothing.

    aiohttp answers such a request 400 and logs an ERROR whose traceback quotes the request
    line, a calendar token or an OAuth code in it included; anyone may send them by the
    thousand.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, HttpProcessingError):
            record.msg, record.args = "malformed http request", ()
            record.exc_info, record.exc_text = None, None
            record.reason = type(error).__name__
            if record.levelno > logging.WARNING:  # a stray TLS hello stays at aiohttp's DEBUG
                record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class AccessLogger(AbstractAccessLogger):
    """aiohttp's access log with no secret in it: the route a request took, never its URL.

    A calendar feed's path is its token (/calendar/{token}.ics) and Slack's OAuth redirect
    carries a one-time `code` and `state` in its query: aiohttp's default line logs both.
    """

    def log(self, request: BaseRequest, response: StreamResponse, time: float) -> None:
        self.logger.info(
            "http request",
            extra={
                "method": request.method,
                "route": route_of(request),
                "status": response.status,
                "ms": round(time * 1000, 1),
                "remote": request.remote,
            },
        )

    @property
    def enabled(self) -> bool:
        return self.logger.isEnabledFor(logging.INFO)


def route_of(request: BaseRequest) -> str:
    """The template of the route that answered (`/calendar/{token}.ics`), without the query.

    "-" when no route matched: that path is whatever the caller typed, a mistyped feed
    link (token and all) included.
    """
    try:
        resource = request.match_info.route.resource  # type: ignore[attr-defined]
    except (AttributeError, AssertionError):  # a request aiohttp could not parse is never routed
        return "-"
    return resource.canonical if resource is not None else "-"
