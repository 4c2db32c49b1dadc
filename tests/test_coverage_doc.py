"""docs/coverage.md is generated from the rule sets and cannot drift; `rules stale` lists re-checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from bot.rules import load_rule_sets
from bot.rules.coverage import coverage_markdown
from handlers.rules_cli import build_rules_cli
from store.rulesets import RULESETS_DIR

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def shipped():
    return load_rule_sets(RULESETS_DIR, with_credentials=True)


def test_checked_in_coverage_matches_the_rule_sets(shipped):
    expected = coverage_markdown(shipped)
    checked_in = (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8")
    assert checked_in == expected, (
        "docs/coverage.md is out of date: run `python app.py rules coverage --write`"
    )


def test_coverage_rows_for_a_state_and_the_credentials():
    text = (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8")
    rows = {line.split(" | ")[0].lstrip("| "): line for line in text.splitlines()}
    assert len([k for k in rows if k.count("-") == 1 and k[:2].isupper() and k[2] == "-"]) >= 204
    # TX LPC: 24 h known, every topic's hours known (the exam is pass/fail) -> found, high.
    assert rows["TX-LPC"].startswith("| TX-LPC | TX LPC | found | high | not yet checked |")
    # The PSYPACT IPC's hours are unknown to us -> unknown; the E.Passport's 3 h are known.
    assert "| unknown | medium |" in rows["PSYPACT-IPC"]
    assert "| found | high |" in rows["PSYPACT-EPASSPORT"]
    assert "Social Work Licensure Compact: not yet issuing" in text


def _rule_set_dir(tmp_path: Path, checked: dict[str, str | None]) -> Path:
    """A rule-set folder of copies of TX-LPC under other states' ids, with these check dates."""
    raw = yaml.safe_load((RULESETS_DIR / "TX-LPC.yaml").read_text(encoding="utf-8"))
    for rule_set_id, day in checked.items():
        state = rule_set_id.split("-")[0]
        copy = {**raw, "id": rule_set_id, "jurisdiction": state, "checked": day}
        (tmp_path / f"{rule_set_id}.yaml").write_text(yaml.safe_dump(copy), encoding="utf-8")
    return tmp_path


def test_stale_lists_never_checked_and_older_than_the_cutoff(tmp_path):
    folder = _rule_set_dir(
        tmp_path, {"TX-LPC": "2026-01-10", "OK-LPC": "2025-11-01", "NM-LPC": None}
    )
    cli = build_rules_cli(lambda: load_rule_sets(folder), today=lambda: date(2026, 12, 2))
    done = CliRunner().invoke(cli, ["stale", "--older-than", "365d"])
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    # Cutoff Dec 2, 2026 - 365 days = Dec 2, 2025: Nov 1, 2025 is older, Jan 10, 2026 is not.
    assert lines[0].startswith("2 rule sets need a re-check")
    assert [line.split("\t")[:2] for line in lines[1:]] == [
        ["NM-LPC", "not yet checked"],
        ["OK-LPC", "2025-11-01"],
    ]
    # 2 years = 730 days: cutoff Dec 2, 2024, so only the never-checked one is stale.
    done = CliRunner().invoke(cli, ["stale", "--older-than", "2y"])
    assert done.output.splitlines()[1:] == [
        "NM-LPC\tnot yet checked\t"
        + yaml.safe_load((RULESETS_DIR / "TX-LPC.yaml").read_text(encoding="utf-8"))["sources"][0]
    ]
    bad = CliRunner().invoke(cli, ["stale", "--older-than", "soon"])
    assert bad.exit_code != 0 and "365d" in bad.output


def test_list_credentials_shows_them_apart_from_the_state_table(shipped):
    cli = build_rules_cli(lambda: shipped)
    done = CliRunner().invoke(cli, ["list", "--credentials"])
    lines = done.output.splitlines()
    assert lines[0].startswith("6 credential rule sets")
    ncc = next(line for line in lines if line.startswith("NBCC-NCC\t")).split("\t")
    assert ncc[1:4] == ["NCC", "National Certified Counselor (NCC)", "medium"]
    shown = CliRunner().invoke(cli, ["show", "PSYPACT-EPASSPORT"]).output
    assert "Technology in psychology: 3 h, every renewal" in shown
    assert "Change pending or recent — check the board: Annual APIT/TAP renewal" in shown
