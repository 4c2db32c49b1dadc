""" "Plan my renewal": propose the solver's cheapest plan with totals, save it on confirm."""

from __future__ import annotations

from datetime import date

from bot.declare import PLAN
from bot.flows.base import Turn
from bot.messages import Choice, Choices, Facts
from bot.needs import learner_profile
from bot.planning import RenewalPlan, plan_renewal
from bot.recommend import CourseView
from bot.recommend.jurisdiction import jurisdiction_label
from store.catalog import get_course
from store.queries.learning import plan_course, plan_of

PLAN_REQUEST = r"\bmake (me )?a plan\b|\bplan my renewal\b"


def propose_plan(turn: Turn) -> None:
    """Solve for the member's cheapest renewal plan and show it with a "Save this plan" button."""
    profile = learner_profile(turn)
    if not profile.licenses:
        turn.say("Tell me your licenses first (say *settings*), then I can plan your renewal.")
        return
    plan = plan_renewal(
        turn.services.catalog.views(turn.session),
        profile.licenses,
        today=turn.today,
        hours_per_week=profile.hours_per_week,
        budget=profile.budget_left,
        skip=profile.done_course_ids,
        committed=profile.planned_course_ids,
    )
    if not plan.steps:
        covered = "Your completed courses and your plan already cover every requirement I know of."
        turn.say(covered if plan.complete else _blocked_text(plan))
        return
    heading = (
        "*The cheapest plan that meets all your requirements*"
        if plan.complete
        else "*No plan meets every requirement — here is the closest one*\n" + _blocked_text(plan)
    )
    turn.say(heading)
    turn.show(
        Facts(
            tuple(
                (
                    f"by {step.due:%a %b %-d, %Y}",
                    f"{step.course.title}{' (sample course)' if step.course.sample else ''}"
                    f"{_where(step.course)} — {step.course.hours:g} h, "
                    f"{_cost(step.course.cost_usd)}; counts for {', '.join(step.counts_for)}",
                )
                for step in plan.steps
            ),
            title="Steps",
        ),
        Facts(
            (
                ("Courses", _course_count(plan)),
                ("Hours", f"{plan.total_hours:g} h"),
                ("Cost", _cost(plan.total_cost)),
            ),
            title="Totals",
        ),
    )
    if plan.notes:
        turn.say("\n".join(f"• {note}" for note in plan.notes))
    value = ",".join(f"{step.course.id}:{step.due.isoformat()}" for step in plan.steps)
    turn.show(
        Choices(
            "Save these steps to your plan?", (Choice("Save this plan", PLAN.act("save"), value),)
        )
    )


def save_plan(turn: Turn, value: str) -> None:
    """Add the proposed steps (course id and due date each) to the plan, skipping repeats."""
    planned = {s.course_id for s in plan_of(turn.session, member_id=turn.member_id)}
    saved = 0
    for item in filter(None, value.split(",")):
        course_id, _, due = item.partition(":")
        course = get_course(turn.session, int(course_id))
        if course is None or course.id in planned:
            continue
        due_date = max(date.fromisoformat(due), turn.today)
        plan_course(
            turn.session, member_id=turn.member_id, course=course, due_date=due_date, now=turn.now
        )
        planned.add(course.id)
        saved += 1
    noun = "step" if saved == 1 else "steps"
    turn.say(f"📅 Saved {saved} {noun} to your plan. Say *plan* to see it.")


def _course_count(plan: RenewalPlan) -> str:
    """The whole plan's courses: "3", or "5 (2 already in your plan)"."""
    total = len(plan.steps) + plan.already_planned
    return (
        f"{total} ({plan.already_planned} already in your plan)"
        if plan.already_planned
        else str(total)
    )


def _where(course: CourseView) -> str:
    label = jurisdiction_label(course.topics, course.jurisdictions)
    return f" ({label})" if label else ""


def _blocked_text(plan: RenewalPlan) -> str:
    lines = [f"• {reason}" for reason in plan.blockers] or ["• No catalog course helps yet."]
    return "What blocks it:\n" + "\n".join(lines)


def _cost(amount: float | None) -> str:
    return "cost unknown" if amount is None else ("free" if amount == 0 else f"${amount:,.0f}")
