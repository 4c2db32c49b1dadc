"""Slack end to end: signed DM events in -> chat.postMessage at a Web API stub; ours vs bare Bolt.

Run standalone: `.venv/bin/python bench/slack_bench.py [--concurrency 16] [--messages 20]
[--say help status] [--database-url postgresql://…]`.
CE Mentor (`app.py serve`) and a bare Bolt AsyncApp on aiohttp that answers each DM with one
`say()` run as subprocesses on 127.0.0.1, both pointed at the same local stub
(tests/slack/slack_stub.py) in this process. Latency is from sending the event until the stub
receives the reply: Bolt acks before the listener runs, so the HTTP response alone would measure
nothing. Members onboard first (not measured). Figures are wall-clock on a shared machine; the
load average is printed, and each server's CPU time per message (Linux), which load disturbs
less. The database is a new SQLite file unless --database-url names one (migrated here; event
ids are new each run, so a database can be reused).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import logging
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "slack"))
from slack_stub import SlackStub  # noqa: E402

SECRET = "bench-signing-secret"
ONBOARDING = ("hi", "LCSW in California", "3/31/2027", "no", "no", "300", "2", "any", "clinician")
WORK = ("help", "status", "plan", "settings")


class TimingStub(SlackStub):
    """The stub, telling waiters when a reply reaches a channel."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[str, asyncio.Future] = {}

    async def api(self, request: web.Request) -> web.Response:
        response = await super().api(request)
        call = self.calls[-1]
        if call.method == "chat.postMessage":
            waiter = self.waiting.pop(str(call.data.get("channel")), None)
            if waiter is not None and not waiter.done():
                waiter.set_result(time.perf_counter())
        self.calls.clear()  # keep memory flat over thousands of calls
        return response


RUN = uuid.uuid4().hex[:8]  # event ids unique to this run: a reused database de-duplicates


def event(member: int, n: int, text: str) -> bytes:
    body = {
        "token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
        "event_id": f"Ev{RUN}{member}x{n}", "event_time": int(time.time()),
        "authorizations": [{"team_id": "T1", "user_id": "BT1user", "is_bot": True}],
        "event": {
            "type": "message", "channel": f"D{member}", "user": f"U{member}", "text": text,
            "ts": f"{time.time():.6f}", "channel_type": "im",
        },
    }  # fmt: skip
    return json.dumps(body).encode()


def signed(body: bytes) -> dict:
    timestamp = str(int(time.time()))
    base = b"v0:" + timestamp.encode() + b":" + body
    digest = hmac.new(SECRET.encode(), base, hashlib.sha256).hexdigest()
    return {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": f"v0={digest}",
    }


async def load(url: str, stub: TimingStub, members: int, texts, offset: int) -> dict:
    """`members` concurrent members, each sending `len(texts)` DMs in turn; latencies in ms."""
    latencies: list[float] = []
    failures = [0]

    async def member(http: aiohttp.ClientSession, m: int) -> None:
        for n, text in enumerate(texts):
            answered = asyncio.get_running_loop().create_future()
            stub.waiting[f"D{m}"] = answered
            body = event(m, offset + n, text)
            started = time.perf_counter()
            async with http.post(url, data=body, headers=signed(body)) as response:
                await response.read()
            try:
                latencies.append((await asyncio.wait_for(answered, 30) - started) * 1000)
            except TimeoutError:
                failures[0] += 1

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=members)) as http:
        started = time.perf_counter()
        await asyncio.gather(*(member(http, m) for m in range(members)))
        wall = time.perf_counter() - started
    latencies.sort() if latencies else latencies.append(float("nan"))
    return {
        "messages": len(latencies),
        "failures": failures[0],
        "p50_ms": round(statistics.median(latencies), 2),
        "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 2),
        "per_s": round(len(latencies) / wall, 1),
    }


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far; NaN where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measured(url: str, stub, members: int, texts, offset: int, pid: int) -> dict:
    """`load`, plus the server's CPU milliseconds per message."""
    before = cpu_seconds(pid)
    result = await load(url, stub, members, texts, offset)
    cpu = (cpu_seconds(pid) - before) * 1000 / max(result["messages"], 1)
    return {**result, "server_cpu_ms": round(cpu, 2)}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def wait_until_up(url: str, process: subprocess.Popen) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(300):
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode()[-2000:])
            try:
                async with http.post(url, data=b"{}") as response:
                    if response.status in (200, 401, 404):
                        return
            except aiohttp.ClientError:
                await asyncio.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


