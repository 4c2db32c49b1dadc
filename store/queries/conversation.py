"""Conversation state and inbound-event de-duplication."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple, cast

from pydantic_core import PydanticUndefined
from sqlalchemy import bindparam, insert, inspect, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from store.db import saved_id, table_of
from store.models import ConversationState, Member, ProcessedEvent, Workspace
from store.queries.members import get_or_create_workspace, rename

# Statements run on every turn are built once: building one costs more than running it.
# Dialects whose INSERT … ON CONFLICT DO NOTHING records an event id in one statement:
RECORD_EVENT = {
    dialect.__name__.rsplit(".", 1)[-1]: dialect.insert(ProcessedEvent)
    .on_conflict_do_nothing()
    .returning(ProcessedEvent.id)
    for dialect in (sqlite, postgresql)
}
EVENT_SEEN = select(ProcessedEvent.id).where(
    ProcessedEvent.platform == bindparam("platform"),
    ProcessedEvent.event_id == bindparam("event_id"),
)
STATE = table_of(ConversationState).c
SAVED = {  # what a save writes; bind names differ from the columns (SQLAlchemy reserves those)
    "flow": bindparam("to_flow"),
    "state": bindparam("to_step"),
    "data": bindparam("to_data", type_=STATE.data.type),
    "updated_at": bindparam("to_time", type_=STATE.updated_at.type),
}
# Saved only over the version the turn loaded; 0 rows means another turn saved first.
SAVE_OVER = (
    update(ConversationState)
    .where(STATE.member_id == bindparam("member"), STATE.version == bindparam("loaded"))
    .values({**SAVED, "version": STATE.version + 1})
)
# A member's first state: nothing is saved if another turn created it first.
FIRST = {**SAVED, "member_id": bindparam("member"), "version": 1}
SAVE_FIRST = {
    dialect.__name__.rsplit(".", 1)[-1]: dialect.insert(ConversationState)
    .values(FIRST)
    .on_conflict_do_nothing()
    .returning(STATE.member_id)
    for dialect in (sqlite, postgresql)
}
# The workspace, and the member and their state if known: a known workspace's new member
# comes back with no member (None), and an unknown workspace with no row.
KNOWN_MEMBER = (
    select(Workspace, Member, ConversationState, EVENT_SEEN.exists().label("seen"))
    .outerjoin(
        Member,
        (col(Member.workspace_id) == col(Workspace.id))
        & (col(Member.platform_user_id) == bindparam("user")),
    )
    .outerjoin(ConversationState, col(ConversationState.member_id) == col(Member.id))
    .where(
        Workspace.platform == bindparam("platform"),
        Workspace.external_id == bindparam("workspace"),
    )
)


MEMBER_OF = select(Member).where(
    Member.workspace_id == bindparam("workspace_id"),
    Member.platform_user_id == bindparam("platform_user_id"),
)


def _defaults(model: type[SQLModel]) -> Callable[[], dict[str, Any]]:
    """A new row's values as the model declares them: its defaults, its factories called.

    A model built with every field given skips pydantic's reading of each default factory's
    signature, which it does anew for every row (0.2 ms for `list`; a Member took 0.7 ms).
    """
    fixed = {
        n: f.default for n, f in model.model_fields.items() if f.default is not PydanticUndefined
    }
    made = {  # factories of no argument: ours never take the validated data
        n: cast(Callable[[], Any], f.default_factory)
        for n, f in model.model_fields.items()
        if f.default_factory is not None
    }
    return lambda: {**fixed, **{name: make() for name, make in made.items()}}


MEMBER_DEFAULTS = _defaults(Member)
STATE_DEFAULTS = _defaults(ConversationState)


def _idle(member_id: int) -> ConversationState:
    """A member's state before anything is saved."""
    return ConversationState(**{**STATE_DEFAULTS(), "member_id": member_id})


class Known(NamedTuple):
    """A row of KNOWN_MEMBER: the member and their state are None where not found."""

    workspace: Workspace
    member: Member | None
    state: ConversationState | None
    seen: bool


