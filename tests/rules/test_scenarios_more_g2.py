"""Hand-worked scenarios for the South Carolina, Louisiana, Oregon and Connecticut rule sets.

Expected numbers come from the rule text (store/rulesets/<ID>.yaml, converted from
shared/research/ce_requirements_more.yaml) and the engine contract, worked out by hand in
the comments — never from running the engine. Cycle: the day after the previous renewal
date through the renewal date (or the first day the member gave); only completions on or
before `today` count.
"""

from __future__ import annotations

from datetime import date

from rules.scenario import course_maker, totals
from rules.scenario import license_facts as _lic
from rules.scenario import live_row as _live
from rules.scenario import row as _row

from bot.rules import compute_progress

_sw = course_maker("NASW")
_co = course_maker("NBCC")
_mft = course_maker("AAMFT")
_psy = course_maker("APA")


# ---------------------------------------------------------------------------------------
# SC LISW-CP: 40 h per 24 months (31 Dec, even years); no topic minimum found; online not
# limited; 20 h from trained social workers data only; up to 12 h carry over (not counted).
# ---------------------------------------------------------------------------------------
SC_RENEWAL = date(2026, 12, 31)  # cycle 2025-01-01 .. 2026-12-31


def test_sc_lcsw_complete_all_online_with_carry_over_note(rule_sets):
    # 40 on demand (no cap) -> complete; no topic rows; carry-over is reported, not counted.
    done = [_sw(1, 40, date(2025, 6, 1), "online_async")]
    p = compute_progress(
        rule_sets["SC-LCSW"], _lic("LCSW", "SC", SC_RENEWAL), done, date(2026, 3, 1)
    )
    assert p.cycle_start == date(2025, 1, 1)
    assert totals(p) == (40, 40, 0)
    assert p.topics == ()
    assert p.complete is True
    assert any("up to 12 unused hours carry over" in u for u in p.unknowns)


def test_sc_lcsw_short_at_risk(rule_sets):
    # 28 of 40 -> 12 left; today 2026-10-15: 77 days <= 90 -> at_risk;
    # 12 / (77 / 30.4 = 2.533) = 4.74.
    done = [_sw(1, 28, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["SC-LCSW"], _lic("LCSW", "SC", SC_RENEWAL), done, date(2026, 10, 15)
    )
    assert totals(p) == (40, 28, 12)
    assert p.days_left == 77
    assert p.hours_per_month_needed == 4.74
    assert p.status == "at_risk"


def test_sc_lcsw_previous_renewal_day_is_outside(rule_sets):
    # 10 h on 2024-12-31 (previous renewal day) excluded; 10 h on 2025-01-01 counts.
    done = [_sw(1, 10, date(2024, 12, 31)), _sw(2, 10, date(2025, 1, 1))]
    p = compute_progress(
        rule_sets["SC-LCSW"], _lic("LCSW", "SC", SC_RENEWAL), done, date(2026, 3, 1)
    )
    assert totals(p) == (40, 10, 30)
    assert [cid for cid, _ in p.excluded] == [1]


# ---------------------------------------------------------------------------------------
# SC LPC / LMFT: 40 h per 24 months; ethics 6; licensed supervisors have extra CE of
# unknown hours (asked); first renewal exempt; Category B and multi-license rules data only.
# ---------------------------------------------------------------------------------------
SC_LPC_RENEWAL = date(2026, 8, 31)  # cycle 2024-09-01 .. 2026-08-31
SC_NOT_SUP = {"sc_licensed_supervisor": False}
SC_BOARD = [("SC-LPC", "LPC", _co), ("SC-LMFT", "LMFT", _mft)]


def test_sc_counselor_mft_complete(rule_sets):
    # 6 ethics + 34 = 40, not a supervisor -> complete.
    for rid, lic, course in SC_BOARD:
        done = [course(1, 6, date(2024, 10, 1), topics=["ethics"]), course(2, 34, date(2025, 3, 1))]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "SC", SC_LPC_RENEWAL, SC_NOT_SUP), done, date(2025, 8, 31)
        )
        assert p.cycle_start == date(2024, 9, 1)
        assert totals(p) == (40, 40, 0)
        assert p.complete is True, rid


def test_sc_counselor_mft_short_on_track(rule_sets):
    # 6 + 24 = 30 of 40 -> 10 left; today 2025-08-31: 365 days; 10 / (365 / 30.4 = 12.01)
    # = 0.83 -> on_track.
    for rid, lic, course in SC_BOARD:
        done = [course(1, 6, date(2024, 10, 1), topics=["ethics"]), course(2, 24, date(2025, 3, 1))]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "SC", SC_LPC_RENEWAL, SC_NOT_SUP), done, date(2025, 8, 31)
        )
        assert totals(p) == (40, 30, 10)
        assert p.days_left == 365
        assert p.hours_per_month_needed == 0.83
        assert p.status == "on_track", rid


def test_sc_counselor_mft_ethics_unmet(rule_sets):
    # 2 ethics + 38 = 40 -> total met; ethics 2 of 6 -> 4 short.
    for rid, lic, course in SC_BOARD:
        done = [course(1, 2, date(2024, 10, 1), topics=["ethics"]), course(2, 38, date(2025, 3, 1))]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "SC", SC_LPC_RENEWAL, SC_NOT_SUP), done, date(2025, 8, 31)
        )
        assert (_row(p, "ethics").remaining, _row(p, "ethics").met) == (4, False)
        assert p.complete is False, rid


