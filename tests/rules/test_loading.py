"""Rule-set files: every shipped file loads and is sourced; a broken file names file and field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.rules import RuleSetError, load_rule_sets, rule_set_id_for
from store.rulesets import RULESETS_DIR

CORE = [
    f"{state}-{lic}"
    for state in ("CA", "TX", "NY", "FL", "IL")
    for lic in ("LCSW", "LPC", "LMFT", "PSYCHOLOGIST")
]


def test_core_twenty_rule_sets_ship(rule_sets):
    assert set(CORE) <= set(rule_sets)


@pytest.mark.parametrize("path", sorted(RULESETS_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_each_file_id_matches_name_and_has_a_source_url(path: Path, rule_sets):
    rule_set = rule_sets[path.stem]
    assert rule_set.id == path.stem
    assert rule_set.id == rule_set_id_for(rule_set.jurisdiction, rule_set.license_type)
    assert any(url.startswith(("http://", "https://")) for url in rule_set.sources)


def test_rule_set_id_for_normalises_case_and_space():
    assert rule_set_id_for(" ca", "lcsw ") == "CA-LCSW"


def _write(tmp_path: Path, name: str, data: dict) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _valid(tmp_path: Path) -> dict:
    return yaml.safe_load((RULESETS_DIR / "CA-LCSW.yaml").read_text(encoding="utf-8"))


def test_bad_field_type_names_file_and_field(tmp_path):
    data = _valid(tmp_path) | {"cycle_months": "two years"}
    _write(tmp_path, "CA-LCSW.yaml", data)
    with pytest.raises(RuleSetError, match=r"CA-LCSW\.yaml: .*cycle_months"):
        load_rule_sets(tmp_path)


def test_unknown_topic_key_names_the_topic(tmp_path):
    data = _valid(tmp_path)
    data["topics"][0]["key"] = "basket_weaving"
    _write(tmp_path, "CA-LCSW.yaml", data)
    with pytest.raises(RuleSetError, match=r"CA-LCSW\.yaml: topics\.0.*basket_weaving"):
        load_rule_sets(tmp_path)


def test_conditional_topic_without_condition_is_rejected(tmp_path):
    data = _valid(tmp_path)
    supervision = next(t for t in data["topics"] if t["key"] == "supervision")
    del supervision["condition"]
    _write(tmp_path, "CA-LCSW.yaml", data)
    with pytest.raises(RuleSetError, match=r"CA-LCSW\.yaml: topics\.\d+.*condition"):
        load_rule_sets(tmp_path)


def test_file_name_must_match_id(tmp_path):
    _write(tmp_path, "TX-LCSW.yaml", _valid(tmp_path))
    with pytest.raises(RuleSetError, match=r"TX-LCSW\.yaml: id"):
        load_rule_sets(tmp_path)


def test_non_canonical_approval_body_is_rejected(tmp_path):
    data = _valid(tmp_path)
    data["approval"]["accepted"] = ["American Psychological Association"]
    _write(tmp_path, "CA-LCSW.yaml", data)
    with pytest.raises(RuleSetError, match=r"CA-LCSW\.yaml: approval\.accepted"):
        load_rule_sets(tmp_path)


def test_unparseable_yaml_names_file(tmp_path):
    (tmp_path / "CA-LCSW.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleSetError, match=r"CA-LCSW\.yaml"):
        load_rule_sets(tmp_path)


def test_missing_sources_is_rejected(tmp_path):
    data = _valid(tmp_path) | {"sources": []}
    _write(tmp_path, "CA-LCSW.yaml", data)
    with pytest.raises(RuleSetError, match=r"CA-LCSW\.yaml: sources"):
        load_rule_sets(tmp_path)
