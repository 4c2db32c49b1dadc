"""Slack end to end: signed DM events in -> chat.postMessage at a Web API stub; ours vs a baseline.

Run standalone: `.venv/bin/python bench/slack_bench.py [--concurrency 16] [--messages 20]
[--rounds 2] [--say help status …] [--database-url postgresql://…] [--profile OUT.prof]
[--long-messages [--long-share 0.25]]`.

CE Mentor (`app.py serve`) and the baseline (bench/slack_baseline.py: a bare Bolt AsyncApp that
per DM records the event id, reads and writes the member's state row in one transaction in a
worker thread, then says one line) run as subprocesses on 127.0.0.1, on the same database,
both pointed at the same local Web API stub (tests/slack/slack_stub.py) in this process, each
with one pooled HTTP session. Two populations:

- established members: `--concurrency` members, onboarded first (not measured), saying
  `help`, `status`, `plan` and `why no nudge?` in turn;
- a new member's first message: `hi` from someone never seen (ours creates the member row and
  asks users.info at the stub; the baseline creates its state row).

Each is measured one message at a time (p50) and with `--concurrency` members at once
(throughput), ours and the baseline interleaved, `--rounds` times; the figures pool all
rounds. Latency is from sending the event until the stub receives the reply: Bolt acks before
the listener runs, so the HTTP response alone would measure nothing. Figures are wall-clock
on a shared machine: the load average is printed beside each, and each server's CPU time per
message (Linux), which load disturbs less. The database is a new SQLite file unless
--database-url names one (migrated here; ids are new each run, so a database can be reused).

--profile OUT.prof then runs ours alone under bench/slack_profile.py (cProfile in every
thread, CPU time) for new members' first messages (or, with --profile-population
established, members' work) and prints the top costs; --rounds 0 skips the comparison.

--long-messages runs ours alone: the same members' traffic twice, all short and then with a
share of 40,000-character messages (Slack's most) of the adversarial shapes of
bench/parser_lengths.py, and reports for short and long messages apart the ack (the POST's
response: ours keeps the message in its inbox before it answers 200) and the reply. Slack
retries an event it has not seen acknowledged in 3 s; the target is every ack under 1 s.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import hmac
import itertools
import json
import os
import pstats
import signal
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
WORK = ("help", "status", "plan", "why no nudge?")
FIRST = "hi"  # a new member's first message
LONG = 40_000  # Slack's longest message; the mentor reads up to this many characters
ACK_TARGET_MS = 1_000.0
SERVERS = ("baseline", "ce_mentor")
# The targets (#21): ours / baseline.
TARGETS = {"established_p50": 1.5, "established_throughput": 0.7, "new_p50": 3.0}
PROFILED = 60  # new members' first messages sent to the profiled server
TOP = 25  # functions listed from the profile

RUN = uuid.uuid4().hex[:8].upper()  # ids unique to this run: a reused database has none of them
SERIAL = itertools.count()  # event numbers: never twice in a run
Lane = Sequence[tuple[str, str]]  # one sender's DMs in turn: (who, text); who names user and DM


class TimingStub(SlackStub):
    """The stub, telling waiters when a reply reaches a channel, and counting replies."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[str, asyncio.Future] = {}
        self.posts = 0
        self.profile_lookups = 0

    async def api(self, request: web.Request) -> web.Response:
        response = await super().api(request)
        call = self.calls[-1]
        if call.method == "chat.postMessage":
            self.posts += 1
            waiter = self.waiting.pop(str(call.data.get("channel")), None)
            if waiter is not None and not waiter.done():
                waiter.set_result(time.perf_counter())
        elif call.method == "users.info":
            self.profile_lookups += 1
        self.calls.clear()  # keep memory flat over thousands of calls
        return response


def established(m: int) -> str:
    return f"{RUN}E{m}"


def newcomer() -> str:
    return f"{RUN}N{next(SERIAL)}"


