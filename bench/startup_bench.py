"""Benchmark: how long `python app.py chat` takes to its first prompt, and what it imports.

Each run is a fresh `python app.py chat` process on a temporary SQLite file, driven through
a pipe: the time to the first `> ` prompt (the greeting printed and the mentor's first turn
saved), then a scripted `help` exchange and `quit` for the total. Two baselines beside it:

- floor: a bare interpreter importing sqlmodel (the database layer every command needs);
- eager: the same chat with the platform SDKs and chart libraries imported first, as
  `app.py` did before they were imported only where they are used.

The first run on the new file (migrate + seed catalog) is reported apart from the N repeats.

.venv/bin/python bench/startup_bench.py [--runs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROMPT = b"\n> "
TIMEOUT = 120.0  # seconds a run may take before it counts as hung
HEAVY = (  # what the terminal chat should not pay for
    "slack_bolt",
    "slack_sdk",
    "botbuilder",
    "botframework",
    "msrest",
    "matplotlib",
    "fpdf",
    "aiohttp",
    "apscheduler",
    "scipy",
    "pypdf",
    "pytesseract",
    "icalendar",
    "alembic",
    "numpy",
)
EAGER = (  # what app.py used to import at module level for every command
    "handlers.slack",
    "handlers.teams",
    "handlers.web",
    "handlers.calendar",
    "handlers.inbox",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "fpdf",
)
# Runs app.py as `python app.py chat` does, after importing `modules` and with a hook that
# writes which HEAVY packages were loaded to the file named by STARTUP_BENCH_MODULES.
WRAPPER = """
import atexit, json, os, runpy, sys
for name in {modules!r}:
    __import__(name)
def _report():
    loaded = sorted({{m.split(".")[0] for m in sys.modules}} & set({heavy!r}))
    with open(os.environ["STARTUP_BENCH_MODULES"], "w") as out:
        json.dump(loaded, out)
atexit.register(_report)
sys.argv = ["app.py", "chat"]
sys.path.insert(0, {root!r})
runpy.run_path({app!r}, run_name="__main__")
"""


class Chat:
    """A `python app.py chat` (or stand-in) process read through a pipe as bytes arrive."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.started = time.perf_counter()
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the process)
        self.process = subprocess.Popen(
            argv,
            cwd=env["HOME"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
        )
        self.output = b""
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.process.stdout, selectors.EVENT_READ)

    def until(self, marker: bytes, after: int = 0) -> float:
        """Seconds since start when `marker` appears in the output past byte `after`."""
        deadline = self.started + TIMEOUT
        while marker not in self.output[after:]:
            if not self.selector.select(timeout=max(deadline - time.perf_counter(), 0)):
                raise TimeoutError(f"no {marker!r} after {TIMEOUT:g} s")
            chunk = os.read(self.process.stdout.fileno(), 65536)
            if not chunk:
                self.errors.seek(0)
                raise RuntimeError(f"exited before {marker!r}: {self.errors.read()[-600:]!r}")
            self.output += chunk
        return time.perf_counter() - self.started

    def say(self, line: str) -> None:
        self.process.stdin.write(line.encode() + b"\n")
        self.process.stdin.flush()

    def finish(self) -> tuple[float, float]:
        """Close stdin, wait for the exit: seconds since start, and the CPU seconds it used
        (user + system: under a loaded machine's contention, the steadier figure)."""
        self.process.stdin.close()
        self.process.stdout.read()
        _, status, usage = os.wait4(self.process.pid, 0)
        self.process.returncode = os.waitstatus_to_exitcode(status)
        if self.process.returncode != 0:
            raise RuntimeError(f"exit status {self.process.returncode}")
        return time.perf_counter() - self.started, usage.ru_utime + usage.ru_stime


def chat_run(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """One chat: seconds to the first prompt, and to the exit after `help` and `quit`."""
    chat = Chat(argv, env)
    first = chat.until(PROMPT)
    seen = len(chat.output)
    chat.say("help")
    chat.until(PROMPT, after=seen)
    chat.say("quit")
    total, cpu = chat.finish()
    return {"first_prompt_s": first, "total_s": total, "cpu_s": cpu}


def floor_run(env: dict[str, str]) -> dict[str, float]:
    """The interpreter and the database layer, printing a prompt: what no chat can beat."""
    code = "import sqlmodel, sys; sys.stdout.write('hi\\n> '); sys.stdout.flush(); sys.stdin.read()"
    chat = Chat([sys.executable, "-c", code], env)
    first = chat.until(PROMPT)
    total, cpu = chat.finish()
    return {"first_prompt_s": first, "total_s": total, "cpu_s": cpu}


def wrapped(modules: tuple[str, ...]) -> list[str]:
    code = WRAPPER.format(modules=modules, heavy=HEAVY, root=str(ROOT), app=str(ROOT / "app.py"))
    return [sys.executable, "-c", code]


def loaded_heavy(argv: list[str], env: dict[str, str]) -> list[str]:
    """The HEAVY packages a chat (run through the wrapper) had imported when it exited."""
    report = Path(env["HOME"]) / "modules.json"
    chat_run(argv, {**env, "STARTUP_BENCH_MODULES": str(report)})
    return json.loads(report.read_text())


def summary(runs: list[dict[str, float]]) -> dict[str, float]:
    """Median and minimum of each figure."""
    return {
        f"{stat}_{key}": round(fn(run[key] for run in runs), 3)
        for key in runs[0]
        for stat, fn in (("median", statistics.median), ("min", min))
    }


def measure(runs: int) -> dict:
    """Every figure, on one temporary SQLite file per mode."""
    result: dict = {"runs": runs, "python": platform.python_version()}
    result["load_average"] = [round(load, 2) for load in os.getloadavg()]
    with tempfile.TemporaryDirectory() as home:
        base = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "TZ": "America/Chicago",
        }
        modes = {
            "chat": [sys.executable, str(ROOT / "app.py"), "chat"],
            "eager": wrapped(EAGER),
        }
        for name, argv in modes.items():
            env = {**base, "DATABASE_URL": f"sqlite:///{home}/{name}.db"}
            result[f"{name}_new_database"] = chat_run(argv, env)  # migrate + seed
            result[name] = summary([chat_run(argv, env) for _ in range(runs)])
            modules_argv = wrapped(()) if name == "chat" else argv
            result[f"{name}_heavy_modules"] = loaded_heavy(modules_argv, env)
        result["floor"] = summary([floor_run(base) for _ in range(runs)])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repeats per mode (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    result = measure(args.runs)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"python {result['python']}, load average {result['load_average']}, {args.runs} runs")
    figures = ("first_prompt_s", "total_s", "cpu_s")
    print(f"{'':16}" + "".join(f"{h:>22}" for h in ("first prompt", "help + quit", "CPU")))
    print(f"{'':16}" + f"{'median':>11}{'min':>11}" * len(figures))
    for name, label in (("chat", "app.py chat"), ("eager", "eager imports"), ("floor", "floor")):
        row = result[name]
        cells = (f"{row[f'{stat}_{key}']:>10.2f}s" for key in figures for stat in ("median", "min"))
        print(f"{label:16}" + "".join(cells))
    for name in ("chat", "eager"):
        fresh = result[f"{name}_new_database"]
        print(
            f"{name} on a new database: first prompt {fresh['first_prompt_s']:.2f}s, "
            f"total {fresh['total_s']:.2f}s, CPU {fresh['cpu_s']:.2f}s"
        )
        print(f"{name} imported: {', '.join(result[f'{name}_heavy_modules']) or 'none of them'}")


if __name__ == "__main__":
    main()
