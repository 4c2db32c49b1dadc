"""The renewal planner on small catalogs whose optimal plans were worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

from bot.planning import plan_renewal
from bot.recommend import CourseView, LicenseNeed

TODAY = date(2026, 1, 5)
DUE = date(2026, 12, 31)


def course(cid, hours, cost, *, topics=(), fmt="online_async", bodies=("ASWB ACE",)):
    return CourseView(cid, f"Course {cid}", "Example CE", hours, cost, fmt, topics, bodies)


def board(*accepted):
    return lambda bodies: None if not bodies else any(b in accepted for b in bodies)


def need(label="CA LCSW", gaps=None, total=None, *, due=DUE, caps=(), accepts=None):
    return LicenseNeed(
        label, accepts or board("ASWB ACE"), gaps or {}, total, {}, deadline=due, cap_rooms=caps
    )


def ids(plan):
    return sorted(step.course.id for step in plan.steps)


def test_cheapest_then_fewest_hours():
    # Ethics ≥ 6 h and 12 h in all. Ethics: 2+3 ($85) beats 1 ($100). The other 6 h:
    # 4 ($60, 6 h) ties 8 ($60, 8 h) on cost and wins on hours; 5+6 cost $65.
    # Optimum {2, 3, 4}: $145, 12 h.
    catalog = [
        course(1, 6, 100, topics=("ethics",)),
        course(2, 3, 40, topics=("ethics",)),
        course(3, 3, 45, topics=("ethics",)),
        course(4, 6, 60),
        course(5, 3, 25),
        course(6, 3, 40),
        course(7, 6, 130, topics=("ethics",)),
        course(8, 8, 60),
    ]
    plan = plan_renewal(catalog, [need(gaps={"ethics": 6}, total=12)], today=TODAY)
    assert (ids(plan), plan.total_cost, plan.total_hours) == ([2, 3, 4], 145, 12)
    assert plan.complete and plan.blockers == ()


def test_self_study_cap_is_respected():
    # 12 h left, but the board lets only 3 more on-demand hours count: the free 12 h
    # on-demand course brings 3 h; 9 live hours cheapest as 2 + 5 ($120). Without the cap
    # the free course alone would do.
    catalog = [
        course(1, 12, 0),
        course(2, 6, 90, fmt="in_person"),
        course(3, 6, 100, fmt="live_online"),
        course(4, 9, 150, fmt="in_person"),
        course(5, 3, 30, fmt="live_online"),
    ]
    capped = need(total=12, caps=((("self_study", "online_async"), 3.0),))
    plan = plan_renewal(catalog, [capped], today=TODAY)
    assert (ids(plan), plan.total_cost) == ([1, 2, 5], 120)
    assert ids(plan_renewal(catalog, [need(total=12)], today=TODAY)) == [1]


def test_only_courses_a_board_accepts_count_for_it():
    # CA accepts ASWB, TX accepts NBCC; each needs 3 h of ethics. 4 is cheapest but AAMFT
    # counts for neither; 1 (both bodies, $70) beats 2 + 3 ($80).
    ca = need("CA LCSW", {"ethics": 3})
    tx = need("TX LPC", {"ethics": 3}, accepts=board("NBCC"))
    catalog = [
        course(1, 3, 70, topics=("ethics",), bodies=("ASWB ACE", "NBCC")),
        course(2, 3, 40, topics=("ethics",)),
        course(3, 3, 40, topics=("ethics",), bodies=("NBCC",)),
        course(4, 3, 1, topics=("ethics",), bodies=("AAMFT",)),
    ]
    plan = plan_renewal(catalog, [ca, tx], today=TODAY)
    assert ids(plan) == [1] and plan.steps[0].counts_for == ("CA LCSW", "TX LPC")
    dearer = [course(1, 3, 90, topics=("ethics",), bodies=("ASWB ACE", "NBCC")), *catalog[1:]]
    plan = plan_renewal(dearer, [ca, tx], today=TODAY)
    assert (ids(plan), plan.total_cost) == ([2, 3], 80)
    assert {s.course.id: s.counts_for for s in plan.steps} == {2: ("CA LCSW",), 3: ("TX LPC",)}


def test_weekly_time_before_each_deadline_changes_the_choice():
    # 1 h a week. NY needs 4 h of ethics within 4 weeks: the cheap 6 h course (1) does not
    # fit, so 2 (4 h, $60). TX needs 10 h within 20 weeks: 3. Optimum {2, 3} = $80, not $50.
    soon, later = TODAY + timedelta(weeks=4), TODAY + timedelta(weeks=20)
    ny = need("NY LCSW", {"ethics": 4}, due=soon, accepts=board("NYSED"))
    tx = need("TX LPC", total=10, due=later, accepts=board("NBCC"))
    catalog = [
        course(1, 6, 30, topics=("ethics",), bodies=("NYSED",)),
        course(2, 4, 60, topics=("ethics",), bodies=("NYSED",)),
        course(3, 10, 20, bodies=("NBCC",)),
    ]
    plan = plan_renewal(catalog, [ny, tx], today=TODAY, hours_per_week=1)
    assert (ids(plan), plan.total_cost) == ([2, 3], 80)
    due = {s.course.id: s.due for s in plan.steps}
    assert due == {2: soon, 3: TODAY + timedelta(weeks=14)}
    assert ids(plan_renewal(catalog, [ny, tx], today=TODAY)) == [1, 3]


def test_no_plan_fits_says_what_blocks_it_and_offers_the_closest():
    # No suicide-prevention course exists, and 2 h a week for 4 weeks is 8 h, not 12.
    due = TODAY + timedelta(weeks=4)
    lic = need(gaps={"ethics": 6, "suicide_prevention": 6}, total=12, due=due)
    catalog = [course(1, 6, 50, topics=("ethics",)), course(2, 6, 40)]
    plan = plan_renewal(catalog, [lic], today=TODAY, hours_per_week=2, budget=60)
    assert not plan.complete
    assert ids(plan) == [1, 2]  # the closest: ethics and the total are met
    assert plan.shortfalls == (("CA LCSW", "Suicide assessment & prevention", 6.0),)
    assert plan.blockers == (
        "No course I can plan with counts toward Suicide assessment & prevention for your "
        "CA LCSW (one needs known hours and cost, an approval its board may accept, and, for "
        "a state's own requirement, to be made for your state).",
        "At 2 h a week you have about 8 h before Feb 2, 2026, but your CA LCSW needs 12 h "
        "by then (about 3.0 h a week).",
    )
    assert "It costs $90, over your $60 budget for the year." in plan.notes


def test_live_hours_floor_is_met_by_live_formats():
    lic = need(gaps={"format:live": 3}, total=3)
    catalog = [course(1, 3, 10), course(2, 3, 50, fmt="live_online")]
    assert ids(plan_renewal(catalog, [lic], today=TODAY)) == [2]


def test_done_courses_and_unknown_costs_are_left_out():
    lic = need(total=3)
    catalog = [course(1, 3, 0), course(2, 3, None), course(3, 3, 30)]
    plan = plan_renewal(catalog, [lic], today=TODAY, skip=frozenset({1}))
    assert ids(plan) == [3]
    assert plan.notes[0] == "1 catalog course with unknown hours or cost left out."


def test_courses_already_planned_count_and_are_not_proposed_again():
    # 12 h left; course 4 (6 h) is already planned, so only 6 more h: 2 ($30) not 1 + ...
    catalog = [course(1, 6, 50), course(2, 6, 30), course(3, 12, 70), course(4, 6, 90)]
    plan = plan_renewal(catalog, [need(total=12)], today=TODAY, committed=frozenset({4}))
    # Totals are the whole plan: the planned course 4 ($90, 6 h) plus the new 2 ($30, 6 h).
    assert (ids(plan), plan.total_cost, plan.total_hours) == ([2], 120, 12)
    assert plan.already_planned == 1
    assert "Counts the 1 course already in your plan." in plan.notes


def test_interchangeable_courses_are_pruned_to_the_cheapest_few():
    from bot.planning.candidates import candidates

    # 40 interchangeable 1 h courses priced 40, 39, …, 1; 3 h needed: only the 3 cheapest
    # can ever be in an optimal plan, and the solver picks exactly them.
    catalog = [course(i, 1, 41 - i) for i in range(1, 41)]
    kept, _ = candidates(catalog, [need(total=3)], frozenset())
    assert sorted(c.course.id for c in kept) == [38, 39, 40]
    plan = plan_renewal(catalog, [need(total=3)], today=TODAY)
    assert (ids(plan), plan.total_cost) == ([38, 39, 40], 6)
