"""A practice's own rule sets, imported from a file, laid over the shipped ones (issue #19).

A practice that has checked its board's current rule need not wait on a release: the file is
validated exactly as a shipped rule set is, and the store keeps its text by rule set id.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

import yaml

from bot.rules.loader import validate_rule_set
from bot.rules.model import RuleSet, RuleSetError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RuleSetOverrideText:
    """One rule set read from an import file, with the YAML text the store keeps for it."""

    rule_set: RuleSet
    text: str


def read_override_file(
    text: str, *, source: str, shipped: Mapping[str, RuleSet], allow_new: bool = False
) -> list[RuleSetOverrideText]:
    """Every rule set in one import file (a mapping, a list, or several YAML documents).

    All or nothing: the first problem raises RuleSetError naming `source` (the file), the
    rule set's id where it has one, and the field. A rule set must replace a shipped one of
    the same kind unless `allow_new`.
    """
    try:
        documents = [doc for doc in yaml.safe_load_all(text) if doc is not None]
    except yaml.YAMLError as exc:
        raise RuleSetError(f"{source}: cannot read YAML: {exc}") from exc
    if len(documents) == 1 and isinstance(documents[0], list):
        raws, single = documents[0], False
    else:
        raws, single = documents, len(documents) == 1
    if not raws:
        raise RuleSetError(f"{source}: the file holds no rule set")
    found: list[RuleSetOverrideText] = []
    for number, raw in enumerate(raws, start=1):
        label = raw.get("id") if isinstance(raw, dict) else None
        where = f"{source}: {label}" if isinstance(label, str) else f"{source}: rule set {number}"
        rule_set = validate_rule_set(raw, where=where)
        _check_place(rule_set, where=where, shipped=shipped, allow_new=allow_new)
        if any(kept.rule_set.id == rule_set.id for kept in found):
            raise RuleSetError(f"{where}: id: {rule_set.id!r} appears twice in the file")
        kept_text = text if single else yaml.safe_dump(raw, sort_keys=False, allow_unicode=True)
        found.append(RuleSetOverrideText(rule_set, kept_text))
    return found


def _check_place(
    rule_set: RuleSet, *, where: str, shipped: Mapping[str, RuleSet], allow_new: bool
) -> None:
    """The id names a shipped rule set of the same kind, or --new says it is a new one."""
    current = shipped.get(rule_set.id)
    if current is None and not allow_new:
        raise RuleSetError(
            f"{where}: id: {rule_set.id!r} is not one of our rule sets (see `rules list`). "
            "If your board's rule really is new to us, import it with --new."
        )
    if current is not None and current.kind != rule_set.kind:
        raise RuleSetError(
            f"{where}: kind: {rule_set.kind!r}, but {rule_set.id} is a {current.kind} rule set"
        )


def apply_overrides(
    shipped: Mapping[str, RuleSet], overrides: Mapping[str, str]
) -> dict[str, RuleSet]:
    """The shipped rule sets with each stored override (rule set id -> YAML text) in place.

    An override a later release no longer accepts is skipped with a warning (the shipped rule
    set stays), so one stale file never stops the mentor from starting.
    """
    rule_sets = dict(shipped)
    for rule_set_id, text in sorted(overrides.items()):
        try:
            (read,) = read_override_file(
                text, source="practice override", shipped=shipped, allow_new=True
            )
        except (RuleSetError, ValueError) as exc:
            log.warning(
                "practice rule set override skipped",
                extra={"rule_set": rule_set_id, "problem": str(exc)[:300]},
            )
            continue
        if read.rule_set.id != rule_set_id:
            log.warning("practice rule set override skipped", extra={"rule_set": rule_set_id})
            continue
        rule_sets[rule_set_id] = read.rule_set
    return rule_sets
