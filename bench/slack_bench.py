"""Slack end to end: signed DM events in -> chat.postMessage at a Web API stub; ours vs bare Bolt.

Run standalone: `.venv/bin/python bench/slack_bench.py [--concurrency 16] [--messages 20]
[--say help status] [--database-url postgresql://…] [--long-messages [--long-share 0.25]]`.
CE Mentor (`app.py serve`) and a bare Bolt AsyncApp on aiohttp that answers each DM with one
`say()` run as subprocesses on 127.0.0.1, both pointed at the same local stub
(tests/slack/slack_stub.py) in this process. Latency is from sending the event until the stub
receives the reply: Bolt acks before the listener runs, so the HTTP response alone would measure
nothing. Members onboard first (not measured). Figures are wall-clock on a shared machine; the
load average is printed, and each server's CPU time per message (Linux), which load disturbs
less. The database is a new SQLite file unless --database-url names one (migrated here; event
ids are new each run, so a database can be reused).

--long-messages runs ours alone (bare Bolt reads no text): the same members' traffic twice, all
short and then with a share of 40,000-character messages (Slack's most) of the adversarial
shapes of bench/parser_lengths.py, and reports for short and long messages apart the ack (the
POST's response: ours keeps the message in its inbox before it answers 200) and the reply.
Slack retries an event it has not seen acknowledged in 3 s; the target is every ack under 1 s.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
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
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "slack")]
from slack_stub import SlackStub  # noqa: E402

SECRET = "bench-signing-secret"
TOKEN = "xoxb-test"
TEAM = SlackStub().tokens[TOKEN]  # the token's team (auth.test): other teams are not answered
ONBOARDING = ("hi", "LCSW in California", "3/31/2027", "no", "no", "300", "2", "any", "clinician")
WORK = ("help", "status", "plan", "settings")
LONG = 40_000  # Slack's longest message; the mentor reads up to this many characters
ACK_TARGET_MS = 1_000.0


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
        "token": "x", "team_id": TEAM, "api_app_id": "A1", "type": "event_callback",
        "event_id": f"Ev{RUN}{member}x{n}", "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM, "user_id": "BT1user", "is_bot": True}],
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


@dataclass(frozen=True)
class Sample:
    """One DM: how long until Slack had its 200 (the ack), and until the reply (None: none)."""

    long: bool
    status: int
    ack_ms: float
    reply_ms: float | None


async def send_all(
    url: str, stub: TimingStub, scripts: Sequence[Sequence[str]], offset: int
) -> tuple[list[Sample], float]:
    """Member `m` sends `scripts[m]`, one DM after the reply to the last; all members at once.

    Returns every DM's sample and the seconds the whole load took.
    """
    samples: list[Sample] = []

    async def member(http: aiohttp.ClientSession, m: int, texts: Sequence[str]) -> None:
        for n, text in enumerate(texts):
            answered = asyncio.get_running_loop().create_future()
            stub.waiting[f"D{m}"] = answered
            body = event(m, offset + n, text)
            started = time.perf_counter()
            async with http.post(url, data=body, headers=signed(body)) as response:
                await response.read()
            acked = time.perf_counter()
            try:
                reply_ms: float | None = (await asyncio.wait_for(answered, 30) - started) * 1000
            except TimeoutError:
                reply_ms = None
            ack_ms = (acked - started) * 1000
            samples.append(Sample(len(text) >= LONG, response.status, ack_ms, reply_ms))

    connector = aiohttp.TCPConnector(limit=len(scripts))
    async with aiohttp.ClientSession(connector=connector) as http:
        started = time.perf_counter()
        await asyncio.gather(*(member(http, m, texts) for m, texts in enumerate(scripts)))
        return samples, time.perf_counter() - started


def nearest_rank(ordered: Sequence[float], share: float) -> float:
    """The value `share` of the way up a sorted list: 1.0 is its last (NaN when it is empty)."""
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


async def load(url: str, stub: TimingStub, members: int, texts, offset: int) -> dict:
    """`members` concurrent members, each sending `len(texts)` DMs in turn; latencies in ms."""
    samples, wall = await send_all(url, stub, [texts] * members, offset)
    latencies = sorted(s.reply_ms for s in samples if s.reply_ms is not None)
    return {
        "messages": len(latencies),
        "failures": len(samples) - len(latencies),
        "p50_ms": round(statistics.median(latencies or [float("nan")]), 2),
        "p99_ms": round(nearest_rank(latencies, 0.99), 2),
        "per_s": round(len(latencies) / wall, 1),
    }


def long_texts(count: int, length: int = LONG) -> list[str]:
    """`count` messages of `length` characters, taking every adversarial shape in turn."""
    from bench.parser_lengths import SHAPES  # here: the bare server never loads the mentor

    return [SHAPES[shape](length) for shape in islice(cycle(SHAPES), count)]


def mixed_scripts(
    members: int, work: Sequence[str], messages: int, share: float
) -> list[list[str]]:
    """Each member's `messages` DMs: `work` in turn, with a `share` of all of them long.

    The long ones are spread evenly over all members' messages (the k-th of all is long when
    (k + 1) * share passes a whole number), so they arrive among short ones throughout the run;
    each takes the place of a short one, and they cycle through the shapes.
    """
    longs = iter(long_texts(int(members * messages * share)))
    scripts = []
    for m in range(members):
        texts = [work[n % len(work)] for n in range(messages)]
        for n in range(messages):
            k = m * messages + n
            if int((k + 1) * share) > int(k * share):
                texts[n] = next(longs)
        scripts.append(texts)
    return scripts


def spread(samples: Sequence[Sample]) -> dict:
    """Ack and reply figures (ms) of some samples: p50, p99, max, and what went wrong."""
    acks = sorted(s.ack_ms for s in samples)
    replies = sorted(s.reply_ms for s in samples if s.reply_ms is not None)

    def three(ordered: list[float]) -> dict:
        ranks = (("p50_ms", 0.5), ("p99_ms", 0.99), ("max_ms", 1.0))
        return {name: round(nearest_rank(ordered, share), 1) for name, share in ranks}

    return {
        "messages": len(samples),
        "ack": three(acks),
        "acks_over_1s": sum(a >= ACK_TARGET_MS for a in acks),
        "not_200": sum(s.status != 200 for s in samples),
        "reply": three(replies),
        "no_reply_in_30s": len(samples) - len(replies),
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


async def acks_and_replies(url: str, stub, scripts, offset: int, pid: int) -> dict:
    """`send_all`, summed up for short and long messages apart, with the load average beside."""
    load_before, cpu_before = os.getloadavg(), cpu_seconds(pid)
    samples, wall = await send_all(url, stub, scripts, offset)
    kinds = {"short": [s for s in samples if not s.long], "long": [s for s in samples if s.long]}
    return {
        **{kind: spread(chosen) for kind, chosen in kinds.items() if chosen},
        "every_ack_under_1s": all(s.ack_ms < ACK_TARGET_MS for s in samples),
        "per_s": round(len(samples) / wall, 1),
        "server_cpu_s": round(cpu_seconds(pid) - cpu_before, 1),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with log.open("wb") as stderr:  # the server keeps its own copy of the file
        return subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )


async def onboard(url: str, stub: TimingStub, members: int) -> None:
    """Members onboard (not measured); stops the bench at once if they are not answered."""
    done = await load(url, stub, members, ONBOARDING, 0)
    if done["failures"]:
        raise RuntimeError(f"{done['failures']} onboarding messages got no reply in 30 s")


async def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(300):
            if process.poll() is not None:
                raise RuntimeError(log.read_text(errors="replace")[-2000:])
            try:
                async with http.post(url, data=b"{}") as response:
                    if response.status in (200, 401, 404):
                        return
            except aiohttp.ClientError:
                await asyncio.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


@contextlib.asynccontextmanager
async def serving(
    names: Sequence[str], database_url: str
) -> AsyncIterator[tuple[TimingStub, dict[str, str], dict[str, int]]]:
    """The stub, and these servers up against it: their event URLs and process ids."""
    stub = TimingStub()
    runner = web.AppRunner(stub.app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    stub.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ, "DATABASE_URL": database_url or f"sqlite:///{folder}/bench.db",
            "LOG_LEVEL": "WARNING",
            "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": stub.api_url, "SLACK_APP_TOKEN": "", "SLACK_CLIENT_ID": "",
        }  # fmt: skip
        migrate = [sys.executable, "app.py", "migrate"]
        subprocess.run(migrate, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        ports = {name: free_port() for name in names}
        commands = {
            "bare": lambda port: [sys.executable, __file__, "--bare", str(port)],
            "ce_mentor": lambda port: [sys.executable, "app.py", "serve", "--port", str(port), "--no-scheduler"],
        }  # fmt: skip
        # Each server's log goes to a file: a pipe nobody reads would stall it once full.
        logs = {name: Path(folder) / f"{name}.log" for name in names}
        servers = {
            name: start(commands[name](port), env, logs[name]) for name, port in ports.items()
        }
        urls = {name: f"http://127.0.0.1:{port}/slack/events" for name, port in ports.items()}
        try:
            for name, url in urls.items():
                await wait_until_up(url, servers[name], logs[name])
            yield stub, urls, {name: process.pid for name, process in servers.items()}
        finally:
            for process in servers.values():
                process.terminate()
                process.wait(timeout=30)
            await runner.cleanup()


async def bench(
    concurrency: int, messages: int, work: tuple[str, ...] = WORK, database_url: str = ""
) -> dict:
    results: dict = {}
    async with serving(("bare", "ce_mentor"), database_url) as (stub, urls, pids):
        await onboard(urls["ce_mentor"], stub, concurrency)
        texts = {"ce_mentor": (work * messages)[:messages], "bare": ("hello",) * messages}
        for round_, name in enumerate(("bare", "ce_mentor") * 2, start=1):  # interleaved
            one_by_one = texts[name] * 4  # more samples: one member gives few otherwise
            pid = pids[name]
            sequential = await measured(urls[name], stub, 1, one_by_one, round_ * 10_000, pid)
            parallel = await measured(
                urls[name], stub, concurrency, texts[name], round_ * 10_000 + 5_000, pid
            )
            best = results.get(name)
            if best is None or parallel["per_s"] > best["concurrent"]["per_s"]:
                results[name] = {"sequential": sequential, "concurrent": parallel}
    ours, bare = results["ce_mentor"], results["bare"]
    results["ratio_p50"] = round(ours["sequential"]["p50_ms"] / bare["sequential"]["p50_ms"], 2)
    results["ratio_throughput"] = round(
        ours["concurrent"]["per_s"] / bare["concurrent"]["per_s"], 2
    )
    results["load_average"] = os.getloadavg()
    results["concurrency"], results["members_say"] = concurrency, work
    results["database"] = (database_url or "sqlite").split(":", 1)[0]
    return results


async def bench_long(
    concurrency: int, messages: int, work: tuple[str, ...], database_url: str, share: float
) -> dict:
    """Ours alone: the members' traffic all short, then with a `share` of long messages."""
    results: dict = {
        "database": (database_url or "sqlite").split(":", 1)[0],
        "concurrency": concurrency, "messages_per_member": messages,
        "members_say": work, "long_share": share, "long_length": LONG,
        "cpus": os.cpu_count(),
    }  # fmt: skip
    async with serving(("ce_mentor",), database_url) as (stub, urls, pids):
        url, pid = urls["ce_mentor"], pids["ce_mentor"]
        await onboard(url, stub, concurrency)
        runs = {
            "all_short": mixed_scripts(concurrency, work, messages, 0.0),
            "with_long": mixed_scripts(concurrency, work, messages, share),
        }
        for round_, (name, scripts) in enumerate(runs.items(), start=1):
            results[name] = await acks_and_replies(url, stub, scripts, round_ * 10_000, pid)
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
    parser.add_argument(
        "--long-messages",
        action="store_true",
        help=f"ours alone: acks and replies with {LONG:,}-character messages mixed in",
    )
    parser.add_argument("--long-share", type=float, default=0.25, help="of all messages, long")
    parser.add_argument("--bare", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        serve_bare(args.bare)
        return
    if not 0 < args.long_share <= 1:
        parser.error("--long-share is a share of the messages: more than 0, at most 1")
    print(f"load average before: {os.getloadavg()}", file=sys.stderr)
    say = tuple(args.say)
    if args.long_messages:
        run = bench_long(args.concurrency, args.messages, say, args.database_url, args.long_share)
    else:
        run = bench(args.concurrency, args.messages, say, args.database_url)
    print(json.dumps(asyncio.run(run), indent=2))


if __name__ == "__main__":
    main()