def event(who: str, text: str) -> bytes:
    """A signed-to-be DM event from user U<who> in the bot's DM D<who>."""
    body = {
        "token": "x",
        "team_id": TEAM,
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": f"Ev{who}x{next(SERIAL)}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM, "user_id": "BT1user", "is_bot": True}],
        "event": {
            "type": "message",
            "channel": f"D{who}",
            "user": f"U{who}",
            "text": text,
            "ts": f"{time.time():.6f}",
            "channel_type": "im",
        },
    }
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


async def send_all(url: str, stub: TimingStub, lanes: Sequence[Lane]) -> tuple[list[Sample], float]:
    """Each lane sends its DMs, one after the reply to the last; all lanes at once.

    Returns every DM's sample and the seconds the whole load took.
    """
    samples: list[Sample] = []

    async def lane(http: aiohttp.ClientSession, dms: Lane) -> None:
        for who, text in dms:
            answered = asyncio.get_running_loop().create_future()
            stub.waiting[f"D{who}"] = answered
            body = event(who, text)
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

    connector = aiohttp.TCPConnector(limit=len(lanes))
    async with aiohttp.ClientSession(connector=connector) as http:
        started = time.perf_counter()
        await asyncio.gather(*(lane(http, dms) for dms in lanes))
        return samples, time.perf_counter() - started


def nearest_rank(ordered: Sequence[float], share: float) -> float:
    """The value `share` of the way up a sorted list: 1.0 is its last (NaN when it is empty)."""
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far; NaN where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Tally:
    """One server's samples of one population and load, pooled over the rounds."""

    replies: list[float]
    failures: int = 0
    wall_s: float = 0.0
    cpu_s: float = 0.0
    loads: list[float] | None = None

    def summary(self) -> dict:
        ordered = sorted(self.replies)
        return {
            "messages": len(ordered),
            "failures": self.failures,
            "p50_ms": round(statistics.median(ordered or [float("nan")]), 2),
            "p99_ms": round(nearest_rank(ordered, 0.99), 2),
            "per_s": round(len(ordered) / self.wall_s, 1) if self.wall_s else float("nan"),
            "server_cpu_ms": round(self.cpu_s * 1000 / max(len(ordered), 1), 2),
            "load_1min": [round(x, 2) for x in self.loads or []],
        }


async def measure(url: str, stub: TimingStub, lanes: Sequence[Lane], pid: int, tally: Tally):
    """Send `lanes` and add what happened to `tally` (with the 1-minute load average after)."""
    before = cpu_seconds(pid)
    samples, wall = await send_all(url, stub, lanes)
    tally.cpu_s += cpu_seconds(pid) - before
    tally.wall_s += wall
    got = [s.reply_ms for s in samples if s.reply_ms is not None]
    tally.replies += got
    tally.failures += len(samples) - len(got)
    tally.loads = [*(tally.loads or []), os.getloadavg()[0]]


def workloads(concurrency: int, messages: int, work: Sequence[str]) -> dict:
    """This round's DMs of each population: one at a time, and `concurrency` senders at once."""
    sequential = messages * 2  # one sender gives few samples otherwise

    def members(m: int, count: int) -> list[tuple[str, str]]:
        return [(established(m), work[(m + n) % len(work)]) for n in range(count)]

    return {
        "established": {
            "sequential": [
                [(established(n % concurrency), work[n % len(work)]) for n in range(sequential)]
            ],
            "concurrent": [members(m, messages) for m in range(concurrency)],
        },
        "new": {
            "sequential": [[(newcomer(), FIRST) for _ in range(sequential)]],
            "concurrent": [
                [(newcomer(), FIRST) for _ in range(messages)] for _ in range(concurrency)
            ],
        },
    }


