"""`python app.py rules import`: a practice's own verified rule set, all or nothing (issue #19)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from bot.rules import load_rule_sets
from bot.rules.overrides import apply_overrides
from store.db import make_engine, new_session
from store.queries.rule_overrides import list_rule_set_overrides
from store.rulesets import RULESETS_DIR

ROOT = Path(__file__).resolve().parents[2]


def rules(*args: str, tmp_path: Path, database_url: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, str(ROOT / "app.py"), "rules", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )


def shipped(rule_set_id: str, **changes) -> dict:
    """The shipped file's fields, with `changes` laid over them."""
    raw = yaml.safe_load((RULESETS_DIR / f"{rule_set_id}.yaml").read_text(encoding="utf-8"))
    return raw | changes


def write(path: Path, *documents: dict) -> Path:
    path.write_text(yaml.safe_dump_all(documents, sort_keys=False), encoding="utf-8")
    return path


def stored(database_url: str) -> dict[str, str]:
    engine = make_engine(database_url)
    with new_session(engine) as session:
        rows = {row.id: row.imported_by for row in list_rule_set_overrides(session)}
    engine.dispose()
    return rows


def test_a_good_override_changes_the_total_that_show_prints(tmp_path, database_url):
    # CA-LCSW ships 36 hours a cycle; the practice's verified file says 40.
    file = write(tmp_path / "ca.yaml", shipped("CA-LCSW", total_hours=40))
    done = rules(
        "import", str(file), "--by", "Dana, checked bbs.ca.gov", **_at(tmp_path, database_url)
    )
    assert done.returncode == 0, done.stderr
    assert "Imported CA-LCSW from ca.yaml" in done.stdout
    assert "next start" in done.stdout
    assert stored(database_url) == {"CA-LCSW": "Dana, checked bbs.ca.gov"}

    show = rules("show", "CA-LCSW", **_at(tmp_path, database_url))
    assert show.returncode == 0, show.stderr
    assert "Overridden by your practice on " in show.stdout
    assert "CE per cycle: 40 h; cycle: 24 months" in show.stdout
    assert "CE per cycle: 36 h" not in show.stdout

    listing = rules("list", **_at(tmp_path, database_url)).stdout.splitlines()
    marked = [line.split("\t")[0] for line in listing if "overridden by your practice" in line]
    assert marked == ["CA-LCSW"]
    assert listing[0].startswith("204 rule sets")  # an override replaces, it does not add


def test_remove_goes_back_to_the_shipped_rule_set(tmp_path, database_url):
    file = write(tmp_path / "ca.yaml", shipped("CA-LCSW", total_hours=40))
    assert rules("import", str(file), **_at(tmp_path, database_url)).returncode == 0

    done = rules("import", "--remove", "ca-lcsw", **_at(tmp_path, database_url))
    assert done.returncode == 0, done.stderr
    assert "shipped rule set applies again" in done.stdout
    assert stored(database_url) == {}
    show = rules("show", "CA-LCSW", **_at(tmp_path, database_url)).stdout
    assert "CE per cycle: 36 h" in show and "Overridden" not in show

    again = rules("import", "--remove", "CA-LCSW", **_at(tmp_path, database_url))
    assert again.returncode == 1
    assert "no rule set of its own for CA-LCSW" in again.stderr


def test_malformed_yaml_stores_nothing(tmp_path, database_url):
    file = tmp_path / "broken.yaml"
    file.write_text("id: CA-LCSW\ntopics: [ethics\n  - key: x\n", encoding="utf-8")
    done = rules("import", str(file), **_at(tmp_path, database_url))
    assert done.returncode == 1
    assert "Nothing was imported. broken.yaml: cannot read YAML" in done.stderr
    assert stored(database_url) == {}


def test_an_invalid_field_is_named_and_nothing_is_stored(tmp_path, database_url):
    file = write(tmp_path / "bad.yaml", shipped("CA-LCSW", total_hours=-4))
    done = rules("import", str(file), **_at(tmp_path, database_url))
    assert done.returncode == 1
    assert "bad.yaml: CA-LCSW: total_hours:" in done.stderr
    assert stored(database_url) == {}


def test_two_rule_sets_with_one_bad_store_neither(tmp_path, database_url):
    good = shipped("TX-LCSW", total_hours=35)
    bad = shipped("CA-LCSW", cycle_months=0)
    file = write(tmp_path / "two.yaml", good, bad)
    done = rules("import", str(file), **_at(tmp_path, database_url))
    assert done.returncode == 1
    assert "two.yaml: CA-LCSW: cycle_months:" in done.stderr
    assert stored(database_url) == {}


def test_a_list_of_two_good_rule_sets_is_stored_together(tmp_path, database_url):
    file = tmp_path / "pair.yaml"
    pair = [shipped("TX-LCSW", total_hours=35), shipped("CA-LCSW", total_hours=40)]
    file.write_text(yaml.safe_dump(pair, sort_keys=False), encoding="utf-8")
    done = rules("import", str(file), "--by", "", **_at(tmp_path, database_url))
    assert done.returncode == 0, done.stderr
    assert set(stored(database_url)) == {"TX-LCSW", "CA-LCSW"}
    show = rules("show", "TX-LCSW", **_at(tmp_path, database_url)).stdout
    assert "CE per cycle: 35 h" in show


def test_an_id_we_do_not_ship_needs_new(tmp_path, database_url):
    file = write(tmp_path / "zz.yaml", shipped("CA-LCSW", id="ZZ-LCSW", jurisdiction="ZZ"))
    done = rules("import", str(file), **_at(tmp_path, database_url))
    assert done.returncode == 1
    assert "'ZZ-LCSW' is not one of our rule sets" in done.stderr
    assert "--new" in done.stderr
    assert stored(database_url) == {}
    assert rules("import", str(file), "--new", **_at(tmp_path, database_url)).returncode == 0
    assert set(stored(database_url)) == {"ZZ-LCSW"}


def test_a_second_import_of_the_same_id_needs_replace(tmp_path, database_url):
    first = write(tmp_path / "ca.yaml", shipped("CA-LCSW", total_hours=40))
    second = write(tmp_path / "ca2.yaml", shipped("CA-LCSW", total_hours=42))
    assert rules("import", str(first), **_at(tmp_path, database_url)).returncode == 0
    refused = rules("import", str(second), **_at(tmp_path, database_url))
    assert refused.returncode == 1
    assert "--replace" in refused.stderr
    assert "CE per cycle: 40 h" in rules("show", "CA-LCSW", **_at(tmp_path, database_url)).stdout
    replaced = rules("import", str(second), "--replace", **_at(tmp_path, database_url))
    assert replaced.returncode == 0, replaced.stderr
    assert "CE per cycle: 42 h" in rules("show", "CA-LCSW", **_at(tmp_path, database_url)).stdout


def test_a_stored_override_a_release_no_longer_accepts_leaves_the_shipped_one():
    rule_sets = load_rule_sets(RULESETS_DIR)
    good = yaml.safe_dump(shipped("TX-LCSW", total_hours=35))
    stale = yaml.safe_dump(shipped("CA-LCSW", no_such_field=1))
    applied = apply_overrides(rule_sets, {"TX-LCSW": good, "CA-LCSW": stale})
    assert applied["TX-LCSW"].total_hours == 35
    assert applied["CA-LCSW"] is rule_sets["CA-LCSW"]
    assert applied["CA-LCSW"].total_hours == 36
    assert len(applied) == len(rule_sets)


def _at(tmp_path: Path, database_url: str) -> dict:
    return {"tmp_path": tmp_path, "database_url": database_url}
