"""A realistic, seeded population of workspaces, members, licenses and completions, bulk-inserted."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert

from bot.nudges.planner import (
    checkin_key,
    deadline_key,
    due_bucket,
    inactivity_key,
    period_of,
    step_key,
    step_when,
)
from bot.practice.cadence import period_label
from bot.rules import RuleSet
from bot.topics import FORMATS
from store.models import Completion, License, Member, Workspace

SEED = 20240601
MEMBERS_PER_WORKSPACE = 500
CHUNK = 10_000
APPROVAL_BODIES = ("APA", "ASWB", "NBCC", "NASW", "CAMFT", "AAMFT", "NAADAC", "")


@dataclass(frozen=True)
class Population:
    """What was inserted: counts, and the workspace ids for tenant-scoped sweeps."""

    workspace_ids: list[int]
    members: int
    licenses: int
    completions: int


def populate(
    engine: Engine, rule_sets: Mapping[str, RuleSet], *, members: int, completions: int, today: date
) -> Population:
    """Insert `members` members (1-2 licenses each) and `completions` completions, seeded."""
    rng = random.Random(SEED)
    # Stamps relative to `today`, not the wall clock: members joined 2 weeks to 3 years ago (so
    # check-ins fall due as in real life) and logged each course on the day they did it or, for
    # courses from before they joined, on joining. A separate generator keeps the rows' other
    # values as they were.
    stamps = random.Random(SEED + 1)
    start = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
    joined = [
        start - timedelta(days=stamps.randint(14, 1095), hours=stamps.randint(0, 23))
        for _ in range(members + 1)
    ]
    now = start - timedelta(days=1096)
    ids = sorted(rule_sets)
    topics = sorted({t.key for rs in rule_sets.values() for t in rs.topics})
    conditions = sorted({k for rs in rule_sets.values() for k, _ in rs.conditions})
    workspaces = [
        {
            "id": w,
            "platform": "bench",
            "external_id": f"T{w:05d}",
            "name": f"Clinic {w}",
            "created_at": now,
        }
        for w in range(1, (members - 1) // MEMBERS_PER_WORKSPACE + 2)
    ]
    member_rows = (_member(rng, m, conditions, joined[m]) for m in range(1, members + 1))
    license_rows = _licenses(rng, members, ids, rule_sets, today, joined)
    completion_rows = (
        _completion(rng, c, rng.randint(1, members), topics, today, joined)
        for c in range(1, completions + 1)
    )
    with engine.begin() as conn:
        conn.execute(insert(Workspace.__table__), workspaces)
        for table, rows in (
            (Member.__table__, member_rows),
            (License.__table__, license_rows),
            (Completion.__table__, completion_rows),
        ):
            for chunk in chunks(rows):
                conn.execute(insert(table), chunk)
        n_licenses = conn.exec_driver_sql("SELECT count(*) FROM license").scalar_one()
    return Population([w["id"] for w in workspaces], members, n_licenses, completions)


def _member(rng: random.Random, m: int, conditions: list[str], joined: datetime) -> dict[str, Any]:
    """One clinician; about half the rule-set questions already answered."""
    facts = {key: rng.random() < 0.5 for key in conditions if rng.random() < 0.5}
    return {
        "id": m,
        "workspace_id": (m - 1) // MEMBERS_PER_WORKSPACE + 1,
        "platform_user_id": f"U{m:07d}",
        "display_name": f"Clinician {m}",
        "timezone": "America/New_York",
        "role": "clinician",
        "reachable": True,
        "onboarded": True,
        "preferred_formats": [],
        "career_direction": "",
        "interests": [],
        "practice_facts": facts,
        "created_at": joined,
    }


def _licenses(
    rng: random.Random,
    members: int,
    ids: list[str],
    rule_sets: Mapping[str, RuleSet],
    today: date,
    joined: list[datetime],
) -> Iterator[dict[str, Any]]:
    """1-2 distinct licenses per member, renewals spread over the next two years."""
    next_id = 1
    for m in range(1, members + 1):
        for rule_set_id in rng.sample(ids, rng.choice((1, 1, 1, 2))):
            rs = rule_sets[rule_set_id]
            yield {
                "id": next_id,
                "member_id": m,
                "license_type": rs.license_type,
                "jurisdiction": rs.jurisdiction,
                "renewal_date": today + timedelta(days=rng.randint(1, 730)),
                "cycle_start": None,
                "rule_set_id": rule_set_id,
                "first_renewal": rng.random() < 0.1,
                "created_at": joined[m],
            }
            next_id += 1


def _completion(
    rng: random.Random,
    c: int,
    member_id: int,
    topics: list[str],
    today: date,
    joined: list[datetime],
) -> dict[str, Any]:
    """One finished course: 1-6 h, in the past two years, 1-2 rule-set topics; logged at noon
    UTC on the day, or on joining for a course from before then."""
    title, provider = f"Course {rng.randint(1, 5000)}", f"Provider {rng.randint(1, 200)}"
    hours = float(rng.randint(1, 6))
    done_on = today - timedelta(days=rng.randint(0, 730))
    logged = max(
        datetime.combine(done_on, datetime.min.time(), tzinfo=UTC) + timedelta(hours=12),
        joined[member_id],
    )
    return {
        "id": c,
        "member_id": member_id,
        "course_id": None,
        "title": title,
        "provider": provider,
        "hours": hours,
        "completed_on": done_on,
        "format": rng.choice(list(FORMATS)),
        "topics": rng.sample(topics, rng.choice((1, 1, 2))),
        "approval_body": rng.choice(APPROVAL_BODIES),
        "certificate_name": "",
        "certificate_ref": "",
        "source_message_id": "",
        "created_at": logged,
    }


def chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Rows in lists of CHUNK, for executemany."""
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass(frozen=True)
class HistoryMember:
    """Whose outbox history to write: the member, their licenses, and what else they get."""

    member_id: int
    workspace_id: int
    joined: date
    last_progress: date | None = None  # the latest course logged (inactivity counts from it)
    licenses: tuple[tuple[int, date], ...] = ()  # (license id, renewal date now)
    steps: tuple[tuple[int, date], ...] = ()  # (plan step id, due date)
    manager: bool = False  # a weekly digest every Monday, a buddy introduction every 4 weeks
    circle: int | None = None  # starts a circle: a weekly prompt every Thursday


