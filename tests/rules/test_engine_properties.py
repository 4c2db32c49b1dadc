"""Properties of compute_progress over generated rule sets and completion histories."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.rules import CompletionFacts, LicenseFacts, RuleSet, compute_progress
from bot.rules.periods import cycle_start_for

TOPIC_KEYS = ("ethics", "suicide_prevention", "telehealth", "cultural_competency")
FORMATS = ("self_study", "online_async", "live_online", "in_person", "")
RENEWAL = date(2026, 6, 30)

hours = st.sampled_from([0.5, 1.0, 1.5, 2.0, 3.0, 6.0, 12.0])


@st.composite
def rule_sets(draw) -> RuleSet:
    """A rule set with random totals, topics (some of unknown hours or standing) and caps."""
    topics = []
    for key in draw(st.lists(st.sampled_from(TOPIC_KEYS), unique=True, max_size=3)):
        frequency = draw(st.sampled_from(["every_cycle", "one_time", "conditional"]))
        topic = {
            "key": key,
            "label": key,
            "hours": draw(st.one_of(st.none(), hours)),
            "frequency": frequency,
            "counts_toward_total": draw(st.sampled_from([True, False, None])),
        }
        if frequency == "conditional":
            topic["condition"] = {"key": f"does_{key}", "question": f"Do you do {key}?"}
        topics.append(topic)
    caps = []
    if draw(st.booleans()):
        caps.append(
            {
                "formats": ["self_study", "online_async"],
                "max_hours": draw(st.one_of(st.none(), hours)),
                "unknown": draw(st.booleans()),
            }
        )
    return RuleSet.model_validate(
        {
            "id": "ZZ-LCSW",
            "jurisdiction": "ZZ",
            "license_type": "LCSW",
            "state_title": "Test",
            "board": "Test board",
            "cycle_months": draw(st.sampled_from([12, 24, 36])),
            "total_hours": draw(st.one_of(st.none(), st.sampled_from([10.0, 20.0, 36.0]))),
            "daily_max_hours": draw(st.one_of(st.none(), st.just(8.0))),
            "topics": topics,
            "format_caps": caps,
            "sources": ["https://example.org/rules"],
            "confidence": "high",
        }
    )


def completions(start: date, end: date):
    day = st.integers(0, (end - start).days).map(lambda n: start + timedelta(days=n))
    one = st.builds(
        lambda i, h, d, f, t: CompletionFacts(i, f"c{i}", h, d, f, tuple(t)),
        st.just(0),
        hours,
        day,
        st.sampled_from(FORMATS),
        st.lists(st.sampled_from(TOPIC_KEYS), unique=True, max_size=2),
    )
    return st.lists(one, max_size=8).map(
        lambda cs: [
            CompletionFacts(i + 1, c.title, c.hours, c.completed_on, c.format, c.topics)
            for i, c in enumerate(cs)
        ]
    )


def answers():
    keys = [f"does_{k}" for k in TOPIC_KEYS] + [f"completed_once_{k}" for k in TOPIC_KEYS]
    return st.dictionaries(st.sampled_from(keys), st.booleans(), max_size=len(keys))


WINDOW = (date(2023, 1, 1), date(2027, 6, 30))


@settings(max_examples=150, deadline=None)
@given(rule_sets(), completions(*WINDOW), answers(), completions(*WINDOW))
def test_a_course_dated_after_as_of_never_changes_the_answer(rules, done, facts, later):
    as_of = date(2025, 6, 1)
    future = [c for c in later if c.completed_on > as_of]
    future = [
        CompletionFacts(100 + c.id, c.title, c.hours, c.completed_on, c.format, c.topics)
        for c in future
    ]
    lic = LicenseFacts("LCSW", "ZZ", RENEWAL, practice_facts=facts)
    base = compute_progress(rules, lic, done, as_of)
    more = compute_progress(rules, lic, done + future, as_of)
    assert (more.total_counted_range, more.total_remaining, more.complete, more.status) == (
        base.total_counted_range,
        base.total_remaining,
        base.complete,
        base.status,
    )
    assert [(t.earned, t.remaining) for t in more.topics] == [
        (t.earned, t.remaining) for t in base.topics
    ]


@settings(max_examples=150, deadline=None)
@given(rule_sets(), completions(*WINDOW), answers(), hours, st.sampled_from(FORMATS))
def test_adding_an_in_cycle_course_never_increases_what_remains(rules, done, facts, extra, fmt):
    lic = LicenseFacts("LCSW", "ZZ", RENEWAL, practice_facts=facts)
    today = RENEWAL
    start = cycle_start_for(RENEWAL, rules.cycle_months)
    added = CompletionFacts(999, "extra", extra, start + timedelta(days=3), fmt, TOPIC_KEYS[:1])
    base = compute_progress(rules, lic, done, today)
    more = compute_progress(rules, lic, [*done, added], today)
    if base.total_remaining is not None and more.total_remaining is not None:
        assert more.total_remaining <= base.total_remaining
    assert more.total_counted_range[0] >= base.total_counted_range[0]
    for b, m in zip(base.topics, more.topics, strict=True):
        if b.remaining is not None and m.remaining is not None:
            assert m.remaining <= b.remaining
    if base.complete is True:
        assert more.complete is True


@settings(max_examples=150, deadline=None)
@given(rule_sets(), completions(*WINDOW), answers())
def test_a_null_the_answer_depends_on_is_never_a_number(rules, done, facts):
    lic = LicenseFacts("LCSW", "ZZ", RENEWAL, practice_facts=facts)
    p = compute_progress(rules, lic, done, RENEWAL)
    if rules.total_hours is None:
        assert p.total_required is None and p.complete is not True
    for row in p.topics:
        if row.applies is not False and row.required is None:
            assert row.met is None and p.complete is not True
    low, high = p.total_counted_range
    if low != high:
        assert p.total_counted is None
    if p.total_remaining is None and p.total_required is not None:
        assert low < p.total_required  # a number was withheld only where it was in doubt
    if p.complete is None:
        assert p.status == "unknown"


@settings(max_examples=150, deadline=None)
@given(rule_sets(), hours, answers(), st.booleans())
def test_a_course_on_a_boundary_day_counts_in_exactly_one_cycle(rules, h, facts, renewal_day):
    # The previous cycle ends on `previous`; this one starts the day after. A course on
    # either day is counted by exactly one of the two cycles (each read on its renewal day).
    previous = cycle_start_for(RENEWAL, rules.cycle_months) - timedelta(days=1)
    day = previous if renewal_day else previous + timedelta(days=1)
    course = [CompletionFacts(1, "c", h, day, "in_person", ())]
    counted = 0
    for renewal in (previous, RENEWAL):
        lic = LicenseFacts("LCSW", "ZZ", renewal, practice_facts=facts)
        p = compute_progress(rules, lic, course, renewal)
        counted += all(cid != 1 for cid, _ in p.excluded)
    assert counted == 1


@settings(max_examples=150, deadline=None)
@given(rule_sets(), completions(*WINDOW), answers())
def test_caps_never_count_more_hours_than_were_logged(rules, done, facts):
    lic = LicenseFacts("LCSW", "ZZ", RENEWAL, practice_facts=facts)
    p = compute_progress(rules, lic, done, RENEWAL)
    start = cycle_start_for(RENEWAL, rules.cycle_months)
    logged = sum(c.hours for c in done if start <= c.completed_on <= RENEWAL)
    low, high = p.total_counted_range
    assert 0 <= low <= high <= logged + 1e-9
    if rules.daily_max_hours is not None:
        days = {c.completed_on for c in done if start <= c.completed_on <= RENEWAL}
        assert high <= rules.daily_max_hours * len(days) + 1e-9
