"""Telling "the database cannot be reached" from every other failure."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError


def unreachable(error: BaseException) -> bool:
    """True when `error` means the database is down, unreachable, locked or read-only.

    Such a failure says nothing about the message being handled: the message waits and is
    answered when the database is back. Anything else (a constraint, a bug) is the turn's own.
    """
    if isinstance(error, OperationalError | InterfaceError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)
