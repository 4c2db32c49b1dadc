"""Load and validate every rule-set file in a directory (one file per jurisdiction+license)."""

from __future__ import annotations

import logging
from pathlib import Path

import yaml
from pydantic import ValidationError

from bot.rules.approval import CANONICAL_BODIES
from bot.rules.model import RuleSet, RuleSetError

log = logging.getLogger(__name__)


def rule_set_id_for(jurisdiction: str, license_type: str) -> str:
    """("CA", "LCSW") -> "CA-LCSW"."""
    return f"{jurisdiction.strip().upper()}-{license_type.strip().upper()}"


def load_rule_set(path: Path) -> RuleSet:
    """Parse and validate one file; its id must match its file name."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleSetError(f"{path.name}: cannot read YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise RuleSetError(f"{path.name}: top level must be a mapping of fields")
    try:
        rule_set = RuleSet.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top level)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise RuleSetError(f"{path.name}: {problems}") from exc
    if rule_set.id != path.stem:
        raise RuleSetError(f"{path.name}: id: {rule_set.id!r} does not match the file name")
    unknown = [b for b in rule_set.approval.accepted if b not in CANONICAL_BODIES]
    if unknown:
        raise RuleSetError(f"{path.name}: approval.accepted: {unknown} are not canonical body keys")
    return rule_set


def load_rule_sets(directory: Path) -> dict[str, RuleSet]:
    """Every ``*.yaml`` rule set in `directory`, keyed by id; any bad file raises RuleSetError."""
    rule_sets = {}
    for path in sorted(Path(directory).glob("*.yaml")):
        rule_set = load_rule_set(path)
        rule_sets[rule_set.id] = rule_set
    log.info("loaded rule sets", extra={"count": len(rule_sets), "directory": str(directory)})
    return rule_sets
