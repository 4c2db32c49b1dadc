"""The CE requirements engine: board rule sets as validated data, and progress per license.

Guidance only — the board's word is final; every answer carries the rule's source.
"""

from bot.rules.approval import normalize_approval_body
from bot.rules.facts import CompletionFacts, LicenseFacts, Progress, TopicProgress
from bot.rules.loader import load_rule_sets, rule_set_id_for
from bot.rules.model import RuleSet, RuleSetError
from bot.rules.progress import compute_progress

__all__ = [
    "CompletionFacts",
    "LicenseFacts",
    "Progress",
    "RuleSet",
    "RuleSetError",
    "TopicProgress",
    "compute_progress",
    "load_rule_sets",
    "normalize_approval_body",
    "rule_set_id_for",
]
