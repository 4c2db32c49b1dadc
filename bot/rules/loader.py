"""Load and validate every rule-set file in a directory (one file per jurisdiction+license)."""

from __future__ import annotations

import logging
from pathlib import Path

import yaml
from pydantic import ValidationError

from bot.rules.approval import CANONICAL_BODIES
from bot.rules.model import RuleSet, RuleSetError

log = logging.getLogger(__name__)

CREDENTIALS_DIR = "credentials"
# libyaml's parser where PyYAML was built with it: the same safe constructors, about ten times
# faster on the 210 shipped files (most of `python app.py chat`'s start, bench/startup_bench.py).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def rule_set_id_for(jurisdiction: str, license_type: str) -> str:
    """("CA", "LCSW") -> "CA-LCSW"."""
    return f"{jurisdiction.strip().upper()}-{license_type.strip().upper()}"


def load_rule_set(path: Path) -> RuleSet:
    """Parse and validate one file; its id must match its file name."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleSetError(f"{path.name}: cannot read YAML: {exc}") from exc
    rule_set = validate_rule_set(raw, where=path.name)
    if rule_set.id != path.stem:
        raise RuleSetError(f"{path.name}: id: {rule_set.id!r} does not match the file name")
    return rule_set


def validate_rule_set(raw: object, *, where: str) -> RuleSet:
    """One rule set's fields checked as every shipped file is; errors start with `where`."""
    if not isinstance(raw, dict):
        raise RuleSetError(f"{where}: top level must be a mapping of fields")
    try:
        rule_set = RuleSet.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top level)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise RuleSetError(f"{where}: {problems}") from exc
    unknown = [b for b in rule_set.approval.accepted if b not in CANONICAL_BODIES]
    if unknown:
        raise RuleSetError(f"{where}: approval.accepted: {unknown} are not canonical body keys")
    return rule_set


def load_rule_sets(directory: Path, *, with_credentials: bool = False) -> dict[str, RuleSet]:
    """Every ``*.yaml`` rule set in `directory`, keyed by id; any bad file raises RuleSetError.

    State rule sets sit in `directory` itself (``kind: license``). With `with_credentials`,
    the certifications and compact authorizations held beside a license, in its
    ``credentials/`` folder (``kind: credential``), are loaded too. A file of the wrong kind
    for its folder raises RuleSetError.
    """
    rule_sets = {}
    folders = [(Path(directory), "license")]
    if with_credentials:
        folders.append((Path(directory) / CREDENTIALS_DIR, "credential"))
    for folder, kind in folders:
        for path in sorted(folder.glob("*.yaml")):
            rule_set = load_rule_set(path)
            if rule_set.kind != kind:
                raise RuleSetError(f"{path.name}: kind: {rule_set.kind!r} in the {kind} folder")
            rule_sets[rule_set.id] = rule_set
    log.info("loaded rule sets", extra={"count": len(rule_sets), "directory": str(directory)})
    return rule_sets
