"""Hand-worked scenarios for the Washington, Massachusetts and North Carolina rule sets.

Every expected number is worked out from the rule text in store/rulesets/{WA,MA,NC}-*.yaml
and the engine's contract (cycle = day after the previous renewal .. renewal day; completions
after `today` never count; caps, topic rows, status thresholds), never from running the engine.
Status arithmetic: hours per month needed = remaining / max(days_left / 30.4, 1), rounded to
0.01; at_risk when days_left <= 90 or that figure > 1.5 x (total / cycle_months).
"""

from __future__ import annotations

from datetime import date

from rules.scenario import course_maker
from rules.scenario import license_facts as _lic
from rules.scenario import row as _row
from rules.scenario import totals as _totals

from bot.rules import compute_progress

_done = course_maker("")


# --- WA LICSW: yearly licence, 36 h per 2-year CE period (cycle_months 24); ethics & law 6;
# suicide 6 every 6 years and health equity 2 every 4 years (asked); distance cap 26 h
# (self-study + on demand; live webinars not capped).
WA_SW_RENEWAL = date(2026, 5, 14)  # CE period 2024-05-15 .. 2026-05-14
NOT_DUE = {"wa_suicide_training_due": False, "wa_health_equity_due": False}


def test_wa_licsw_suicide_due_and_met_is_complete(rule_sets):
    # 6 ethics + 6 suicide (live webinar) + 24 on demand (<= 26 cap) = 36 >= 36.
    done = [
        _done(1, 6, date(2024, 6, 1), topics=["ethics"]),
        _done(2, 6, date(2024, 7, 1), "live_online", ["suicide_prevention"]),
        _done(3, 24, date(2025, 7, 1), "online_async"),
    ]
    facts = {"wa_suicide_training_due": True, "wa_health_equity_due": False}
    p = compute_progress(
        rule_sets["WA-LCSW"], _lic("LCSW", "WA", WA_SW_RENEWAL, facts), done, date(2025, 11, 14)
    )
    assert _totals(p) == (36, 36, 0)
    row = _row(p, "suicide_prevention")
    assert (row.applies, row.required, row.earned, row.remaining) == (True, 6, 6, 0)
    assert _row(p, "health_equity").applies is False
    assert p.cycle_start == date(2024, 5, 15)
    assert p.complete is True
    assert p.status == "complete"


