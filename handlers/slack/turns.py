"""One Slack turn: enrich the Inbound with what Slack knows, ask the mentor, post its replies."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import Coroutine
from datetime import UTC, datetime

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.home import home_replies
from bot.messages import Form, Inbound, Reply, Text
from handlers.delivery import DeliveryResult
from handlers.runtime import OUTAGE, Runtime, Ticket
from handlers.slack.files import with_file_contents
from handlers.slack.home import home_view
from handlers.slack.post import BLOCKS_REFUSED, dm_channel, post_messages, post_plain, upload_files
from handlers.slack.render import form_as_questions, modal, uploads
from handlers.slack.sender import refusal
from handlers.text import printable

log = logging.getLogger(__name__)
PROFILE_TTL = 3600.0  # seconds a users.info answer is reused: a zone rarely changes mid-hour
KNOWN_DMS = 50_000  # members whose DM id is kept; a DM's id never changes
PROFILE_WAIT = 3.0  # seconds users.info may take before the turn goes on without the profile
FORM_DID_NOT_OPEN = "I couldn't open the form, here it is as questions:"
FORM_TRY_AGAIN = "Press *Open form* above to try the form again."


def reason_of(error: BaseException) -> str:
    """A failure's code for logs: Slack's error code, else the exception's type (no contents)."""
    if isinstance(error, SlackApiError):
        data = error.response.data if error.response is not None else None
        code = data.get("error") if isinstance(data, dict) else None
        return str(code or f"http_{error.response.status_code}")
    return type(error).__name__


