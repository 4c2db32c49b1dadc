"""Who may set up teams and who may see what: the privacy rules, enforced here, not in rendering.

- An admin (Member.role "admin") may add or remove anyone's reports in their workspace.
- A manager (role "manager", made by an admin or by `team import`) may add people who report
  to no one yet, and remove their own reports. No one else may change a team.
- A manager sees only their own reports, and only compliance: status, hours, renewals,
  reachability and course titles. Goals, self-assessments and reflections are never shown to
  anyone but the clinician, whatever is asked ("status @dana", "goals @dana").
"""

from __future__ import annotations

from store.models import Member

ADMIN, MANAGER = "admin", "manager"
NOT_YOURS = (
    "I only ever show people their own {what} — not anyone else's, even a manager's team. "
    "Managers can see their own team's compliance (status counts, hours, renewals) with *team* "
    "and *digest*; goals and self-assessments stay private to each clinician."
)


def about_someone_else(private: str, mentions: tuple[str, ...], self_id: str) -> str | None:
    """The kind refusal when a command showing one's own `private` records (a flow's
    declaration: "status details") names someone else, else None."""
    others = [user for user in mentions if user != self_id]
    return NOT_YOURS.format(what=private) if private and others else None


ONLY_ADMINS = (
    "Only an admin can set up someone else's team, or make someone a manager — I keep it that "
    "way so no one sees a colleague's status by accident. Ask your practice's CE Mentor admin; "
    "they can say *team add @manager @colleague*."
)


def refusal_to_set_up(actor: Member, *, for_themself: bool) -> str | None:
    """Why `actor` may not add people to a team at all (checked before anyone is looked up)."""
    if actor.role == ADMIN or (for_themself and actor.role == MANAGER):
        return None
    return ONLY_ADMINS


def refusal_to_assign(actor: Member, manager: Member, report: Member) -> str | None:
    """Why `actor` may not make `report` report to `manager`, or None when they may."""
    name = report.display_name or "That person"
    if report.id == manager.id:
        return "Someone can't report to themself."
    if actor.role == ADMIN:
        return None
    if actor.id != manager.id or actor.role != MANAGER:
        return ONLY_ADMINS
    if report.manager_id not in (None, manager.id):
        return f"{name} already reports to someone else; an admin can move them to your team."
    return None


def refusal_to_remove(actor: Member, report: Member) -> str | None:
    """Why `actor` may not take `report` off their team, or None when they may."""
    if actor.role == ADMIN or (report.manager_id is not None and report.manager_id == actor.id):
        return None
    return f"{report.display_name or 'That person'} isn't on your team, so I can't change that."


def may_see_team_of(viewer: Member, manager_id: int) -> bool:
    """Only the manager themself sees their team (not even an admin sees another's digest)."""
    return viewer.id == manager_id
