"""Read what a record needs from the store: a member's standings, completions and plan."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from bot.records.transcript import Transcript, build_transcript
from bot.rules import RuleSet
from bot.standing import LicenseStanding, standings
from store.db import saved_id
from store.models import Completion, Member, PlanStep
from store.queries.learning import completions_of, plan_of
from store.queries.members import licenses_of


@dataclass(frozen=True)
class MemberRecords:
    """A member's licenses with progress, their completions and current plan."""

    member: Member
    standings: tuple[LicenseStanding, ...]
    completions: tuple[Completion, ...]
    plan: tuple[PlanStep, ...]
    rule_sets: Mapping[str, RuleSet] = field(default_factory=dict)

    def standing(self, license_id: int | None) -> LicenseStanding:
        """One license's standing; the only one when `license_id` is None.

        Raises:
            LookupError: no such license, or several and none chosen.
        """
        if license_id is None:
            if len(self.standings) != 1:
                raise LookupError(f"{len(self.standings)} licenses; choose one")
            return self.standings[0]
        for standing in self.standings:
            if standing.license.id == license_id:
                return standing
        raise LookupError(f"no license {license_id} for this member")

    def transcript(self, license_id: int | None, today: date) -> Transcript:
        """The transcript of one license's current cycle."""
        name = self.member.display_name or f"member {self.member.id}"
        standing = self.standing(license_id)
        rules = self.rule_sets.get(standing.license.rule_set_id)
        return build_transcript(name, standing, self.completions, today, rule_set=rules)


def member_records(
    session: Session, member: Member, rule_sets: Mapping[str, RuleSet], today: date
) -> MemberRecords:
    """Everything the exports read about one member, in three queries."""
    member_id = saved_id(member)
    licenses = licenses_of(session, member_id=member_id)
    completions = completions_of(session, member_id=member_id)
    return MemberRecords(
        member=member,
        standings=tuple(standings(member, licenses, completions, rule_sets, today)),
        completions=tuple(completions),
        plan=tuple(plan_of(session, member_id=member_id)),
        rule_sets=rule_sets,
    )
