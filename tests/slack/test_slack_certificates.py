"""Issue 20 over Slack: a certificate shared in the DM is downloaded, read and logged."""

from __future__ import annotations

import aiohttp
from slack_member import DM, USER, SlackMember
from slack_rig import fixture
from sqlmodel import Session, select

from bench.certificates.render import Block, Layout, to_pdf
from bot.certificates import MAX_BYTES
from handlers.slack.files import download, file_hosts
from store.models import CertificateFile, Completion

CERTIFICATE = to_pdf(
    Layout(
        [
            Block("CERTIFICATE OF COMPLETION", 24, True, gap=6),
            Block("This certifies that", 13),
            Block("Dana Reyes", 20, True),
            Block("has successfully completed", 13),
            Block("Suicide Risk Assessment in Outpatient Care", 16, True),
            Block("Presented by Coastal CE Collaborative", 12),
            Block("Date of completion: October 14, 2026", 12),
            Block("CE Hours: 6", 12),
            Block("Certificate #: CCC-88213", 9),
        ]
    )
)


async def share(dana: SlackMember, url: str) -> str:
    payload = fixture("message_im.json")
    file = {"id": "F0CERT", "name": "suicide-risk.pdf", "mimetype": "application/pdf"}
    payload["event"].update(
        text="", user=USER, channel=DM, subtype="file_share", files=[{**file, "url_private": url}]
    )
    payload["event_id"] = f"EvFile{next(dana.ids)}"
    return await dana._answered(lambda: dana.client.event(payload))


async def test_a_certificate_shared_in_slack_is_downloaded_read_and_logged(server, stub, engine):
    dana = SlackMember(server, stub)
    await dana.onboard()
    await dana.say("cancel")  # any question onboarding leaves open
    card = await share(dana, stub.share("F0CERT", "suicide-risk.pdf", CERTIFICATE))
    assert "*Course:* Suicide Risk Assessment in Outpatient Care" in card
    assert "*Hours:* 6" in card and "*Date:* Oct 14, 2026" in card
    assert "*Certificate #:* CCC-88213" in card and "*Format:* not stated" in card
    [fetched] = stub.called("files.download")
    assert fetched.token == "xoxb-test"  # the bot token, sent to the stub's own host only
    assert "Certificate kept" in await dana.press("Log it")
    with Session(engine) as session:
        [done] = session.exec(select(Completion)).all()
        [file] = session.exec(select(CertificateFile)).all()
    assert (done.title, done.hours) == ("Suicide Risk Assessment in Outpatient Care", 6.0)
    assert file.completion_id == done.id and file.content == CERTIFICATE


async def test_downloads_go_only_to_slack_file_hosts_and_stop_past_the_limit(stub, monkeypatch):
    hosts = file_hosts(stub.api_url)
    assert file_hosts("https://slack.com/api/") == {"files.slack.com"}
    monkeypatch.setattr("handlers.slack.files.MAX_BYTES", 100_000)  # the limit, made small
    stub.shared["FBIG"] = b"%PDF" + b"0" * 400_000
    async with aiohttp.ClientSession() as http:
        elsewhere = "https://files.example.com/files-pri/FBIG/big.pdf"
        assert await download(http, elsewhere, "xoxb-test", hosts=hosts) is None
        url = f"{stub.url}/files-pri/FBIG/big.pdf"
        assert await download(http, url, "xoxb-wrong", hosts=hosts) is None  # sign-in page
        big = await download(http, url, "xoxb-test", hosts=hosts)
    assert big is not None and len(big) == 100_001  # one byte past: the reader says "too big"
    assert MAX_BYTES == 15 * 1024 * 1024
    assert [call.data["file_id"] for call in stub.called("files.download")] == ["FBIG", "FBIG"]
