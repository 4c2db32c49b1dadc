"""Shared fixtures for the requirements-engine tests: the shipped rule sets, loaded once."""

from __future__ import annotations

import pytest

from bot.rules import RuleSet, load_rule_sets
from store.rulesets import RULESETS_DIR


@pytest.fixture(scope="session")
def rule_sets() -> dict[str, RuleSet]:
    """Every shipped rule set, keyed by id."""
    return load_rule_sets(RULESETS_DIR)
