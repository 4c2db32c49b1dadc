"""Set-based reads for sweeps over many members: one query per table, not one per member.

Rows come grouped by member in the same order as the single-member queries
(``licenses_of``: soonest renewal first; ``completions_of``: newest first).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from store.models import Completion, License, Member

# Bound parameters per IN (...) list; keeps SQLite well under its variable limit.
CHUNK = 1000


def select_columns(*columns: Any) -> Select[*tuple[Any, ...]]:
    """`select(a, b, ...)` for plain rows: sqlmodel's typed `select` stops at four columns and
    refuses optional ones (`int | None` ids); this one is typed for any columns."""
    return Select(*columns)


def members_of_workspace(session: Session, *, workspace_id: int) -> list[Member]:
    """Every member of a workspace, in id order."""
    query = select(Member).where(Member.workspace_id == workspace_id).order_by(col(Member.id))
    return list(session.exec(query))


def licenses_by_member(
    session: Session, *, member_ids: Collection[int] | None = None
) -> dict[int, list[License]]:
    """Licenses per member, soonest renewal first; with `member_ids` None, only members with any."""
    query = select(License).order_by(
        col(License.member_id), col(License.renewal_date), col(License.id)
    )
    grouped: dict[int, list[License]] = _empty(member_ids)
    for rows in in_chunks(session, query, col(License.member_id), member_ids):
        for license in rows:
            grouped.setdefault(license.member_id, []).append(license)
    return grouped


def completions_by_member(
    session: Session, *, member_ids: Collection[int] | None = None
) -> dict[int, list[Completion]]:
    """Completions per member, newest first; with `member_ids` None, only members with any."""
    query = select(Completion).order_by(
        col(Completion.member_id), col(Completion.completed_on).desc(), col(Completion.id).desc()
    )
    grouped: dict[int, list[Completion]] = _empty(member_ids)
    for rows in in_chunks(session, query, col(Completion.member_id), member_ids):
        for done in rows:
            grouped.setdefault(done.member_id, []).append(done)
    return grouped


def _empty(member_ids: Collection[int] | None) -> dict[int, list]:
    """An empty list for every requested member, so a member with no rows is still a key."""
    return {member_id: [] for member_id in member_ids or ()}


def in_chunks(
    session: Session, query: Any, member_col: Any, member_ids: Collection[int] | None
) -> Iterator[list[Any]]:
    """The query's rows: one round trip for a sweep, or one per CHUNK of ids when ids are given."""
    if member_ids is None:
        yield list(session.exec(query))
        return
    ids = sorted(set(member_ids))
    for i in range(0, len(ids), CHUNK):
        yield list(session.exec(query.where(member_col.in_(ids[i : i + CHUNK]))))
