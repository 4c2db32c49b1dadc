"""Issue 20 over Teams: a certificate sent in the personal chat is downloaded, read and logged."""

from __future__ import annotations

import json
from pathlib import Path

import aiohttp
from botbuilder.schema import Activity
from servers import running
from sqlmodel import select

from bench.certificates.render import Block, Layout, to_pdf
from bot.messages import Attachment, Inbound
from handlers.teams.files import FileHosts, allowed, download, with_file_contents
from handlers.teams.inbound import to_inbound
from handlers.teams.service_urls import BOT_FRAMEWORK, LOOPBACK_ONLY
from store.db import new_session
from store.models import CertificateFile, Completion
from teams.client import TeamsMember
from teams.conftest import APP_ID
from teams.stub import StubCredentials

MANIFEST = Path(__file__).parents[2] / "deploy" / "teams" / "manifest.json"
FILE_INFO = "application/vnd.microsoft.teams.file.download.info"
UNIQUE_ID = "1a2b3c4d-0000-4000-8000-00000000cafe"
LINK = "/personal/dana_example_com/_layouts/15/download.aspx?UniqueId=1a2b&tempauth=v1.short-lived"
CERTIFICATE = to_pdf(
    Layout(
        [
            Block("CERTIFICATE OF COMPLETION", 24, True, gap=6),
            Block("This certifies that", 13),
            Block("Dana Reyes", 20, True),
            Block("has successfully completed", 13),
            Block("Ethics of Telehealth Practice", 16, True),
            Block("Presented by Harbor CE Institute", 12),
            Block("Date of completion: September 9, 2026", 12),
            Block("CE Hours: 4", 12),
            Block("Certificate #: HCI-40517", 9),
        ]
    )
)


def file_info(url: str, name: str = "ethics-telehealth.pdf") -> dict:
    """The attachment Teams sends for a file dropped in the personal chat (supportsFiles)."""
    return {
        "contentType": FILE_INFO,
        "contentUrl": "https://contoso-my.sharepoint.com/personal/dana_example_com/Documents/"
        "Microsoft%20Teams%20Chat%20Files/" + name,
        "name": name,
        "content": {"downloadUrl": url, "uniqueId": UNIQUE_ID, "fileType": "pdf"},
    }


async def onboard(dana: TeamsMember) -> None:
    await dana.say("hi")
    for answer in ("LCSW in California", "3/31/2027", "no", "no", "300", "2", "any"):
        await dana.say(answer)
    assert "All set" in await dana.say("clinician"), dana.text


def test_the_manifest_lets_members_send_files_to_the_bot():
    [bot] = json.loads(MANIFEST.read_text())["bots"]
    assert bot["supportsFiles"] is True


def test_a_sent_file_carries_its_download_link_and_its_id_not_the_link_as_reference():
    activity = {
        "type": "message",
        "id": "f1",
        "serviceUrl": "https://smba.trafficmanager.net/amer/",
        "from": {"id": "29:dana"},
        "recipient": {"id": "28:bot"},
        "conversation": {"conversationType": "personal", "id": "a:chat"},
        "attachments": [
            file_info("https://contoso-my.sharepoint.com" + LINK),
            {"contentType": "text/html", "content": "<p>here it is</p>"},
            {
                "contentType": "image/png",
                "contentUrl": "https://smba.trafficmanager.net/amer/v3/attachments/0-x/views/original",
            },
        ],
    }
    inbound = to_inbound(Activity().deserialize(activity))
    assert inbound is not None
    shared, image = inbound.attachments
    assert (shared.url, shared.mime) == (
        "https://contoso-my.sharepoint.com" + LINK,
        "application/pdf",
    )
    assert shared.file_id == UNIQUE_ID and shared.name == "ethics-telehealth.pdf"
    assert (image.mime, image.file_id) == ("image/png", "")
    assert image.url.endswith("/v3/attachments/0-x/views/original")


async def test_a_pdf_dropped_in_the_personal_chat_is_read_and_logged_with_its_file(
    build_app, stub, engine
):
    app, _ = build_app()  # local mode: the Agents Playground's way, loopback only
    url = stub.serve(LINK, CERTIFICATE, "application/pdf")
    async with running(app) as server, aiohttp.ClientSession() as http:
        dana = TeamsMember(http, server, stub)
        await onboard(dana)
        card = await dana.send(text="", attachments=[file_info(url)])
        assert "Ethics of Telehealth Practice" in card, card
        assert "HCI-40517" in card and "4" in card
        assert stub.downloads == [(LINK, "")]  # a OneDrive link: no token of ours goes along
        assert "Certificate kept" in await dana.press("Log it"), dana.text
    with new_session(engine) as session:
        [done] = session.exec(select(Completion)).all()
        [file] = session.exec(select(CertificateFile)).all()
    assert (done.title, done.hours) == ("Ethics of Telehealth Practice", 4.0)
    assert file.completion_id == done.id and file.content == CERTIFICATE
    assert "tempauth" not in (done.certificate_ref or "")  # the link's credential is not kept


