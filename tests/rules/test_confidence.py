"""Honest confidence: which numbers rest only on a secondary source or medium/low confidence.

Each rule set's sources below were read by hand in store/rulesets/*.yaml.
"""

from __future__ import annotations

import pytest

from bot.rules.confidence import doubts, is_rule_text
from bot.rules.describe import describe

SECONDARY = "comes from a CE provider's or association's summary, not the rule text"


@pytest.mark.parametrize(
    ("url", "rule_text"),
    [
        ("https://bbs.ca.gov./licensees/cont_ed.html", True),  # the CA board (trailing dot)
        ("http://reports.oah.state.nc.us/ncac/title%2021/21%20ncac%2063%20.0401.html", True),
        ("https://regulations.justia.com/states/california/title-16/section-1887-3/", True),
        ("http://flrules.elaws.us/fac/64b4-3.0035", True),  # a mirror of the FL code
        ("https://wvsocialworkboard.org/CE-Info/For-Social-Workers/Requirements", True),
        # a CDN copy of the Alabama administrative code section
        ("https://d1tvxue8o4w0fl.cloudfront.net/regulation/alabama-administrative-code/x", True),
        ("https://www.naswhi.org/ce-requirements.html", False),  # NASW Hawaii: an association
        ("https://www.elevatece.com/state-ce-approval-info/hawaii", False),  # a CE provider
        ("http://store.ceutopia.com/category_s/1869.htm", False),  # a CE provider's shop
        ("https://blog.pdresources.org/tag/missouri/", False),  # a CE provider's blog
        ("https://pdfslide.us/documents/house-bill-no-307.html", False),  # not a state .us
    ],
)
def test_rule_text_is_the_boards_or_states_own_page_or_a_copy_of_the_code(url, rule_text):
    assert is_rule_text(url) is rule_text


def test_a_total_from_provider_and_association_pages_says_so(rule_sets):
    # HI-LCSW: 45 h from naswhi.org (NASW Hawaii), elevatece.com (CE provider) and
    # socialworkerlicense.com (a licensing guide); no board or rule-text page.
    found = doubts(rule_sets["HI-LCSW"])
    total = [d for d in found if d.first_screen]
    assert [d.words for d in total] == [
        f"Your board's total (45 h) {SECONDARY} — check with the board."
    ]
    # Ethics 3 h rests on the same two pages, even though marked high.
    assert any(d.words.startswith("The hours for Ethics (3 h) come from a CE") for d in found)


def test_a_total_from_rule_text_marked_medium_says_partly_sure(rule_sets):
    # FL-LCSW: the sources include Justia's copy of 64B4-6.002 and flsenate.gov, but the
    # research marks the record medium, so the 30 h total is said as partly sure.
    total = [d for d in doubts(rule_sets["FL-LCSW"]) if d.first_screen]
    assert [d.words for d in total] == [
        "Your board's total (30 h) comes from sources we're only partly sure of "
        "— check with the board."
    ]


def test_a_sound_total_keeps_quiet_but_a_provider_topic_is_named(rule_sets):
    # CA-LCSW: 36 h from bbs.ca.gov and Justia (high); supervision 6 h only from
    # store.ceutopia.com (medium); Law and ethics 6 h from Justia's 16 CCR 1887.3.
    found = doubts(rule_sets["CA-LCSW"])
    assert not any(d.first_screen for d in found)
    words = [d.words for d in found]
    assert "The hours for Clinical supervision (6 h) come from a CE provider's" in " ".join(words)
    assert not any("Law and ethics" in w for w in words)


def test_every_source_the_boards_own_gives_no_line(rule_sets):
    # NC-LCSW: every source is 21 NCAC 63 .0401 (reports.oah.state.nc.us) or ncswboard.gov,
    # all marked high.
    assert doubts(rule_sets["NC-LCSW"]) == []
    assert not any(line.startswith("How sure:") for line in describe(rule_sets["NC-LCSW"]))


def test_an_unknown_total_is_never_filled_in(rule_sets):
    # AK-PSYCHOLOGIST: total null (12 AAC 60.260 not retrieved), record confidence low.
    rule_set = rule_sets["AK-PSYCHOLOGIST"]
    assert not any(d.number == "total" for d in doubts(rule_set))
    assert "CE per cycle: unknown to us; cycle: 24 months, ending on your renewal date " in (
        " ".join(describe(rule_set))
    )


def test_rules_show_names_each_doubtful_number(rule_sets):
    lines = describe(rule_sets["HI-LCSW"])
    assert f"How sure: Your board's total (45 h) {SECONDARY} — check with the board." in lines
    # first-renewal exemption: naswhi.org and socialworkerlicense.com only
    assert any(
        line.startswith("How sure: The first-renewal exemption (no CE) comes") for line in lines
    )
