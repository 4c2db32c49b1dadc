"""Status: where each license stands and the next step; the reasons and sources one step away.

The first screen is short: per license its standing, the requirements, the next step and at
most `TO_CHECK_AT_MOST` things the member can check about their own courses. Everything
else the engine knows (unknown rules with their reasons, research notes, every source) is
in *status details*, also behind the "Why? Sources" button.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.declare import PLAN, STATUS, SUGGEST, Phrase
from bot.flows.base import Flow, Turn
from bot.messages import Choice, Choices, ProgressBar
from bot.records.charts import chart_image
from bot.rules import Progress
from bot.rules.confidence import doubts
from bot.standing import (
    STATUS_WORDS,
    LicenseStanding,
    next_step,
    requirement_words,
    standings,
    unknown_numbers,
)
from bot.wording import counted, has
from store.models import Completion
from store.queries.learning import completions_of
from store.queries.members import licenses_of

TO_CHECK_AT_MOST = 3  # plain lines the member can act on, per license, on the first screen
DETAILS_WORDS = ("details", "detail", "why", "sources", "source", "more", "notes", "full")
MISSING_LISTED = 3  # courses without a certificate named on the first screen


class Status(Flow):
    name = STATUS.name
    private = "status and hours"
    commands = ("status", "progress", "hours")
    phrases = (
        # "why?" or "sources" after a status: the details behind it.
        Phrase(r"^(why|sources?|details|status details|why unknown)\W*$", 120),
        Phrase(r"\bhow am i doing\b|\bwhere do i stand\b|\bhow many hours\b", 160),
    )
    section, usage = "Your hours", "status"
    summary = "your hours against each license's requirements"
    more_help = (("status details", "why a number is unknown, the board's notes and sources"),)
    actions = ("details", "fact")

    def start(self, turn: Turn) -> None:
        said = turn.answer.casefold().replace("?", " ").split()
        if said and len(said) <= 3 and set(said) & set(DETAILS_WORDS):
            self.act_details(turn)
            return
        found = self._standings(turn)
        if found is None:
            return
        standings_found, completions = found
        for standing in standings_found:
            show_standing(turn, standing)
            if standing.progress is not None and turn.inbound.shows_images:
                turn.show(chart_image(standing.progress, completions, turn.today))
        _missing_certificates(turn, completions)
        turn.say("_Guidance only — the board's word is final; sources in *status details*._")
        turn.show(
            Choices(
                "What next?",
                (
                    Choice("Why? Sources", STATUS.act("details")),
                    Choice("Suggest courses", SUGGEST.start),
                    Choice("My plan", PLAN.start),
                ),
            )
        )

    def act_details(self, turn: Turn) -> None:
        """Every note behind the status: unknowns with reasons, research notes, sources."""
        found = self._standings(turn)
        if found is None:
            return
        titles = {done.id: done.title for done in found[1]}
        for standing in found[0]:
            show_details(turn, standing, titles)

    def act_fact(self, turn: Turn) -> None:
        """Answer a rule condition from a button: value "key:yes" or "key:no"."""
        key, _, answer = turn.answer.partition(":")
        turn.member.practice_facts = {**turn.member.practice_facts, key: answer == "yes"}
        turn.say("Thanks, noted.")
        turn.answer = ""
        self.start(turn)

    def _standings(self, turn: Turn) -> tuple[list[LicenseStanding], list[Completion]] | None:
        licenses = licenses_of(turn.session, member_id=turn.member_id)
        if not licenses:
            turn.say("You have no licenses set up yet. Say *settings* to add one.")
            return None
        completions = completions_of(turn.session, member_id=turn.member_id)
        rule_sets = turn.services.rule_sets
        return standings(turn.member, licenses, completions, rule_sets, turn.today), completions


def _missing_certificates(turn: Turn, completions: list[Completion]) -> None:
    """The courses with no certificate on file, so the member is ready for an audit."""
    missing = [d for d in completions if not d.certificate_ref and not d.certificate_name]
    if not missing:
        return
    listed = "\n".join(
        f"• {done.title} ({done.completed_on:%b %-d})" for done in missing[:MISSING_LISTED]
    )
    more = len(missing) - MISSING_LISTED
    turn.say(
        f"📎 {counted(len(missing), 'logged course')} {has(len(missing))} no certificate on "
        "file — send the file with _certificate for the "
        f"{missing[0].title}_, so you're ready for an audit:\n"
        + listed
        + (f"\n…and {more} more" if more > 0 else "")
    )


def show_standing(turn: Turn, standing: LicenseStanding) -> None:
    """One license on the first screen: standing, requirements, next step, what to check."""
    lic, progress = standing.license, standing.progress
    title = f"*{standing.label}* — renews {lic.renewal_date:%b %-d, %Y}"
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
    words = []
    for topic in progress.topics:
        if not topic.applies:  # unanswered conditions are asked below instead
            continue
        said = requirement_words(topic)
        if said is None:
            turn.show(ProgressBar(topic.label, topic.earned, topic.required))
        else:
            words.append(said)
    lines = [*words, next_step(progress)]
    rule_set = turn.services.rule_sets.get(lic.rule_set_id)
    if rule_set is not None:  # only the doubts that change what to do (the total)
        lines += [doubt.words for doubt in doubts(rule_set) if doubt.first_screen]
    to_check = [*progress.caps_applied, *progress.to_check]
    lines += [f"• {note}" for note in to_check[:TO_CHECK_AT_MOST]]
    lines.append(_details_line(progress, len(to_check) - TO_CHECK_AT_MOST))
    turn.say("\n".join(lines))
    for key, question in progress.open_questions:
        turn.offer(question, STATUS.act("fact"), [("Yes", f"{key}:yes"), ("No", f"{key}:no")])


def _details_line(progress: Progress, more_to_check: int) -> str:
    """One plain line pointing at the details: how many numbers are unknown, and why."""
    unknown = unknown_numbers(progress)
    more = f"{counted(more_to_check, 'more thing')} to check, and " if more_to_check > 0 else ""
    if unknown == 1:
        return f"{more}1 number behind this status is unknown — say *status details* to see why."
    if unknown:
        return (
            f"{more}{unknown} numbers behind this status are unknown — "
            "say *status details* to see why."
        )
    return f"{more}the board's notes and sources: say *status details*.".capitalize()


def show_details(turn: Turn, standing: LicenseStanding, titles: Mapping[int | None, str]) -> None:
    """One license's full notes: caps, courses not counted, unknowns, research, sources."""
    progress = standing.progress
    if progress is None:
        turn.say(f"*{standing.label}*: I don't have this board's rules yet.")
        return
    notes = [*progress.caps_applied, *progress.unknowns]
    notes += [f"{titles.get(i, 'A course')}: {reason}" for i, reason in progress.excluded]
    notes += [f"{t.label}: {t.note}" for t in progress.topics if t.note and t.applies is not False]
    confidence = f"our confidence in this research: {progress.confidence}"
    checked = f"checked {progress.checked:%b %-d, %Y}" if progress.checked else "not yet re-checked"
    lines = [f"*{standing.label}* — why, and the sources ({confidence}; {checked}):"]
    rule_set = turn.services.rule_sets.get(standing.license.rule_set_id)
    if rule_set is not None:  # every one: the first may be an old repeal, a later one pending
        lines += [
            f"• A change is pending or recent — check your board: {change}"
            for change in rule_set.pending_changes
        ]
    if rule_set is not None:
        notes += [doubt.words for doubt in doubts(rule_set)]
    lines += [f"• {note}" for note in dict.fromkeys(notes)]
    lines.append("Sources:")
    lines += [f"  {url}" for url in progress.sources]
    lines.append("Guidance only — the board's word is final.")
    turn.say("\n".join(lines))
