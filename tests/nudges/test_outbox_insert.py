"""Planned rows go into the outbox once per de-dup key, whole, on either database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import update
from sqlmodel import select

from nudges.people import add_member
from store.db import new_session
from store.models import Member, OutboxMessage
from store.queries.outbox import insert_if_absent

DUE = datetime(2026, 11, 3, 10, tzinfo=timezone(timedelta(hours=-5)))  # 15:00 UTC


def _rows(member_id: int, workspace_id: int, keys: list[str], due=DUE) -> list[dict]:
    return [
        {
            "workspace_id": workspace_id,
            "member_id": member_id,
            "kind": "checkin",
            "due_at": due,
            "dedup_key": key,
            "status": "pending",
            "attempts": 0,
            "payload": {"period": "2026-11-03", "note": "Café – 6 h", "days": [60, 30]},
            "last_error": "",
        }
        for key in keys
    ]


def _member(engine) -> tuple[int, int]:
    member_id = add_member(engine, user="ANN")
    with new_session(engine) as session:
        return member_id, session.get(Member, member_id).workspace_id


def test_each_key_is_inserted_once_and_a_skipped_one_comes_back(engine):
    member_id, workspace_id = _member(engine)
    keys = [f"checkin:{member_id}:{n}" for n in range(1200)]  # more than one batch
    with new_session(engine) as session:
        assert insert_if_absent(session, rows=_rows(member_id, workspace_id, keys)) == 1200
        session.commit()
    with new_session(engine) as session:
        assert insert_if_absent(session, rows=_rows(member_id, workspace_id, keys)) == 0
        session.exec(
            update(OutboxMessage)
            .where(OutboxMessage.dedup_key == keys[7])
            .values(status="skipped", attempts=3)
        )
        later = DUE + timedelta(days=1)
        assert insert_if_absent(session, rows=_rows(member_id, workspace_id, keys, later)) == 1
        session.commit()
    with new_session(engine) as session:
        stored = {row.dedup_key: row for row in session.exec(select(OutboxMessage)).all()}
    assert sorted(stored) == sorted(keys)
    first = stored[keys[0]]
    assert first.payload == {"period": "2026-11-03", "note": "Café – 6 h", "days": [60, 30]}
    assert first.due_at == datetime(2026, 11, 3, 15, tzinfo=UTC)
    again = stored[keys[7]]
    assert (again.status, again.attempts, again.due_at) == ("pending", 0, later.astimezone(UTC))


def test_a_naive_due_time_is_refused_and_nothing_is_written(engine):
    member_id, workspace_id = _member(engine)
    rows = _rows(member_id, workspace_id, ["a", "b"])
    rows[1]["due_at"] = datetime(2026, 11, 3, 15)
    with new_session(engine) as session, pytest.raises(Exception, match="naive datetime"):
        insert_if_absent(session, rows=rows)
    with new_session(engine) as session:
        assert session.exec(select(OutboxMessage)).all() == []
