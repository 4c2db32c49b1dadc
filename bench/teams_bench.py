"""Teams end to end: CE Mentor's /api/messages vs a bare botbuilder echo bot, same run.

Run standalone: `.venv/bin/python bench/teams_bench.py [--concurrency 16] [--messages 25]`.
Both servers run as subprocesses on 127.0.0.1 and reply to a local Bot Connector stub
(its own thread). CE Mentor does real work per message: a database turn (de-duplication,
member, flow state) and the mentor's answer, for already-onboarded members. Figures are
wall-clock on a shared machine; the load average is printed with them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ONBOARDING = ("hi", "LCSW in California", "3/31/2027", "no", "no", "300", "2", "any", "clinician")
# "status" is left out: it draws a matplotlib chart (~0.6 s of CPU) — the mentor's cost, not Teams'.
WORK = ("help", "plan", "settings")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_connector_stub() -> tuple[str, list[int]]:
    """A Bot Connector stub in its own thread and event loop; returns its URL and a counter."""
    posted = [0]
    ready = threading.Event()
    box: dict = {}

    async def reply(request: web.Request) -> web.Response:
        await request.read()
        posted[0] += 1
        return web.json_response({"id": f"r{posted[0]}"}, status=201)

    def run() -> None:
        loop = asyncio.new_event_loop()
        app = web.Application()
        app.router.add_post("/{tail:.*}", reply)
        runner = web.AppRunner(app, access_log=None)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        box["url"] = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/"
        ready.set()
        loop.run_forever()

    threading.Thread(target=run, daemon=True).start()
    ready.wait()
    return box["url"], posted


def activity(service_url: str, member: int, n: int, text: str) -> dict:
    """A Teams personal-chat message from member `member`."""
    return {
        "type": "message",
        "id": f"bench-{member}-{n}",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": {"id": f"29:bench-member-{member}", "name": f"Member {member}"},
        "recipient": {"id": "28:bench-bot", "name": "CE Mentor"},
        "conversation": {
            "id": f"a:bench-chat-{member}",
            "conversationType": "personal",
            "tenantId": "bench-tenant",
        },
        "channelData": {"tenant": {"id": "bench-tenant"}},
        "localTimezone": "America/Los_Angeles",
        "text": text,
    }


async def wait_until_up(url: str, process: subprocess.Popen) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(600):
            if process.poll() is not None:
                raise RuntimeError(f"server exited with {process.returncode}")
            try:
                async with http.post(url, data=b"{}", headers={"Content-Type": "text/plain"}):
                    return
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.1)
    raise RuntimeError("server did not start")


async def load(url: str, stub: str, members: int, messages: int, texts, offset=0) -> dict:
    """`members` concurrent members, each sending `messages` in turn; latencies in ms."""
    latencies: list[float] = []
    failures = [0]

    async def member(http: aiohttp.ClientSession, m: int) -> None:
        for n in range(messages):
            body = activity(stub, m, offset + n, texts[n % len(texts)])
            started = time.perf_counter()
            async with http.post(url, json=body) as response:
                await response.read()
                if response.status not in (200, 201):
                    failures[0] += 1
            latencies.append((time.perf_counter() - started) * 1000)

    connector = aiohttp.TCPConnector(limit=members)
    async with aiohttp.ClientSession(connector=connector) as http:
        started = time.perf_counter()
        await asyncio.gather(*(member(http, m) for m in range(members)))
        wall = time.perf_counter() - started
    latencies.sort()
    return {
        "messages": len(latencies),
        "failures": failures[0],
        "p50_ms": statistics.median(latencies),
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "per_s": len(latencies) / wall,
    }


def spawn(args: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [PYTHON, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


async def bench(concurrency: int, messages: int, work: tuple[str, ...] = WORK) -> dict:
    stub, posted = start_connector_stub()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{folder}/bench.db",
            "LOG_LEVEL": "WARNING",
            "MICROSOFT_APP_ID": "",
            "TEAMS_LOCAL_UNAUTHENTICATED": "true",  # no tokens: loopback peers and stub only
        }
        echo_port, ours_port = free_port(), free_port()
        servers = {
            "echo": spawn(["bench/teams_echo_bot.py", str(echo_port)], env),
            "ce_mentor": spawn(
                ["app.py", "serve", "--port", str(ours_port), "--no-scheduler"], env
            ),
        }
        urls = {
            "echo": f"http://127.0.0.1:{echo_port}/api/messages",
            "ce_mentor": f"http://127.0.0.1:{ours_port}/api/messages",
        }
        try:
            for name, url in urls.items():
                await wait_until_up(url, servers[name])
            # Members onboard first (not measured), so the measured turns are real mentor work.
            await load(urls["ce_mentor"], stub, concurrency, len(ONBOARDING), ONBOARDING, 1000)
            order = ("echo", "ce_mentor", "echo", "ce_mentor")  # interleaved, best of two
            for round_, name in enumerate(order, start=1):
                texts = work if name == "ce_mentor" else ("hello",)
                # Fresh activity ids each round: a re-delivered id is (rightly) not answered.
                run = await load(urls[name], stub, concurrency, messages, texts, round_ * 10_000)
                if name not in results or run["per_s"] > results[name]["per_s"]:
                    results[name] = run
        finally:
            for process in servers.values():
                process.terminate()
                process.wait(timeout=30)
    results["ratio_throughput"] = results["ce_mentor"]["per_s"] / results["echo"]["per_s"]
    results["ratio_p50"] = results["ce_mentor"]["p50_ms"] / results["echo"]["p50_ms"]
    results["connector_posts"] = posted[0]
    results["load_average"] = os.getloadavg()
    results["concurrency"] = concurrency
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--messages", type=int, default=25, help="per member, per run")
    parser.add_argument("--say", nargs="*", default=list(WORK), help="what members say, in turn")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}", file=sys.stderr)
    results = asyncio.run(bench(args.concurrency, args.messages, tuple(args.say)))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