def ratios(results: dict) -> dict:
    """Ours over the baseline for each target, and whether it is met."""
    ours, base = results["ce_mentor"], results["baseline"]

    def over(population: str, load: str, figure: str) -> float:
        return round(ours[population][load][figure] / base[population][load][figure], 2)

    found = {
        "established_p50": over("established", "sequential", "p50_ms"),
        "established_throughput": over("established", "concurrent", "per_s"),
        "new_p50": over("new", "sequential", "p50_ms"),
        "new_throughput": over("new", "concurrent", "per_s"),
        "established_cpu": over("established", "concurrent", "server_cpu_ms"),
        "new_cpu": over("new", "concurrent", "server_cpu_ms"),
    }
    met = {
        "established_p50": found["established_p50"] <= TARGETS["established_p50"],
        "established_throughput": found["established_throughput"]
        >= TARGETS["established_throughput"],
        "new_p50": found["new_p50"] <= TARGETS["new_p50"],
    }
    return {"ours_over_baseline": found, "targets": TARGETS, "met": met}


async def bench(
    concurrency: int,
    messages: int,
    work: tuple[str, ...] = WORK,
    database_url: str = "",
    rounds: int = 2,
) -> dict:
    """Both servers, both populations, interleaved `rounds` times; see the module's docstring."""
    results: dict = {"load_average_before": [round(x, 2) for x in os.getloadavg()]}
    tallies = {
        (name, population, load): Tally([])
        for name in SERVERS
        for population in ("established", "new")
        for load in ("sequential", "concurrent")
    }
    async with serving(SERVERS, database_url) as (stub, urls, pids):
        await onboard(urls["ce_mentor"], stub, concurrency, (*ONBOARDING, *work))
        await onboard(urls["baseline"], stub, concurrency, ONBOARDING[:1])
        await onboard(urls["ce_mentor"], stub, 1, (FIRST,), new=True)  # warm: nothing measured
        await onboard(urls["baseline"], stub, 1, (FIRST,), new=True)
        posts_before, lookups_before = stub.posts, stub.profile_lookups
        for _ in range(rounds):
            for name in SERVERS:  # interleaved: each round measures both under the same load
                for population, loads in workloads(concurrency, messages, work).items():
                    for load, lanes in loads.items():
                        tally = tallies[name, population, load]
                        await measure(urls[name], stub, lanes, pids[name], tally)
        results["stub"] = {
            "replies_posted": stub.posts - posts_before,
            "users_info_calls": stub.profile_lookups - lookups_before,
        }
    for (name, population, load), tally in tallies.items():
        results.setdefault(name, {}).setdefault(population, {})[load] = tally.summary()
    results.update(ratios(results))
    results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    results["cpus"] = os.cpu_count()
    results["concurrency"], results["rounds"], results["members_say"] = concurrency, rounds, work
    results["database"] = (database_url or "sqlite").split(":", 1)[0]
    return results


def table(results: dict) -> str:
    """The figures as a small text table: each population and load, baseline beside ours."""
    lines = [
        f"{results['database']}: {results['concurrency']} concurrent, {results['rounds']} rounds, "
        f"load average {results['load_average_before']} -> {results['load_average_after']}",
        f"{'population':<12}{'load':<11}{'server':<10}{'p50 ms':>8}{'p99 ms':>9}{'msg/s':>8}"
        f"{'CPU ms/msg':>11}  load (1 min)",
    ]
    for population in ("established", "new"):
        for load in ("sequential", "concurrent"):
            for name in SERVERS:
                row = results[name][population][load]
                lines.append(
                    f"{population:<12}{load:<11}{name[:9]:<10}{row['p50_ms']:>8.1f}"
                    f"{row['p99_ms']:>9.1f}{row['per_s']:>8.1f}{row['server_cpu_ms']:>11.2f}  "
                    f"{row['load_1min']}"
                )
    found, met = results["ours_over_baseline"], results["met"]
    for key, target in TARGETS.items():
        sign = ">=" if key.endswith("throughput") else "<="
        verdict = "met" if met[key] else "MISSED"
        lines.append(f"{key}: {found[key]}x (target {sign} {target}x) {verdict}")
    return "\n".join(lines)


