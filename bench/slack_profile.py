"""Run a Python script under cProfile in every thread, from SIGUSR1 on; save it all at exit.

`.venv/bin/python bench/slack_profile.py OUT.prof cpu|wall app.py serve …`: cProfile alone
sees only the main thread, and a Slack turn runs in the turn threads, its inbox write in the
keeper's, its Web API calls on the event loop. Nothing is profiled until SIGUSR1 (the bench
sends it once the server is warm: imports and the first turns' loading are not what a message
costs); then each thread gets its own profiler at its next call. `cpu` times each thread's CPU
(time.thread_time: a wait on the database or the network costs nothing), `wall` the clock.
SIGTERM ends the script as serve's shutdown does; then the merged profile is saved.
"""

from __future__ import annotations

import cProfile
import pstats
import runpy
import signal
import sys
import threading
import time
from pathlib import Path

TIMERS = {"cpu": time.thread_time, "wall": time.perf_counter}


def main() -> None:
    out, clock, script = sys.argv[1], sys.argv[2], sys.argv[3]
    timer = TIMERS[clock]
    profiles: list[cProfile.Profile] = []
    started = threading.Event()

    def profiled() -> None:
        profile = cProfile.Profile(timer)
        profiles.append(profile)
        profile.enable()

    def each_thread(_frame, _event, _arg) -> None:
        if started.is_set():  # until then, this thread runs unprofiled (but for this check)
            sys.setprofile(None)
            profiled()

    def start(_signal, _frame) -> None:
        if not started.is_set():
            started.set()
            profiled()  # the main thread: the event loop

    signal.signal(signal.SIGUSR1, start)
    threading.setprofile(each_thread)
    sys.argv = sys.argv[3:]
    sys.path.insert(0, str(Path(script).resolve().parent))
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit:
        pass
    finally:
        if profiles:
            stats = pstats.Stats(profiles[0])
            for profile in profiles[1:]:
                stats.add(profile)
            stats.dump_stats(out)


if __name__ == "__main__":
    main()
