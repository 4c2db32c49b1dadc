"""One list of bot scopes (tracker issue 15): the manifest's, and what an OAuth install asks for.

An OAuth install once asked for fewer scopes than the manifest (no mpim:write), so study-buddy
introductions failed on every workspace installed that way.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import aiohttp
import yaml
from servers import running
from slack_rig import slack_settings

from handlers import slack
from handlers.runtime import Runtime
from handlers.slack.install import BOT_SCOPES
from handlers.web import build_web_app

MANIFEST = Path(__file__).resolve().parents[2] / "deploy" / "slack-manifest.yml"


def manifest_scopes() -> list[str]:
    return yaml.safe_load(MANIFEST.read_text())["oauth_config"]["scopes"]["bot"]


def test_the_code_and_the_manifest_name_the_same_scopes():
    assert list(BOT_SCOPES) == manifest_scopes()
    assert "mpim:write" in BOT_SCOPES  # group introductions open a group DM


async def test_the_install_page_asks_slack_for_the_manifests_scopes(stub, mentor, engine):
    settings = slack_settings(stub, slack_client_id="111.222", slack_client_secret="shh")
    runtime = Runtime(settings=settings, engine=engine, mentor=mentor)
    async with (
        running(build_web_app(runtime, [slack.register])) as url,
        aiohttp.ClientSession() as http,
        http.get(f"{url}/slack/install", allow_redirects=False) as page,
    ):
        assert page.status in (200, 302)
        body = await page.text()
    # Bolt answers with the "Add to Slack" link (or a redirect to it): slack.com/oauth/v2/authorize.
    link = page.headers.get("Location") or re.search(r'href="(https://[^"]+)"', body).group(1)
    authorize = urlparse(html.unescape(link))
    assert (authorize.hostname, authorize.path) == ("slack.com", "/oauth/v2/authorize")
    query = parse_qs(authorize.query)
    assert query["scope"] == [",".join(manifest_scopes())]
    assert query["client_id"] == ["111.222"]