def test_sc_counselor_mft_supervisor_hours_unknown(rule_sets):
    # A licensed supervisor: supervisor CE applies with hours unknown -> met None; all else
    # met -> complete None -> "unknown".
    for rid, lic, course in SC_BOARD:
        facts = {"sc_licensed_supervisor": True}
        done = [course(1, 6, date(2024, 10, 1), topics=["ethics"]), course(2, 34, date(2025, 3, 1))]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "SC", SC_LPC_RENEWAL, facts), done, date(2025, 8, 31)
        )
        sup = _row(p, "supervision")
        assert (sup.applies, sup.required, sup.met) == (True, None, None)
        assert p.status == "unknown", rid


def test_sc_counselor_mft_first_renewal_exempt(rule_sets):
    # No CE for the licensing period in which the license was first obtained -> complete.
    for rid, lic, _course in SC_BOARD:
        p = compute_progress(
            rule_sets[rid],
            _lic(lic, "SC", SC_LPC_RENEWAL, first_renewal=True),
            [],
            date(2025, 8, 31),
        )
        assert totals(p) == (0, 0, 0)
        assert p.status == "complete", rid


# ---------------------------------------------------------------------------------------
# SC Psychologist: 24 h per 24 months (30 Nov, odd years); no topic minimum; at least 12
# Category A and at most 12 Category B data only.
# ---------------------------------------------------------------------------------------
SCP_RENEWAL = date(2027, 11, 30)  # cycle 2025-12-01 .. 2027-11-30