def open_conversation(
    session: Session,
    *,
    platform: str,
    workspace_external_id: str,
    user_id: str,
    display_name: str,
    event_id: str = "",
) -> tuple[Workspace, Member, ConversationState] | None:
    """The member's workspace, member row and conversation state, created on first contact.

    None when `event_id` was handled before (a platform retry): nothing is created then.
    A known member costs one query (workspace, member, state and "event seen?" together); a
    known workspace's new member that query and the member's insert.
    """
    where = {"platform": platform, "workspace": workspace_external_id, "user": user_id}
    row = session.exec(KNOWN_MEMBER, params={**where, "event_id": event_id}).first()
    known = Known(*row) if row is not None else None
    if known is not None and known.seen:
        return None  # a retry; with no member, e.g. of a message whose sender since left
    if known is not None and known.member is not None:
        member = known.member
        rename(member, display_name)
        state = known.state or _idle(saved_id(member))
        return known.workspace, member, state
    if known is not None:
        workspace = known.workspace
    else:
        if event_id and already_seen(session, platform=platform, event_id=event_id):
            return None
        workspace = get_or_create_workspace(
            session, platform=platform, external_id=workspace_external_id
        )
    member, created = _create_member(
        session, workspace_id=saved_id(workspace), user_id=user_id, display_name=display_name
    )
    if created:  # no state can be saved for a member who did not exist a moment ago
        return workspace, member, _idle(saved_id(member))
    return workspace, member, load_state(session, member_id=saved_id(member))


def _create_member(
    session: Session, *, workspace_id: int, user_id: str, display_name: str
) -> tuple[Member, bool]:
    """A member not found a moment ago, created now; True when this call created it (False:
    another replica created it first, and that member comes back as it is)."""
    given = {
        "workspace_id": workspace_id,
        "platform_user_id": user_id,
        "display_name": display_name,
    }
    member = Member(**{**MEMBER_DEFAULTS(), **given})
    try:
        with session.begin_nested():
            session.add(member)
    except IntegrityError:  # another replica created them a moment ago
        del given["display_name"]
        return session.exec(MEMBER_OF, params=given).one(), False
    return member, True


def load_state(session: Session, *, member_id: int) -> ConversationState:
    """The member's conversation state (a fresh, idle one if none is saved yet)."""
    state = session.get(ConversationState, member_id)
    return state if state is not None else _idle(member_id)


def save_state(
    session: Session, *, state: ConversationState, flow: str, step: str, data: dict, now: datetime
) -> bool:
    """Save where the member is, over the version this turn loaded; called at a turn's end.

    False when another turn of the same member saved since it loaded: nothing is written then,
    and the caller rolls the turn back. A turn that left the state as it was (help, status …)
    writes nothing here. An unsaved state is idle: idle needs no row.
    """
    if (state.flow, state.state, state.data) == (flow, step, data):
        return True
    row = {"member": state.member_id, "to_flow": flow, "to_step": step, "to_data": dict(data)}
    row["to_time"] = now
    connection = session.connection()
    if inspect(state).has_identity:  # loaded from a row: update that row's version only
        return connection.execute(SAVE_OVER, {**row, "loaded": state.version}).rowcount == 1
    first = SAVE_FIRST.get(connection.dialect.name)
    if first is not None:
        return connection.execute(first, row).first() is not None
    try:
        with session.begin_nested():
            connection.execute(insert(ConversationState).values(FIRST), row)
    except IntegrityError:
        return False
    return True


def already_seen(session: Session, *, platform: str, event_id: str) -> bool:
    """True when an inbound event id was handled before (a read: no write lock taken)."""
    row = {"platform": platform, "event_id": event_id}
    return session.connection().execute(EVENT_SEEN, row).first() is not None


def first_time_seen(session: Session, *, platform: str, event_id: str, now: datetime) -> bool:
    """Record an inbound event id; False if it was already handled (a platform retry)."""
    row: dict[str, Any] = {"platform": platform, "event_id": event_id, "received_at": now}
    record = RECORD_EVENT.get(session.get_bind().dialect.name)
    if record is not None:  # a plain Core insert: nothing for the ORM to track
        return session.connection().execute(record, row).first() is not None
    try:
        with session.begin_nested():
            session.add(ProcessedEvent(**row))
    except IntegrityError:
        return False
    return True