async def profile(database_url: str, out: Path, population: str, work: Sequence[str]) -> dict:
    """Ours alone under cProfile (CPU time, every thread), for PROFILED messages one at a time.

    `population` is "new" (first messages) or "established" (members onboarded, saying `work`).
    """
    async with serving(("ce_mentor",), database_url, profile=out) as (stub, urls, pids):
        pid, url = pids["ce_mentor"], urls["ce_mentor"]
        await onboard(url, stub, 4, (*ONBOARDING, *work))  # the first turns load a lot
        await onboard(url, stub, 4, (FIRST,), new=True)
        os.kill(pid, signal.SIGUSR1)  # profiling starts now: after the start and warming up
        await asyncio.sleep(0.5)
        if population == "new":
            lane = [(newcomer(), FIRST) for _ in range(PROFILED)]
        else:
            lane = [(established(n % 4), work[n % len(work)]) for n in range(PROFILED)]
        tally = Tally([])
        await measure(url, stub, [lane], pid, tally)
    stats = pstats.Stats(str(out))
    return {
        "population": population,
        "messages": PROFILED,
        "under_profiler": tally.summary(),
        "top": top(stats, PROFILED),
    }


def top(stats: pstats.Stats, messages: int, count: int = TOP) -> dict:
    """The costliest functions by own time and by time including callees (ms per message)."""
    rows = [
        (f"{Path(file).name}:{line}({name})", own, total)
        for (file, line, name), (_cc, _nc, own, total, _callers) in stats.stats.items()  # type: ignore[attr-defined]
    ]

    def listed(key: int) -> list[str]:
        ordered = sorted(rows, key=lambda row: row[key], reverse=True)[:count]
        return [f"{row[key] * 1000 / messages:8.2f} ms  {row[0]}" for row in ordered]

    return {"by_own_time": listed(1), "by_total_time": listed(2)}


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


async def acks_and_replies(url: str, stub, scripts, pid: int) -> dict:
    """`send_all`, summed up for short and long messages apart, with the load average beside."""
    load_before, cpu_before = os.getloadavg(), cpu_seconds(pid)
    lanes = [[(established(m), text) for text in texts] for m, texts in enumerate(scripts)]
    samples, wall = await send_all(url, stub, lanes)
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


async def onboard(
    url: str, stub: TimingStub, members: int, texts: Sequence[str], new: bool = False
) -> None:
    """Members (`new`: never seen before) say `texts`, not measured; stops the bench if unanswered."""
    whom = [newcomer() if new else established(m) for m in range(members)]
    lanes = [[(who, text) for text in texts] for who in whom]
    samples, _wall = await send_all(url, stub, lanes)
    unanswered = sum(s.reply_ms is None for s in samples)
    if unanswered:
        raise RuntimeError(f"{unanswered} onboarding messages got no reply in 30 s")


async def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(600):
            if process.poll() is not None:
                raise RuntimeError(log.read_text(errors="replace")[-2000:])
            try:
                async with http.post(url, data=b"{}") as response:
                    if response.status in (200, 401, 404):
                        return
            except aiohttp.ClientError:
                await asyncio.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def command_of(name: str, port: int, profile: Path | None) -> list[str]:
    if name == "baseline":
        return [sys.executable, str(ROOT / "bench" / "slack_baseline.py"), str(port)]
    serve = ["app.py", "serve", "--port", str(port), "--no-scheduler"]
    if profile is not None:
        return [
            sys.executable,
            str(ROOT / "bench" / "slack_profile.py"),
            str(profile),
            "cpu",
            *serve,
        ]
    return [sys.executable, *serve]