def test_wa_licsw_distance_learning_cap(rule_sets):
    # 30 on demand -> 26 count (cap 26); + 6 ethics in person = 32; remaining 4.
    # days_left 181; 4 / (181 / 30.4 = 5.954) = 0.67 <= 1.5 x 36/24 = 2.25 -> on_track.
    done = [
        _done(1, 6, date(2024, 6, 1), topics=["ethics"]),
        _done(2, 30, date(2025, 1, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["WA-LCSW"], _lic("LCSW", "WA", WA_SW_RENEWAL, NOT_DUE), done, date(2025, 11, 14)
    )
    assert _totals(p) == (36, 32, 4)
    assert p.days_left == 181
    assert p.hours_per_month_needed == 0.67
    assert p.complete is False
    assert p.status == "on_track"


def test_wa_licsw_every_n_years_unanswered(rule_sets):
    # 36/36 with ethics met, but neither "due this period?" question is answered and no
    # suicide / health-equity hours are done -> both rows applies None -> unknown.
    done = [_done(1, 6, date(2024, 6, 1), topics=["ethics"]), _done(2, 30, date(2025, 1, 1))]
    p = compute_progress(
        rule_sets["WA-LCSW"], _lic("LCSW", "WA", WA_SW_RENEWAL), done, date(2025, 11, 14)
    )
    assert _totals(p) == (36, 36, 0)
    assert _row(p, "suicide_prevention").applies is None
    assert _row(p, "health_equity").applies is None
    assert {"wa_suicide_training_due", "wa_health_equity_due"} <= set(dict(p.open_questions))
    assert p.complete is None
    assert p.status == "unknown"


def test_wa_licsw_first_renewal_unknown_uses_full_total(rule_sets):
    # first_renewal is null in the research -> the first renewal's total is unknown (36, the
    # full cycle, surely enough). Ethics 6 met; 20 < 36 -> can't tell: complete None.
    lic = _lic("LCSW", "WA", WA_SW_RENEWAL, NOT_DUE, first_renewal=True)
    done = [_done(1, 6, date(2024, 6, 1), topics=["ethics"]), _done(2, 14, date(2025, 1, 1))]
    p = compute_progress(rule_sets["WA-LCSW"], lic, done, date(2025, 11, 14))
    assert _totals(p) == (None, 20, None)
    assert p.unknowns
    assert p.complete is None
    assert p.status == "unknown"


# --- WA LMHC: same rules as WA LICSW.
WA_MHC_RENEWAL = date(2026, 8, 20)  # CE period 2024-08-21 .. 2026-08-20


def test_wa_lmhc_health_equity_due_but_not_done(rule_sets):
    # Health equity due: 2 h required, 0 earned; total 36/36 (6 ethics + 30 in person).
    # remaining = max(0, 2) = 2; days_left 200; 2 / (200 / 30.4 = 6.579) = 0.30 -> on_track.
    facts = {"wa_suicide_training_due": False, "wa_health_equity_due": True}
    done = [_done(1, 6, date(2024, 9, 1), topics=["ethics"]), _done(2, 30, date(2025, 3, 1))]
    p = compute_progress(
        rule_sets["WA-LPC"], _lic("LPC", "WA", WA_MHC_RENEWAL, facts), done, date(2026, 2, 1)
    )
    assert _totals(p) == (36, 36, 0)
    row = _row(p, "health_equity")
    assert (row.applies, row.required, row.earned, row.remaining, row.met) == (
        True,
        2,
        0,
        2,
        False,
    )
    assert p.days_left == 200
    assert p.hours_per_month_needed == 0.3
    assert p.complete is False
    assert p.status == "on_track"


def test_wa_lmhc_given_cycle_start_is_the_first_day(rule_sets):
    # cycle_start 2025-01-10 given: a 6 h ethics course on 2025-01-09 is outside; 10 h on
    # 2025-01-10 counts. No proration rate -> total stays 36. Counted 10, remaining 26;
    # ethics 0/6. remaining = max(26, 6) = 26; 26 / 6.579 = 3.95 > 2.25 -> at_risk.
    lic = _lic("LPC", "WA", WA_MHC_RENEWAL, NOT_DUE, cycle_start=date(2025, 1, 10))
    done = [
        _done(1, 6, date(2025, 1, 9), topics=["ethics"]),
        _done(2, 10, date(2025, 1, 10)),
    ]
    p = compute_progress(rule_sets["WA-LPC"], lic, done, date(2026, 2, 1))
    assert p.cycle_start == date(2025, 1, 10)
    assert _totals(p) == (36, 10, 26)
    ethics = _row(p, "ethics")
    assert (ethics.earned, ethics.remaining) == (0, 6)
    assert p.hours_per_month_needed == 3.95
    assert p.status == "at_risk"


# --- WA LMFT: same rules as WA LICSW.
WA_MFT_RENEWAL = date(2025, 3, 3)  # CE period 2023-03-04 .. 2025-03-03


def test_wa_lmft_short_after_renewal_is_overdue(rule_sets):
    # 6 ethics + 24 = 30 of 36; today 2025-03-10 is 7 days after renewal -> overdue.
    done = [_done(1, 6, date(2024, 4, 1), topics=["ethics"]), _done(2, 24, date(2024, 9, 1))]
    p = compute_progress(
        rule_sets["WA-LMFT"], _lic("LMFT", "WA", WA_MFT_RENEWAL, NOT_DUE), done, date(2025, 3, 10)
    )
    assert _totals(p) == (36, 30, 6)
    assert p.days_left == -7
    assert p.complete is False
    assert p.status == "overdue"


def test_wa_lmft_both_due_and_met_including_renewal_day_course(rule_sets):
    # 6 ethics + 6 suicide + 2 health equity + 22 (on the renewal day, 2025-03-03) = 36;
    # both periodic trainings due and met -> complete even though today is past renewal.
    facts = {"wa_suicide_training_due": True, "wa_health_equity_due": True}
    done = [
        _done(1, 6, date(2024, 4, 1), topics=["ethics"]),
        _done(2, 6, date(2024, 5, 1), topics=["suicide_prevention"]),
        _done(3, 2, date(2024, 6, 1), "live_online", ["health_equity"]),
        _done(4, 22, date(2025, 3, 3)),
    ]
    p = compute_progress(
        rule_sets["WA-LMFT"], _lic("LMFT", "WA", WA_MFT_RENEWAL, facts), done, date(2025, 3, 10)
    )
    assert _totals(p) == (36, 36, 0)
    row = _row(p, "health_equity")
    assert (row.applies, row.required, row.earned, row.remaining) == (True, 2, 2, 0)
    assert p.cycle_start == date(2023, 3, 4)
    assert p.complete is True
    assert p.status == "complete"


# --- WA Psychologist: yearly licence, 60 h per 3-year CE period (cycle_months 36); ethics 4;
# suicide 6 every 6 years; health equity 2 every 4 years; no format cap.
WA_PSY_RENEWAL = date(2027, 3, 9)  # CE period 2024-03-10 .. 2027-03-09


def test_wa_psychologist_all_due_and_met(rule_sets):
    # 4 ethics + 6 suicide + 2 health equity + 48 = 60.
    facts = {"wa_suicide_training_due": True, "wa_health_equity_due": True}
    done = [
        _done(1, 4, date(2024, 3, 10), topics=["ethics"], body="APA"),
        _done(2, 6, date(2025, 1, 1), topics=["suicide_prevention"], body="APA"),
        _done(3, 2, date(2025, 2, 1), topics=["health_equity"], body="APA"),
        _done(4, 48, date(2026, 1, 1), "online_async", body="APA"),
    ]
    lic = _lic("PSYCHOLOGIST", "WA", WA_PSY_RENEWAL, facts)
    p = compute_progress(rule_sets["WA-PSYCHOLOGIST"], lic, done, date(2026, 3, 9))
    assert _totals(p) == (60, 60, 0)
    assert p.cycle_start == date(2024, 3, 10)
    assert p.complete is True
    assert p.status == "complete"


def _wa_psy_36():
    return [
        _done(1, 4, date(2024, 6, 1), topics=["ethics"], body="APA"),
        _done(2, 32, date(2025, 6, 1), body="APA"),
    ]


def test_wa_psychologist_pace_on_track_a_year_out(rule_sets):
    # 36 of 60 -> 24 remaining; days_left 365; 24 / (365 / 30.4 = 12.007) = 2.00;
    # pace 60 / 36 = 1.667 x 1.5 = 2.5 -> on_track.
    lic = _lic("PSYCHOLOGIST", "WA", WA_PSY_RENEWAL, NOT_DUE)
    p = compute_progress(rule_sets["WA-PSYCHOLOGIST"], lic, _wa_psy_36(), date(2026, 3, 9))
    assert _totals(p) == (60, 36, 24)
    assert p.days_left == 365
    assert p.hours_per_month_needed == 2.0
    assert p.status == "on_track"


def test_wa_psychologist_pace_at_risk_six_months_out(rule_sets):
    # days_left 181; 24 / (181 / 30.4 = 5.954) = 4.03 > 2.5 -> at_risk.
    lic = _lic("PSYCHOLOGIST", "WA", WA_PSY_RENEWAL, NOT_DUE)
    p = compute_progress(rule_sets["WA-PSYCHOLOGIST"], lic, _wa_psy_36(), date(2026, 9, 9))
    assert _totals(p) == (60, 36, 24)
    assert p.days_left == 181
    assert p.hours_per_month_needed == 4.03
    assert p.complete is False
    assert p.status == "at_risk"


# --- MA LICSW: 30 h / 24 months (birthday); no topic minimums; no online cap;
# first renewal prorated but details unknown (hours null).
MA_SW_RENEWAL = date(2026, 10, 3)  # cycle 2024-10-04 .. 2026-10-03


def test_ma_licsw_all_online_no_cap_is_complete(rule_sets):
    done = [_done(1, 30, date(2025, 5, 1), "online_async", body="ASWB ACE")]
    p = compute_progress(
        rule_sets["MA-LCSW"], _lic("LCSW", "MA", MA_SW_RENEWAL), done, date(2026, 4, 3)
    )
    assert _totals(p) == (30, 30, 0)
    assert p.cycle_start == date(2024, 10, 4)
    assert p.open_questions == ()
    assert p.complete is True
    assert p.status == "complete"


def test_ma_licsw_first_renewal_hours_unknown_uses_full_total(rule_sets):
    # first_renewal.hours null -> total unknown (30, the full cycle, surely enough); 20 done
    # < 30 and no topic minimum -> can't tell: complete None, status unknown, no pace.
    lic = _lic("LCSW", "MA", MA_SW_RENEWAL, first_renewal=True)
    done = [_done(1, 20, date(2025, 5, 1), "online_async", body="ASWB ACE")]
    p = compute_progress(rule_sets["MA-LCSW"], lic, done, date(2026, 4, 3))
    assert _totals(p) == (None, 20, None)
    assert p.unknowns
    assert p.days_left == 183
    assert p.hours_per_month_needed is None
    assert p.complete is None
    assert p.status == "unknown"


# --- MA LMHC: 30 h / 24 months ending Dec 31 of odd years; home study / online (self-study,
# on demand, rebroadcasts) at most 50% of the total; live webinars count as live;
# domestic & sexual violence training one-time, hours and counts-toward-total unknown.
MA_ALLIED_RENEWAL = date(2027, 12, 31)  # cycle 2026-01-01 .. 2027-12-31
DV_DONE = {"completed_once_domestic_violence": True}


def test_ma_lmhc_percent_cap(rule_sets):
    # Cap 50% x 30 = 15: 20 on demand -> 15; + 10 live webinar (not capped) = 25; 5 left.
    # days_left 213; 5 / (213 / 30.4 = 7.007) = 0.71 <= 1.875 -> on_track.
    done = [
        _done(1, 20, date(2026, 2, 1), "online_async", body="NBCC"),
        _done(2, 10, date(2026, 3, 1), "live_online", body="NBCC"),
    ]
    lic = _lic("LPC", "MA", MA_ALLIED_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["MA-LPC"], lic, done, date(2027, 6, 1))
    assert _totals(p) == (30, 25, 5)
    assert _row(p, "domestic_violence").applies is False
    assert p.cycle_start == date(2026, 1, 1)
    assert p.days_left == 213
    assert p.hours_per_month_needed == 0.71
    assert p.complete is False
    assert p.status == "on_track"


def test_ma_lmhc_first_renewal_percent_cap_on_full_total(rule_sets):
    # First renewal: proration rate unknown -> total unknown, but the full 30 surely does;
    # the cap scales with it: 50% x 30 = 15. 18 on demand -> 15, + 15 in person = 30 -> met.
    done = [
        _done(1, 18, date(2026, 2, 1), "online_async", body="NBCC"),
        _done(2, 15, date(2026, 3, 1), body="NBCC"),
    ]
    lic = _lic("LPC", "MA", MA_ALLIED_RENEWAL, DV_DONE, first_renewal=True)
    p = compute_progress(rule_sets["MA-LPC"], lic, done, date(2027, 6, 1))
    assert _totals(p) == (None, 30, 0)
    assert p.complete is True
    assert p.status == "complete"


def _ma_thirty():
    return [
        _done(1, 15, date(2026, 2, 1), "online_async", body="NBCC"),
        _done(2, 15, date(2026, 3, 1), body="NBCC"),
    ]


def test_ma_lmhc_one_time_dv_unanswered(rule_sets):
    # 30/30, but the one-time DV training (hours unknown) is unanswered: it cannot be known
    # to be covered -> due now (applies), question asked, complete None -> unknown.
    p = compute_progress(
        rule_sets["MA-LPC"], _lic("LPC", "MA", MA_ALLIED_RENEWAL), _ma_thirty(), date(2027, 6, 1)
    )
    assert _totals(p) == (30, 30, 0)
    assert _row(p, "domestic_violence").applies is True
    assert "completed_once_domestic_violence" in dict(p.open_questions)
    assert p.complete is None
    assert p.status == "unknown"


def test_ma_lmhc_one_time_dv_never_done(rule_sets):
    # Answered "not yet": DV applies now; its hours are null -> met unknown -> unknown.
    lic = _lic("LPC", "MA", MA_ALLIED_RENEWAL, {"completed_once_domestic_violence": False})
    p = compute_progress(rule_sets["MA-LPC"], lic, _ma_thirty(), date(2027, 6, 1))
    row = _row(p, "domestic_violence")
    assert (row.applies, row.required, row.met) == (True, None, None)
    assert "completed_once_domestic_violence" not in dict(p.open_questions)
    assert p.complete is None
    assert p.status == "unknown"


# --- MA LMFT: same rules as MA LMHC; DV hours' counts_toward_total is null.


def test_ma_lmft_dv_hours_irrelevant_when_met_without_them(rule_sets):
    # DV done in an earlier cycle. 30 in person + 2 h DV: met even without the DV hours
    # -> remaining 0 -> complete.
    done = [
        _done(1, 30, date(2026, 4, 1), body="AAMFT"),
        _done(2, 2, date(2026, 5, 1), topics=["domestic_violence"], body="AAMFT"),
    ]
    lic = _lic("LMFT", "MA", MA_ALLIED_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["MA-LMFT"], lic, done, date(2027, 6, 1))
    assert p.total_remaining == 0
    row = _row(p, "domestic_violence")
    assert (row.applies, row.earned) == (False, 2)
    assert p.complete is True
    assert p.status == "complete"


def test_ma_lmft_total_unknown_when_dv_hours_decide_it(rule_sets):
    # 28 + 2 h DV: 30 if DV hours count, 28 if not -> total counted unknown.
    done = [
        _done(1, 28, date(2026, 4, 1), body="AAMFT"),
        _done(2, 2, date(2026, 5, 1), topics=["domestic_violence"], body="AAMFT"),
    ]
    lic = _lic("LMFT", "MA", MA_ALLIED_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["MA-LMFT"], lic, done, date(2027, 6, 1))
    assert p.total_required == 30
    assert (p.total_counted, p.total_remaining) == (None, None)
    assert p.complete is None
    assert p.status == "unknown"


def test_ma_lmft_short_either_way(rule_sets):
    # 20 + 2 h DV = at most 22 < 30 -> short whichever way -> complete False, remaining None.
    done = [
        _done(1, 20, date(2026, 4, 1), body="AAMFT"),
        _done(2, 2, date(2026, 5, 1), topics=["domestic_violence"], body="AAMFT"),
    ]
    lic = _lic("LMFT", "MA", MA_ALLIED_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["MA-LMFT"], lic, done, date(2027, 6, 1))
    assert (p.total_counted, p.total_remaining) == (None, None)
    assert p.complete is False


# --- MA Psychologist: 20 h / 24 months ending Jun 30 of even years; only APA-approved
# sponsors (closed list); DV one-time (hours unknown).
MA_PSY_RENEWAL = date(2026, 6, 30)  # cycle 2024-07-01 .. 2026-06-30


def test_ma_psychologist_closed_apa_list_excludes_nasw(rule_sets):
    # 18 APA + 4 NASW: NASW not on the closed list -> excluded -> 18, 2 remaining.
    # days_left 121; 2 / (121 / 30.4 = 3.980) = 0.50 <= 1.5 x 20/24 = 1.25 -> on_track.
    done = [
        _done(1, 18, date(2025, 1, 1), body="APA"),
        _done(2, 4, date(2025, 2, 1), body="NASW"),
    ]
    lic = _lic("PSYCHOLOGIST", "MA", MA_PSY_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["MA-PSYCHOLOGIST"], lic, done, date(2026, 3, 1))
    assert _totals(p) == (20, 18, 2)
    assert [cid for cid, _ in p.excluded] == [2]
    assert p.cycle_start == date(2024, 7, 1)
    assert p.days_left == 121
    assert p.hours_per_month_needed == 0.5
    assert p.complete is False
    assert p.status == "on_track"


def test_ma_psychologist_apa_home_study_complete(rule_sets):
    # 20 h APA home study (no format cap) + DV done earlier -> complete.
    done = [_done(1, 20, date(2025, 1, 1), "online_async", body="APA")]
    lic = _lic("PSYCHOLOGIST", "MA", MA_PSY_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["MA-PSYCHOLOGIST"], lic, done, date(2026, 3, 1))
    assert _totals(p) == (20, 20, 0)
    assert p.complete is True
    assert p.status == "complete"


# --- NC LCSW: 40 h / 24 months from issue; ethics 4; distance learning (self-study,
# on demand) capped at 20 h, live webinars count as live; first renewal (< 2 years) 30 h.
NC_SW_RENEWAL = date(2026, 4, 30)  # cycle 2024-05-01 .. 2026-04-30


def test_nc_lcsw_first_renewal_total_with_distance_cap(rule_sets):
    # First renewal -> 30 h. 25 on demand -> 20 (cap); + 4 ethics live webinar + 3 = 27;
    # 3 remaining; ethics 4/4. days_left 90 -> at_risk; 3 / max(90/30.4 = 2.961, 1) = 1.01.
    done = [
        _done(1, 25, date(2024, 8, 1), "online_async", body="ASWB ACE"),
        _done(2, 4, date(2024, 9, 1), "live_online", ["ethics"], "NASW-NC"),
        _done(3, 3, date(2025, 1, 1), body="NASW-NC"),
    ]
    lic = _lic("LCSW", "NC", NC_SW_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["NC-LCSW"], lic, done, date(2026, 1, 30))
    assert _totals(p) == (30, 27, 3)
    ethics = _row(p, "ethics")
    assert (ethics.required, ethics.earned, ethics.remaining) == (4, 4, 0)
    assert p.days_left == 90
    assert p.hours_per_month_needed == 1.01
    assert p.complete is False
    assert p.status == "at_risk"


def test_nc_lcsw_full_cycle_complete(rule_sets):
    # 20 on demand (= cap) + 4 ethics live webinar + 16 in person = 40.
    done = [
        _done(1, 20, date(2024, 8, 1), "online_async", body="ASWB ACE"),
        _done(2, 4, date(2024, 9, 1), "live_online", ["ethics"], "NASW-NC"),
        _done(3, 16, date(2025, 1, 1), body="NASW-NC"),
    ]
    p = compute_progress(
        rule_sets["NC-LCSW"], _lic("LCSW", "NC", NC_SW_RENEWAL), done, date(2026, 1, 30)
    )
    assert _totals(p) == (40, 40, 0)
    assert p.cycle_start == date(2024, 5, 1)
    assert p.complete is True
    assert p.status == "complete"


# --- NC LCMHC: 40 h / 24 months ending Jun 30; ethics 3; first renewal (< 2 years) 30 h;
# distance cap unknown (all test hours in person, so it cannot bite).
NC_MHC_RENEWAL = date(2026, 6, 30)  # cycle 2024-07-01 .. 2026-06-30


def _nc_mhc_thirty():
    return [
        _done(1, 3, date(2024, 7, 1), topics=["ethics"], body="NBCC"),
        _done(2, 27, date(2025, 7, 1), body="NBCC"),
    ]


def test_nc_lcmhc_first_renewal_30_hours_complete(rule_sets):
    lic = _lic("LPC", "NC", NC_MHC_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["NC-LPC"], lic, _nc_mhc_thirty(), date(2026, 3, 15))
    assert _totals(p) == (30, 30, 0)
    assert _row(p, "ethics").remaining == 0
    assert p.complete is True
    assert p.status == "complete"


def test_nc_lcmhc_full_cycle_same_hours_at_risk(rule_sets):
    # Not a first renewal: 40 h; 30 done -> 10 remaining; days_left 107;
    # 10 / (107 / 30.4 = 3.520) = 2.84 > 1.5 x 40/24 = 2.5 -> at_risk.
    p = compute_progress(
        rule_sets["NC-LPC"], _lic("LPC", "NC", NC_MHC_RENEWAL), _nc_mhc_thirty(), date(2026, 3, 15)
    )
    assert _totals(p) == (40, 30, 10)
    assert p.days_left == 107
    assert p.hours_per_month_needed == 2.84
    assert p.complete is False
    assert p.status == "at_risk"


# --- NC LMFT: 20 h every year (cycle_months 12), renewal June 30; ethics 3.
NC_MFT_RENEWAL = date(2026, 6, 30)  # cycle 2025-07-01 .. 2026-06-30


def test_nc_lmft_annual_cycle_edges(rule_sets):
    # 5 h on 2025-06-30 (previous renewal day) is outside; 3 ethics on 2025-07-01 (first
    # day) + 17 on 2026-06-30 (renewal day = today) = 20 -> complete.
    done = [
        _done(1, 5, date(2025, 6, 30)),
        _done(2, 3, date(2025, 7, 1), topics=["ethics"]),
        _done(3, 17, date(2026, 6, 30)),
    ]
    p = compute_progress(
        rule_sets["NC-LMFT"], _lic("LMFT", "NC", NC_MFT_RENEWAL), done, NC_MFT_RENEWAL
    )
    assert _totals(p) == (20, 20, 0)
    assert p.cycle_start == date(2025, 7, 1)
    assert [cid for cid, _ in p.excluded] == [1]
    assert p.complete is True
    assert p.status == "complete"


def _nc_mft_ten():
    return [_done(1, 3, date(2025, 8, 1), topics=["ethics"]), _done(2, 7, date(2025, 9, 1))]


def test_nc_lmft_half_way_on_track(rule_sets):
    # 10 of 20 -> 10 remaining; days_left 180; 10 / (180 / 30.4 = 5.921) = 1.69;
    # pace 20 / 12 = 1.667 x 1.5 = 2.5 -> on_track.
    p = compute_progress(
        rule_sets["NC-LMFT"], _lic("LMFT", "NC", NC_MFT_RENEWAL), _nc_mft_ten(), date(2026, 1, 1)
    )
    assert _totals(p) == (20, 10, 10)
    assert p.days_left == 180
    assert p.hours_per_month_needed == 1.69
    assert p.status == "on_track"


def test_nc_lmft_half_way_later_at_risk(rule_sets):
    # days_left 107; 10 / (107 / 30.4 = 3.520) = 2.84 > 2.5 -> at_risk.
    p = compute_progress(
        rule_sets["NC-LMFT"], _lic("LMFT", "NC", NC_MFT_RENEWAL), _nc_mft_ten(), date(2026, 3, 15)
    )
    assert _totals(p) == (20, 10, 10)
    assert p.hours_per_month_needed == 2.84
    assert p.status == "at_risk"


# --- NC Psychologist: 24 h / 24 months, renewal Oct 1 of even years; ethics 3.
NC_PSY_RENEWAL = date(2026, 10, 1)  # cycle 2024-10-02 .. 2026-10-01


def test_nc_psychologist_cycle_edges_complete(rule_sets):
    # 3 ethics on 2024-10-01 (previous renewal day) outside; 3 ethics on 2024-10-02 (first
    # day) + 21 = 24 -> complete; ethics earned 3 (not 6).
    done = [
        _done(1, 3, date(2024, 10, 1), topics=["ethics"], body="APA"),
        _done(2, 3, date(2024, 10, 2), topics=["ethics"], body="APA"),
        _done(3, 21, date(2025, 10, 1), body="APA"),
    ]
    lic = _lic("PSYCHOLOGIST", "NC", NC_PSY_RENEWAL)
    p = compute_progress(rule_sets["NC-PSYCHOLOGIST"], lic, done, date(2026, 5, 1))
    assert _totals(p) == (24, 24, 0)
    assert _row(p, "ethics").earned == 3
    assert p.cycle_start == date(2024, 10, 2)
    assert p.complete is True
    assert p.status == "complete"


def test_nc_psychologist_total_met_ethics_missing(rule_sets):
    # 24 general: total met, ethics 0/3 -> remaining max(0, 3) = 3; days_left 153;
    # 3 / (153 / 30.4 = 5.033) = 0.60 <= 1.5 x 24/24 = 1.5 -> on_track.
    done = [_done(1, 24, date(2025, 10, 1), body="APA")]
    lic = _lic("PSYCHOLOGIST", "NC", NC_PSY_RENEWAL)
    p = compute_progress(rule_sets["NC-PSYCHOLOGIST"], lic, done, date(2026, 5, 1))
    assert _totals(p) == (24, 24, 0)
    ethics = _row(p, "ethics")
    assert (ethics.required, ethics.earned, ethics.remaining) == (3, 0, 3)
    assert p.days_left == 153
    assert p.hours_per_month_needed == 0.6
    assert p.complete is False
    assert p.status == "on_track"
