"""Mentoring through the outbox: offers to mentees, questions to mentors, introductions.

    offer (to the mentee, by the sweep) -> yes -> ask (to the mentor) -> yes -> introduction
The mentor is asked about "a colleague" and an area only: never who, never their goals or
ratings (those are read here only to choose whom to offer, and never leave this module).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from bot.declare import MENTOR
from bot.messages import Choice, Choices, Reply, Text
from bot.outbox.kinds import Delivery, OutboxKind, outbox_row
from bot.practice.peers.areas import area_label, goal_areas, skill_gaps
from bot.practice.peers.introductions import deliveries, introduction_rows
from bot.practice.peers.mentors import OPEN_PER_MENTOR, mentor_matches
from store.queries.outbox import ClaimedRow
from store.queries.practice.mentors import (
    add_introduction,
    get_introduction,
    introduction_history,
    mentee_leads,
    mentor_areas,
    mentor_offers,
)
from store.queries.practice.peers import names_of

OFFER, ASK, INTRO = "mentor_offer", "mentor_ask", "mentor_intro"


def plan(session: Session, now: datetime) -> list[dict]:
    """Offer each standing mentor to the colleagues whose goal area or skill gap it is.

    Runs every few minutes, so it reads narrowly: nothing past the offers and introductions
    while every mentor already has their fill of open introductions, and then only the
    colleagues whose interests, active goals or low ratings may name an area on offer in
    their workspace (bot/practice/peers/mentors.py decides; workspaces are matched one at a time).
    """
    offers = mentor_offers(session)
    if not offers:
        return []
    history = introduction_history(session, workspace_ids={w for w, _, _ in offers})
    open_for = Counter(mentor for mentor, _, _, still_open in history if still_open)
    offers = [offer for offer in offers if open_for[offer[1]] < OPEN_PER_MENTOR]
    if not offers:
        return []
    leads = mentee_leads(
        session, workspace_ids={w for w, _, _ in offers}, areas={area for _, _, area in offers}
    )
    wanted: dict[int, dict[int, tuple[int, frozenset[str]]]] = defaultdict(dict)
    for member, (workspace, interests, goals, ratings) in leads.items():
        areas = goal_areas(interests, goals) | skill_gaps(ratings)
        if areas:
            wanted[workspace][member] = (workspace, areas)
    by_workspace: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for offer in offers:
        by_workspace[offer[0]].append(offer)
    matches = [
        match
        for workspace, theirs in by_workspace.items()
        for match in mentor_matches(theirs, wanted[workspace], history)
    ]
    order = {(w, mentor, area): i for i, (w, mentor, area) in enumerate(offers)}
    matches.sort(key=lambda m: order[(m.workspace_id, m.mentor_id, m.area)])  # oldest offer first
    rows = []
    for match in matches:
        intro = add_introduction(
            session,
            workspace_id=match.workspace_id,
            mentor_id=match.mentor_id,
            mentee_id=match.mentee_id,
            area=match.area,
            now=now,
        )
        rows.append(mentor_row(OFFER, intro.workspace_id, intro.mentee_id, intro.id or 0, now))
    return rows


def mentor_row(kind: str, workspace_id: int, member_id: int, intro_id: int, now: datetime) -> dict:
    """An offer (to the mentee) or a question (to the mentor) about one introduction."""
    return outbox_row(
        workspace_id=workspace_id,
        member_id=member_id,
        kind=kind,
        due_at=now,
        key=f"{kind}:{intro_id}",
        payload={"introduction": intro_id},
    )


def introduce_rows(platform: str, intro, now: datetime) -> list[dict]:
    """The introduction itself, once both said yes."""
    return introduction_rows(
        workspace_id=intro.workspace_id,
        platform=platform,
        members=(intro.mentee_id, intro.mentor_id),
        kind=INTRO,
        key=f"{INTRO}:{intro.id}",
        payload={"introduction": intro.id},
        due_at=now,
    )


def prepare(session: Session, claimed: Sequence[ClaimedRow], now: datetime) -> list[Delivery]:
    """Render each row from the introduction's current answers (stale ones are skipped)."""
    ids = {r.member_id for r in claimed}
    intros = {
        r.id: get_introduction(session, intro_id=int(r.payload["introduction"])) for r in claimed
    }
    ids |= {i.mentor_id for i in intros.values() if i} | {i.mentee_id for i in intros.values() if i}
    names = names_of(session, member_ids=ids)

    def render(row: ClaimedRow) -> tuple[list[Reply], int] | None:
        intro = intros[row.id]
        if intro is None:
            return None
        area, mentor = area_label(intro.area), names.get(intro.mentor_id, "A colleague")
        if row.kind == OFFER and intro.mentee_said == "" and intro.mentor_said == "":
            if intro.area not in mentor_areas(session, member_id=intro.mentor_id):
                return None  # the offer was withdrawn meanwhile
            return _offer(intro.id, mentor, area), 0
        if row.kind == ASK and intro.mentee_said == "yes" and intro.mentor_said == "":
            return _ask(intro.id, area), 0
        if row.kind == INTRO and intro.mentee_said == intro.mentor_said == "yes":
            mentee = names.get(intro.mentee_id, "a colleague")
            other = intro.mentor_id if row.member_id == intro.mentee_id else intro.mentee_id
            return [
                Text(
                    _introduction(
                        mentee,
                        mentor,
                        area,
                        bool(row.payload.get("group")),
                        row.member_id == intro.mentee_id,
                    )
                )
            ], other
        return None

    return deliveries(session, claimed, now, render)


def _offer(intro_id, mentor: str, area: str) -> list[Reply]:
    value = str(intro_id)
    return [
        Text(f"{mentor} offered to mentor colleagues in *{area}*. Want an introduction?"),
        Text(
            "_I thought of you because it's in your goals or self-assessment — nobody else "
            f"sees those, and {mentor} isn't told anything unless you say yes._"
        ),
        Choices(
            "Meet them?",
            (
                Choice("Yes", MENTOR.act("mentee_yes"), value),
                Choice("No thanks", MENTOR.act("mentee_no"), value),
            ),
        ),
    ]


def _ask(intro_id, area: str) -> list[Reply]:
    value = str(intro_id)
    return [
        Text(
            f"A colleague would like to talk about *{area}* with you, as you offered to "
            "mentor in it. Shall I introduce you?"
        ),
        Choices(
            "Introduce you?",
            (
                Choice("Yes, introduce us", MENTOR.act("mentor_yes"), value),
                Choice("Not now", MENTOR.act("mentor_no"), value),
            ),
        ),
    ]


def _introduction(mentee: str, mentor: str, area: str, group: bool, to_mentee: bool) -> str:
    if group:
        return (
            f"🤝 {mentee}, meet {mentor}: {mentor} offered to mentor in *{area}*, and "
            f"{mentee} would like to talk about it. You both said yes — over to you! "
            "Maybe a 30-minute chat in the next couple of weeks?"
        )
    other = mentor if to_mentee else mentee
    why = "offered to mentor you in" if to_mentee else "would like to talk with you about"
    return (
        f"🤝 Meet {other}: they {why} *{area}*, and you both said yes. I've sent {other} "
        "the same note — say hi whenever it suits you."
    )


MENTORING = OutboxKind(
    kinds=(OFFER, ASK, INTRO), plan=plan, prepare=prepare, windowed=True, name="mentoring"
)
