"""Whom to offer a mentor, and how areas are named: pure rules, no bot."""

from __future__ import annotations

from bot.practice.peers.areas import area_candidates, goal_areas, skill_gaps
from bot.practice.peers.mentors import MentorMatch, mentor_matches

TRAUMA = frozenset({"trauma"})


def test_offers_go_to_colleagues_in_the_same_workspace_with_the_area_never_to_the_mentor():
    offers = [(1, 10, "trauma")]
    wanted = {10: (1, TRAUMA), 11: (1, TRAUMA), 12: (2, TRAUMA), 13: (1, frozenset({"telehealth"}))}
    assert mentor_matches(offers, wanted, []) == [MentorMatch(1, 10, 11, "trauma")]


def test_a_pair_and_area_offered_before_is_never_offered_again_whatever_the_answer():
    offers = [(1, 10, "trauma")]
    for closed in (False, True):
        assert mentor_matches(offers, {11: (1, TRAUMA)}, [(10, 11, "trauma", closed)]) == []


def test_one_open_offer_at_a_time_per_colleague():
    offers = [(1, 10, "trauma"), (1, 20, "trauma"), (1, 10, "crisis")]
    wanted = {11: (1, frozenset({"trauma", "crisis"}))}
    assert mentor_matches(offers, wanted, []) == [MentorMatch(1, 10, 11, "trauma")]
    # Once that one is answered (closed), the next mentor may be offered.
    assert mentor_matches(offers, wanted, [(10, 11, "trauma", False)]) == [
        MentorMatch(1, 20, 11, "trauma")
    ]


def test_skill_gaps_are_low_ratings_or_the_lowest_at_three():
    assert skill_gaps({"trauma": 2, "crisis": 1, "ethics_law": 4}) == {"trauma", "crisis"}
    assert skill_gaps({"trauma": 3, "ethics_law": 4}) == {"trauma"}
    assert skill_gaps({"trauma": 4, "ethics_law": 5}) == frozenset()


def test_goal_areas_come_from_interests_and_from_areas_a_goal_names():
    found = goal_areas(["telehealth"], ["Run a trauma group for teens", "Get a raise"])
    assert found == {"telehealth", "trauma"}
    assert goal_areas([], ["Complete 3 trainings by 2027"]) == frozenset()  # numbers aren't areas


def test_area_names_forgive_typos_and_stay_unsure_when_two_areas_fit():
    assert area_candidates("trama") == ["trauma"]
    assert area_candidates("law and ethics") == ["ethics_law"]
    assert area_candidates("burnout") == ["self_care"]
    assert set(area_candidates("assessment")) == {"assessment", "suicide_risk"}
    assert area_candidates("EMDR") == []


def test_a_mentor_has_only_a_few_open_introductions_at_once():
    wanted = {m: (1, TRAUMA) for m in range(11, 21)}
    first = mentor_matches([(1, 10, "trauma")], wanted, [])
    assert [m.mentee_id for m in first] == [11, 12, 13]
    history = [(10, m.mentee_id, "trauma", m.mentee_id != 11) for m in first]  # 11 answered
    assert [m.mentee_id for m in mentor_matches([(1, 10, "trauma")], wanted, history)] == [14]
