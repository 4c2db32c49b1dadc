"""Questions a clinician asks about their rules, answered from the engine, license by license.

"Does the ethics webinar count for both my licenses?", "why is this unknown?", "what counts
as self-study for my board?", "how many hours do I still need?" — each answer is built from
the member's own progress and the board's rule set, with the reason where a number is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from rapidfuzz import fuzz, utils

from bot.answers import parse_state
from bot.declare import ASKS, QUESTION, Phrase
from bot.flows.base import Flow, Turn
from bot.parsing.vocabulary import infer_format, infer_topics
from bot.rules import CompletionFacts, Progress, RuleSet, TopicProgress
from bot.rules.approval import normalize_approval_bodies
from bot.rules.confidence import doubts
from bot.rules.counting import cap_limit, format_words
from bot.rules.fit import course_fit
from bot.standing import LicenseStanding, completion_facts, standings
from bot.topics import topic_label
from bot.wording import counted
from store.models import Completion
from store.queries.learning import completions_of
from store.queries.members import licenses_of

MORE = "Say *status details* for every note behind your status, with the board's sources."
SELF_STUDY = ("self_study", "online_async")
# "the ethics webinar", "my trauma course": a course already logged; "a …" is any such course.
DEFINITE = re.compile(r"\b(the|my|that|this|those|these)\b", re.I)

# Questions answered from the rules engine, by kind (each answered below).
QUESTIONS: list[tuple[str, str]] = [
    (
        r"\bwhy\b.*\b(unknown|not known|don[’']?t (you )?know|can[’']?t (you |i )?(tell|say|confirm|know)"
        r"|unsure|not sure|no number|question mark|uncertain|missing)\b"
        r"|\bwhat (does|do) .*\bunknown\b.*\bmean\b",
        "unknown",
    ),
    (
        r"\b(self[- ]?study|self[- ]?instruct\w*|home[- ]study|on[- ]?demand|recorded|async\w*)\b"
        r".*(\?|\bcount|\blimit|\bcap\b|\bmax)|\b(what|which|how much|how many|limit|cap|max\w*)\b"
        r".*\b(self[- ]?study|self[- ]?instruct\w*|home[- ]study)\b",
        "self_study",
    ),
    (
        r"\bwhat(?:'?s| is| are)? (?:all )?(?:the |my )?(?:board'?s? |state'?s? )?(?:ce |ceu |ceus )?"
        r"(?:requirements?|rules|required)\b"
        r"|\bwhat (?:does|do|will) (?:my |the |our )?(?:\w+ )?(?:board|state|license)\w* "
        r"(?:require|ask for|want|need)\b"
        r"|\bwhat counts (?:for|as) (?:my |the |a )?[\w &'-]{2,40}\??$"
        r"|\b(?:ce |ceu )?requirements? for (?:my |the |a )?(?:license|renewal|state|board|\w+)\b",
        "requirements",
    ),
    (
        r"\bhow (many|much) (more |ce |ceu |ceus |more ce )?(hours?|ces?|ceus?|credits?|time)\b.*"
        r"\b(need|needed|left|remain\w*|to go|still|required|short|missing|do i have to|owe)\b"
        r"|\bhow (many|much) more\b|\b(hours?|credits?) (do i )?(still )?(left|remaining|to go)\b"
        r"|\bwhat (do|else do) i (still )?(need|have left)\b|\bhow far (off|away|am i)\b",
        "remaining",
    ),
    (
        r"\bwhen(?:'?s)?\b.{0,30}\b(?:renew\w*|expire\w*|deadline|licen[cs]e\w* (?:is |are )?due"
        r"|ces? (?:is |are )?due|hours (?:are )?due)\b"
        r"|\b(?:renewal|expiration) (?:date|deadline)s?\b.{0,20}\?|\bwhat(?:'?s| is) my (?:renewal"
        r"|expiration|deadline)\b|\bhow (?:long|much time|many days|many weeks|many months)"
        r" (?:do i have |have i got )?(?:left |until |till |before |to )+(?:my |the )?"
        r"(?:renewal|deadline|renew|license)",
        "renewal",
    ),
    (
        ASKS + r".*\b(counts?|accepted|accept|qualif\w*|apply|applies|go(es)? toward\w*"
        r"|use it|use that|cover|covers|meet|meets)\b",
        "count",
    ),
]


def question_kind(text: str) -> str | None:
    """Which question the member asks ("count", "unknown", "self_study", "requirements",
    "renewal", "remaining")."""
    lowered = text.casefold()
    return next((kind for pattern, kind in QUESTIONS if re.search(pattern, lowered)), None)


class Questions(Flow):
    name = QUESTION.name
    # Before "how many hours" (status) and "recommend" (suggest).
    phrases = tuple(Phrase(pattern, 140) for pattern, _kind in QUESTIONS)
    section, usage = "Your hours", "ask me"
    summary = (
        "_what does my board require?_, _when do I renew?_, _does the ethics webinar count for "
        "both my licenses?_, _how many hours do I still need?_, _what counts as self-study for my "
        "board?_, _why is this unknown?_"
    )

    def start(self, turn: Turn) -> None:
        licenses = licenses_of(turn.session, member_id=turn.member_id)
        if not licenses:
            turn.say("You have no licenses set up yet. Say *settings* to add one.")
            return
        done = completions_of(turn.session, member_id=turn.member_id)
        rule_sets = turn.services.rule_sets
        found = standings(turn.member, licenses, done, rule_sets, turn.today)
        state = parse_state(turn.answer)
        found = [s for s in found if s.license.jurisdiction == state] or found
        kind = question_kind(turn.answer) or "remaining"
        answer = {
            "count": lambda: counts_for(turn.answer, found, done, rule_sets),
            "unknown": lambda: why_unknown(turn.answer, found),
            "self_study": lambda: self_study(found, rule_sets),
            "requirements": lambda: requirements(found, rule_sets),
            "remaining": lambda: still_needed(found),
            "renewal": lambda: renewals(found, turn.today),
        }[kind]()
        turn.say(answer)
        turn.say(f"_Guidance only — the board's word is final. {MORE}_")


def requirements(found: Sequence[LicenseStanding], rule_sets: Mapping[str, RuleSet]) -> str:
    """Per license: what its board asks for this cycle, whatever the member has done — its
    total, topic minimums, format limits, and the doubt behind the total where there is one."""
    lines = []
    for standing in found:
        p, rules = standing.progress, rule_sets.get(standing.license.rule_set_id)
        if p is None or rules is None:
            lines.append(f"*{standing.label}*: I don't have this board's rules yet.")
            continue
        total = (
            f"{p.total_required:g} h of CE"
            if p.total_required is not None
            else "a total of CE hours unknown to us"
        )
        lines.append(
            f"*{standing.label}* — this cycle, {p.cycle_start:%b %-d, %Y} to "
            f"{p.renewal_date:%b %-d, %Y}: {total}."
        )
        lines += [f"  • {_asked(t)}" for t in p.topics if t.applies is not False]
        for cap in rules.format_caps:
            limit = cap_limit(cap, p.total_required)
            if limit is not None:
                lines.append(f"  • at most {limit:g} h of {format_words(cap.formats)} count")
            elif cap.unknown:
                lines.append(f"  • {format_words(cap.formats)}: a limit of a size unknown to us")
        lines += [f"  {d.words}" for d in doubts(rules) if d.first_screen]
        lines.append(f"  Source: {p.sources[0]}" if p.sources else "")
    return "\n".join(line for line in lines if line)


def _asked(t: TopicProgress) -> str:
    """One requirement in words: its hours, or what meets it; open questions said so."""
    if t.exam:
        words = f"pass the {t.label}"
    elif t.required is not None:
        words = f"{t.required:g} h {t.label}"
    elif t.any_length:
        words = f"{t.label} (a course of any length)"
    else:
        words = f"{t.label} (hours unknown to us)"
    if t.applies is None:
        words += " — if it applies to you (say *status* to answer)"
    return words


def renewals(found: Sequence[LicenseStanding], today: date) -> str:
    """Per license: when it renews, how long that is from today, and the hours still needed."""
    lines = []
    for standing in found:
        renews = standing.license.renewal_date
        days = (renews - today).days
        if days < 0:
            when = f"was {renews:%b %-d, %Y}, {counted(-days, 'day')} ago"
            lines.append(
                f"*{standing.label}*: its renewal {when} — say *settings* to give the next date."
            )
            continue
        when = f"{counted(days, 'day')} from today" if days else "today"
        left = f" — {_left(standing.progress)}" if standing.progress is not None else "."
        lines.append(f"*{standing.label}* renews {renews:%b %-d, %Y}, {when}{left}")
    return "\n".join(lines)


def still_needed(found: Sequence[LicenseStanding]) -> str:
    """Per license: the hours still needed, the topics within them, and exams or courses due."""
    lines = []
    for standing in found:
        p = standing.progress
        if p is None:
            lines.append(f"*{standing.label}*: I don't have this board's rules yet.")
            continue
        lines.append(f"*{standing.label}* (renews {p.renewal_date:%b %-d, %Y}): {_left(p)}")
    return "\n".join(lines)


def _left(p: Progress) -> str:
    if p.status == "complete":
        return "nothing more — you've met every requirement we know of. ✅"
    low, high = p.total_counted_range
    if p.total_required is None:
        head = "the board's total is unknown to us, so I can't say how many hours"
    elif p.total_remaining is not None:
        head = f"{p.total_remaining:g} more hours of {p.total_required:g} (you have {low:g})"
    else:
        most, least = p.total_required - low, max(p.total_required - high, 0)
        head = (
            f"between {least:g} and {most:g} more hours of {p.total_required:g}, depending on "
            f"{high - low:g} h whose standing is unsure"
        )
    parts = [
        f"{t.remaining:g} h {t.label}" for t in p.topics if t.applies and t.remaining and not t.exam
    ]
    parts += [
        f"pass the {t.label}" if t.exam else f"{t.label} (a course of any length)"
        for t in p.topics
        if t.applies and t.met is False and (t.exam or (t.any_length and t.required is None))
    ]
    unknown = [t.label for t in p.topics if t.applies and t.required is None and t.met is None]
    text = head + (", including " + ", ".join(parts) if parts else "")
    if unknown:
        text += f"; the hours for {', '.join(unknown)} are unknown to us"
    if p.hours_per_month_needed:
        text += f" — about {p.hours_per_month_needed:.1f} h a month"
    notes = [f"\n  • {note}" for note in p.to_check]
    return text + "." + "".join(notes)


def counts_for(
    text: str,
    found: Sequence[LicenseStanding],
    done: Sequence[Completion],
    rule_sets: Mapping[str, RuleSet],
) -> str:
    """Whether the course the member names counts for each of their licenses, and why."""
    bodies = normalize_approval_bodies(text)
    logged = _logged_course(text, done) if DEFINITE.search(text) else None
    if logged is not None and (not bodies or logged.approval_body in bodies):
        course = completion_facts(logged)
        intro = f"Your *{logged.title}* ({logged.hours:g} h, {logged.completed_on:%b %-d, %Y}):"
    else:
        topics = infer_topics(text)
        course = CompletionFacts(
            0,
            "",
            1.0,
            found[0].license.renewal_date,
            infer_format(text),
            topics,
            bodies[0] if bodies else "",
        )
        intro = "A course on " + (", ".join(topic_label(t) for t in topics) or "any topic")
        intro += f" ({format_words([course.format])})" if course.format else ""
        intro += f", approved by {course.approval_body}:" if course.approval_body else ":"
    lines = [intro]
    for standing in found:
        rules = rule_sets.get(standing.license.rule_set_id)
        if rules is None or standing.progress is None:
            lines.append(f"• *{standing.label}*: I don't have this board's rules yet.")
            continue
        excluded = dict(standing.progress.excluded).get(course.id) if logged else None
        words = _fit_words(rules, course, standing.progress, excluded)
        lines.append(f"• *{standing.label}*: {words}")
    return "\n".join(lines)


def _fit_words(rules: RuleSet, course: CompletionFacts, p: Progress, excluded: str | None) -> str:
    fit = course_fit(rules, course, p.total_required)
    if excluded:
        return f"no — {excluded}."
    if fit.accepted is False:
        return f"no — {fit.approval}."
    toward = []
    if fit.toward_total and p.total_required is not None:
        toward.append(f"your {p.total_required:g} h total")
    elif fit.toward_total:
        toward.append("your total (its size is unknown to us)")
    elif fit.toward_total is None:
        toward.append("possibly your total (whether these hours count is unknown to us)")
    toward += [f"the {label} requirement" for label in fit.topics]
    counts = " and ".join(toward) if toward else "nothing this board requires"
    if fit.accepted or rules.approval.judged_at_audit:
        words = f"yes — it counts toward {counts} ({fit.approval})"
    elif rules.approval.list_complete:
        words = f"it counts toward {counts} {fit.approval}"
    else:
        words = f"it counts toward {counts} if the board accepts its provider ({fit.approval})"
    missing = [topic_label(t) for t in course.topics if not _board_has(rules, t)]
    if missing and toward:
        words += f". This board has no {', '.join(missing)} minimum, so those are general hours"
    if fit.cap:
        words += f". Note: {fit.cap}"
    return words + "."


def _board_has(rules: RuleSet, topic: str) -> bool:
    return any(rule.key == topic for rule in rules.topics)


def _logged_course(text: str, done: Sequence[Completion]) -> Completion | None:
    """The logged course the question names ("the ethics webinar"), most recent first."""
    topics, fmt = set(infer_topics(text)), infer_format(text)
    best, score = None, 0.0
    for course in sorted(done, key=lambda d: d.completed_on, reverse=True):
        named = fuzz.partial_ratio(utils.default_process(course.title), utils.default_process(text))
        same = bool(topics & set(course.topics)) and (not fmt or fmt == course.format)
        if (named >= 90 or same) and max(named, 80 if same else 0) > score:
            best, score = course, max(named, 80 if same else 0)
    return best


def why_unknown(text: str, found: Sequence[LicenseStanding]) -> str:
    """The reasons (and sources) behind every unknown number, or the one the member names."""
    topics = set(infer_topics(text))
    lines = []
    for standing in found:
        p = standing.progress
        if p is None:
            lines.append(f"*{standing.label}*: I don't have this board's rules yet, so all of it.")
            continue
        reasons = [*p.unknown_reasons, *p.to_check]
        named = [t.label for t in p.topics if t.topic in topics]
        if named:
            reasons = [r for r in reasons if any(label in r for label in named)] or reasons
        if reasons:
            lines.append(f"*{standing.label}*:")
            lines += [f"• {reason}" for reason in reasons]
        else:
            lines.append(
                f"*{standing.label}*: nothing here is unknown — every number comes "
                f"from the board's rules ({p.sources[0]})."
            )
    return "\n".join(lines)


def self_study(found: Sequence[LicenseStanding], rule_sets: Mapping[str, RuleSet]) -> str:
    """What each board counts as self-study, its cap, and the room the member has left."""
    lines = []
    for standing in found:
        rules = rule_sets.get(standing.license.rule_set_id)
        if rules is None or standing.progress is None:
            lines.append(f"*{standing.label}*: I don't have this board's rules yet.")
            continue
        caps = [cap for cap in rules.format_caps if set(cap.formats) & set(SELF_STUDY)]
        if not caps:
            lines.append(
                f"*{standing.label}*: the rules we hold name no self-study limit; check with "
                f"the board ({rules.sources[0]})."
            )
            continue
        room = dict(standing.progress.cap_room)
        for cap in caps:
            limit = cap_limit(cap, standing.progress.total_required)
            words = format_words(cap.formats)
            if limit is None:
                size = "a limit of a size unknown to us" if cap.unknown else "no limit"
                line = f"*{standing.label}*: {words} — {size}"
            else:
                left = room.get(tuple(cap.formats))
                line = f"*{standing.label}*: at most {limit:g} h of {words} courses count"
                line += f" ({left:g} h of room left)" if left is not None else ""
            if cap.notes:
                line += f". {cap.notes}"
            source = (cap.sources or rules.sources)[0]
            lines.append(f"{line} (source: {source})")
    return "\n".join(lines)
