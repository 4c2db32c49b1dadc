"""A course made for another state never meets this state's law & ethics or mandated trainings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from rules.scenario import course_maker
from rules.scenario import license_facts as _lic

from bot.rules import compute_progress

_done = course_maker("NBCC")
CA_RENEWAL = date(2027, 3, 31)  # cycle 2025-04-01 .. 2027-03-31


def _topic(progress, key):
    return next(t for t in progress.topics if t.topic == key)


def test_florida_laws_and_rules_is_not_california_law_and_ethics(rule_sets):
    # CA LCSW: law & ethics 6 h (inside the 36). A 3 h "Florida Laws and Rules" course tagged
    # ethics + state_law_fl is a Florida course: for CA its hours count toward the 36
    # (3 of 36 -> 33 remaining) but none toward law & ethics (0 of 6).
    florida = _done(1, 3, date(2026, 5, 1), "online_async", ["ethics", "state_law_fl"])
    p = compute_progress(
        rule_sets["CA-LCSW"], _lic("LCSW", "CA", CA_RENEWAL), [florida], date(2026, 12, 1)
    )
    assert p.total_counted == 3 and p.total_remaining == 33
    assert _topic(p, "ethics").earned == 0


def test_the_same_course_meets_florida_law_for_a_florida_license(rule_sets):
    # FL LCSW: the 3 h Florida laws and rules minimum (state_law_fl) is met by it.
    florida = _done(1, 3, date(2026, 5, 1), "online_async", ["ethics", "state_law_fl"])
    rules = rule_sets["FL-LCSW"]
    p = compute_progress(rules, _lic("LCSW", "FL", date(2027, 3, 31)), [florida], date(2026, 12, 1))
    law = [t for t in p.topics if t.topic == "state_law_fl"]
    assert law and law[0].earned == 3


def test_a_course_for_every_state_counts_its_topics_everywhere(rule_sets):
    # No state on the course: its 6 h ethics meet CA's law & ethics 6 h.
    general = _done(1, 6, date(2026, 5, 1), "online_async", ["ethics"])
    p = compute_progress(
        rule_sets["CA-LCSW"], _lic("LCSW", "CA", CA_RENEWAL), [general], date(2026, 12, 1)
    )
    assert _topic(p, "ethics").earned == 6 and _topic(p, "ethics").met is True


def test_catalog_jurisdictions_count_as_the_courses_states(rule_sets):
    # A Texas-only human-trafficking course (catalog jurisdictions ["TX"], no state_law topic)
    # does not meet another state's human-trafficking training; its hours still count.
    texas = _done(1, 2, date(2026, 5, 1), "online_async", ["human_trafficking"])
    texas = replace(texas, jurisdictions=("TX",))
    for key, rules in rule_sets.items():
        if key.startswith("TX-") or not any(t.key == "human_trafficking" for t in rules.topics):
            continue
        lic = _lic(rules.license_type, rules.jurisdiction, date(2027, 3, 31))
        p = compute_progress(rules, lic, [texas], date(2026, 12, 1))
        assert all(t.earned == 0 for t in p.topics if t.topic == "human_trafficking"), key
