"""Team: who reports to whom, and a manager's view of their own reports (compliance only).

team add @manager @a @b -> admins (or the manager, for people with no manager yet)
team remove @a          -> admins, or the person's own manager
team / my team          -> your reports: names and compliance status
team @a                 -> one of your own reports' status; anyone else's: a kind no
One sentence each, no questions: permissions are checked in bot.practice.permissions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.declare import TEAM, Phrase
from bot.flows.base import Flow, Turn
from bot.practice.digests.build import build_digest
from bot.practice.digests.schedule import period_for
from bot.practice.digests.view import team_list
from bot.practice.permissions import (
    ADMIN,
    MANAGER,
    refusal_to_assign,
    refusal_to_remove,
    refusal_to_set_up,
)
from store.models import Member
from store.queries.practice.team import members_named, set_manager

HOW = "Say *team add @manager @colleague …* (an admin sets up teams), or *team* to see yours."
NOT_ON_TEAM = "{name} isn't on your team, so I can't share anything about them."


class Team(Flow):
    name = TEAM.name
    commands = ("team",)
    phrases = (Phrase(r"^(show )?my (team|reports)\b", 150),)
    before_onboarding = True
    section, usage = "Colleagues", "team"
    summary = (
        "managers: your team's compliance status, hours and renewals; admins: who reports to whom"
    )

    def start(self, turn: Turn) -> None:
        words = turn.answer.casefold()
        mentions = turn.inbound.mentions
        if re.match(r"(team )?add\b", words):
            self._add(turn, mentions)
        elif re.match(r"(team )?remove\b", words):
            self._remove(turn, mentions)
        elif mentions:
            show_reports(turn, mentions)
        else:
            show_team(turn)

    def _people(self, turn: Turn, users: tuple[str, ...]) -> list[Member]:
        names = dict(zip(turn.inbound.mentions, turn.inbound.mention_names, strict=False))
        people = [(user, names.get(user, "")) for user in users]
        return members_named(turn.session, workspace_id=turn.workspace_id, people=people)

    def _add(self, turn: Turn, mentions: tuple[str, ...]) -> None:
        actor = turn.member
        if len(mentions) < 2:
            turn.say("Name the manager first, then their team: *team add @manager @a @b*.")
            return
        refusal = refusal_to_set_up(actor, for_themself=mentions[0] == turn.inbound.user_id)
        if refusal:
            turn.say(refusal)
            return
        manager, *reports = self._people(turn, mentions)
        if manager.role not in (MANAGER, ADMIN):
            manager.role = MANAGER
        added, refused = [], []
        for report in reports:
            why = refusal_to_assign(actor, manager, report)
            if why:
                refused.append(why)
                continue
            set_manager(turn.session, reports=[report], manager=manager)
            added.append(_name(report))
        if added:
            waiting = [_name(r) for r in reports if _name(r) in added and not r.onboarded]
            turn.say(f"Done — {', '.join(added)} now report to {_name(manager)}.")
            if waiting:
                turn.say(
                    f"{', '.join(waiting)} haven't started with me yet; their status "
                    "shows once they do (they just need to say *hi* to me)."
                )
        turn.say(*dict.fromkeys(refused))

    def _remove(self, turn: Turn, mentions: tuple[str, ...]) -> None:
        if not mentions:
            turn.say("Who should I take off the team? *team remove @colleague*.")
            return
        removed = []
        for report in self._people(turn, mentions):
            why = refusal_to_remove(turn.member, report)
            if why:
                turn.say(why)
                continue
            set_manager(turn.session, reports=[report], manager=None)
            removed.append(_name(report))
        if removed:
            turn.say(f"Done — {', '.join(removed)} no longer report to anyone here.")


def show_team(turn: Turn) -> None:
    """The member's own reports: names and compliance status only."""
    digest = _own_digest(turn)
    if not digest.reports:
        turn.say("No one reports to you in CE Mentor yet. " + HOW)
        return
    turn.say(f"*Your team* ({len(digest.reports)}):", team_list(digest))
    turn.say("Say *digest* for hours, renewals and who I can't reach.")


def show_reports(turn: Turn, mentions: tuple[str, ...]) -> None:
    """Named people's status — only those who report to the asker; nothing about anyone else."""
    digest = _own_digest(turn)
    mine = {r.member_id: r for r in digest.reports}
    names = dict(zip(turn.inbound.mentions, turn.inbound.mention_names, strict=False))
    for user in mentions:
        report = next((r for r in mine.values() if _user_of(turn, r.member_id) == user), None)
        if report is None:
            turn.say(NOT_ON_TEAM.format(name=names.get(user) or "That person"))
        else:
            turn.say(team_list(replace(digest, reports=(report,))))


def _own_digest(turn: Turn):
    cadence = "weekly"
    return build_digest(
        turn.session, turn.services.rule_sets, turn.member_id, period_for(cadence, turn.today)
    )


def _user_of(turn: Turn, member_id: int) -> str:
    member = turn.session.get(Member, member_id)
    return member.platform_user_id if member else ""


def _name(member: Member) -> str:
    return member.display_name or member.platform_user_id
