"""What a sweep needs to trust an earlier "complete": the proof stored with the planned
"complete" nudge, and a mark of each member's completions that any change to them moves."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC

from sqlalchemy import func
from sqlmodel import Session, col, select

from store.models import Completion, OutboxMessage
from store.queries.nudge_sweep import _instant, _raw, one_of


def stored_proofs(session: Session, *, keys: Collection[str]) -> dict[str, str]:
    """The proof each of these planned (not skipped) nudges was stored with, where it has one."""
    if not keys:
        return {}
    query = select(OutboxMessage.dedup_key, OutboxMessage.payload).where(
        one_of(session, col(OutboxMessage.dedup_key), keys, text=True),
        OutboxMessage.status != "skipped",
    )
    return {
        key: str(payload["proof"])
        for key, payload in session.connection().execute(query)
        if isinstance(payload, dict) and payload.get("proof")
    }


def completion_marks(session: Session, *, member_ids: Collection[int]) -> dict[int, str]:
    """Per member with completions: how many, the highest id, the latest logging instant and
    the hours. Completions are only ever added or deleted (never edited): an addition moves
    the count and the latest logging instant, a deletion the count."""
    if not member_ids:
        return {}
    query = (
        select(
            Completion.member_id, func.count(), func.max(Completion.id),
            _raw(func.max(Completion.created_at)), func.sum(Completion.hours),
        )
        .where(one_of(session, col(Completion.member_id), member_ids))
        .group_by(col(Completion.member_id))
    )  # fmt: skip
    return {
        mid: f"{n}:{top}:{_instant(logged).astimezone(UTC).isoformat()}:{round(float(hours or 0.0), 2)}"
        for mid, n, top, logged, hours in session.connection().execute(query)
    }
