"""Status: per license, hours earned against the board's requirements, and what to do next."""

from __future__ import annotations

from bot.flows.base import Flow, Turn
from bot.messages import ProgressBar
from bot.records.charts import chart_image
from bot.standing import STATUS_WORDS, LicenseStanding, standings
from store.queries.learning import completions_of
from store.queries.members import licenses_of


class Status(Flow):
    name = "status"
    summary = "your hours against each license's requirements"

    def start(self, turn: Turn) -> None:
        licenses = licenses_of(turn.session, member_id=turn.member.id)
        if not licenses:
            turn.say("You have no licenses set up yet. Say *settings* to add one.")
            return
        completions = completions_of(turn.session, member_id=turn.member.id)
        for standing in standings(
            turn.member, licenses, completions, turn.services.rule_sets, turn.today
        ):
            show_standing(turn, standing)
            if standing.progress is not None and turn.inbound.shows_images:
                turn.show(chart_image(standing.progress, completions, turn.today))
        missing = [
            done for done in completions if not done.certificate_ref and not done.certificate_name
        ]
        if missing:
            listed = "\n".join(
                f"• {done.title} ({done.completed_on:%b %-d})" for done in missing[:10]
            )
            more = f"\n…and {len(missing) - 10} more" if len(missing) > 10 else ""
            turn.say(
                f"📎 {len(missing)} logged course(s) have no certificate on file — send one "
                "with _certificate for <course>_ so you're ready for an audit:\n" + listed + more
            )
        turn.offer_next("What next?", [("Suggest courses", "suggest"), ("My plan", "plan")])

    def act_fact(self, turn: Turn) -> None:
        """Answer a rule condition from a button: value "key:yes" or "key:no"."""
        key, _, answer = turn.answer.partition(":")
        turn.member.practice_facts = {**turn.member.practice_facts, key: answer == "yes"}
        turn.say("Thanks, noted.")
        self.start(turn)


def show_standing(turn: Turn, standing: LicenseStanding) -> None:
    """One license's progress as bars, notes and open questions."""
    lic, progress = standing.license, standing.progress
    title = f"*{lic.jurisdiction} {lic.license_type}* — renews {lic.renewal_date:%b %-d, %Y}"
    if progress is None:
        turn.say(
            f"{title}. I don't have this board's rules yet; you've logged "
            f"{standing.hours_logged:g} h. Check the board's site for what counts."
        )
        return
    days = f"{progress.days_left} days left" if progress.days_left >= 0 else "renewal date passed"
    turn.say(f"{title} ({days}) — {STATUS_WORDS.get(progress.status, progress.status)}")
    low, high = progress.total_counted_range
    unsure = "" if progress.total_counted is not None else f"at least {low:g} h; up to {high:g} h"
    turn.show(ProgressBar("Total hours", low, progress.total_required, unsure))
    for topic in progress.topics:
        if topic.applies:  # unanswered conditions are asked below instead
            turn.show(ProgressBar(topic.label, topic.earned, topic.required))
    notes = [
        *progress.caps_applied,
        *(reason for _, reason in progress.excluded),
        *progress.unknowns,
    ]
    if notes:
        turn.say("\n".join(f"• {note}" for note in notes))
    if progress.hours_per_month_needed and progress.status not in ("complete", "overdue"):
        turn.say(f"Pace needed: about {progress.hours_per_month_needed:.1f} h a month.")
    for key, question in progress.open_questions:
        turn.offer(question, "status.fact", [("Yes", f"{key}:yes"), ("No", f"{key}:no")])
    turn.say(f"_{progress.guidance}_")
