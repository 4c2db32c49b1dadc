"""The adapter list: every platform declared once, loaded only when configured, asked by app.py."""

from __future__ import annotations

import pytest

import app as composition
from bot.settings import Settings
from handlers import PLATFORMS
from handlers.delivery import TEXT_ONLY, Capabilities, Senders
from handlers.platforms import Platform, configured_adapters


def test_each_declared_platform_has_its_adapter_under_its_name():
    names = [p.name for p in PLATFORMS]
    assert {"slack", "teams"} <= set(names) and len(names) == len(set(names))
    for platform in PLATFORMS:
        adapter = platform.adapter()
        assert adapter.name == platform.name
        assert callable(adapter.build_sender) and callable(adapter.register)


def test_only_the_configured_platforms_are_loaded_in_the_listed_order():
    nothing = Settings(_env_file=None)
    both = Settings(_env_file=None, slack_bot_token="xoxb-1", teams_local_unauthenticated=True)
    assert configured_adapters(PLATFORMS, nothing) == []
    assert [a.name for a in configured_adapters(PLATFORMS, both)] == ["slack", "teams"]  # as listed


def test_a_package_without_the_platforms_adapter_is_refused():
    wrong = Platform("teams", lambda _settings: True, "handlers.slack")  # Slack's adapter
    with pytest.raises(TypeError, match="teams"):
        wrong.adapter()


def test_serve_keeps_to_loopback_only_when_a_platform_asks():
    slack_only = Settings(_env_file=None, slack_bot_token="xoxb-1")
    local_teams = Settings(
        _env_file=None, slack_bot_token="xoxb-1", teams_local_unauthenticated=True
    )
    assert composition.listen_hosts(Settings(_env_file=None)) is None
    assert composition.listen_hosts(slack_only) is None
    assert "127.0.0.1" in composition.listen_hosts(local_teams)
    assert "0.0.0.0" not in composition.listen_hosts(local_teams)


def test_a_platform_without_declared_capabilities_is_text_only():
    class Plain:
        platform = "plain"

    class Rich:
        platform = "rich"
        capabilities = Capabilities(images=True)

    senders = Senders()
    senders.add(Plain())  # type: ignore[arg-type]  # no send(): only its capabilities are read
    senders.add(Rich())  # type: ignore[arg-type]
    assert senders.capabilities_of("plain") == TEXT_ONLY
    assert senders.capabilities_of("rich").images and not senders.capabilities_of("rich").files
    assert senders.capabilities_of("absent") == TEXT_ONLY


def test_slack_carries_images_group_dms_and_files_and_teams_text():
    adapters = {p.name: p for p in PLATFORMS}
    slack, teams = adapters["slack"].adapter(), adapters["teams"].adapter()
    assert slack.capabilities == Capabilities(images=True, group_dms=True, files=True)
    assert teams.capabilities == TEXT_ONLY