async def test_an_inline_image_is_fetched_with_the_bot_token_when_auth_is_on(
    build_app, stub, engine
):
    app, _ = build_app(auth_on=True, credentials=StubCredentials(APP_ID))
    view = "/v3/attachments/0-eus-d1-cert/views/original"
    # The PDF's bytes under an image contentType: the reader goes by the bytes, not the claim.
    url = stub.serve(view, CERTIFICATE, "image/png", token="outbound-test-token")
    async with running(app) as server, aiohttp.ClientSession() as http:
        token = stub.token(audience=APP_ID, service_url=stub.url + "/")
        dana = TeamsMember(http, server, stub, token=token)
        await onboard(dana)
        image = {"contentType": "image/png", "contentUrl": url, "name": "cert.png"}
        card = await dana.send(text="", attachments=[image])
    assert stub.downloads == [(view, "Bearer outbound-test-token")]
    assert "Ethics of Telehealth Practice" in card, card


async def test_downloads_go_only_to_allowed_hosts_and_stop_past_the_limit(stub, monkeypatch):
    monkeypatch.setattr("handlers.teams.files.MAX_BYTES", 100_000)  # the limit, made small
    big = stub.serve("/files/big.pdf", b"%PDF" + b"0" * 400_000, "application/pdf")
    signin = stub.serve("/files/expired.pdf", b"<html>sign in</html>", "text/html")
    near = stub.redirect("/files/moved.pdf", "/files/big.pdf")
    away = stub.redirect("/files/away.pdf", "https://evil.example.com/cert.pdf")
    async with aiohttp.ClientSession() as http:
        assert await download(http, "https://evil.example.com/c.pdf", hosts=LOOPBACK_ONLY) is None
        assert await download(http, big, hosts=BOT_FRAMEWORK) is None  # loopback not allowed
        assert await download(http, signin, hosts=LOOPBACK_ONLY) is None
        assert await download(http, away, hosts=LOOPBACK_ONLY) is None
        fetched = await download(http, near, hosts=LOOPBACK_ONLY)  # same host: followed
    assert fetched is not None and len(fetched) == 100_001  # one past: the reader says "too big"
    assert [path for path, _ in stub.downloads] == [
        "/files/expired.pdf",
        "/files/away.pdf",
        "/files/moved.pdf",
        "/files/big.pdf",
    ]


def test_file_hosts_keep_the_bot_token_on_bot_framework_and_links_on_sharepoint():
    hosts = FileHosts(BOT_FRAMEWORK)
    link = "https://contoso-my.sharepoint.com" + LINK
    shared = Attachment("c.pdf", url=link, file_id=UNIQUE_ID)
    image = Attachment("c.png", url="https://smba.trafficmanager.net/amer/v3/attachments/x")
    policy, needs_token = hosts.for_attachment(shared)
    assert allowed(policy, link) and not needs_token
    assert allowed(policy, link.replace("short-lived", "a%2Fb%3D"))  # escapes in the query: fine
    assert not allowed(policy, image.url)
    assert not allowed(policy, "http://contoso-my.sharepoint.com/x")  # https only
    assert not allowed(policy, "https://contoso-my.sharepoint.com@evil.example.com/x")
    assert not allowed(policy, "https://evil.example.com\\@contoso-my.sharepoint.com/x")
    assert not allowed(policy, "https://contoso-my.sharepoint.com.evil.example.com/x")
    policy, needs_token = hosts.for_attachment(image)
    assert allowed(policy, image.url) and needs_token
    assert not allowed(policy, link)  # the bot's token never goes to SharePoint


async def test_the_token_is_asked_only_for_an_image_on_an_allowed_host(stub):
    asked: list[str] = []

    async def token() -> str:
        asked.append("asked")
        return "t"

    url = stub.serve("/files/c.pdf", CERTIFICATE, "application/pdf")
    inbound = Inbound(
        platform="teams",
        workspace_id="t",
        user_id="u",
        attachments=(
            Attachment("c.pdf", url=url, mime="application/pdf", file_id=UNIQUE_ID),
            Attachment("x.png", url="https://evil.example.com/x.png", mime="image/png"),
        ),
    )
    done = await with_file_contents(inbound, FileHosts(LOOPBACK_ONLY), token)
    assert [a.content for a in done.attachments] == [CERTIFICATE, None]
    assert asked == [] and stub.downloads == [("/files/c.pdf", "")]
