"""A practice's rule set overrides: kept by rule set id, listed, replaced, removed."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from store.models import RuleSetOverride


def list_rule_set_overrides(session: Session) -> list[RuleSetOverride]:
    """Every override the practice imported, by rule set id."""
    return list(session.exec(select(RuleSetOverride).order_by(col(RuleSetOverride.id))))


def rule_set_override_texts(session: Session) -> dict[str, str]:
    """Rule set id -> the YAML text imported for it (what the loader lays over shipped sets)."""
    return {row.id: row.yaml_text for row in list_rule_set_overrides(session)}


def save_rule_set_overrides(
    session: Session, *, texts: dict[str, str], imported_by: str, now: datetime
) -> None:
    """Keep each rule set's text, replacing an earlier import of the same id (caller commits)."""
    for rule_set_id, text in texts.items():
        row = session.get(RuleSetOverride, rule_set_id)
        if row is None:
            row = RuleSetOverride(id=rule_set_id, yaml_text=text)
        row.yaml_text = text
        row.imported_at = now
        row.imported_by = imported_by[:200]
        session.add(row)
    session.flush()


def remove_rule_set_override(session: Session, *, rule_set_id: str) -> bool:
    """Drop the practice's override of this id (the shipped rule set applies again)."""
    row = session.get(RuleSetOverride, rule_set_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
