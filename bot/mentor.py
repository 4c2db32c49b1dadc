"""The mentor: one entry point that turns an Inbound into Replies, one database turn each."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session

from bot.declare import CERTIFICATE, FALLBACK, HELP, LOG, ONBOARDING
from bot.flows import build_flows
from bot.flows.base import CompletionReader, Flows, Turn
from bot.flows.certificate import takes_certificate
from bot.intents import Router
from bot.messages import Inbound, Reply, Text
from bot.practice.permissions import about_someone_else
from bot.rules import RuleSet
from bot.services import Services
from store.db import new_session
from store.guard import ClientDetailsRefused
from store.locks import member_turn
from store.models import Member
from store.outage import unreachable
from store.queries.conversation import first_time_seen, open_conversation, save_state

log = logging.getLogger(__name__)
# (session, member or None, replies): a caller's writes that commit with the turn.
OnCommit = Callable[[Session, Member | None, list[Reply]], None]

AGAIN = "One moment — I was still busy with your last message. Could you say that again?"
CLIENT_DETAILS = (
    "That looks like it may include a client's details, so I haven't kept any of it. "
    "Could you say it again without names, initials or other details about a client?"
)
SORRY = "Sorry — something went wrong on my side, and nothing from that message was saved. Please try again in a moment."
# Slack's own limit on a message. Every parser reads text in time linear in its length; this
# bounds that length where a platform sends more (the terminal, for one).
MESSAGE_AT_MOST = 40_000
TOO_LONG = (
    "That message is {length:,} characters long, more than the {limit:,} I read at once, so I "
    "haven't read or kept any of it. Could you send the part that matters, or split it up?"
)


class Mentor:
    """Handles one inbound message per call; synchronous, deterministic given `now`."""

    def __init__(
        self,
        engine: Engine,
        rule_sets: Mapping[str, RuleSet],
        *,
        public_base_url: str = "http://localhost:3978",
    ) -> None:
        self.engine = engine
        self.services = Services(
            rule_sets=rule_sets, engine=engine, public_base_url=public_base_url
        )
        self.flows: Flows = build_flows()
        self.router = Router(self.flows.values())

    def handle(
        self, inbound: Inbound, now: datetime, *, on_commit: OnCommit | None = None
    ) -> list[Reply]:
        """Answer one message. A re-delivered event (same event id) gets no answer.

        `on_commit(session, member, replies)` runs in the transaction that commits the turn
        (member None when the member deleted their data), and in one of its own when the
        event was handled before (member None, no replies): the caller's bookkeeping (the
        inbox, the answer kept in the outbox) commits with the turn or not at all.

        The turn reads and decides first and writes at its end (its event id, its state, its
        rows), so a SQLite write lock is held only that long. Turns of one member wait for each
        other; should one still find its state saved over, it runs again, once, and a second
        clash asks to say it again.
        """
        for _ in range(2):
            replies = self._turn(inbound, now, on_commit)
            if replies is not None:
                return replies
            log.info("state saved by a concurrent turn: turn runs again")
        return [Text(AGAIN)]

    def _one_at_a_time(self, session: Session, inbound: Inbound) -> AbstractContextManager[None]:
        """Hold this member's lock for the turn: their turns run one after another, on every
        replica, so none of them meets a state saved under it (store/locks.py)."""
        return member_turn(
            session,
            platform=inbound.platform,
            workspace_external_id=inbound.workspace_id,
            user_id=inbound.user_id,
        )

    def _turn(
        self, inbound: Inbound, now: datetime, on_commit: OnCommit | None
    ) -> list[Reply] | None:
        """One attempt at a turn; None when another turn of this member saved state first."""
        with new_session(self.engine) as session, self._one_at_a_time(session, inbound):
            opened = open_conversation(
                session,
                platform=inbound.platform,
                workspace_external_id=inbound.workspace_id,
                user_id=inbound.user_id,
                display_name=inbound.display_name,
                event_id=inbound.event_id,
            )
            if opened is None:  # "already seen?" is read with the member: no write lock taken
                log.info("duplicate event ignored", extra={"platform": inbound.platform})
                _handled_before(session, on_commit)
                return []
            workspace, member, saved = opened
            if not member.reachable:  # they just wrote to us: reachable again after a failed send
                member.reachable = True
            if inbound.timezone_hint and not member.timezone:
                member.timezone = inbound.timezone_hint
            turn = Turn(
                session=session,
                workspace=workspace,
                member=member,
                inbound=inbound,
                now=now,
                services=self.services,
                flow=saved.flow,
                state=saved.state,
                data=dict(saved.data),
            )
            try:
                self._route(turn)
                event = {"platform": inbound.platform, "event_id": inbound.event_id}
                if inbound.event_id and not first_time_seen(session, **event, now=now):
                    session.rollback()  # a retry of this event finished while this one ran
                    log.info("duplicate event ignored", extra={"platform": inbound.platform})
                    _handled_before(session, on_commit)
                    return []
                if not turn.deleted and not save_state(
                    session, state=saved, flow=turn.flow, step=turn.state, data=turn.data, now=now
                ):
                    session.rollback()
                    return None
                if on_commit is not None:
                    on_commit(session, None if turn.deleted else member, turn.replies)
                session.commit()
            except Exception as error:
                session.rollback()
                if unreachable(error):  # not this message's fault: the caller keeps it
                    raise
                if isinstance(error, ClientDetailsRefused):  # a flow missed it; the store did not
                    log.warning(
                        "client details refused by the store", extra={"member_id": member.id}
                    )
                    return [Text(CLIENT_DETAILS)]
                log.exception("turn failed", extra={"member_id": member.id, "flow": turn.flow})
                return [Text(SORRY)]
            log.info("turn", extra={"member_id": member.id, "flow": turn.flow or "-"})
            return turn.replies

    def _route(self, turn: Turn) -> None:
        action = turn.inbound.action
        if action is not None:
            self._route_action(turn, action.id, action.value)
            return
        text = turn.inbound.text.strip()
        if len(text) > MESSAGE_AT_MOST:  # said whatever the flow: its question stays open
            turn.say(TOO_LONG.format(length=len(text), limit=MESSAGE_AT_MOST))
            return
        turn.answer = text
        if turn.flow in self.flows:
            intent = self.router.interruption(text)
            if intent is None or intent.name == turn.flow or not self.flows[intent.name].interrupts:
                self.flows[turn.flow].step(turn)
                if not turn.reroute:
                    return
                turn.reroute = False
                self.flows[turn.flow].leave(turn)
                turn.finish()
        intent = self.router.classify(text)
        self._start(turn, intent.name if intent else "", intent.rest if intent else text)

    def _start(self, turn: Turn, name: str, rest: str) -> None:
        private = self.flows[name].private if name in self.flows else ""
        refusal = about_someone_else(private, turn.inbound.mentions, turn.inbound.user_id)
        if refusal:  # "status @dana": never anyone else's records, and say so
            turn.say(refusal)
            return
        if not turn.member.onboarded and name not in self.flows.before_onboarding:
            if turn.flow == ONBOARDING.name and turn.state:  # mid-setup: keep the answers so far
                turn.say("I can help with that once you're set up — let's finish that first.")
                self.flows.of(ONBOARDING).reprompt(turn)
                return
            name = ONBOARDING.name
        if takes_certificate(turn, name):  # a certificate file came along: read it
            name = CERTIFICATE.name
        if not name and not rest:
            name = HELP.name
        if not name:
            reader = self.flows.having(CompletionReader)
            name = LOG.name if reader.looks_like_completion(turn, rest) else FALLBACK.name
        if turn.flow in self.flows and turn.flow != name:
            self.flows[turn.flow].leave(turn)
        turn.left = turn.flow
        turn.finish()
        turn.answer = rest
        self.flows[name].start(turn)

    def _route_action(self, turn: Turn, action_id: str, value: str) -> None:
        flow_name, _, name = action_id.partition(".")
        flow = self.flows.get(flow_name)
        turn.answer = value
        if flow is None:
            turn.say("I don't know that button any more. Say *help* to see what I can do.")
        elif turn.flow == flow_name and turn.state == name:
            flow.step(turn)
        elif flow.can_act(name):
            flow.act(turn, name)
        elif name == "start":
            self._start(turn, flow_name, value)
        else:
            turn.say("That question has already been answered or has expired.")
            if turn.flow in self.flows:
                turn.say("Let's carry on where we were:")
                self.flows[turn.flow].reprompt(turn)


def _handled_before(session: Session, on_commit: OnCommit | None) -> None:
    """An event seen before: the caller's bookkeeping still commits (its inbox row goes)."""
    if on_commit is not None:
        on_commit(session, None, [])
        session.commit()
