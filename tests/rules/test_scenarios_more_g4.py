"""Hand-worked scenarios for the West Virginia rule sets.

Expected numbers come from the rule text (store/rulesets/<ID>.yaml, converted from
shared/research/ce_requirements_more.yaml) and the engine contract, worked out by hand in
the comments — never from running the engine. Cycle: the day after the previous renewal
date through the renewal date; only completions on or before `today` count.
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
# WV LICSW: 30 h per 24 months (issue date); SW ethics 1, veterans' mental health 2; on
# demand at most 10 h; at least 10 h live (in person or live webinar); 20 h Category I
# floor data only.
# ---------------------------------------------------------------------------------------
WV_RENEWAL = date(2026, 11, 30)  # cycle 2024-12-01 .. 2026-11-30


def test_wv_licsw_complete(rule_sets):
    # 1 ethics + 2 veterans webinar + 17 in person + 10 on demand (cap) = 30; live 20 >= 10.
    done = [
        _sw(1, 1, date(2025, 1, 1), topics=["ethics"]),
        _sw(2, 2, date(2025, 2, 1), "live_online", ["military_veterans"]),
        _sw(3, 17, date(2025, 5, 1)),
        _sw(4, 10, date(2025, 9, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["WV-LCSW"], _lic("LCSW", "WV", WV_RENEWAL), done, date(2026, 3, 1)
    )
    assert p.cycle_start == date(2024, 12, 1)
    assert totals(p) == (30, 30, 0)
    assert (_live(p).required, _live(p).earned) == (10, 20)
    assert p.complete is True


def test_wv_licsw_on_demand_over_cap(rule_sets):
    # 1 + 2 + 7 in person + 20 on demand (10 count) = 20 of 30 -> 10 left; live 10 = floor.
    done = [
        _sw(1, 1, date(2025, 1, 1), topics=["ethics"]),
        _sw(2, 2, date(2025, 2, 1), topics=["military_veterans"]),
        _sw(3, 7, date(2025, 5, 1)),
        _sw(4, 20, date(2025, 9, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["WV-LCSW"], _lic("LCSW", "WV", WV_RENEWAL), done, date(2026, 3, 1)
    )
    assert totals(p) == (30, 20, 10)
    assert _live(p).remaining == 0
    assert p.complete is False


def test_wv_licsw_veterans_unmet(rule_sets):
    done = [_sw(1, 1, date(2025, 1, 1), topics=["ethics"]), _sw(2, 29, date(2025, 5, 1))]
    p = compute_progress(
        rule_sets["WV-LCSW"], _lic("LCSW", "WV", WV_RENEWAL), done, date(2026, 3, 1)
    )
    assert totals(p) == (30, 30, 0)
    assert (_row(p, "military_veterans").remaining, p.complete) == (2, False)


def test_wv_licsw_live_floor_short_self_study_uncapped(rule_sets):
    # 1 + 2 + 5 in person (live 8) + 10 on demand + 12 self-study (not capped) = 30 -> total
    # met; live 8 of 10 -> 2 short -> complete False.
    done = [
        _sw(1, 1, date(2025, 1, 1), topics=["ethics"]),
        _sw(2, 2, date(2025, 2, 1), topics=["military_veterans"]),
        _sw(3, 5, date(2025, 5, 1)),
        _sw(4, 10, date(2025, 9, 1), "online_async"),
        _sw(5, 12, date(2025, 10, 1), "self_study"),
    ]
    p = compute_progress(
        rule_sets["WV-LCSW"], _lic("LCSW", "WV", WV_RENEWAL), done, date(2026, 3, 1)
    )
    assert totals(p) == (30, 30, 0)
    assert _live(p).remaining == 2
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# WV LPC: yearly license (30 Jun), CE per 2-year biennium: 35 h; ethics 3, veterans 2,
# ALPS supervisors 3 (asked). WV LMFT: 35 h per 24-month CE period; ethics (AAMFT code) 3,
# veterans 2; license renewal frequency unknown.
# ---------------------------------------------------------------------------------------
WVB_RENEWAL = date(2027, 6, 30)  # biennium 2025-07-01 .. 2027-06-30
WV_NOT_ALPS = {"wv_alps": False}


def test_wv_lpc_complete_online(rule_sets):
    done = [
        _co(1, 3, date(2025, 8, 1), "online_async", ["ethics"]),
        _co(2, 2, date(2025, 9, 1), "online_async", ["military_veterans"]),
        _co(3, 30, date(2026, 1, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["WV-LPC"], _lic("LPC", "WV", WVB_RENEWAL, WV_NOT_ALPS), done, date(2027, 1, 1)
    )
    assert p.cycle_start == date(2025, 7, 1)
    assert totals(p) == (35, 35, 0)
    assert p.complete is True


def test_wv_lpc_short_on_track(rule_sets):
    # 3 + 2 + 20 = 25 of 35 -> 10 left; today 2026-07-01: 364 days; 10 / (364 / 30.4 =
    # 11.97) = 0.84 -> on_track.
    done = [
        _co(1, 3, date(2025, 8, 1), topics=["ethics"]),
        _co(2, 2, date(2025, 9, 1), topics=["military_veterans"]),
        _co(3, 20, date(2026, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["WV-LPC"], _lic("LPC", "WV", WVB_RENEWAL, WV_NOT_ALPS), done, date(2026, 7, 1)
    )
    assert totals(p) == (35, 25, 10)
    assert p.days_left == 364
    assert p.hours_per_month_needed == 0.84
    assert p.status == "on_track"


def test_wv_lpc_alps_supervision_unmet(rule_sets):
    facts = {"wv_alps": True}
    done = [
        _co(1, 3, date(2025, 8, 1), topics=["ethics"]),
        _co(2, 2, date(2025, 9, 1), topics=["military_veterans"]),
        _co(3, 30, date(2026, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["WV-LPC"], _lic("LPC", "WV", WVB_RENEWAL, facts), done, date(2027, 1, 1)
    )
    assert (_row(p, "supervision").remaining, p.complete) == (3, False)


def test_wv_lpc_yearly_license_two_year_biennium(rule_sets):
    # Cycle = the 24-month biennium, not the yearly license: 2025-06-30 is outside,
    # 2025-07-01 (two yearly renewals back) is the first day.
    rs = rule_sets["WV-LPC"]
    assert (rs.cycle_months, rs.license_term_months) == (24, 12)
    done = [_co(1, 5, date(2025, 6, 30)), _co(2, 5, date(2025, 7, 1))]
    p = compute_progress(rs, _lic("LPC", "WV", WVB_RENEWAL, WV_NOT_ALPS), done, date(2027, 1, 1))
    assert p.total_counted == 5
    assert [cid for cid, _ in p.excluded] == [1]


def test_wv_lmft_complete_and_short(rule_sets):
    # 3 ethics + 2 veterans + 30 = 35 -> complete; without the 30, 5 of 35 -> 30 left.
    base = [
        _mft(1, 3, date(2025, 8, 1), topics=["ethics"]),
        _mft(2, 2, date(2025, 9, 1), topics=["military_veterans"]),
    ]
    rs = rule_sets["WV-LMFT"]
    assert (rs.cycle_months, rs.license_term_months) == (24, None)
    p = compute_progress(
        rs,
        _lic("LMFT", "WV", WVB_RENEWAL),
        [*base, _mft(3, 30, date(2026, 1, 1))],
        date(2027, 1, 1),
    )
    assert totals(p) == (35, 35, 0)
    assert p.complete is True
    p = compute_progress(rs, _lic("LMFT", "WV", WVB_RENEWAL), base, date(2027, 1, 1))
    assert totals(p) == (35, 5, 30)
    assert p.complete is False


def test_wv_lmft_ethics_unmet(rule_sets):
    done = [
        _mft(1, 2, date(2025, 9, 1), topics=["military_veterans"]),
        _mft(2, 33, date(2026, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["WV-LMFT"], _lic("LMFT", "WV", WVB_RENEWAL), done, date(2027, 1, 1)
    )
    assert (_row(p, "ethics").remaining, p.complete) == (3, False)


# ---------------------------------------------------------------------------------------
# WV Psychologist: 20 h per 24 months (issue date); no topic minimum retrieved (warned).
# ---------------------------------------------------------------------------------------
WVP_RENEWAL = date(2026, 12, 31)  # cycle 2025-01-01 .. 2026-12-31


def test_wv_psychologist_complete_with_warning(rule_sets):
    done = [_psy(1, 20, date(2025, 6, 1), "online_async")]
    p = compute_progress(
        rule_sets["WV-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "WV", WVP_RENEWAL),
        done,
        date(2026, 6, 1),
    )
    assert totals(p) == (20, 20, 0)
    assert p.complete is True
    assert any("minimum is unknown to us" in u for u in p.unknowns)


def test_wv_psychologist_short(rule_sets):
    # 10 of 20 -> 10 left; today 2026-06-01: 213 days; 10 / (213 / 30.4 = 7.007) = 1.43
    # > 1.5 x 20 / 24 = 1.25 -> at_risk although more than 90 days are left.
    done = [_psy(1, 10, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["WV-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "WV", WVP_RENEWAL),
        done,
        date(2026, 6, 1),
    )
    assert totals(p) == (20, 10, 10)
    assert p.days_left == 213
    assert p.hours_per_month_needed == 1.43
    assert p.status == "at_risk"
