"""The Slack bench's baseline: the least a correct, stateful, multi-replica Bolt bot does per DM.

`.venv/bin/python bench/slack_baseline.py PORT`, with DATABASE_URL, SLACK_BOT_TOKEN,
SLACK_SIGNING_SECRET, SLACK_API_URL and LOG_LEVEL set (bench/slack_bench.py starts it). A bare
Bolt AsyncApp on aiohttp that, for each DM, in one transaction in a worker thread, records the
event id (unique; ON CONFLICT DO NOTHING, so a retried event is dropped across replicas), reads
the member's state row and writes it back; then say()s once. No mentor is loaded.

It uses the mentor's engine settings (store/db.py: SQLite in WAL mode with queued writers), so
both servers meet the database on the same terms; its two tables are its own.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from pathlib import Path

import aiohttp
from aiohttp import web
from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from store.db import make_engine

TABLES = MetaData()
EVENTS = Table("bench_baseline_event", TABLES, Column("event_id", String(64), primary_key=True))
STATES = Table(
    "bench_baseline_state",
    TABLES,
    Column("member", String(64), primary_key=True),
    Column("data", Text, nullable=False),
    Column("version", Integer, nullable=False),
)
# Built once, as ours builds the statements of every turn (store/queries/conversation.py).
RECORD = {
    dialect.__name__.rsplit(".", 1)[-1]: dialect.insert(EVENTS)
    .on_conflict_do_nothing()
    .returning(EVENTS.c.event_id)
    for dialect in (sqlite, postgresql)
}
READ = select(STATES.c.data, STATES.c.version).where(STATES.c.member == bindparam("who"))
WRITE = (
    update(STATES)
    .where(STATES.c.member == bindparam("who"), STATES.c.version == bindparam("loaded"))
    .values(data=bindparam("to_data"), version=bindparam("to_version"))
)


def keep_turn(engine: Engine, event_id: str, member: str) -> bool:
    """Record the event and save the member's state, in one transaction; False: seen before."""
    with engine.begin() as connection:
        recorded = connection.execute(RECORD[engine.dialect.name], {"event_id": event_id})
        if recorded.first() is None:
            return False
        row = connection.execute(READ, {"who": member}).first()
        data = json.loads(row.data) if row is not None else {}
        data["turns"] = data.get("turns", 0) + 1
        if row is None:
            values = {"member": member, "data": json.dumps(data), "version": 1}
            connection.execute(STATES.insert(), values)
        else:
            values = {"who": member, "loaded": row.version, "to_version": row.version + 1}
            values["to_data"] = json.dumps(data)
            connection.execute(WRITE, values)
    return True


def serve(port: int) -> None:
    """Bolt on aiohttp, its Web API client set up as ours is (handlers/slack/__init__.py)."""
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    engine = make_engine(os.environ["DATABASE_URL"])
    TABLES.create_all(engine)
    logger = logging.getLogger("slack_sdk.web")
    logger.setLevel(os.environ["LOG_LEVEL"])
    client = AsyncWebClient(
        base_url=os.environ["SLACK_API_URL"], token=os.environ["SLACK_BOT_TOKEN"], logger=logger
    )
    bare = AsyncApp(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    @bare.event("message")
    async def answer(body, event, say) -> None:
        member = f"{body.get('team_id')}:{event.get('user')}"
        if await asyncio.to_thread(keep_turn, engine, body["event_id"], member):
            await say("ok")

    async def open_session(_app: web.Application) -> None:
        client.session = aiohttp.ClientSession()  # one pool for every Web API call

    server = bare.server(port=port)
    server.web_app.on_startup.append(open_session)
    server.start()


if __name__ == "__main__":
    serve(int(sys.argv[1]))
