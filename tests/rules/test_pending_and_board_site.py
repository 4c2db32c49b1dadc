"""Pending changes and the board's site, carried from the research word for word
(store/rulesets/from_research.py; the records cited are in shared/research)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.rules.confidence import doubts, is_rule_text
from bot.rules.describe import describe

WSR = "WSR 25-06-068 (filed 3/3/2025) proposes permanent rules 'lowering continuing education"


def test_washingtons_proposed_reduction_is_a_pending_change_not_a_warning(rule_sets):
    # ce_requirements.yaml WA-LPC pending_or_recent_changes: the ESHB 1551 repeal and
    # WSR 25-06-068 (new numbers not retrieved).
    rules = rule_sets["WA-LPC"]
    assert len(rules.pending_changes) == 2
    assert rules.pending_changes[0] == "AIDS training requirement repealed (ESHB 1551, 2020)."
    assert rules.pending_changes[1].startswith(WSR)
    assert not any(w.startswith(WSR[:40]) for w in rules.warnings)
    assert any(
        line.startswith(f"Change pending or recent — check the board: {WSR}")
        for line in describe(rules)
    )


def test_texas_cultural_rewording_is_pending_for_every_bhec_board(rule_sets):
    # ce_requirements.yaml TX-*: "BHEC preliminarily voted to remove the cultural
    # diversity/competency CE language for its four boards".
    for rule_set_id in ("TX-LCSW", "TX-LPC", "TX-LMFT", "TX-PSYCHOLOGIST"):
        changes = " ".join(rule_sets[rule_set_id].pending_changes)
        assert "BHEC preliminarily voted" in changes, rule_set_id


def test_a_second_round_change_loses_its_warning_prefix(rule_sets):
    # ce_requirements_more.yaml AL-LCSW: "LICSW clinical requirement raised from 3h to 6h
    # (incl. 3h DSM review) effective 1/1/2024 (CE-provider pages)."
    rules = rule_sets["AL-LCSW"]
    assert rules.pending_changes == [
        "LICSW clinical requirement raised from 3h to 6h (incl. 3h DSM review) effective "
        "1/1/2024 (CE-provider pages)."
    ]
    assert not any(w.startswith("Pending or recent change:") for w in rules.warnings)


def test_no_rule_set_keeps_a_pending_change_as_a_warning(rule_sets):
    for rules in rule_sets.values():
        assert not any(w.startswith("Pending or recent change:") for w in rules.warnings), rules.id
        assert not set(rules.pending_changes) & set(rules.warnings), rules.id


def test_the_boards_site_is_named_where_the_member_is_told_to_check(rule_sets):
    # CA-LCSW sources: bbs.ca.gov/licensees/manage.html (the BBS's own page) first among
    # official ones; its 6 h supervision rests on a CE provider's page only.
    rules = rule_sets["CA-LCSW"]
    assert rules.board_site == "https://bbs.ca.gov/licensees/manage.html"
    supervision = [d.words for d in doubts(rules) if "supervision" in d.number]
    assert supervision and supervision[0].endswith(
        "— check with the board (https://bbs.ca.gov/licensees/manage.html)."
    )
    assert "Board's site: https://bbs.ca.gov/licensees/manage.html" in describe(rules)


def test_no_site_is_made_up_where_the_research_has_none(rule_sets):
    # HI-LCSW: naswhi.org, elevatece.com and socialworkerlicense.com only — no board page.
    rules = rule_sets["HI-LCSW"]
    assert rules.board_site is None
    assert all(d.words.endswith("— check with the board.") for d in doubts(rules))
    assert any(line.startswith("Board's site: not in our research") for line in describe(rules))


def test_every_board_site_is_one_of_its_own_official_sources(rule_sets):
    named = [r for r in rule_sets.values() if r.board_site]
    for rules in named:
        assert rules.board_site in rules.sources, rules.id
        assert is_rule_text(rules.board_site), rules.id
        assert "leg" not in rules.board_site.split("/")[2], rules.id  # not a legislature's
    assert len(named) > 60


def test_a_board_site_that_is_no_address_is_refused(rule_sets):
    raw = rule_sets["CA-LCSW"].model_dump()
    raw["board_site"] = "the board's website"
    with pytest.raises(ValidationError, match="board_site"):
        type(rule_sets["CA-LCSW"]).model_validate(raw)
