"""The store's backstop: text a member wrote is never written with a client's details in it.

Every flow asks `suspected` before it keeps free text, and answers kindly (bot/parsing/
client_info.py says what to write instead). This module also refuses the write itself: a
``before_flush`` listener, registered once on every Session when this module is imported, reads
each member-written column of the rows being flushed, so a flow that forgets to ask fails closed
(the turn rolls back and the member is told nothing was saved) instead of keeping a client's name.

Not a client's: the member's own display name, a colleague's (a member of the same workspace),
and anyone the member @mentioned this turn (`suspected` notes those on the session).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import event, func, inspect, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from store.client_details import ClientDetail, Field, client_details
from store.models import Completion, Course, Goal, Member, PlanStep, Review

# The member-written columns, and how each is read ("course": a presenter may be named).
SCREENED: dict[type, dict[str, Field]] = {
    Goal: {"text": "note"},
    Member: {"career_direction": "note"},
    Review: {"text": "note"},
    Completion: {"title": "course", "provider": "course"},
    PlanStep: {"title": "course"},
}
NAMES_AT_MOST = 20  # names looked up among colleagues per text: a wall of names is refused
_MENTIONED = "client_guard.mentioned"  # session.info key: names @mentioned this turn


class ClientDetailsRefused(ValueError):
    """A write carried a suspected client detail, so nothing of it was stored.

    The message names the column only: the text itself never reaches a log.
    """

    def __init__(self, table: str, column: str) -> None:
        super().__init__(f"refused to store {table}.{column}: it may carry a client's details")


def suspected(
    session: Session,
    text: str,
    *,
    field: Field,
    workspace_id: int,
    mentioned: Iterable[str] = (),
) -> tuple[ClientDetail, ...]:
    """The client details in ``text``, less the names of colleagues and people @mentioned.

    Names @mentioned are remembered on the session, so the backstop agrees at flush time.
    """
    if mentioned:
        session.info.setdefault(_MENTIONED, set()).update(n.casefold() for n in mentioned if n)
    details = client_details(text, field=field)
    names = {d.name.casefold() for d in details if d.kind == "name"}
    if not names:
        return details
    if len(names) > NAMES_AT_MOST:
        return details
    known = set(session.info.get(_MENTIONED, ())) | _colleagues(session, workspace_id, names)
    return tuple(d for d in details if not (d.kind == "name" and _known(d.name, known)))


def _known(name: str, known: Collection[str]) -> bool:
    """A full name known as it is; a given name alone when a known name starts with it."""
    name = name.casefold()
    return name in known or (" " not in name and any(k.split(" ")[0] == name for k in known))


def _colleagues(session: Session, workspace_id: int, names: Collection[str]) -> set[str]:
    """The display names, casefolded, of the workspace's members that ``names`` may mean."""
    shown = func.lower(Member.display_name)
    given = [shown.like(f"{name} %") for name in names if " " not in name]
    query = select(col(Member.display_name)).where(
        col(Member.workspace_id) == workspace_id, or_(shown.in_(list(names)), *given)
    )
    with session.no_autoflush:
        return {name.casefold() for name in session.execute(query).scalars() if name}


def _from_catalog(session: Session, row: object, column: str, value: str) -> bool:
    """A course's title or provider as the catalog has it: the catalog's words, no member's."""
    course_id = getattr(row, "course_id", None)
    course = session.get(Course, course_id) if course_id is not None else None
    return course is not None and getattr(course, column, None) == value


def _workspace_of(session: Session, row: object) -> int | None:
    if isinstance(row, Member | Review):
        return row.workspace_id
    member = session.get(Member, row.member_id)  # type: ignore[attr-defined]
    return member.workspace_id if member is not None else None


@event.listens_for(Session, "before_flush")
def _refuse_client_details(session: Session, _context: object, _instances: object) -> None:
    """Refuse a flush that would write a suspected client detail in a member-written column."""
    for row in [*session.new, *session.dirty]:
        columns = SCREENED.get(type(row))
        if not columns:
            continue
        state = inspect(row)
        for column, field in columns.items():
            value = getattr(row, column, "")
            if not value or (state.persistent and not state.attrs[column].history.added):
                continue  # empty, or unchanged since it was read (and so checked when written)
            with session.no_autoflush:
                if _from_catalog(session, row, column, value):
                    continue
                workspace_id = _workspace_of(session, row)
                if suspected(session, value, field=field, workspace_id=workspace_id or 0):
                    raise ClientDetailsRefused(type(row).__tablename__, column)
