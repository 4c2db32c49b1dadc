"""What a sweep needs to trust an earlier "complete": the proof stored with the planned
"complete" nudge, and a mark of each member's completions that any change to them moves."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import UTC
from typing import Any

from sqlmodel import Session, col, select

from store.models import OutboxMessage
from store.queries.nudge_sweep import _instant, one_of


def stored_proofs(session: Session, *, keys: Collection[str]) -> dict[str, str]:
    """The proof each of these planned (not skipped) nudges was stored with, where it has one."""
    if not keys:
        return {}
    query = select(OutboxMessage.dedup_key, OutboxMessage.payload).where(
        one_of(session, col(OutboxMessage.dedup_key), keys, text=True),
        OutboxMessage.status != "skipped",
    )
    rows: Iterable[Sequence[Any]] = session.connection().execute(query)
    return {
        key: str(payload["proof"])
        for key, payload in rows
        if isinstance(payload, dict) and payload.get("proof")
    }


def completion_mark(tally: tuple) -> str:
    """A mark of a member's completions from their tally (count, highest id, latest logging
    instant, hours; see candidate_license_rows), "" when they have none. Completions are only
    ever added or deleted (never edited): an addition moves the count and the latest logging
    instant, a deletion the count."""
    count, top, logged, hours = tally
    instant = _instant(logged)  # None only with no completions
    if not count or instant is None:
        return ""
    return f"{count}:{top}:{instant.astimezone(UTC).isoformat()}:{round(float(hours or 0.0), 2)}"
