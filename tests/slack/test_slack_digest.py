"""Manager digests through the outbox to the Slack stub: DM with chart, once a week, or a channel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from practice.team_fixtures import SECRET_COURSE, make_practice

from handlers.delivery import Senders
from handlers.nudges.drain import OutboxDrain
from handlers.slack.sender import SlackSender
from store.db import new_session
from store.models import DigestPreferences
from store.queries.outbox import outbox_rows

MONDAY_9AM_LA = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


def _drain(engine, rule_sets, stub) -> OutboxDrain:
    async def token(_workspace: str) -> str:
        return "xoxb-test"

    senders = Senders()
    senders.add(SlackSender(stub.api_url, token))
    return OutboxDrain(engine, rule_sets, senders)


def posts(stub) -> dict[str, str]:
    """Message text (blocks included) by channel."""
    return {c.data["channel"]: str(c.data) for c in stub.called("chat.postMessage")}


async def test_each_manager_gets_their_own_digest_once_with_a_chart(engine, rule_sets, stub):
    practice = make_practice(engine, platform="slack", workspace="T1", quiet=True)
    drain = _drain(engine, rule_sets, stub)
    await drain.run_once(MONDAY_9AM_LA - timedelta(minutes=1))
    assert posts(stub) == {}
    outcome = await drain.run_once(MONDAY_9AM_LA)
    assert outcome == {"sent": 2}
    sent = posts(stub)
    assert set(sent) == {"DMGR", "DMO"}
    assert "Your team's CE digest" in sent["DMGR"] and "Cara" in sent["DMGR"]
    assert "24 h short" in sent["DMGR"] and "Zed" not in sent["DMGR"]
    assert SECRET_COURSE not in sent["DMGR"] and "Zed" in sent["DMO"]
    uploads = stub.called("files.completeUploadExternal")
    assert {c.data["channel_id"] for c in uploads} == {"DMGR", "DMO"}  # the chart, drawn at send
    await drain.run_once(MONDAY_9AM_LA + timedelta(hours=2))
    assert len(stub.called("chat.postMessage")) == 2  # once per week
    with new_session(engine) as session:
        digests = [r for r in outbox_rows(session) if r.kind == "digest"]
        assert {r.status for r in digests} == {"sent"} and len(digests) == 2
        mia = practice.ids["Mia"]
        assert {r.dedup_key for r in digests if r.member_id == mia} == {f"digest:{mia}:2026-W49"}


async def test_a_private_channel_gets_the_digest_and_settings_apply_at_send_time(
    engine, rule_sets, stub
):
    practice = make_practice(engine, platform="slack", workspace="T1", quiet=True)
    drain = _drain(engine, rule_sets, stub)
    assert drain.plan(MONDAY_9AM_LA) == 2  # planned for their DMs …
    with new_session(engine) as session:  # … then Mia picks a channel and Mo turns it off
        session.add(DigestPreferences(manager_id=practice.ids["Mia"], channel_id="G0PRIVATE"))
        session.add(DigestPreferences(manager_id=practice.ids["Mo"], cadence="off"))
        session.commit()
    assert await drain.drain(MONDAY_9AM_LA) == {"sent": 1}
    assert set(posts(stub)) == {"G0PRIVATE"}
    assert "Your team's CE digest" in posts(stub)["G0PRIVATE"]
    with new_session(engine) as session:
        skipped = [r for r in outbox_rows(session) if r.member_id == practice.ids["Mo"]]
        assert [(r.status, r.last_error) for r in skipped] == [("skipped", "digest turned off")]
