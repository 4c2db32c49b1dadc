"""A digest as chat replies: counts, renewals, hours, who can't be reached, popular courses."""

from __future__ import annotations

from datetime import timedelta

from bot.messages import Facts, Image, Reply, Text
from bot.practice.digests.build import Digest
from bot.practice.digests.chart import digest_chart
from bot.standing import STATUS_WORDS as LICENSE_STATUS_WORDS

STATUS_WORDS = {**LICENSE_STATUS_WORDS, "not_set_up": "not set up yet"}


def digest_replies(digest: Digest, *, with_chart: bool = False) -> list[Reply]:
    """The digest message; the chart only where the platform shows images (costly to draw)."""
    # The period runs from the day after `start`: the heading names the first day counted.
    start, end = digest.period.start + timedelta(days=1), digest.period.end
    replies: list[Reply] = [
        Text(
            f"*Your team's CE digest* — {len(digest.reports)} people, "
            f"{start:%b %-d}–{end:%b %-d}. Compliance only: goals, self-assessments "
            "and reflections stay private to each clinician."
        ),
    ]
    if not digest.reports:
        replies.append(
            Text(
                "No one reports to you yet. An admin can add your team with "
                "*team add @you @colleague …*."
            )
        )
        return replies
    counts = digest.counts
    replies.append(
        Facts(
            tuple((STATUS_WORDS[s], str(n)) for s, n in counts.items() if n or s != "unknown"),
            title="Where everyone stands",
        )
    )
    if with_chart:
        replies.append(Image(digest_chart(tuple(counts.items())), _alt(counts)))
    replies.append(Text(_renewals(digest)))
    replies.append(
        Text(
            f"*Hours this period:* {digest.hours_logged:g} h by {digest.people_logging} "
            f"{'person' if digest.people_logging == 1 else 'people'}."
        )
    )
    if digest.top_courses:
        lines = "\n".join(f"• {title} ({n})" for title, n in digest.top_courses)
        replies.append(Text("*Most taken this period:*\n" + lines))
    if digest.unreachable:
        names = ", ".join(digest.unreachable)
        replies.append(
            Text(
                f"*I can't reach:* {names} — they haven't started with me, or "
                "messages to them fail. A word from you helps."
            )
        )
    return replies


def team_list(digest: Digest) -> str:
    """Names and compliance status, one per line."""
    return "\n".join(f"• {r.name} — {STATUS_WORDS[r.status]}" for r in digest.reports)


def _renewals(digest: Digest) -> str:
    """Licenses past their renewal date (named: the manager can act), then the next 90 days."""
    past = [
        f"• {r.name} — {r.license_label}, renewal date {r.renewal_date:%b %-d, %Y} "
        f"({-r.days_left} days ago): " + _shortfall(r)
        for r in digest.renewals
        if r.days_left < 0
    ]
    coming = [
        f"• {r.name} — {r.license_label}, renews {r.renewal_date:%b %-d} ({r.days_left} days): "
        + _shortfall(r)
        for r in digest.renewals
        if r.days_left >= 0
    ]
    text = "*Renewals in the next 90 days:*"
    text += "\n" + "\n".join(coming) if coming else " none."
    if past:
        text = "*Past their renewal date:*\n" + "\n".join(past) + "\n" + text
    return text


def _shortfall(renewal) -> str:
    """ "complete", "6 h short", or what can't be told."""
    if renewal.status == "complete":
        return "complete"
    if renewal.status == "unknown":
        return STATUS_WORDS["unknown"]
    if renewal.hours_short:
        return f"{renewal.hours_short:g} h short"
    return "short (hours unknown)" if renewal.hours_short is None else "short of a required topic"


def _alt(counts: dict[str, int]) -> str:
    return "Team status chart: " + ", ".join(
        f"{STATUS_WORDS[s]} {n}" for s, n in counts.items() if n
    )
