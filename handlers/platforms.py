"""One shape for every chat platform: an adapter per package, found by a light declaration.

`handlers/__init__.py` lists each platform as a `Platform`: its name, whether it is
configured (from settings alone) and the package that holds its `PlatformAdapter`. The
package, and its SDK, is imported only when the platform is configured, so the terminal chat
never loads slack_bolt or botbuilder (tests/test_lazy_imports.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.settings import Settings
    from handlers.delivery import Capabilities, Sender
    from handlers.web import Registrar


def _listens_anywhere(_settings: Settings) -> list[str] | None:
    return None


@dataclass(frozen=True)
class PlatformAdapter:
    """What app.py needs of a platform: a sender, web routes, and where the server listens.

    Attributes:
        name: the platform's name, as `Inbound.platform` and `Sender.platform` say it.
        capabilities: what its messages carry beyond text (its sender says the same).
        build_sender: settings, engine -> the sender of nudges, digests and kept answers.
        register: mounts its routes on the server (`register(app, runtime)`), or its own
            connection (Slack's Socket Mode).
        listen_hosts: the interfaces `serve` must keep to (loopback), or None for any.
    """

    name: str
    capabilities: Capabilities
    build_sender: Callable[[Settings, Engine], Sender]
    register: Registrar
    listen_hosts: Callable[[Settings], list[str] | None] = _listens_anywhere


@dataclass(frozen=True)
class Platform:
    """A platform as declared before its package loads: configured?, and where its adapter is."""

    name: str
    configured: Callable[[Settings], bool]
    package: str  # the module whose `adapter` is this platform's PlatformAdapter

    def adapter(self) -> PlatformAdapter:
        """The platform's adapter: imports its package (and SDK), so ask only when configured."""
        adapter = importlib.import_module(self.package).adapter
        if not isinstance(adapter, PlatformAdapter) or adapter.name != self.name:
            raise TypeError(f"{self.package}.adapter is not the {self.name} PlatformAdapter")
        return adapter


def configured_adapters(
    platforms: tuple[Platform, ...], settings: Settings
) -> list[PlatformAdapter]:
    """The adapters of the platforms `settings` configures, in the order they are listed."""
    return [platform.adapter() for platform in platforms if platform.configured(settings)]
