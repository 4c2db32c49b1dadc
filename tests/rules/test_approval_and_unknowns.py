"""Approval-body acceptance (True / False / None) and honest unknowns."""

from __future__ import annotations

from datetime import date

import pytest

from bot.rules import (
    CompletionFacts,
    LicenseFacts,
    RuleSet,
    compute_progress,
    normalize_approval_body,
)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("APA (CDP is an APA-approved sponsor)", "APA"),
        ("ASWB ACE", "ASWB"),
        ("NBCC ACEP", "NBCC"),
        ("AAPA Category 1", "AAPA"),  # not APA
        ("California Psychological Association (CPA)", "CPA"),
        ("NYSED-approved child abuse identification provider", "NYSED"),
        ("Nursing contact hours", None),
        ("", None),
    ],
)
def test_normalize_approval_body(text, key):
    assert normalize_approval_body(text) == key


def test_accepts_true_false_none(rule_sets):
    ca, il, tx = rule_sets["CA-LCSW"], rule_sets["IL-LCSW"], rule_sets["TX-LCSW"]
    assert ca.accepts(["ASWB ACE"]) is True
    assert ca.accepts(["NAADAC"]) is False  # CA's list is complete; NAADAC isn't on it
    assert ca.accepts([]) is None  # the course names no body
    assert ca.accepts(["Acme Institute"]) is None  # a body we don't recognise
    assert il.accepts(["NBCC"]) is None  # IL's sponsor list is incomplete to us
    assert il.accepts(["NBCC", "ASWB"]) is True
    assert tx.accepts(["APA"]) is None  # BHEC pre-approves nobody: judged at audit


def _unknown_total_rule_set(**extra) -> RuleSet:
    return RuleSet.model_validate(
        {
            "id": "ZZ-LPC",
            "jurisdiction": "ZZ",
            "license_type": "LPC",
            "state_title": "Licensed Professional Counselor (LPC)",
            "board": "Test board",
            "cycle_months": 24,
            "total_hours": None,
            "sources": ["https://example.org/rule"],
            "confidence": "low",
            **extra,
        }
    )


def test_unknown_total_gives_unknown_status_and_note():
    rule_set = _unknown_total_rule_set()
    lic = LicenseFacts("LPC", "ZZ", date(2026, 1, 31))
    p = compute_progress(rule_set, lic, [], date(2025, 1, 1))
    assert p.status == "unknown"
    assert p.total_required is None and p.total_remaining is None
    assert p.hours_per_month_needed is None
    assert "The board's total hours for ZZ LPC are unknown to us" in p.unknowns[0]


def test_live_minimum_row_reports_live_hours_still_needed():
    # 10 live hours required; 4 live webinar + 20 on demand -> 4 earned, 6 remaining.
    rule_set = _unknown_total_rule_set(total_hours=30, live_minimum={"hours": 10})
    lic = LicenseFacts("LPC", "ZZ", date(2026, 1, 31))
    done = [
        CompletionFacts(1, "webinar", 4, date(2025, 1, 1), "live_online"),
        CompletionFacts(2, "on demand", 20, date(2025, 1, 1), "online_async"),
    ]
    p = compute_progress(rule_set, lic, done, date(2025, 2, 1))
    live = next(r for r in p.topics if r.topic == "format:live")
    assert (live.required, live.earned, live.remaining) == (10, 4, 6)
    assert p.total_remaining == 6


def test_unknown_hours_topic_is_met_by_any_course(rule_sets):
    # TX human trafficking: hours not fixed by rule -> met by any course on the topic.
    lic = LicenseFacts("LCSW", "TX", date(2026, 6, 30), practice_facts={"supervisor": False})
    done = [
        CompletionFacts(1, "HEART", 1, date(2025, 1, 1), "online_async", ("human_trafficking",))
    ]
    p = compute_progress(rule_sets["TX-LCSW"], lic, done, date(2025, 2, 1))
    row = next(r for r in p.topics if r.topic == "human_trafficking")
    assert row.required is None and row.met
    assert any("judged at audit" in note for note in p.unknowns)