async def bench(
    concurrency: int, messages: int, work: tuple[str, ...] = WORK, database_url: str = ""
) -> dict:
    stub = TimingStub()
    runner = web.AppRunner(stub.app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    stub.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
    results: dict = {}
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ, "DATABASE_URL": database_url or f"sqlite:///{folder}/bench.db",
            "LOG_LEVEL": "WARNING",
            "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": stub.api_url, "SLACK_APP_TOKEN": "", "SLACK_CLIENT_ID": "",
        }  # fmt: skip
        migrate = [sys.executable, "app.py", "migrate"]
        subprocess.run(migrate, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        ports = {"bare": free_port(), "ce_mentor": free_port()}
        commands = {
            "bare": [sys.executable, __file__, "--bare", str(ports["bare"])],
            "ce_mentor": [sys.executable, "app.py", "serve", "--port", str(ports["ce_mentor"]), "--no-scheduler"],
        }  # fmt: skip
        servers = {
            name: subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for name, command in commands.items()
        }  # fmt: skip
        urls = {name: f"http://127.0.0.1:{port}/slack/events" for name, port in ports.items()}
        try:
            for name, url in urls.items():
                await wait_until_up(url, servers[name])
            await load(urls["ce_mentor"], stub, concurrency, ONBOARDING, 0)
            texts = {"ce_mentor": (work * messages)[:messages], "bare": ("hello",) * messages}
            for round_, name in enumerate(("bare", "ce_mentor") * 2, start=1):  # interleaved
                one_by_one = texts[name] * 4  # more samples: one member gives few otherwise
                pid = servers[name].pid
                sequential = await measured(urls[name], stub, 1, one_by_one, round_ * 10_000, pid)
                parallel = await measured(
                    urls[name], stub, concurrency, texts[name], round_ * 10_000 + 5_000, pid
                )
                best = results.get(name)
                if best is None or parallel["per_s"] > best["concurrent"]["per_s"]:
                    results[name] = {"sequential": sequential, "concurrent": parallel}
        finally:
            for process in servers.values():
                process.terminate()
                process.wait(timeout=30)
            await runner.cleanup()
    ours, bare = results["ce_mentor"], results["bare"]
    results["ratio_p50"] = round(ours["sequential"]["p50_ms"] / bare["sequential"]["p50_ms"], 2)
    results["ratio_throughput"] = round(
        ours["concurrent"]["per_s"] / bare["concurrent"]["per_s"], 2
    )
    results["load_average"] = os.getloadavg()
    results["concurrency"], results["members_say"] = concurrency, work
    results["database"] = (database_url or "sqlite").split(":", 1)[0]
    return results


def serve_bare(port: int) -> None:
    """The baseline: Bolt on aiohttp, one say() per DM, nothing else.

    Its Web API client is set up as ours is (handlers/slack): one pooled aiohttp session for
    every call, and a logger level so slack_sdk formats no unused debug lines.
    """
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    logger = logging.getLogger("slack_sdk.web")
    logger.setLevel(os.environ["LOG_LEVEL"])
    client = AsyncWebClient(
        base_url=os.environ["SLACK_API_URL"], token=os.environ["SLACK_BOT_TOKEN"], logger=logger
    )
    bare = AsyncApp(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    @bare.event("message")
    async def answer(say) -> None:
        await say("ok")

    async def open_session(_app: web.Application) -> None:
        client.session = aiohttp.ClientSession()

    server = bare.server(port=port)
    server.web_app.on_startup.append(open_session)
    server.start()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--messages", type=int, default=20, help="per member, per run")
    parser.add_argument("--say", nargs="*", default=list(WORK), help="what members say, in turn")
    parser.add_argument("--database-url", default="", help="ours on this database (migrated)")
    parser.add_argument("--bare", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        serve_bare(args.bare)
        return
    print(f"load average before: {os.getloadavg()}", file=sys.stderr)
    print(
        json.dumps(
            asyncio.run(bench(args.concurrency, args.messages, tuple(args.say), args.database_url)),
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
