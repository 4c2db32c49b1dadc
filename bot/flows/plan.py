"""The learning plan: dated steps before the renewal date; list, mark done, reschedule, remove.

start -> manage --"done 2"--> (log the course)
                --"move 2 to March 3"--> manage
                --"remove 2"--> manage
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.answers import parse_date
from bot.declare import PLAN, Phrase
from bot.flows.base import Flow, Turn
from bot.flows.log_completion import LogCompletion
from bot.flows.renewal_plan import PLAN_REQUEST, propose_plan, save_plan
from bot.messages import Choice, Choices
from store.catalog import get_course
from store.models import PlanStep
from store.queries.learning import get_plan_step, plan_course, plan_of
from store.queries.members import licenses_of

DEFAULT_WEEKS_PER_STEP = 2  # spacing when the member gave no weekly time


def add_to_plan(turn: Turn, course_id: int) -> None:
    """Add a catalog course to the plan, dated after the steps already planned."""
    course = get_course(turn.session, course_id)
    if course is None:
        turn.say("I can't find that course in the catalog any more.")
        return
    steps = plan_of(turn.session, member_id=turn.member_id)
    if any(step.course_id == course_id for step in steps):
        turn.say(f"*{course.title}* is already in your plan.")
        return
    due = next_due_date(turn, steps, course.hours)
    plan_course(turn.session, member_id=turn.member_id, course=course, due_date=due, now=turn.now)
    turn.say(
        f"📅 Added *{course.title}* to your plan, to finish by {due:%a %b %-d, %Y}. Say *plan* to see it all."
    )


def next_due_date(turn: Turn, steps: list[PlanStep], hours: float | None):
    """After the last planned step, by the member's weekly pace, before the nearest renewal."""
    start = max([turn.today, *(step.due_date for step in steps)])
    weekly = turn.member.hours_per_week
    weeks = (
        DEFAULT_WEEKS_PER_STEP if not weekly or not hours else max(1, round(hours / weekly + 0.49))
    )
    due = start + timedelta(weeks=weeks)
    renewals = [lic.renewal_date for lic in licenses_of(turn.session, member_id=turn.member_id)]
    upcoming = [day for day in renewals if day > turn.today]
    if upcoming:
        due = min(due, min(upcoming) - timedelta(days=7))
    return max(due, turn.today)


class Plan(Flow):
    name = PLAN.name
    private = "learning plan"
    commands = ("plan",)
    phrases = (Phrase(r"\bmake (me )?a plan\b|\bplan my renewal\b|\bmy plan\b", 180),)
    section, usage = "Courses and plan", "plan"
    summary = "your dated learning plan; *make a plan* finds the cheapest set of courses"
    states = ("manage",)
    actions = ("add", "done", "remove", "restore", "save")

    def start(self, turn: Turn) -> None:
        if re.search(PLAN_REQUEST, turn.answer.casefold()):
            propose_plan(turn)
            return
        steps = plan_of(turn.session, member_id=turn.member_id)
        if not steps:
            turn.say(
                "Your plan is empty. Say *make a plan* for the cheapest plan that meets your "
                "requirements, or *suggest* and press *Add to plan* on a course you like."
            )
            return
        turn.say("*Your plan*")
        for number, step in enumerate(steps, start=1):
            hours = f"{step.hours:g} h" if step.hours is not None else "hours unknown"
            late = " ⚠️ overdue" if step.due_date < turn.today else ""
            turn.show(
                Choices(
                    f"{number}. by {step.due_date:%a %b %-d, %Y} — *{step.title}* ({hours}){late}",
                    (
                        Choice("Done", PLAN.act("done"), str(step.id)),
                        Choice("Remove", PLAN.act("remove"), str(step.id)),
                    ),
                )
            )
        turn.goto(self.name, "manage", ids=[step.id for step in steps])
        turn.say("Say *done 1*, *move 2 to March 3*, or *remove 3*.")

    def act_add(self, turn: Turn) -> None:
        """The "Add to plan" button under a suggestion."""
        add_to_plan(turn, int(turn.answer))

    def act_save(self, turn: Turn) -> None:
        """The "Save this plan" button under a proposed renewal plan."""
        save_plan(turn, turn.answer)

    def act_done(self, turn: Turn) -> None:
        """The "Done" button: log the step's course as finished today."""
        step = self._step(turn, int(turn.answer))
        if step is None:
            return
        hours = f", {step.hours:g} hours" if step.hours is not None else ""
        turn.finish()
        turn.answer = f"finished {step.title} today{hours}"
        LogCompletion().on_describe(turn)

    def act_remove(self, turn: Turn) -> None:
        """The "Remove" button: drop the step from the plan."""
        step = self._step(turn, int(turn.answer))
        if step is not None:
            step.status = "removed"
            turn.offer(
                f"Removed *{step.title}* from your plan.",
                PLAN.act("restore"),
                [("Undo", str(step.id))],
            )

    def act_restore(self, turn: Turn) -> None:
        """The "Undo" button under a removed step: put it back as it was planned."""
        step = get_plan_step(
            turn.session, member_id=turn.member_id, step_id=int(turn.answer), removed=True
        )
        if step is None:
            turn.say("That step is already in your plan.")
        else:
            step.status = "planned"
            turn.say(f"Put *{step.title}* back in your plan, due {step.due_date:%a %b %-d, %Y}.")

    def on_manage(self, turn: Turn) -> None:
        ids = turn.data.get("ids", [])
        lowered = turn.answer.casefold().strip()
        match = re.match(
            r"(done|finished|remove|delete|drop|move|reschedule)\s*#?(\d{1,6})(?!\d)\s*(.*)",
            lowered,
        )
        if not match or not 0 < int(match.group(2)) <= len(ids):
            turn.reroute = True
            return
        verb, step_id, rest = match.group(1), ids[int(match.group(2)) - 1], match.group(3)
        turn.answer = str(step_id)
        if verb in ("done", "finished"):
            self.act_done(turn)
        elif verb in ("remove", "delete", "drop"):
            self.act_remove(turn)
        else:
            self._move(turn, step_id, re.sub(r"^(to|until)\s+", "", rest))

    def _move(self, turn: Turn, step_id: int, when: str) -> None:
        step = self._step(turn, step_id)
        due = parse_date(when, today=turn.today) if when else None
        if step is None:
            return
        if due is None or due < turn.today:
            turn.say("To when? e.g. *move 2 to March 3* (a date from today on).")
            return
        step.due_date = due
        turn.say(f"Moved *{step.title}* to {due:%a %b %-d, %Y}.")

    def _step(self, turn: Turn, step_id: int) -> PlanStep | None:
        step = get_plan_step(turn.session, member_id=turn.member_id, step_id=step_id)
        if step is None:
            turn.say("That step is no longer in your plan.")
            return None
        return step