def test_sc_psychologist_complete(rule_sets):
    done = [_psy(1, 12, date(2026, 1, 10)), _psy(2, 12, date(2026, 6, 1), "online_async")]
    p = compute_progress(
        rule_sets["SC-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "SC", SCP_RENEWAL),
        done,
        date(2027, 1, 1),
    )
    assert p.cycle_start == date(2025, 12, 1)
    assert totals(p) == (24, 24, 0)
    assert p.complete is True
    assert any("min category a" in u for u in p.unknowns)


def test_sc_psychologist_short_close_to_renewal(rule_sets):
    # 12 of 24 -> 12 left; today 2027-11-20: 10 days; 12 / max(10 / 30.4, 1) = 12 -> at_risk.
    done = [_psy(1, 12, date(2026, 1, 10))]
    p = compute_progress(
        rule_sets["SC-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "SC", SCP_RENEWAL),
        done,
        date(2027, 11, 20),
    )
    assert totals(p) == (24, 12, 12)
    assert p.hours_per_month_needed == 12
    assert p.status == "at_risk"


def test_sc_psychologist_overdue(rule_sets):
    # 20 of 24 on 2027-12-05, 5 days past renewal -> overdue.
    done = [_psy(1, 20, date(2026, 1, 10))]
    p = compute_progress(
        rule_sets["SC-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "SC", SCP_RENEWAL),
        done,
        date(2027, 12, 5),
    )
    assert totals(p) == (24, 20, 4)
    assert p.days_left == -5
    assert p.status == "overdue"


# ---------------------------------------------------------------------------------------
# LA LCSW: 20 h a year (CE year 1 Jul .. 30 Jun); clinical content (diagnosis & treatment)
# 10; ethics 3 every two years (asked); self-study / on-demand at most 10 h.
# ---------------------------------------------------------------------------------------
LA_RENEWAL = date(2026, 6, 30)  # cycle 2025-07-01 .. 2026-06-30 (12 months)
LA_ETHICS_DUE = {"la_sw_ethics_due": True}
LA_ETHICS_NOT_DUE = {"la_sw_ethics_due": False}


def test_la_lcsw_complete_in_an_ethics_year(rule_sets):
    # 3 ethics + 10 clinical in person + 7 on demand = 20 -> complete.
    done = [
        _sw(1, 3, date(2025, 8, 1), topics=["ethics"]),
        _sw(2, 10, date(2025, 9, 1), topics=["clinical_practice"]),
        _sw(3, 7, date(2026, 1, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["LA-LCSW"], _lic("LCSW", "LA", LA_RENEWAL, LA_ETHICS_DUE), done, date(2026, 2, 1)
    )
    assert p.cycle_start == date(2025, 7, 1)
    assert totals(p) == (20, 20, 0)
    assert p.complete is True


def test_la_lcsw_distance_cap_leaves_total_short(rule_sets):
    # 5 clinical in person + 15 on demand (10 count) = 15 of 20 -> 5 left; clinical 5 of 10.
    # today 2026-05-01: 60 days <= 90 -> at_risk; max(5, 5) / (60 / 30.4 = 1.974) = 2.53.
    done = [
        _sw(1, 5, date(2025, 9, 1), topics=["clinical_practice"]),
        _sw(2, 15, date(2026, 1, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["LA-LCSW"],
        _lic("LCSW", "LA", LA_RENEWAL, LA_ETHICS_NOT_DUE),
        done,
        date(2026, 5, 1),
    )
    assert totals(p) == (20, 15, 5)
    assert _row(p, "clinical_practice").remaining == 5
    assert p.days_left == 60
    assert p.hours_per_month_needed == 2.53
    assert p.status == "at_risk"


def test_la_lcsw_clinical_unmet(rule_sets):
    # 20 general in person -> total met; clinical 0 / 10 -> complete False.
    done = [_sw(1, 20, date(2025, 9, 1))]
    p = compute_progress(
        rule_sets["LA-LCSW"],
        _lic("LCSW", "LA", LA_RENEWAL, LA_ETHICS_NOT_DUE),
        done,
        date(2026, 2, 1),
    )
    assert totals(p) == (20, 20, 0)
    assert (_row(p, "clinical_practice").remaining, _row(p, "clinical_practice").met) == (10, False)
    assert p.complete is False


def test_la_lcsw_ethics_every_two_years_is_asked(rule_sets):
    # Not answered: ethics applies None and 0 earned -> complete None, question open.
    # Answered "not due": 10 clinical + 10 -> complete.
    done = [
        _sw(1, 10, date(2025, 9, 1), topics=["clinical_practice"]),
        _sw(2, 10, date(2025, 10, 1)),
    ]
    p = compute_progress(
        rule_sets["LA-LCSW"], _lic("LCSW", "LA", LA_RENEWAL), done, date(2026, 2, 1)
    )
    assert _row(p, "ethics").applies is None
    assert "la_sw_ethics_due" in dict(p.open_questions)
    assert p.status == "unknown"
    p = compute_progress(
        rule_sets["LA-LCSW"],
        _lic("LCSW", "LA", LA_RENEWAL, LA_ETHICS_NOT_DUE),
        done,
        date(2026, 2, 1),
    )
    assert p.complete is True


# ---------------------------------------------------------------------------------------
# LA LPC: 40 h per 24 months (1 Jul .. 30 Jun); ethics 3, DSM-5 diagnosis/assessment/
# treatment 6, LPC-S supervision 3 (asked); home study at most 10 h (low confidence);
# first renewal: accrual from issue, rule unknown -> total unknown (40 surely enough).
# ---------------------------------------------------------------------------------------
LAL_RENEWAL = date(2027, 6, 30)  # cycle 2025-07-01 .. 2027-06-30
LAL_NOT_SUP = {"la_lpc_supervisor": False}


def test_la_lpc_complete(rule_sets):
    # 3 ethics + 6 DSM + 21 in person + 10 on demand = 40 -> complete.
    done = [
        _co(1, 3, date(2025, 8, 1), topics=["ethics"]),
        _co(2, 6, date(2025, 9, 1), topics=["assessment_diagnosis"]),
        _co(3, 21, date(2026, 1, 1)),
        _co(4, 10, date(2026, 3, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["LA-LPC"], _lic("LPC", "LA", LAL_RENEWAL, LAL_NOT_SUP), done, date(2027, 1, 1)
    )
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


def test_la_lpc_home_study_cap_short(rule_sets):
    # 3 + 6 + 16 in person + 15 on demand (10 count) = 35 of 40 -> 5 left.
    done = [
        _co(1, 3, date(2025, 8, 1), topics=["ethics"]),
        _co(2, 6, date(2025, 9, 1), topics=["assessment_diagnosis"]),
        _co(3, 16, date(2026, 1, 1)),
        _co(4, 15, date(2026, 3, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["LA-LPC"], _lic("LPC", "LA", LAL_RENEWAL, LAL_NOT_SUP), done, date(2027, 1, 1)
    )
    assert totals(p) == (40, 35, 5)
    assert p.complete is False


def test_la_lpc_dsm_and_supervision_unmet(rule_sets):
    # LPC-S: 3 ethics + 37 -> total met; DSM 0 / 6 and supervision 0 / 3 -> complete False.
    done = [_co(1, 3, date(2025, 8, 1), topics=["ethics"]), _co(2, 37, date(2026, 1, 1))]
    facts = {"la_lpc_supervisor": True}
    p = compute_progress(
        rule_sets["LA-LPC"], _lic("LPC", "LA", LAL_RENEWAL, facts), done, date(2027, 1, 1)
    )
    assert _row(p, "assessment_diagnosis").remaining == 6
    assert _row(p, "supervision").remaining == 3
    assert p.complete is False


def test_la_lpc_first_renewal_total_unknown(rule_sets):
    # First renewal: accrual from the issue date, proration unknown -> required None.
    # 3 + 6 + 11 = 20 < 40 -> remaining None, "unknown".
    done = [
        _co(1, 3, date(2025, 8, 1), topics=["ethics"]),
        _co(2, 6, date(2025, 9, 1), topics=["assessment_diagnosis"]),
        _co(3, 11, date(2026, 1, 1)),
    ]
    lic = _lic("LPC", "LA", LAL_RENEWAL, LAL_NOT_SUP, first_renewal=True)
    p = compute_progress(rule_sets["LA-LPC"], lic, done, date(2027, 1, 1))
    assert totals(p) == (None, 20, None)
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# LA LMFT: 40 h per 24 months (1 Jan .. 31 Dec); MFT ethics 3, assessment/diagnosis 6 (low
# confidence); online (live webinars included) at most 20 h; 20 h MFT content data only.
# ---------------------------------------------------------------------------------------
LAM_RENEWAL = date(2026, 12, 31)  # cycle 2025-01-01 .. 2026-12-31


def test_la_lmft_complete(rule_sets):
    # 3 ethics + 6 assessment + 11 in person + 10 webinar + 10 on demand (online 20 = cap) = 40.
    done = [
        _mft(1, 3, date(2025, 2, 1), topics=["ethics"]),
        _mft(2, 6, date(2025, 3, 1), topics=["assessment_diagnosis"]),
        _mft(3, 11, date(2025, 5, 1)),
        _mft(4, 10, date(2025, 6, 1), "live_online"),
        _mft(5, 10, date(2025, 7, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["LA-LMFT"], _lic("LMFT", "LA", LAM_RENEWAL), done, date(2026, 6, 1)
    )
    assert p.cycle_start == date(2025, 1, 1)
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


def test_la_lmft_webinars_fall_under_the_online_cap(rule_sets):
    # 3 + 6 in person + 16 webinar + 15 on demand: online 31, cap 20 -> 9 + 20 = 29 of 40
    # -> 11 left.
    done = [
        _mft(1, 3, date(2025, 2, 1), topics=["ethics"]),
        _mft(2, 6, date(2025, 3, 1), topics=["assessment_diagnosis"]),
        _mft(3, 16, date(2025, 6, 1), "live_online"),
        _mft(4, 15, date(2025, 7, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["LA-LMFT"], _lic("LMFT", "LA", LAM_RENEWAL), done, date(2026, 6, 1)
    )
    assert totals(p) == (40, 29, 11)
    assert p.complete is False


def test_la_lmft_ethics_unmet(rule_sets):
    # 6 assessment + 34 in person = 40; MFT ethics 0 / 3 -> complete False.
    done = [
        _mft(1, 6, date(2025, 3, 1), topics=["assessment_diagnosis"]),
        _mft(2, 34, date(2025, 5, 1)),
    ]
    p = compute_progress(
        rule_sets["LA-LMFT"], _lic("LMFT", "LA", LAM_RENEWAL), done, date(2026, 6, 1)
    )
    assert totals(p) == (40, 40, 0)
    assert (_row(p, "ethics").remaining, _row(p, "ethics").met) == (3, False)
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# LA Psychologist: yearly license (31 Jul), 2-year CE reporting period; current CPD total
# and ethics hours unknown (null).
# ---------------------------------------------------------------------------------------
LAP_RENEWAL = date(2027, 7, 31)  # CE period 2025-08-01 .. 2027-07-31


def test_la_psychologist_unknown_total(rule_sets):
    # 2 ethics + 28 = 30 logged: total unknown -> (None, 30, None); ethics hours unknown ->
    # met None -> "unknown", no pace.
    done = [_psy(1, 2, date(2025, 9, 1), topics=["ethics"]), _psy(2, 28, date(2026, 2, 1))]
    p = compute_progress(
        rule_sets["LA-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "LA", LAP_RENEWAL),
        done,
        date(2027, 1, 1),
    )
    assert totals(p) == (None, 30, None)
    assert _row(p, "ethics").met is None
    assert p.status == "unknown"
    assert p.hours_per_month_needed is None


def test_la_psychologist_yearly_license_two_year_ce_period(rule_sets):
    # The cycle is the 2-year CE period: a course on 2025-07-31 (a yearly renewal day two
    # years back) is outside; 2025-08-01 is the first day.
    rs = rule_sets["LA-PSYCHOLOGIST"]
    assert (rs.cycle_months, rs.license_term_months) == (24, 12)
    done = [_psy(1, 5, date(2025, 7, 31)), _psy(2, 5, date(2025, 8, 1))]
    p = compute_progress(rs, _lic("PSYCHOLOGIST", "LA", LAP_RENEWAL), done, date(2027, 1, 1))
    assert p.cycle_start == date(2025, 8, 1)
    assert p.total_counted == 5
    assert [cid for cid, _ in p.excluded] == [1]


# ---------------------------------------------------------------------------------------
# OR LCSW: 40 h per 24 months (end of birth month); ethics 6; cultural competency (hours
# unknown); suicide 2 (counting toward the total unknown); supervisors 6 h every 5 years
# (asked); first renewal exempt; up to 10 h carry over (reported, not counted).
# ---------------------------------------------------------------------------------------
OR_RENEWAL = date(2027, 6, 30)  # cycle 2025-07-01 .. 2027-06-30
OR_SW = {"or_sw_supervision_due": False}


def test_or_lcsw_all_logged_but_cultural_hours_unknown(rule_sets):
    # 6 ethics + 4 cultural + 30 + 2 suicide-only = 42; certain 40 >= 40 -> total met,
    # remaining 0, but counted None (range 40..42: the suicide hours' standing is unknown);
    # suicide 2 of 2; cultural required unknown -> met None -> complete None -> "unknown".
    done = [
        _sw(1, 6, date(2025, 8, 1), topics=["ethics"]),
        _sw(2, 4, date(2025, 9, 1), topics=["cultural_competency"]),
        _sw(3, 30, date(2026, 1, 1)),
        _sw(4, 2, date(2026, 2, 1), topics=["suicide_prevention"]),
    ]
    p = compute_progress(
        rule_sets["OR-LCSW"], _lic("LCSW", "OR", OR_RENEWAL, OR_SW), done, date(2027, 1, 1)
    )
    assert p.cycle_start == date(2025, 7, 1)
    assert totals(p) == (40, None, 0)
    assert p.total_counted_range == (40, 42)
    assert _row(p, "suicide_prevention").met is True
    assert _row(p, "cultural_competency").met is None
    assert p.complete is None
    assert p.status == "unknown"


def test_or_lcsw_short_is_certainly_short(rule_sets):
    # 6 ethics + 20 = 26 of 40 -> 14 left, whatever the cultural hours -> complete False.
    # today 2027-01-01: 180 days; max(14, suicide 2) / (180 / 30.4 = 5.92) = 2.36
    # <= 1.5 x 40 / 24 = 2.5 and > 90 days -> on_track.
    done = [_sw(1, 6, date(2025, 8, 1), topics=["ethics"]), _sw(2, 20, date(2026, 1, 1))]
    p = compute_progress(
        rule_sets["OR-LCSW"], _lic("LCSW", "OR", OR_RENEWAL, OR_SW), done, date(2027, 1, 1)
    )
    assert totals(p) == (40, 26, 14)
    assert p.days_left == 180
    assert p.hours_per_month_needed == 2.36
    assert p.complete is False
    assert p.status == "on_track"


def test_or_lcsw_ethics_and_due_supervision_unmet(rule_sets):
    # Supervision due: 40 general -> total met; ethics 0 / 6, supervision 0 / 6 -> False.
    facts = {"or_sw_supervision_due": True}
    done = [_sw(1, 40, date(2026, 1, 1))]
    p = compute_progress(
        rule_sets["OR-LCSW"], _lic("LCSW", "OR", OR_RENEWAL, facts), done, date(2027, 1, 1)
    )
    assert _row(p, "ethics").remaining == 6
    assert _row(p, "supervision").remaining == 6
    assert p.complete is False


def test_or_lcsw_first_renewal_exempt_and_carry_over_reported(rule_sets):
    lic = _lic("LCSW", "OR", OR_RENEWAL, OR_SW, first_renewal=True)
    p = compute_progress(rule_sets["OR-LCSW"], lic, [], date(2027, 1, 1))
    assert totals(p) == (0, 0, 0)
    assert p.status == "complete"
    assert any("up to 10 unused hours carry over" in u for u in p.unknowns)


# ---------------------------------------------------------------------------------------
# OR LPC / LMFT (OBLPCT): yearly license, CE every 2 years (even-year birth-month renewal):
# 40 h; ethics/Oregon law 6, cultural 4, suicide 2 (standing toward the total unknown),
# supervisors 3 (asked); no cap on home study; board pre-approves nobody; first renewal
# tiered by months licensed -> unknown (40 surely enough).
# ---------------------------------------------------------------------------------------
ORB_RENEWAL = date(2026, 6, 30)  # CE period 2024-07-01 .. 2026-06-30
ORB_NOT_SUP = {"or_supervises_associates": False}
OR_BOARD = [("OR-LPC", "LPC", _co), ("OR-LMFT", "LMFT", _mft)]


def test_or_counselor_mft_complete_all_online(rule_sets):
    # 6 ethics + 4 cultural + 30 on demand (no cap) + 2 suicide-only: certain 40 -> met,
    # counted None (40..42) -> complete.
    for rid, lic, course in OR_BOARD:
        done = [
            course(1, 6, date(2024, 8, 1), "online_async", ["ethics"]),
            course(2, 4, date(2024, 9, 1), "online_async", ["cultural_competency"]),
            course(3, 30, date(2025, 1, 1), "online_async"),
            course(4, 2, date(2025, 2, 1), "online_async", ["suicide_prevention"]),
        ]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "OR", ORB_RENEWAL, ORB_NOT_SUP), done, date(2026, 1, 1)
        )
        assert p.cycle_start == date(2024, 7, 1)
        assert totals(p) == (40, None, 0)
        assert p.complete is True, rid
        assert any("judged at audit" in u for u in p.unknowns)


def test_or_counselor_mft_short(rule_sets):
    # 6 + 4 + 20 = 30 of 40 -> 10 left; suicide 0 / 2 -> complete False.
    for rid, lic, course in OR_BOARD:
        done = [
            course(1, 6, date(2024, 8, 1), topics=["ethics"]),
            course(2, 4, date(2024, 9, 1), topics=["cultural_competency"]),
            course(3, 20, date(2025, 1, 1)),
        ]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "OR", ORB_RENEWAL, ORB_NOT_SUP), done, date(2026, 1, 1)
        )
        assert totals(p) == (40, 30, 10)
        assert _row(p, "suicide_prevention").remaining == 2
        assert p.complete is False, rid


def test_or_counselor_mft_cultural_short(rule_sets):
    # 6 ethics + 2 cultural + 2 suicide + 32 = 42 (certain 40) -> total met; cultural 2 of 4.
    for rid, lic, course in OR_BOARD:
        done = [
            course(1, 6, date(2024, 8, 1), topics=["ethics"]),
            course(2, 2, date(2024, 9, 1), topics=["cultural_competency"]),
            course(3, 2, date(2024, 10, 1), topics=["suicide_prevention"]),
            course(4, 32, date(2025, 1, 1)),
        ]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "OR", ORB_RENEWAL, ORB_NOT_SUP), done, date(2026, 1, 1)
        )
        assert p.total_remaining == 0
        assert (_row(p, "cultural_competency").remaining, _row(p, "cultural_competency").met) == (
            2,
            False,
        )
        assert p.complete is False, rid


def test_or_counselor_mft_yearly_license_two_year_period(rule_sets):
    # Cycle = 24-month CE period, not the 1-year license term: a course on 2024-07-01 (a year
    # before the 2025 yearly renewal) still counts; 2024-06-30 is outside.
    for rid, lic, course in OR_BOARD:
        rs = rule_sets[rid]
        assert (rs.cycle_months, rs.license_term_months) == (24, 12)
        done = [course(1, 5, date(2024, 6, 30)), course(2, 5, date(2024, 7, 1))]
        p = compute_progress(rs, _lic(lic, "OR", ORB_RENEWAL, ORB_NOT_SUP), done, date(2026, 1, 1))
        assert p.total_counted == 5
        assert [cid for cid, _ in p.excluded] == [1]


def test_or_counselor_first_renewal_tiered_is_unknown(rule_sets):
    # First even-year renewal: 0, 20 or 40 by months licensed -> total unknown. 6 ethics +
    # 4 cultural + 2 suicide-only + 8 = 18..20, below the surely-enough 40 -> remaining
    # None; every topic met -> complete None -> "unknown".
    done = [
        _co(1, 6, date(2024, 8, 1), topics=["ethics"]),
        _co(2, 4, date(2024, 9, 1), topics=["cultural_competency"]),
        _co(3, 2, date(2024, 10, 1), topics=["suicide_prevention"]),
        _co(4, 8, date(2025, 1, 1)),
    ]
    lic = _lic("LPC", "OR", ORB_RENEWAL, ORB_NOT_SUP, first_renewal=True)
    p = compute_progress(rule_sets["OR-LPC"], lic, done, date(2026, 1, 1))
    assert totals(p) == (None, None, None)
    assert p.total_counted_range == (18, 20)
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# OR Psychologist: 40 h per 24 months; ethics/Oregon law 4, cultural 4, pain management 1,
# suicide 2 (standing toward the total unknown); first renewal exempt; no pre-approval.
# ---------------------------------------------------------------------------------------
ORP_RENEWAL = date(2026, 12, 31)  # cycle 2025-01-01 .. 2026-12-31


def _orp_done(pain=1):
    return [
        _psy(1, 4, date(2025, 2, 1), topics=["ethics"]),
        _psy(2, 4, date(2025, 3, 1), topics=["cultural_competency"]),
        _psy(3, 2, date(2025, 4, 1), "online_async", ["suicide_prevention"]),
        _psy(4, 32 - pain, date(2025, 6, 1)),
    ] + ([_psy(5, pain, date(2025, 7, 1), "online_async", ["pain_management"])] if pain else [])


def test_or_psychologist_complete(rule_sets):
    # 4 + 4 + 31 + 1 pain = 40 certain (+ 2 suicide maybe: counted None) -> complete.
    p = compute_progress(
        rule_sets["OR-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "OR", ORP_RENEWAL),
        _orp_done(),
        date(2026, 6, 1),
    )
    assert totals(p) == (40, None, 0)
    assert p.complete is True


def test_or_psychologist_short(rule_sets):
    # 4 + 4 + 1 pain + 21 = 30 certain, no suicide course -> 10 left, suicide 2 short.
    done = [
        _psy(1, 4, date(2025, 2, 1), topics=["ethics"]),
        _psy(2, 4, date(2025, 3, 1), topics=["cultural_competency"]),
        _psy(3, 1, date(2025, 4, 1), topics=["pain_management"]),
        _psy(4, 21, date(2025, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["OR-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "OR", ORP_RENEWAL),
        done,
        date(2026, 6, 1),
    )
    assert totals(p) == (40, 30, 10)
    assert _row(p, "suicide_prevention").remaining == 2
    assert p.complete is False


def test_or_psychologist_pain_unmet(rule_sets):
    # 4 + 4 + 32 general = 40 certain (+ 2 suicide maybe); pain 0 / 1 -> complete False.
    p = compute_progress(
        rule_sets["OR-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "OR", ORP_RENEWAL),
        _orp_done(0),
        date(2026, 6, 1),
    )
    assert p.total_remaining == 0
    assert (_row(p, "pain_management").remaining, _row(p, "pain_management").met) == (1, False)
    assert p.complete is False


def test_or_psychologist_first_renewal_exempt(rule_sets):
    lic = _lic("PSYCHOLOGIST", "OR", ORP_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["OR-PSYCHOLOGIST"], lic, [], date(2026, 6, 1))
    assert totals(p) == (0, 0, 0)
    assert p.status == "complete"


# ---------------------------------------------------------------------------------------
# CT LCSW: 15 h a year; cultural competency 1; veterans' mental health 2 h in the first CE
# year then once every 6 years (asked); asynchronous / home study at most 10 h; at least 5 h
# live (webinars count); at most 8 h a day; first renewal exempt.
# ---------------------------------------------------------------------------------------
CT_RENEWAL = date(2026, 3, 31)  # cycle 2025-04-01 .. 2026-03-31 (12 months)
CT_VET_NO = {"ct_veterans_training_due": False}


def test_ct_lcsw_complete(rule_sets):
    # 1 cultural + 4 in person (live 5) + 5 + 5 on demand on two days (cap 10; each day under
    # the 8 h limit) = 15 -> complete.
    done = [
        _sw(1, 1, date(2025, 5, 1), topics=["cultural_competency"]),
        _sw(2, 4, date(2025, 6, 1)),
        _sw(3, 5, date(2025, 9, 1), "online_async"),
        _sw(4, 5, date(2025, 9, 2), "online_async"),
    ]
    p = compute_progress(
        rule_sets["CT-LCSW"], _lic("LCSW", "CT", CT_RENEWAL, CT_VET_NO), done, date(2026, 1, 1)
    )
    assert p.cycle_start == date(2025, 4, 1)
    assert totals(p) == (15, 15, 0)
    assert (_live(p).required, _live(p).earned) == (5, 5)
    assert p.complete is True


def test_ct_lcsw_async_cap_and_live_floor_short(rule_sets):
    # 1 cultural + 2 in person + 7 + 7 on demand on two days (14, 10 count) = 13 of 15 ->
    # 2 left; live 3 of 5 -> 2 short. today 2026-02-01: 58 days -> at_risk;
    # max(2, 2) / (58 / 30.4 = 1.908) = 1.05.
    done = [
        _sw(1, 1, date(2025, 5, 1), topics=["cultural_competency"]),
        _sw(2, 2, date(2025, 6, 1)),
        _sw(3, 7, date(2025, 9, 1), "online_async"),
        _sw(4, 7, date(2025, 9, 2), "online_async"),
    ]
    p = compute_progress(
        rule_sets["CT-LCSW"], _lic("LCSW", "CT", CT_RENEWAL, CT_VET_NO), done, date(2026, 2, 1)
    )
    assert totals(p) == (15, 13, 2)
    assert _live(p).remaining == 2
    assert p.days_left == 58
    assert p.hours_per_month_needed == 1.05
    assert p.status == "at_risk"


def test_ct_lcsw_eight_hours_a_day(rule_sets):
    # 10 h in person on one day -> 8 count; + 1 cultural + 4 on demand = 13 of 15 -> 2 left.
    done = [
        _sw(1, 1, date(2025, 5, 1), topics=["cultural_competency"]),
        _sw(2, 10, date(2025, 6, 1)),
        _sw(3, 4, date(2025, 9, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["CT-LCSW"], _lic("LCSW", "CT", CT_RENEWAL, CT_VET_NO), done, date(2026, 1, 1)
    )
    assert totals(p) == (15, 13, 2)
    assert any("at most 8 h a day" in cap for cap in p.caps_applied)


def test_ct_lcsw_veterans_due_unmet_and_first_renewal_exempt(rule_sets):
    # Veterans training due: 1 cultural + 14 in person on two days = 15, no veterans hours
    # -> 0 / 2 -> complete False.
    done = [
        _sw(1, 1, date(2025, 5, 1), topics=["cultural_competency"]),
        _sw(2, 7, date(2025, 6, 1)),
        _sw(3, 7, date(2025, 6, 2)),
    ]
    facts = {"ct_veterans_training_due": True}
    p = compute_progress(
        rule_sets["CT-LCSW"], _lic("LCSW", "CT", CT_RENEWAL, facts), done, date(2026, 1, 1)
    )
    assert (_row(p, "military_veterans").remaining, _row(p, "military_veterans").met) == (2, False)
    assert p.complete is False
    p = compute_progress(
        rule_sets["CT-LCSW"],
        _lic("LCSW", "CT", CT_RENEWAL, first_renewal=True),
        [],
        date(2026, 1, 1),
    )
    assert totals(p) == (0, 0, 0)
    assert p.status == "complete"


# ---------------------------------------------------------------------------------------
# CT LPC: 15 h a year (end of birth month); cultural 1, ethics 3, veterans 2 (asked); no
# online cap found.
# ---------------------------------------------------------------------------------------
CTL_RENEWAL = date(2026, 5, 31)  # cycle 2025-06-01 .. 2026-05-31


def test_ct_lpc_complete_online(rule_sets):
    # 1 cultural + 3 ethics + 11 on demand = 15 -> complete.
    done = [
        _co(1, 1, date(2025, 7, 1), "online_async", ["cultural_competency"]),
        _co(2, 3, date(2025, 8, 1), "online_async", ["ethics"]),
        _co(3, 11, date(2025, 9, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["CT-LPC"], _lic("LPC", "CT", CTL_RENEWAL, CT_VET_NO), done, date(2026, 1, 1)
    )
    assert p.cycle_start == date(2025, 6, 1)
    assert totals(p) == (15, 15, 0)
    assert p.complete is True


def test_ct_lpc_short(rule_sets):
    # 1 + 3 + 6 = 10 of 15 -> 5 left; today 2026-01-01: 150 days; 5 / (150 / 30.4 = 4.934)
    # = 1.01 <= 1.5 x 15 / 12 = 1.875 -> on_track.
    done = [
        _co(1, 1, date(2025, 7, 1), topics=["cultural_competency"]),
        _co(2, 3, date(2025, 8, 1), topics=["ethics"]),
        _co(3, 6, date(2025, 9, 1)),
    ]
    p = compute_progress(
        rule_sets["CT-LPC"], _lic("LPC", "CT", CTL_RENEWAL, CT_VET_NO), done, date(2026, 1, 1)
    )
    assert totals(p) == (15, 10, 5)
    assert p.days_left == 150
    assert p.hours_per_month_needed == 1.01
    assert p.status == "on_track"


def test_ct_lpc_ethics_unmet(rule_sets):
    # 1 cultural + 14 = 15; ethics 0 / 3 -> complete False.
    done = [
        _co(1, 1, date(2025, 7, 1), topics=["cultural_competency"]),
        _co(2, 14, date(2025, 9, 1)),
    ]
    p = compute_progress(
        rule_sets["CT-LPC"], _lic("LPC", "CT", CTL_RENEWAL, CT_VET_NO), done, date(2026, 1, 1)
    )
    assert (_row(p, "ethics").remaining, _row(p, "ethics").met) == (3, False)
    assert p.complete is False


def test_ct_lpc_veterans_year_met(rule_sets):
    # Veterans due: 2 veterans + 1 cultural + 3 ethics + 9 = 15 -> complete.
    done = [
        _co(1, 2, date(2025, 6, 15), topics=["military_veterans"]),
        _co(2, 1, date(2025, 7, 1), topics=["cultural_competency"]),
        _co(3, 3, date(2025, 8, 1), topics=["ethics"]),
        _co(4, 9, date(2025, 9, 1)),
    ]
    facts = {"ct_veterans_training_due": True}
    p = compute_progress(
        rule_sets["CT-LPC"], _lic("LPC", "CT", CTL_RENEWAL, facts), done, date(2026, 1, 1)
    )
    assert _row(p, "military_veterans").met is True
    assert totals(p) == (15, 15, 0)
    assert p.complete is True


# ---------------------------------------------------------------------------------------
# CT LMFT: 15 h a year; cultural 1 (medium confidence); veterans 2 (asked).
# ---------------------------------------------------------------------------------------
CTM_RENEWAL = date(2026, 9, 30)  # cycle 2025-10-01 .. 2026-09-30


def test_ct_lmft_complete(rule_sets):
    done = [
        _mft(1, 1, date(2025, 11, 1), topics=["cultural_competency"]),
        _mft(2, 14, date(2026, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["CT-LMFT"], _lic("LMFT", "CT", CTM_RENEWAL, CT_VET_NO), done, date(2026, 6, 1)
    )
    assert p.cycle_start == date(2025, 10, 1)
    assert totals(p) == (15, 15, 0)
    assert p.complete is True


def test_ct_lmft_short_overdue(rule_sets):
    # 1 + 9 = 10 of 15 -> 5 left; today 2026-10-02: 2 days past -> overdue.
    done = [
        _mft(1, 1, date(2025, 11, 1), topics=["cultural_competency"]),
        _mft(2, 9, date(2026, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["CT-LMFT"], _lic("LMFT", "CT", CTM_RENEWAL, CT_VET_NO), done, date(2026, 10, 2)
    )
    assert totals(p) == (15, 10, 5)
    assert p.status == "overdue"


def test_ct_lmft_cultural_unmet(rule_sets):
    done = [_mft(1, 15, date(2026, 1, 1))]
    p = compute_progress(
        rule_sets["CT-LMFT"], _lic("LMFT", "CT", CTM_RENEWAL, CT_VET_NO), done, date(2026, 6, 1)
    )
    assert (_row(p, "cultural_competency").remaining, p.complete) == (1, False)


def test_ct_lmft_unanswered_veterans_question(rule_sets):
    # Not answered and no veterans hours: applies None -> complete None, question open.
    done = [
        _mft(1, 1, date(2025, 11, 1), topics=["cultural_competency"]),
        _mft(2, 14, date(2026, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["CT-LMFT"], _lic("LMFT", "CT", CTM_RENEWAL), done, date(2026, 6, 1)
    )
    assert "ct_veterans_training_due" in dict(p.open_questions)
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# CT Psychologist: 10 h a year; veterans 2 (asked); internet / distance / home study at
# most 5 h (live webinars not capped); presentations cap data only.
# ---------------------------------------------------------------------------------------
CTP_RENEWAL = date(2026, 12, 31)  # cycle 2026-01-01 .. 2026-12-31


def test_ct_psychologist_complete(rule_sets):
    done = [_psy(1, 5, date(2026, 2, 1)), _psy(2, 5, date(2026, 3, 1), "online_async")]
    p = compute_progress(
        rule_sets["CT-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "CT", CTP_RENEWAL, CT_VET_NO),
        done,
        date(2026, 6, 1),
    )
    assert p.cycle_start == date(2026, 1, 1)
    assert totals(p) == (10, 10, 0)
    assert p.complete is True


def test_ct_psychologist_home_study_cap_short(rule_sets):
    # 3 in person + 8 on demand (5 count) = 8 of 10 -> 2 left.
    done = [_psy(1, 3, date(2026, 2, 1)), _psy(2, 8, date(2026, 3, 1), "online_async")]
    p = compute_progress(
        rule_sets["CT-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "CT", CTP_RENEWAL, CT_VET_NO),
        done,
        date(2026, 6, 1),
    )
    assert totals(p) == (10, 8, 2)
    assert p.cap_room == ((("self_study", "online_async"), 0),)


def test_ct_psychologist_veterans_due_unmet(rule_sets):
    facts = {"ct_veterans_training_due": True}
    done = [_psy(1, 10, date(2026, 2, 1))]
    p = compute_progress(
        rule_sets["CT-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "CT", CTP_RENEWAL, facts),
        done,
        date(2026, 6, 1),
    )
    assert (_row(p, "military_veterans").remaining, p.complete) == (2, False)


def test_ct_psychologist_live_webinars_not_capped(rule_sets):
    # 2 in person + 8 live webinar = 10 -> complete (only self-study / on demand is capped).
    done = [_psy(1, 2, date(2026, 2, 1)), _psy(2, 8, date(2026, 3, 1), "live_online")]
    p = compute_progress(
        rule_sets["CT-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "CT", CTP_RENEWAL, CT_VET_NO),
        done,
        date(2026, 6, 1),
    )
    assert totals(p) == (10, 10, 0)
    assert p.complete is True
