"""Real processes: `nudges run` from the CLI, a sender killed mid-send, two drains on PostgreSQL.

At-least-once window: a process killed after Slack accepted a message but before the outbox
row was marked sent leaves that row leased; after the lease (5 min) another drain sends it
again. Chat platforms take no idempotency key, so that one in-flight message (at most
`per_platform` of them) can arrive twice; nothing is ever lost.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from servers import running

from nudges.chat_stub import ChatStub
from nudges.people import add_member
from nudges.test_outbox import TUESDAY_10AM
from store.catalog import seed_catalog
from store.db import new_session
from store.queries.outbox import outbox_rows

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("TEST_DATABASE_URL", "")


@pytest.fixture
async def stub():
    fake = ChatStub()
    async with running(fake.app()) as url:
        fake.url = url
        yield fake


async def _nudges_run(database_url: str, stub: ChatStub, at, *extra: str):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "test-secret",
        "SLACK_API_URL": stub.api_url,
        "LOG_LEVEL": "WARNING",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "app.py"),
        "nudges",
        "run",
        "--at",
        at.isoformat(),
        *extra,
        env=env,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_dry_run_prints_and_sends_nothing_then_run_sends(database_url, engine, stub):
    add_member(engine, user="U1", platform="slack")
    proc = await _nudges_run(database_url, stub, TUESDAY_10AM, "--dry-run")
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert "to member 1 (slack user U1)" in out.decode() and "in 58 days" in out.decode()
    assert stub.total == 0
    with new_session(engine) as session:
        assert outbox_rows(session) == []
    proc = await _nudges_run(database_url, stub, TUESDAY_10AM)
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert "1 sent" in out.decode() and stub.posts == {"DU1": 1}


async def test_a_sender_killed_between_claim_and_mark_loses_nothing(database_url, engine, stub):
    members = [add_member(engine, user=f"U{i}", platform="slack") for i in range(12)]
    stub.hold = True
    proc = await _nudges_run(database_url, stub, TUESDAY_10AM)
    for _ in range(600):  # wait (bounded) until sends are in flight
        if stub.total:
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    await proc.wait()
    in_flight = stub.total
    assert 1 <= in_flight <= 4
    with new_session(engine) as session:
        assert "sending" in {r.status for r in outbox_rows(session)}
    stub.hold = False
    # Same day, after the 5-minute lease: the restarted drain reclaims the leased rows.
    proc = await _nudges_run(database_url, stub, TUESDAY_10AM + timedelta(minutes=6))
    _, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert sorted(stub.posts) == sorted(f"DU{i}" for i in range(12)), "a nudge was lost"
    assert stub.total <= len(members) + in_flight  # duplicates only from the in-flight window
    with new_session(engine) as session:
        rows = [r for r in outbox_rows(session) if r.kind != "day"]
    assert {r.status for r in rows} == {"sent"}


@pytest.mark.skipif(not PG_URL, reason="needs PostgreSQL: set TEST_DATABASE_URL")
async def test_two_processes_on_postgresql_send_every_nudge_exactly_once(
    database_url, engine, stub
):
    with new_session(engine) as session:  # as `migrate` does; replicas then start together
        seed_catalog(session, now=TUESDAY_10AM)
        session.commit()
    for i in range(40):
        add_member(engine, user=f"U{i}", platform="slack")
    stub.delay = 0.05
    stub.wait_for_pair = True
    # Each member has 3 rows and claims take members in order, so a claim of 3 rows is one
    # member: each process has one message in flight at a time, and the two drains claim
    # member after member side by side instead of one taking the whole outbox in one batch.
    procs = [await _nudges_run(database_url, stub, TUESDAY_10AM, "--batch", "3") for _ in range(2)]
    results = await asyncio.gather(*(p.communicate() for p in procs))
    assert [p.returncode for p in procs] == [0, 0], [e.decode() for _, e in results]
    assert stub.peak == 2, "the two drains never sent at the same time"
    sent = [int(re.search(r"(\d+) sent", out.decode()).group(1)) for out, _ in results]
    assert min(sent) > 0 and sum(sent) == 40, sent  # both drains took part
    assert stub.posts == {f"DU{i}": 1 for i in range(40)}
    with new_session(engine) as session:
        rows = [r for r in outbox_rows(session) if r.kind != "day"]
    assert {r.status for r in rows} == {"sent"} and len(rows) == 120
