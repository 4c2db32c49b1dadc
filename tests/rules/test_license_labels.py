"""A license is called by its state's own short title, for every rule set."""

from __future__ import annotations

import re

from bot.rules.notes import license_label


def test_every_rule_set_has_its_states_own_short_title(rule_sets):
    for rule_set in rule_sets.values():
        state, title = license_label(rule_set).split(" ", 1)
        assert state == rule_set.jurisdiction
        assert title == "Psychologist" or re.fullmatch(r"[A-Z][A-Z-]+", title), rule_set.id


def test_hyphens_dots_and_missing_parentheses(rule_sets):
    expected = {  # each read by hand from the rule set's state_title
        "MD-LCSW": "MD LCSW-C",  # Licensed Certified Social Worker-Clinical (LCSW-C)
        "SC-LCSW": "SC LISW-CP",  # Licensed Independent Social Worker - Clinical Practice
        "TN-LCSW": "TN LCSW",  # (L.C.S.W.)
        "SD-LCSW": "SD CSW-PIP",  # Certified Social Worker - Private Independent Practice
        "AK-LMFT": "AK LMFT",  # "Licensed Marital and Family Therapist": no short title given
        "NY-LPC": "NY LMHC",
        "NE-LPC": "NE LIMHP",
        "TX-PSYCHOLOGIST": "TX Psychologist",
    }
    assert {key: license_label(rule_sets[key]) for key in expected} == expected
