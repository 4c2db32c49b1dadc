"""Slack tokens from OAuth installs are encrypted at rest with SLACK_TOKEN_KEY; keys rotate."""

from __future__ import annotations

import logging
import uuid

import pytest
from cryptography.fernet import Fernet
from slack_sdk.oauth.installation_store.models.installation import Installation
from sqlalchemy import text

from bot.settings import Settings
from handlers.slack.install import TokenKeyError, installation_store, oauth_settings

OLD_KEY, NEW_KEY = Fernet.generate_key().decode(), Fernet.generate_key().decode()


def store(engine, keys: str = ""):
    settings = Settings(slack_client_id="111.222", slack_token_key=keys)
    return installation_store(settings, engine)


def an_install() -> Installation:
    """What Bolt saves after oauth.v2.access, with made-up tokens of Slack's usual length."""
    team = "T" + uuid.uuid4().hex[:8].upper()
    return Installation(
        app_id="A111",
        team_id=team,
        user_id="U1",
        bot_id="B1",
        bot_user_id="UBOT",
        bot_token=f"xoxb-1111111111111-2222222222222-{team}bottokenxxxxxxx",
        bot_scopes="chat:write,im:write",
        user_token=f"xoxp-1111111111111-2222222222222-3333333333333-{team}usertoken",
    )


def stored(engine) -> str:
    """Every value in slack_sdk's installation and bot rows, as one string."""
    with engine.connect() as connection:
        rows = [
            *connection.execute(text("SELECT * FROM slack_installations")),
            *connection.execute(text("SELECT * FROM slack_bots")),
        ]
    assert rows  # something was saved
    return "\n".join(str(value) for row in rows for value in row)


async def find(installs, install: Installation) -> tuple[str | None, str | None, str | None]:
    """The bot token by find_bot, and bot and user tokens by find_installation."""
    where = {"enterprise_id": None, "team_id": install.team_id}
    bot = await installs.async_find_bot(**where)
    found = await installs.async_find_installation(**where)
    assert bot is not None and found is not None
    return bot.bot_token, found.bot_token, found.user_token


async def test_an_install_keeps_its_tokens_encrypted_and_finds_them_in_clear(engine):
    installs, install = store(engine, OLD_KEY), an_install()
    await installs.async_save(install)
    rows = stored(engine)
    assert install.bot_token not in rows and install.user_token not in rows
    assert "xoxb-" not in rows and "xoxp-" not in rows
    assert await find(installs, install) == (
        install.bot_token,
        install.bot_token,
        install.user_token,
    )
    assert install.bot_token.startswith("xoxb-")  # the caller's installation is left as it was


async def test_a_new_key_first_still_opens_tokens_sealed_with_the_old_one(engine):
    before, after = an_install(), an_install()
    await store(engine, OLD_KEY).async_save(before)
    rotated = store(engine, f"{NEW_KEY},{OLD_KEY}")
    assert await find(rotated, before) == (before.bot_token, before.bot_token, before.user_token)
    await rotated.async_save(after)  # sealed with the new key
    assert (await find(store(engine, NEW_KEY), after))[0] == after.bot_token
    with pytest.raises(TokenKeyError, match="keep the key"):  # the old key dropped too soon
        await find(store(engine, NEW_KEY), before)


async def test_a_token_stored_in_clear_still_reads_and_is_sealed_when_saved_again(engine):
    install = an_install()
    await store(engine).async_save(install)  # an older version: no key
    assert install.bot_token in stored(engine)
    installs = store(engine, OLD_KEY)
    found = await installs.async_find_installation(enterprise_id=None, team_id=install.team_id)
    assert found is not None and found.bot_token == install.bot_token
    await installs.async_save(found)  # e.g. the workspace installs again
    assert install.bot_token not in stored(engine)
    assert await find(installs, install) == (
        install.bot_token,
        install.bot_token,
        install.user_token,
    )


async def test_sealed_tokens_without_the_key_are_refused_not_sent_as_tokens(engine):
    install = an_install()
    await store(engine, OLD_KEY).async_save(install)
    with pytest.raises(TokenKeyError, match="SLACK_TOKEN_KEY is unset"):
        await find(store(engine), install)


def test_a_key_that_is_not_a_fernet_key_is_refused_at_start(engine):
    with pytest.raises(TokenKeyError, match="url-safe base64"):
        store(engine, "not-a-key")


def test_an_oauth_deployment_without_a_key_warns_once_and_still_starts(engine, caplog):
    caplog.set_level(logging.WARNING, logger="handlers.slack.install")
    settings = Settings(slack_client_id="111.222", slack_client_secret="shh", slack_token_key="")
    assert oauth_settings(settings, engine).installation_store is not None
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "stored in clear" in warnings[0].getMessage()
    caplog.clear()
    oauth_settings(settings.model_copy(update={"slack_token_key": OLD_KEY}), engine)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


async def test_a_token_too_long_to_fit_once_encrypted_is_refused_not_stored_in_clear(engine):
    install = an_install()
    install.bot_refresh_token = "xoxe-1-" + "M" * 150  # token rotation's length, about
    with pytest.raises(TokenKeyError, match="widen the token columns"):
        await store(engine, OLD_KEY).async_save(install)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM slack_bots")).scalar() == 0