class SlackTurns:
    """What every Slack listener does once it has an Inbound."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.profiles: dict[tuple[str, str], tuple[float, str, str]] = {}
        self.dms: dict[tuple[str, str], str] = {}  # (workspace, member) -> their DM with the bot
        self.lookups: dict[tuple[str, str], asyncio.Future] = {}  # users.info asked early
        self.active = 0  # turns still running after Bolt acked: shutdown waits for them
        self.background: set[asyncio.Task] = set()  # chart uploads after their message

    @contextlib.asynccontextmanager
    async def working(self):
        self.active += 1
        try:
            yield
        finally:
            self.active -= 1

    def in_background(self, work: Coroutine) -> None:
        """Run `work` after the turn that started it; shutdown waits for it as for a turn."""
        self.active += 1
        task = asyncio.create_task(work)
        self.background.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task) -> None:
        self.background.discard(task)
        self.active -= 1

    async def drain(self, timeout: float) -> None:
        """Let acknowledged turns finish (graceful shutdown), at most `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while self.active and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

    def look_up_early(self, inbound: Inbound, client: AsyncWebClient) -> None:
        """Ask users.info now, while the message is kept, when `enrich` will want it.

        The inbox write and this round trip to Slack then overlap instead of following each
        other: a new member's first message is answered sooner. `enrich` takes the answer.
        """
        key = (inbound.workspace_id, inbound.user_id)
        if key in self.lookups or self._profile(key) is not None:
            return
        self.lookups[key] = asyncio.ensure_future(self._look_up(client, inbound.user_id))

    def drop_early(self, inbound: Inbound) -> None:
        """Forget an early users.info nobody will take (a re-delivery, a message held)."""
        lookup = self.lookups.pop((inbound.workspace_id, inbound.user_id), None)
        if lookup is not None:
            lookup.cancel()

    def _profile(self, key: tuple[str, str]) -> tuple[float, str, str] | None:
        cached = self.profiles.get(key)
        if cached is None or time.monotonic() - cached[0] > PROFILE_TTL:
            return None
        return cached

    async def _look_up(self, client: AsyncWebClient, user_id: str) -> tuple[str, str]:
        """The member's time zone and name from users.info; raises on any odd answer."""
        answer = await asyncio.wait_for(client.users_info(user=user_id), PROFILE_WAIT)
        user = answer.get("user")
        if not isinstance(user, dict):
            raise TypeError("users.info answered no user")
        name = user.get("real_name") or (user.get("profile") or {}).get("real_name", "")
        tz = user.get("tz") or ""
        if not isinstance(tz, str) or not isinstance(name, str):
            raise TypeError("users.info profile fields are not text")
        return printable(tz), printable(name)

    async def enrich(self, inbound: Inbound, client: AsyncWebClient) -> Inbound:
        """Add the member's time zone and name from users.info (not asked when Slack knows it).

        Never raises: when users.info fails, times out or answers an odd shape, the turn goes
        on without the profile (the mentor asks for the time zone itself).
        """
        inbound = dataclasses.replace(inbound, shows_images=True)  # charts upload as files
        key = (inbound.workspace_id, inbound.user_id)
        cached = self._profile(key)
        if cached is None:
            early = self.lookups.pop(key, None)
            try:
                tz, name = await (early or self._look_up(client, inbound.user_id))
            except Exception as error:  # e.g. no users:read scope, a proxy's 500, a hung API
                self.failed("users.info failed", inbound, error)
                return inbound
            cached = (time.monotonic(), tz, name)
            self.profiles[key] = cached
        return dataclasses.replace(inbound, timezone_hint=cached[1], display_name=cached[2])

    def failed(self, what: str, inbound: Inbound, error: BaseException | str) -> None:
        """Count a failure around a turn and log it with ids only (never message contents)."""
        self.runtime.metrics.errors.labels("slack").inc()
        log.warning(
            what,
            extra={
                "workspace": inbound.workspace_id,
                "member": inbound.user_id,
                "error": error if isinstance(error, str) else reason_of(error),
            },
        )

    async def reply_channel(
        self, inbound: Inbound, client: AsyncWebClient, said_in: str | None = None
    ) -> str:
        """Where a turn is answered: the one rule every Slack listener goes through.

        A message is answered where it was said (`said_in`): the bot's own DM (message.im) or
        the thread of a channel post that @mentioned it. Everything else — slash commands,
        buttons, form submits — is answered in the member's own DM with the bot, never in a
        conversation named by the payload or by private_metadata: `/ce status` typed in a
        DM between two people, or in a group DM, carries a D…/C…/G… id too, and a clinician's
        record is theirs alone. Channel commands (a learning circle, a digest "here") reach
        their channel through the outbox, as the mentor decides, not as this answer.
        conversations.open with one user answers with the DM already there.
        """
        if said_in:
            return said_in
        key = (inbound.workspace_id, inbound.user_id)
        if key not in self.dms:
            if len(self.dms) >= KNOWN_DMS:
                self.dms.clear()
            self.dms[key] = await dm_channel(client, inbound.user_id)
        return self.dms[key]

    async def accept(self, inbound: Inbound) -> Ticket:
        """Keep the message in the inbox: called before Slack is acknowledged."""
        return await self.runtime.accept(inbound)

    async def converse(
        self,
        ticket: Ticket,
        client: AsyncWebClient,
        *,
        said_in: str | None = None,
        thread_ts: str | None = None,
        trigger_id: str | None = None,
        refresh_home: bool = False,
    ) -> list[Reply]:
        """Answer one kept message: where it was said for a message, else in the member's DM.

        A re-delivery gets nothing; with the database down the member hears that their
        message waits (the inbox keeper answers it when the database is back).
        """
        if ticket.duplicate:
            return []
        async with self.working():
            if ticket.offline:
                await self.deliver(ticket.inbound, [Text(OUTAGE)], client, said_in, thread_ts)
                return []
            inbound = await self.enrich(ticket.inbound, client)
            # Shared files' bytes (a certificate), fetched after the inbox write: never kept there.
            inbound = await with_file_contents(inbound, client)
            answer = await self.runtime.respond(dataclasses.replace(ticket, inbound=inbound))
            result = await self.deliver(
                inbound, answer.replies, client, said_in, thread_ts, trigger_id
            )
            await self.runtime.delivered(answer, result)
            if refresh_home and not answer.offline:
                await self.publish_home(inbound, client)
            return answer.replies

    async def deliver(
        self,
        inbound: Inbound,
        replies: list[Reply],
        client: AsyncWebClient,
        said_in: str | None = None,
        thread_ts: str | None = None,
        trigger_id: str | None = None,
    ) -> DeliveryResult:
        """Post replies (see reply_channel); a form opens at once when Slack gave a trigger."""
        if not replies:
            return DeliveryResult("sent")
        async with self.working():
            return await self._post(inbound, replies, client, said_in, thread_ts, trigger_id)

    async def _post(
        self, inbound, replies, client, said_in, thread_ts, trigger_id
    ) -> DeliveryResult:
        metrics = self.runtime.metrics
        try:
            channel = await self.reply_channel(inbound, client, said_in)
            sent = await self._messages(inbound, client, channel, replies, thread_ts)
        except SlackApiError as error:
            self.failed("slack reply failed", inbound, error)
            return refusal(error)
        except (aiohttp.ClientError, TimeoutError) as error:
            self.failed("slack reply failed", inbound, error)
            return DeliveryResult("retry", error=type(error).__name__)
        metrics.replies.labels("slack").inc(sent)
        form = next((r for r in replies if isinstance(r, Form)), None)
        if form is not None and trigger_id:
            await self.open_form(inbound, form, trigger_id, channel, client, thread_ts)
        files = uploads(replies)
        if files:  # a chart follows its message; its three Web API calls delay nothing else
            self.in_background(self._upload(client, channel, files, thread_ts))
        return DeliveryResult("sent")

    async def _messages(self, inbound, client, channel, replies, thread_ts) -> int:
        """The replies as blocks; when Slack refuses them, or they fail to build, as plain text."""
        try:
            return await post_messages(client, channel, replies, thread_ts)
        except SlackApiError as error:
            if reason_of(error) not in BLOCKS_REFUSED:
                raise
            self.failed("slack refused the blocks, sent as plain text", inbound, error)
        except (aiohttp.ClientError, TimeoutError):
            raise
        except Exception as error:  # a render error: the member still gets the words
            self.failed("slack render failed, sent as plain text", inbound, error)
        return await post_plain(client, channel, replies, thread_ts)

    async def open_form(
        self,
        inbound: Inbound,
        form: Form,
        trigger_id: str,
        channel: str,
        client: AsyncWebClient,
        thread_ts: str | None = None,
    ) -> None:
        """Open the form's modal; when Slack will not (an expired trigger), post its questions.

        Never raises. The message with the form already carries its "Open form" button, so
        the member can try again with a fresh trigger.
        """
        try:
            await client.views_open(trigger_id=trigger_id, view=modal(form, channel))
            return
        except Exception as error:
            self.failed("views.open failed, form sent as questions", inbound, error)
        text = f"{FORM_DID_NOT_OPEN}\n\n{form_as_questions(form)}\n\n{FORM_TRY_AGAIN}"
        try:
            sent = await self._messages(inbound, client, channel, [Text(text)], thread_ts)
            self.runtime.metrics.replies.labels("slack").inc(sent)
        except Exception as error:
            self.failed("slack reply failed", inbound, error)

    async def _upload(self, client, channel, files, thread_ts) -> None:
        metrics = self.runtime.metrics
        try:
            metrics.replies.labels("slack").inc(
                await upload_files(client, channel, files, thread_ts)
            )
        except Exception as error:  # nobody awaits this task: log every failure here
            metrics.errors.labels("slack").inc()
            reason = error.response.get("error") if isinstance(error, SlackApiError) else None
            log.warning("slack upload failed", extra={"error": reason or type(error).__name__})

    async def publish_home(self, inbound: Inbound, client: AsyncWebClient) -> None:
        """Publish the member's App Home with their current progress and plan."""
        now = datetime.now(UTC)
        try:
            async with self.working():
                mentor = self.runtime.mentor
                replies = await self.runtime.in_turn_thread(home_replies, mentor, inbound, now)
                await client.views_publish(user_id=inbound.user_id, view=home_view(replies))
        except SlackApiError as error:
            self.runtime.metrics.errors.labels("slack").inc()
            log.warning("views.publish failed", extra={"error": error.response.get("error")})
