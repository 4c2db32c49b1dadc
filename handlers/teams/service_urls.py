"""Which serviceUrls the bot may talk to: checked on every activity in and before every request out.

An activity's `serviceUrl` is where the bot posts its replies, with its own bearer token
attached, and it is stored for later nudges. So it is refused unless it is one of:

- with MICROSOFT_APP_ID (auth on): an https URL on a Bot Framework host, and (checked in
  auth.py) equal to the `serviceurl` claim of the Bot Connector's signed token — step 7 of
  "Authentication with the Bot Connector API" (learn.microsoft.com, bot-service/rest-api);
- in local unauthenticated mode: a loopback URL, which is where the Agents Playground and
  the Emulator listen; nothing else, since nobody vouches for the activity.

Why a host allowlist as well as the claim check: the claim only covers an inbound activity
with a token. A proactive send has no token, only a reference stored earlier — possibly by a
server without this check, or a database restored from one — and the allowlist is the only
rule that can be applied to it. And botbuilder 4.17 attaches the bot's token to whatever
serviceUrl it is given (its old trusted-host list is obsolete), so the allowlist keeps that
token on Microsoft's hosts should a token path skip the claim (botbuilder skips it for
Emulator tokens, and when the activity has no serviceUrl). The hosts are those of Microsoft's own outbound-host
allowlist for Bot Connector callbacks (the Microsoft 365 Agents SDK's OutboundHostValidator),
plus botframework.azure.us, Azure Government's channel service.
"""

from __future__ import annotations

import ipaddress
import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from prometheus_client import Counter

log = logging.getLogger(__name__)

# Host suffixes: each matches itself and its subdomains.
BOT_FRAMEWORK_HOSTS = (
    "botframework.com",  # the Bot Connector of every public-cloud channel
    "botframework.azure.us",  # Azure Government's channel service
    "smba.trafficmanager.net",  # Teams, public cloud: /amer/, /emea/, /apac/, /teams/ …
    "teams.microsoft.com",  # Teams GCC: smba.infra.gcc.teams.microsoft.com
    "teams.microsoft.us",  # Teams GCC High and DoD: smba.infra.{gov,dod}.teams.microsoft.us
)
HOST_NAME = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)*")
# Characters on which URL parsers disagree (userinfo, backslashes, escapes, spaces).
AMBIGUOUS = re.compile(r"[^\x21-\x7e]|[\\@%]")


@dataclass(frozen=True)
class ServiceUrlPolicy:
    """https on one of `hosts`; or, with `loopback`, http(s) to this machine (any port)."""

    hosts: tuple[str, ...] = BOT_FRAMEWORK_HOSTS
    loopback: bool = False

    def allows(self, url: str | None) -> bool:
        parts = _scheme_and_host(url)
        if parts is None:
            return False
        scheme, host = parts
        if self.loopback and scheme in ("http", "https") and _is_loopback(host):
            return True
        if scheme != "https" or not HOST_NAME.fullmatch(host):
            return False
        return any(host == suffix or host.endswith("." + suffix) for suffix in self.hosts)


BOT_FRAMEWORK = ServiceUrlPolicy()
LOOPBACK_ONLY = ServiceUrlPolicy(hosts=(), loopback=True)
NOWHERE = ServiceUrlPolicy(hosts=())  # Teams not configured: no serviceUrl is anyone's


class ServiceUrlGuard:
    """A policy, applied: each refusal is logged (the host only) and counted for /metrics."""

    def __init__(self, policy: ServiceUrlPolicy) -> None:
        self.policy = policy
        # Registered into the runtime's registry by `handlers.teams.register`.
        self.refused = Counter(
            "cementor_teams_service_urls_refused",
            "Teams serviceUrls refused, inbound (activities) or outbound (stored references)",
            ["direction"],
            registry=None,
        )

    def admits(self, url: str | None, direction: str, member_id: int | None = None) -> bool:
        """True if `url` may be used; otherwise log and count the refusal."""
        if self.policy.allows(url):
            return True
        self.refused.labels(direction).inc()
        log.warning(
            "teams serviceUrl refused",
            extra={"direction": direction, "host": _host_for_log(url), "member_id": member_id},
        )
        return False


def is_loopback_peer(remote: str | None) -> bool:
    """True when an HTTP peer address is this machine (IPv4, IPv6 or IPv4-mapped loopback)."""
    try:
        address = ipaddress.ip_address(remote or "")
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_loopback


def _scheme_and_host(url: str | None) -> tuple[str, str] | None:
    if not url or len(url) > 2048 or AMBIGUOUS.search(url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return None
    host = (parts.hostname or "").rstrip(".")
    return (parts.scheme.lower(), host) if host else None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_for_log(url: str | None) -> str:
    try:
        return (urlsplit(url or "").hostname or "")[:100]
    except ValueError:
        return ""
