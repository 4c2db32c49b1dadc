"""Saving parsed completions: certificate, plan steps closed, and the updated standing."""

from __future__ import annotations

from bot.flows.base import Turn
from bot.messages import Choice, Choices, Facts
from bot.parsing import ParsedCompletion
from bot.standing import standings
from bot.topics import FORMATS, topic_label
from store.models import Completion
from store.queries.learning import add_completion, completions_of, plan_of
from store.queries.members import licenses_of


def describe(item: ParsedCompletion) -> Facts:
    """A parsed completion as rows, with anything unsure spelled out."""
    rows = [
        ("Course", item.title + (f" ({item.provider})" if item.provider else "")),
        ("Hours", f"{item.hours:g}" if item.hours is not None else "not given"),
        ("Date", f"{item.completed_on:%a %b %-d, %Y}" if item.completed_on else "not given"),
        ("Format", FORMATS.get(item.format, "not given")),
        ("Topics", ", ".join(topic_label(topic) for topic in item.topics) or "none recognised"),
    ]
    rows += [("Check", doubt) for doubt in item.doubts]
    return Facts(tuple(rows), title="Here's what I understood")


def save_completions(turn: Turn, items: list[ParsedCompletion]) -> None:
    """Log each item, attach a certificate sent along, close matching plan steps, and report."""
    attachment = turn.inbound.attachments[0] if turn.inbound.attachments else None
    for item in items:
        done = add_completion(
            turn.session,
            completion=Completion(
                member_id=turn.member.id,
                course_id=item.course_id,
                title=item.title,
                provider=item.provider,
                hours=item.hours,
                completed_on=item.completed_on,
                format=item.format,
                topics=list(item.topics),
                certificate_name=attachment.name if attachment else "",
                certificate_ref=(attachment.file_id or attachment.url) if attachment else "",
                source_message_id=turn.inbound.event_id,
                created_at=turn.now,
            ),
        )
        for step in plan_of(turn.session, member_id=turn.member.id):
            if item.course_id is not None and step.course_id == item.course_id:
                step.status, step.completion_id = "done", done.id
        note = " — certificate saved 📎" if attachment else ""
        turn.show(
            Choices(
                f"✅ Logged *{done.title}*: {done.hours:g} h on {done.completed_on:%b %-d}{note}.",
                (Choice("Undo", "undo.one", str(done.id)),),
            )
        )
    report_standing(turn)


def report_standing(turn: Turn) -> None:
    """One line per license: where the member now stands."""
    licenses = licenses_of(turn.session, member_id=turn.member.id)
    completions = completions_of(turn.session, member_id=turn.member.id)
    lines = []
    for standing in standings(
        turn.member, licenses, completions, turn.services.rule_sets, turn.today
    ):
        progress = standing.progress
        label = f"{standing.license.jurisdiction} {standing.license.license_type}"
        if progress is None or progress.total_required is None:
            lines.append(f"• {label}: {standing.hours_logged:g} h logged this cycle")
        else:
            lines.append(f"• {label}: {progress.total_counted:g} of {progress.total_required:g} h")
    if lines:
        turn.say("\n".join(lines))
