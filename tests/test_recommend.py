"""Ranking rules of the recommender on small hand-built catalogs (no database, no bot)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from bot.recommend import CourseView, LearnerProfile, LicenseNeed, reason_line, suggest


def course(cid: int, **overrides) -> CourseView:
    fields = {
        "id": cid,
        "title": f"Course {cid}",
        "provider": "Example CE",
        "hours": 3.0,
        "cost_usd": 50.0,
        "format": "online_async",
        "topics": (),
        "approval_bodies": ("ASWB ACE",),
    }
    return CourseView(**{**fields, **overrides})


def accepts_aswb(bodies: Sequence[str]) -> bool | None:
    return None if not bodies else "ASWB ACE" in bodies


def license_need(label="CA LCSW", *, gaps=None, remaining=None, rooms=None, accepts=accepts_aswb):
    return LicenseNeed(label, accepts, gaps or {}, remaining, rooms or {})


def profile(*licenses: LicenseNeed, **overrides) -> LearnerProfile:
    return LearnerProfile(licenses=licenses or (license_need(),), **overrides)


def ids(suggestions) -> list[int]:
    return [s.course.id for s in suggestions]


def test_topic_minimums_outrank_general_hours_and_reasons_name_them():
    catalog = [
        course(1, hours=6.0, topics=("trauma",)),
        course(2, hours=6.0, topics=("ethics",)),
        course(3, hours=2.0, topics=("ethics",)),
    ]
    need = license_need(gaps={"ethics": 6.0}, remaining=20.0)

    result = suggest(catalog, profile(need))

    assert ids(result) == [2, 3, 1]
    assert result[0].reasons[0] == "covers 6 h of your Ethics / law & ethics requirement (CA LCSW)"
    assert result[2].reasons[0] == "counts 6 h toward the 20 h you still need (CA LCSW)"
    assert result[0].counts_for == ("CA LCSW",)
    assert reason_line(result[0]) == (
        "covers 6 h of your Ethics / law & ethics requirement (CA LCSW); $50; "
        "6 h online, on demand; ASWB ACE-approved"
    )


def test_a_reason_names_the_requirement_as_the_board_does():
    # Status says "Ethics and boundary issues" (FL's words): the suggestion says the same.
    need = LicenseNeed(
        "FL LMHC",
        accepts_aswb,
        {"ethics": 3.0},
        28.0,
        {},
        topic_names={"ethics": "Ethics and boundary issues"},
    )
    [first] = suggest([course(1, hours=3.0, topics=("ethics",))], profile(need))
    assert first.reasons[0] == "covers 3 h of your Ethics and boundary issues requirement (FL LMHC)"


def test_approval_true_false_unknown_per_license():
    def accepts_nbcc(bodies):
        return None if not bodies else "NBCC" in bodies

    ca = license_need("CA LCSW", gaps={"ethics": 3.0})
    tx = license_need("TX LPC", gaps={"ethics": 3.0}, accepts=accepts_nbcc)
    catalog = [
        course(1, topics=("ethics",), approval_bodies=("ASWB ACE",)),
        course(2, topics=("ethics",), approval_bodies=("AAMFT",)),  # nobody accepts: dropped
        course(3, topics=("ethics",), approval_bodies=()),  # unknown for both: kept, said
        course(4, topics=("ethics",), approval_bodies=("ASWB ACE", "NBCC")),
    ]

    result = {s.course.id: s for s in suggest(catalog, profile(ca, tx))}

    assert list(result) == [4, 1, 3]
    assert result[4].counts_for == ("CA LCSW", "TX LPC")
    assert result[1].counts_for == ("CA LCSW",) and result[1].not_accepted_by == ("TX LPC",)
    assert result[3].approval_unknown_for == ("CA LCSW", "TX LPC")
    assert (
        "approval body not listed: unknown for your CA LCSW, TX LPC: check with your boards"
        in result[3].reasons
    )
    assert "ASWB ACE-approved: counts for your CA LCSW, not for your TX LPC" in result[1].reasons
    assert "approved by ASWB ACE, NBCC" in result[4].reasons
    assert "covers 3 h of your Ethics / law & ethics requirement (CA LCSW, TX LPC)" in (
        result[4].reasons
    )


def test_budget_drops_expensive_courses_but_keeps_unknown_cost_and_says_so():
    catalog = [
        course(1, cost_usd=250.0),
        course(2, cost_usd=None),
        course(3, cost_usd=100.0),
        course(4, cost_usd=0.0),
    ]

    result = suggest(catalog, profile(budget_left=100.0))

    assert sorted(ids(result)) == [2, 3, 4]
    unknown = next(s for s in result if s.course.id == 2)
    assert "cost unknown: check it fits your $100 left" in unknown.reasons
    assert "free" in next(s for s in result if s.course.id == 4).reasons


def test_self_study_closes_nothing_once_its_cap_is_used_up():
    catalog = [
        course(1, format="self_study", cost_usd=0.0, topics=("ethics",)),
        course(2, format="online_async", cost_usd=30.0, topics=("ethics",)),
    ]
    open_cap = license_need(gaps={"ethics": 3.0}, rooms={"self_study": 3.0})
    full_cap = license_need(gaps={"ethics": 3.0}, rooms={"self_study": 0.0})

    assert ids(suggest(catalog, profile(open_cap))) == [1, 2]
    capped = suggest(catalog, profile(full_cap))

    assert ids(capped) == [2, 1]
    assert not any(r.startswith("covers") for r in capped[1].reasons)
    assert "self-study (reading, text) cap reached: its hours would not count (CA LCSW)" in (
        capped[1].reasons
    )


def test_done_courses_are_never_suggested_and_planned_hours_shrink_the_gap():
    catalog = [
        course(1, hours=6.0, topics=("ethics",)),
        course(2, hours=6.0, topics=("ethics",), cost_usd=60.0),
        course(3, hours=3.0, topics=("telehealth",)),
    ]
    need = license_need(gaps={"ethics": 6.0, "telehealth": 3.0})

    result = suggest(catalog, profile(need, done_course_ids=frozenset({1})), limit=10)
    planned = suggest(catalog, profile(need, planned_course_ids=frozenset({1})), limit=10)

    assert 1 not in ids(result) and ids(result) == [2, 3]
    # With course 1 planned, ethics is covered: the telehealth course now leads.
    assert ids(planned) == [3, 2]


def test_skill_gaps_peer_ratings_and_preferred_format_break_ties():
    catalog = [course(1, topics=("trauma",)), course(2, topics=("grief_loss",)), course(3)]
    learner = profile(
        skill_gaps={"trauma": 0.8},
        peer_ratings={2: (5.0, 4), 3: (2.0, 4)},
        preferred_formats=("live_online",),
    )

    result = suggest(catalog, learner)

    assert ids(result) == [1, 2, 3]
    assert "builds Trauma & PTSD, an area you rated yourself low in" in result[0].reasons
    assert "rated 5.0/5 by 4 colleagues" in result[1].reasons
    live = suggest(
        [*catalog, course(4, format="live_online")], profile(preferred_formats=("live_online",))
    )
    assert live[0].course.id == 4 and "a format you prefer" in live[0].reasons


def test_cheaper_shorter_and_live_only():
    catalog = [
        course(1, hours=6.0, cost_usd=150.0, topics=("ethics",)),
        course(2, hours=3.0, cost_usd=0.0, topics=("ethics",), format="live_online"),
        course(3, hours=1.0, cost_usd=40.0, topics=("ethics",), format="in_person"),
    ]
    learner = profile(license_need(gaps={"ethics": 6.0}))

    assert ids(suggest(catalog, learner)) == [1, 2, 3]
    assert ids(suggest(catalog, learner, cheaper=True))[0] == 2
    assert ids(suggest(catalog, learner, shorter=True)) == [3, 2, 1]
    assert ids(suggest(catalog, learner, live_only=True, limit=10)) == [2, 3]


def test_unknown_hours_and_cost_are_said_never_zero():
    catalog = [course(1, hours=None, cost_usd=None, topics=("ethics",), sample=True)]

    (only,) = suggest(catalog, profile(license_need(gaps={"ethics": 3.0})))

    assert only.reasons[0] == "sample course (illustrative, not a real offering)"
    assert "may count toward Ethics / law & ethics (hours unknown)" in only.reasons[1]
    assert "cost unknown" in only.reasons
    assert "hours unknown, online, on demand" in only.reasons
    assert "0 h" not in reason_line(only)


def test_large_catalog_ranks_and_respects_limit():
    """Sanity only (speed is measured by hand / bench, never asserted in a test)."""
    rnd = random.Random(7)
    topics = ("ethics", "trauma", "telehealth", "supervision")
    catalog = [
        course(
            i,
            hours=rnd.choice([None, 1.0, 3.0, 6.0]),
            cost_usd=rnd.choice([None, 0.0, 30.0, 120.0]),
            topics=(rnd.choice(topics),),
            approval_bodies=rnd.choice([(), ("ASWB ACE",), ("AAMFT",)]),
        )
        for i in range(2000)
    ]
    learner = profile(license_need(gaps={"ethics": 6.0}, remaining=30.0), budget_left=100.0)

    result = suggest(catalog, learner, limit=7)

    assert len(result) == 7
    assert [s.score for s in result] == sorted((s.score for s in result), reverse=True)
    assert all(s.course.approval_bodies != ("AAMFT",) for s in result)
    assert all(s.course.cost_usd is None or s.course.cost_usd <= 100.0 for s in result)
    assert suggest(catalog, learner, limit=0) == []