@contextlib.asynccontextmanager
async def serving(
    names: Sequence[str], database_url: str, profile: Path | None = None
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
            **os.environ,
            "DATABASE_URL": database_url or f"sqlite:///{folder}/bench.db",
            "LOG_LEVEL": "WARNING",
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": stub.api_url,
            "SLACK_APP_TOKEN": "",
            "SLACK_CLIENT_ID": "",
        }
        migrate = [sys.executable, "app.py", "migrate"]
        subprocess.run(migrate, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        ports = {name: free_port() for name in names}
        # Each server's log goes to a file: a pipe nobody reads would stall it once full.
        logs = {name: Path(folder) / f"{name}.log" for name in names}
        servers = {
            name: start(command_of(name, port, profile), env, logs[name])
            for name, port in ports.items()
        }
        urls = {name: f"http://127.0.0.1:{port}/slack/events" for name, port in ports.items()}
        try:
            for name, url in urls.items():
                await wait_until_up(url, servers[name], logs[name])
            yield stub, urls, {name: process.pid for name, process in servers.items()}
        finally:
            for process in servers.values():
                process.terminate()
                process.wait(timeout=60)
            await runner.cleanup()


async def bench_long(
    concurrency: int, messages: int, work: tuple[str, ...], database_url: str, share: float
) -> dict:
    """Ours alone: the members' traffic all short, then with a `share` of long messages."""
    results: dict = {
        "database": (database_url or "sqlite").split(":", 1)[0],
        "concurrency": concurrency,
        "messages_per_member": messages,
        "members_say": work,
        "long_share": share,
        "long_length": LONG,
        "cpus": os.cpu_count(),
    }
    async with serving(("ce_mentor",), database_url) as (stub, urls, pids):
        url, pid = urls["ce_mentor"], pids["ce_mentor"]
        await onboard(url, stub, concurrency, ONBOARDING)
        runs = {
            "all_short": mixed_scripts(concurrency, work, messages, 0.0),
            "with_long": mixed_scripts(concurrency, work, messages, share),
        }
        for name, scripts in runs.items():
            results[name] = await acks_and_replies(url, stub, scripts, pid)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--messages", type=int, default=20, help="per member, per round")
    parser.add_argument("--rounds", type=int, default=2, help="ours and the baseline, in turn")
    parser.add_argument("--say", nargs="*", default=list(WORK), help="what members say, in turn")
    parser.add_argument("--database-url", default="", help="both servers on this database")
    parser.add_argument("--profile", type=Path, help="then profile ours (cProfile), to here")
    parser.add_argument("--profile-population", choices=("new", "established"), default="new")
    parser.add_argument(
        "--long-messages",
        action="store_true",
        help=f"ours alone: acks and replies with {LONG:,}-character messages mixed in",
    )
    parser.add_argument("--long-share", type=float, default=0.25, help="of all messages, long")
    args = parser.parse_args()
    if not 0 < args.long_share <= 1:
        parser.error("--long-share is a share of the messages: more than 0, at most 1")
    print(f"load average before: {os.getloadavg()}", file=sys.stderr)
    say = tuple(args.say)
    if args.long_messages:
        run = bench_long(args.concurrency, args.messages, say, args.database_url, args.long_share)
        print(json.dumps(asyncio.run(run), indent=2))
        return
    results: dict = {}
    if args.rounds:  # --rounds 0 --profile …: the profile alone
        run = bench(args.concurrency, args.messages, say, args.database_url, args.rounds)
        results = asyncio.run(run)
        print(table(results), file=sys.stderr)
    if args.profile is not None:
        run = profile(args.database_url, args.profile, args.profile_population, say)
        results["profile"] = asyncio.run(run)
    print(json.dumps(results, indent=2))
    for heading, lines in results.get("profile", {}).get("top", {}).items():
        print(f"\nprofile, {heading.replace('_', ' ')} (CPU ms per message):", file=sys.stderr)
        print("\n".join(lines), file=sys.stderr)


if __name__ == "__main__":
    main()
