"""The outbox kinds one process sends, built by the composition root and passed in.

Not a module constant: the composition root lists the kinds it runs (app.py), so the outbox
never imports the features that plan into it, and a test can run with only the kinds it needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bot.outbox.kinds import OutboxKind


class OutboxKinds:
    """Every registered kind, and which one owns each outbox `kind` value."""

    def __init__(self, kinds: Iterable[OutboxKind]) -> None:
        self.kinds: tuple[OutboxKind, ...] = tuple(kinds)
        self._owner: dict[str, OutboxKind] = {}
        for kind in self.kinds:
            for name in kind.kinds:
                if name in self._owner:
                    raise ValueError(f"outbox kind {name!r} is registered twice")
                self._owner[name] = kind

    def __iter__(self) -> Iterator[OutboxKind]:
        return iter(self.kinds)

    def __len__(self) -> int:
        return len(self.kinds)

    def kind_of(self, name: str) -> OutboxKind | None:
        """The kind that owns outbox rows of `name`, if any."""
        return self._owner.get(name)

    def names(self) -> frozenset[str]:
        """Every outbox `kind` value some registered kind owns."""
        return frozenset(self._owner)
