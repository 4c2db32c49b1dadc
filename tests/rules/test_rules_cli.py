"""`python app.py rules list` / `rules show ID`, as real subprocesses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.us_states import STATE_CODES

ROOT = Path(__file__).resolve().parents[2]


def run_rules(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, str(ROOT / "app.py"), "rules", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )


def test_rules_list_prints_coverage_with_confidence_and_unknowns(tmp_path):
    done = run_rules("list", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # Every state and DC, each with the four license types.
    assert lines[0].startswith("204 rule sets")
    rows = {line.split("\t")[0]: line.split("\t") for line in lines[2:]}
    states = set(STATE_CODES)
    assert len(states) == 51 and "DC" in states
    kinds = ("LCSW", "LPC", "LMFT", "PSYCHOLOGIST")
    assert set(rows) == {f"{s}-{k}" for s in states for k in kinds}
    # CA LCSW: the research leaves open whether suicide and telehealth hours count.
    assert rows["CA-LCSW"][3] == "high"
    assert "whether suicide_prevention counts toward the total" in rows["CA-LCSW"][4]
    assert "mandated" not in rows["CA-LCSW"][4]
    assert "child_abuse_reporting frequency" in rows["IL-LCSW"][4]
    assert "cycle length" in rows["MI-LMFT"][4]


def test_rules_show_reads_as_a_clinician_would(tmp_path):
    done = run_rules("show", "il-lcsw", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "IL LCSW — Licensed Clinical Social Worker (LCSW)" in text
    assert "CE per cycle: 30 h; cycle: 24 months" in text
    assert "First renewal: no CE required." in text
    assert "Cultural competency statutory: 1 h, every 3th renewal" not in text  # n-th wording
    assert "Mandated reporter training: hours unknown to us, how often is unknown to us" in text
    assert "https://ilga.gov/commission/jcar/admincode/068/068014700000950R.html" in text
    assert text.rstrip().endswith("Guidance only — the board's word is final.")


def test_rules_show_an_unknown_id_names_the_states_rule_sets(tmp_path):
    done = run_rules("show", "PA-LSW", tmp_path=tmp_path)
    assert done.returncode == 1
    assert "PA-LCSW, PA-LMFT, PA-LPC, PA-PSYCHOLOGIST" in done.stderr