def outbox_history(members: Iterable[HistoryMember], first: date, last: date) -> Iterator[dict]:
    """The finished outbox rows the planner would have left from `first` to `last`, at each
    kind's real cadence and with its real de-dup keys: biweekly check-ins, an inactivity nudge
    every 30 days, every deadline bucket of this cycle and the last (renewals two years apart),
    steps, weekly digests and circle prompts, buddy introductions, and a "day" reservation per
    day with a message. Sent at 15:00 UTC on weekdays; about one row in 11 skipped, one in 17 failed."""
    weekdays = (0, 1, 2, 3, 4)
    for member in members:
        mid, seen = member.member_id, set()
        renewals = [
            (lid, r)
            for lid, renewal in member.licenses
            for r in (renewal, renewal - timedelta(days=730))
        ]
        for offset in range((last - first).days + 1):
            day = first + timedelta(days=offset)
            if day.weekday() not in weekdays or day < member.joined:
                continue
            at = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=15)
            due = []
            period = period_of("biweekly", member.joined, day)
            if period:
                due.append(("checkin", checkin_key(mid, period)))
            progress = member.last_progress
            since = progress if progress is not None and progress <= day else member.joined
            if key := inactivity_key(mid, since, day):
                due.append(("inactivity", key))
            for lid, renewal in renewals:
                bucket = due_bucket(renewal, day, weekdays)
                if bucket is not None:
                    due.append(("deadline", deadline_key(lid, renewal, bucket)))
            for sid, due_on in member.steps:
                if when := step_when(due_on, day):
                    due.append(("step", step_key(sid, due_on, when)))
            due = [(kind, key) for kind, key in due if key not in seen]
            others = []
            if member.manager and day.weekday() == 0:
                others.append(("digest", f"digest:{mid}:{period_label('weekly', day)}"))
                if day.toordinal() // 7 % 4 == 0:  # pairing ids: one per introduction
                    others.append(("buddy_intro", f"buddy:{mid}{day:%Y%m%d}:group"))
            if member.circle is not None and day.weekday() == 3:
                label = period_label("weekly", day)
                others.append(("circle_prompt", f"circle:{member.circle}:{label}"))
            sent_nudge = False
            for kind, key in due + others:
                seen.add(key)
                spread = day.toordinal() * 31 + len(kind)  # the same days for every member
                status = "skipped" if spread % 11 == 0 else "failed" if spread % 17 == 0 else "sent"
                sent_nudge |= status == "sent" and (kind, key) in due
                yield _history_row(member, kind, key, at, status)
            if sent_nudge:
                yield _history_row(member, "day", f"day:{mid}:{day.isoformat()}", at, "reserved")


def _history_row(member: HistoryMember, kind: str, key: str, at: datetime, status: str) -> dict:
    return {
        "workspace_id": member.workspace_id,
        "member_id": member.member_id,
        "kind": kind,
        "due_at": at,
        "dedup_key": key,
        "status": status,
        "payload": {},
        "attempts": 8 if status == "failed" else 1,
        "lease_until": None,
        "sent_at": at if status == "sent" else None,
        "last_error": "history" if status != "sent" else "",
    }
