"""A $0 budget means free courses only: the best free plan, never a paid one "over budget"."""

from __future__ import annotations

from datetime import date

from bot.planning import plan_renewal
from bot.recommend import CourseView, LicenseNeed

TODAY = date(2026, 12, 1)


def course(cid: int, hours: float, cost: float, topics: tuple[str, ...] = ()) -> CourseView:
    return CourseView(
        cid, f"Course {cid}", "Example CE", hours, cost, "online_async", topics, ("ASWB",)
    )


def need(gaps: dict[str, float], total: float) -> LicenseNeed:
    return LicenseNeed(
        "CA LCSW", lambda bodies: True, gaps, total, deadline=date(2027, 3, 31), jurisdiction="CA"
    )


def test_budget_zero_plans_free_courses_only_and_says_what_is_left_short():
    # 9 h with 3 h of ethics. Free: 1 (3 h ethics) + 2 (4 h) = 7 h. The $10 course 3 (2 h)
    # would complete it, but a $0 budget means free only: 7 h, $0, 2 h short of the total.
    catalog = [course(1, 3, 0, ("ethics",)), course(2, 4, 0), course(3, 2, 10)]
    plan = plan_renewal(catalog, [need({"ethics": 3.0}, 9.0)], today=TODAY, budget=0)
    assert sorted(s.course.id for s in plan.steps) == [1, 2]
    assert (plan.total_cost, plan.total_hours, plan.complete) == (0, 7, False)
    assert plan.shortfalls == (("CA LCSW", "total hours", 2.0),)
    assert any("Free courses only" in note for note in plan.notes)
    assert not any("over your" in note for note in plan.notes)


def test_any_other_budget_still_gets_the_cheapest_complete_plan():
    catalog = [course(1, 3, 0, ("ethics",)), course(2, 4, 0), course(3, 2, 10)]
    plan = plan_renewal(catalog, [need({"ethics": 3.0}, 9.0)], today=TODAY, budget=5)
    assert sorted(s.course.id for s in plan.steps) == [1, 2, 3] and plan.total_cost == 10
    assert "It costs $10, over your $5 budget for the year." in plan.notes


def test_a_free_only_clinicians_plan_costs_nothing(chat):
    for answer in ("hi", "LCSW in California", "3/31/2027", "no", "no", "0", "2", "any"):
        chat.say(answer)
    chat.say("clinician")
    assert "All set" in chat.text
    answer = chat.say("make a plan")
    # The real catalog's free courses for everyone that the CA board may accept: 8, 7, 7, 5
    # and 1 h = 28 h (the paid 2 h and 6 h ones of the $300 plan are left out): 8 h short.
    assert "Totals\nCourses: 5\nHours: 28 h\nCost: free" in answer
    assert "Free courses only, as your budget is $0" in answer
    assert "$" not in answer.split("Totals")[0]  # no step has a price
    assert "cover only 28 h of total hours; you need 36 h" in answer


def test_budget_zero_suggests_only_courses_known_to_be_free():
    from bot.recommend import LearnerProfile, suggest

    unknown_price = CourseView(
        4, "Course 4", "Example CE", 3, None, "online_async", ("ethics",), ("ASWB",)
    )
    catalog = [course(1, 3, 0, ("ethics",)), course(3, 2, 10), unknown_price]
    profile = LearnerProfile(licenses=(need({"ethics": 3.0}, 9.0),), budget_left=0)
    assert [s.course.id for s in suggest(catalog, profile)] == [1]
    some_left = LearnerProfile(licenses=(need({"ethics": 3.0}, 9.0),), budget_left=5)
    assert sorted(s.course.id for s in suggest(catalog, some_left)) == [1, 4]  # price unknown
