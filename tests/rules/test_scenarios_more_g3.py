"""Hand-worked scenarios for the Iowa, Arkansas, Kansas and Nebraska rule sets.

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
from rules.scenario import row as _row

from bot.rules import compute_progress

_sw = course_maker("NASW")
_co = course_maker("NBCC")
_mft = course_maker("AAMFT")
_psy = course_maker("APA")

# Iowa mandatory reporter rows (child / dependent adult: initial 2 h, recertification 1 h
# every 3 years), all answered "not due".
IA_REPORTERS_NO = {
    "ia_child_reporter_initial_due": False,
    "ia_child_reporter_recert_due": False,
    "ia_adult_reporter_initial_due": False,
    "ia_adult_reporter_recert_due": False,
}


# ---------------------------------------------------------------------------------------
# IA LISW: 27 h per 24 months (1 Jan odd .. 31 Dec even); SW ethics 3; supervisors 3
# (asked); mandatory reporter training (asked; counting toward the total unknown); online
# not capped; first renewal exempt.
# ---------------------------------------------------------------------------------------
IA_RENEWAL = date(2026, 12, 31)  # cycle 2025-01-01 .. 2026-12-31
IA_SW_NO = {**IA_REPORTERS_NO, "ia_sw_supervisor": False}


def test_ia_lisw_complete_online(rule_sets):
    # 3 ethics + 24 on demand = 27 -> complete.
    done = [
        _sw(1, 3, date(2025, 2, 1), topics=["ethics"]),
        _sw(2, 24, date(2025, 6, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["IA-LCSW"], _lic("LCSW", "IA", IA_RENEWAL, IA_SW_NO), done, date(2026, 5, 1)
    )
    assert p.cycle_start == date(2025, 1, 1)
    assert totals(p) == (27, 27, 0)
    assert p.complete is True


def test_ia_lisw_short_behind_pace(rule_sets):
    # 3 + 17 = 20 of 27 -> 7 left; today 2026-09-01: 121 days; 7 / (121 / 30.4 = 3.98) = 1.76
    # > 1.5 x 27 / 24 = 1.69 -> at_risk although more than 90 days are left.
    done = [_sw(1, 3, date(2025, 2, 1), topics=["ethics"]), _sw(2, 17, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["IA-LCSW"], _lic("LCSW", "IA", IA_RENEWAL, IA_SW_NO), done, date(2026, 9, 1)
    )
    assert totals(p) == (27, 20, 7)
    assert p.days_left == 121
    assert p.hours_per_month_needed == 1.76
    assert p.status == "at_risk"


def test_ia_lisw_ethics_unmet(rule_sets):
    done = [_sw(1, 27, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["IA-LCSW"], _lic("LCSW", "IA", IA_RENEWAL, IA_SW_NO), done, date(2026, 5, 1)
    )
    assert totals(p) == (27, 27, 0)
    assert (_row(p, "ethics").remaining, p.complete) == (3, False)


def test_ia_lisw_one_combined_reporter_recertification(rule_sets):
    # Both recertifications due: one 1 h course on child and dependent adult abuse meets both
    # 1 h rows. Its hour may not count toward the total (unknown): 3 + 24 = 27 certain
    # -> met, counted None (27..28) -> complete.
    facts = {**IA_SW_NO, "ia_child_reporter_recert_due": True, "ia_adult_reporter_recert_due": True}
    done = [
        _sw(1, 3, date(2025, 2, 1), topics=["ethics"]),
        _sw(2, 24, date(2025, 6, 1)),
        _sw(3, 1, date(2025, 7, 1), topics=["child_abuse_reporting", "dependent_adult_abuse"]),
    ]
    p = compute_progress(
        rule_sets["IA-LCSW"], _lic("LCSW", "IA", IA_RENEWAL, facts), done, date(2026, 5, 1)
    )
    assert totals(p) == (27, None, 0)
    assert p.total_counted_range == (27, 28)
    assert _row(p, "ia_child_reporter_recert").met is True
    assert _row(p, "ia_adult_reporter_recert").met is True
    assert _row(p, "ia_child_reporter_initial").applies is False
    assert p.complete is True


def test_ia_lisw_initial_reporter_training_short_and_first_renewal_exempt(rule_sets):
    # Initial child-abuse training due (2 h): a 1 h course leaves it 1 short -> False.
    facts = {**IA_SW_NO, "ia_child_reporter_initial_due": True}
    done = [
        _sw(1, 3, date(2025, 2, 1), topics=["ethics"]),
        _sw(2, 24, date(2025, 6, 1)),
        _sw(3, 1, date(2025, 7, 1), topics=["child_abuse_reporting"]),
    ]
    p = compute_progress(
        rule_sets["IA-LCSW"], _lic("LCSW", "IA", IA_RENEWAL, facts), done, date(2026, 5, 1)
    )
    assert _row(p, "ia_child_reporter_initial").remaining == 1
    assert p.complete is False
    p = compute_progress(
        rule_sets["IA-LCSW"],
        _lic("LCSW", "IA", IA_RENEWAL, first_renewal=True),
        [],
        date(2026, 5, 1),
    )
    assert (totals(p), p.status) == ((0, 0, 0), "complete")


# ---------------------------------------------------------------------------------------
# IA LMHC / LMFT: 40 h per 24 months (1 Oct even .. 30 Sep even); ethics 3; supervisors 3
# (asked, from the 2024 renewal); mandatory reporter rows; a home-study cap of unknown
# size (sources say none or 20) on self-study / on demand.
# ---------------------------------------------------------------------------------------
IAB_RENEWAL = date(2026, 9, 30)  # cycle 2024-10-01 .. 2026-09-30
IAB_NO = {**IA_REPORTERS_NO, "ia_supervisor": False}
IA_BOARD = [("IA-LPC", "LPC", _co), ("IA-LMFT", "LMFT", _mft)]


def test_ia_counselor_mft_complete_in_person(rule_sets):
    # 3 ethics + 37 in person = 40: the unknown home-study cap doesn't touch it -> complete.
    for rid, lic, course in IA_BOARD:
        done = [course(1, 3, date(2024, 11, 1), topics=["ethics"]), course(2, 37, date(2025, 3, 1))]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "IA", IAB_RENEWAL, IAB_NO), done, date(2026, 1, 1)
        )
        assert p.cycle_start == date(2024, 10, 1)
        assert totals(p) == (40, 40, 0)
        assert p.complete is True, rid


def test_ia_counselor_mft_home_study_of_unknown_standing(rule_sets):
    # 3 ethics + 17 in person + 20 on demand: certain 20 (cap size unknown -> none counted at
    # worst), possible 40 -> counted None, remaining None -> "unknown".
    for rid, lic, course in IA_BOARD:
        done = [
            course(1, 3, date(2024, 11, 1), topics=["ethics"]),
            course(2, 17, date(2025, 3, 1)),
            course(3, 20, date(2025, 6, 1), "online_async"),
        ]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "IA", IAB_RENEWAL, IAB_NO), done, date(2026, 1, 1)
        )
        assert totals(p) == (40, None, None)
        assert p.total_counted_range == (20, 40)
        assert any("is unknown to us" in u and "self-study" in u for u in p.unknowns)
        assert p.status == "unknown", rid


def test_ia_counselor_mft_short(rule_sets):
    # 3 + 27 in person = 30 of 40 -> 10 left -> complete False.
    for rid, lic, course in IA_BOARD:
        done = [course(1, 3, date(2024, 11, 1), topics=["ethics"]), course(2, 27, date(2025, 3, 1))]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "IA", IAB_RENEWAL, IAB_NO), done, date(2026, 1, 1)
        )
        assert totals(p) == (40, 30, 10)
        assert p.complete is False, rid


def test_ia_counselor_mft_ethics_and_supervision_unmet(rule_sets):
    # Supervisor: 40 in person, no ethics or supervision hours -> 3 and 3 short.
    for rid, lic, course in IA_BOARD:
        facts = {**IAB_NO, "ia_supervisor": True}
        done = [course(1, 40, date(2025, 3, 1))]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "IA", IAB_RENEWAL, facts), done, date(2026, 1, 1)
        )
        assert (_row(p, "ethics").remaining, _row(p, "supervision").remaining) == (3, 3)
        assert p.complete is False, rid


# ---------------------------------------------------------------------------------------
# IA Psychologist: 40 h per 24 months (1 Jul even .. 30 Jun even); ethics / MH law / risk 6;
# Iowa mental health law 6 in the first renewal period (asked); reporter rows; no online cap.
# ---------------------------------------------------------------------------------------
IAP_RENEWAL = date(2026, 6, 30)  # cycle 2024-07-01 .. 2026-06-30
IAP_NO = {**IA_REPORTERS_NO, "ia_psych_first_period": False}


def _iap(facts=IAP_NO):
    return _lic("PSYCHOLOGIST", "IA", IAP_RENEWAL, facts)


def test_ia_psychologist_complete_online(rule_sets):
    done = [
        _psy(1, 6, date(2024, 8, 1), topics=["ethics"]),
        _psy(2, 34, date(2025, 1, 1), "online_async"),
    ]
    p = compute_progress(rule_sets["IA-PSYCHOLOGIST"], _iap(), done, date(2026, 1, 1))
    assert p.cycle_start == date(2024, 7, 1)
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


def test_ia_psychologist_short(rule_sets):
    # 6 + 24 = 30 of 40 -> 10 left.
    done = [_psy(1, 6, date(2024, 8, 1), topics=["ethics"]), _psy(2, 24, date(2025, 1, 1))]
    p = compute_progress(rule_sets["IA-PSYCHOLOGIST"], _iap(), done, date(2026, 1, 1))
    assert totals(p) == (40, 30, 10)
    assert p.complete is False


def test_ia_psychologist_ethics_short(rule_sets):
    # 4 ethics + 36 = 40; ethics 4 of 6 -> 2 short.
    done = [_psy(1, 4, date(2024, 8, 1), topics=["ethics"]), _psy(2, 36, date(2025, 1, 1))]
    p = compute_progress(rule_sets["IA-PSYCHOLOGIST"], _iap(), done, date(2026, 1, 1))
    assert (_row(p, "ethics").remaining, p.complete) == (2, False)


def test_ia_psychologist_first_period_iowa_law(rule_sets):
    # First period: 6 h ethics not on Iowa law -> Iowa law 0 / 6 -> False; a 6 h Iowa
    # mental-health-law course tagged both topics meets both -> complete.
    facts = {**IAP_NO, "ia_psych_first_period": True}
    done = [_psy(1, 6, date(2024, 8, 1), topics=["ethics"]), _psy(2, 34, date(2025, 1, 1))]
    p = compute_progress(rule_sets["IA-PSYCHOLOGIST"], _iap(facts), done, date(2026, 1, 1))
    assert (_row(p, "state_law_ia").remaining, p.complete) == (6, False)
    done = [
        _psy(1, 6, date(2024, 8, 1), topics=["ethics", "state_law_ia"]),
        _psy(2, 34, date(2025, 1, 1)),
    ]
    p = compute_progress(rule_sets["IA-PSYCHOLOGIST"], _iap(facts), done, date(2026, 1, 1))
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


# ---------------------------------------------------------------------------------------
# AR LCSW: 30 h per 24 months (issue date); ethics 3; independent study at most 15 h; at
# least 15 h face to face (live interactive webinars count); judged at audit.
# ---------------------------------------------------------------------------------------
AR_RENEWAL = date(2026, 8, 31)  # cycle 2024-09-01 .. 2026-08-31


def test_ar_lcsw_complete(rule_sets):
    # 3 ethics webinar + 12 in person (live 15) + 15 on demand (cap 15) = 30 -> complete.
    done = [
        _sw(1, 3, date(2024, 10, 1), "live_online", ["ethics"]),
        _sw(2, 12, date(2025, 1, 1)),
        _sw(3, 15, date(2025, 6, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["AR-LCSW"], _lic("LCSW", "AR", AR_RENEWAL), done, date(2026, 1, 1)
    )
    assert p.cycle_start == date(2024, 9, 1)
    assert totals(p) == (30, 30, 0)
    assert (_row(p, "format:live").required, _row(p, "format:live").earned) == (15, 15)
    assert p.complete is True
    assert any("judged at audit" in u for u in p.unknowns)


def test_ar_lcsw_independent_study_over_cap(rule_sets):
    # 3 ethics + 7 in person + 20 on demand (15 count) = 25 of 30 -> 5 left; live 10 of 15.
    done = [
        _sw(1, 3, date(2024, 10, 1), topics=["ethics"]),
        _sw(2, 7, date(2025, 1, 1)),
        _sw(3, 20, date(2025, 6, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["AR-LCSW"], _lic("LCSW", "AR", AR_RENEWAL), done, date(2026, 1, 1)
    )
    assert totals(p) == (30, 25, 5)
    assert _row(p, "format:live").remaining == 5
    assert p.complete is False


def test_ar_lcsw_ethics_unmet(rule_sets):
    done = [_sw(1, 15, date(2025, 1, 1)), _sw(2, 15, date(2025, 6, 1), "online_async")]
    p = compute_progress(
        rule_sets["AR-LCSW"], _lic("LCSW", "AR", AR_RENEWAL), done, date(2026, 1, 1)
    )
    assert totals(p) == (30, 30, 0)
    assert (_row(p, "ethics").remaining, p.complete) == (3, False)


# ---------------------------------------------------------------------------------------
# AR LPC: 24 h per 24 months (low confidence, one blog); ethics 3; teaching cap data only.
# AR LMFT: 24 h per 24 months; ethics required, hours unknown (never complete).
# ---------------------------------------------------------------------------------------
ARB_RENEWAL = date(2026, 12, 31)  # cycle 2025-01-01 .. 2026-12-31


def test_ar_lpc_complete(rule_sets):
    done = [_co(1, 3, date(2025, 2, 1), topics=["ethics"]), _co(2, 21, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["AR-LPC"], _lic("LPC", "AR", ARB_RENEWAL), done, date(2026, 6, 1)
    )
    assert totals(p) == (24, 24, 0)
    assert p.complete is True
    assert p.confidence == "low"


def test_ar_lpc_short_and_ethics_unmet(rule_sets):
    # 18 general of 24 -> 6 left; ethics 0 / 3.
    done = [_co(1, 18, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["AR-LPC"], _lic("LPC", "AR", ARB_RENEWAL), done, date(2026, 6, 1)
    )
    assert totals(p) == (24, 18, 6)
    assert _row(p, "ethics").remaining == 3
    assert p.complete is False


def test_ar_lpc_teaching_cap_reported(rule_sets):
    p = compute_progress(rule_sets["AR-LPC"], _lic("LPC", "AR", ARB_RENEWAL), [], date(2026, 6, 1))
    assert any("teaching or publishing: at most 10 h" in u for u in p.unknowns)


def test_ar_lmft_unknown_ethics_hours(rule_sets):
    # 3 ethics + 21 = 24 -> total met; ethics required unknown -> complete None -> "unknown".
    done = [_mft(1, 3, date(2025, 2, 1), topics=["ethics"]), _mft(2, 21, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["AR-LMFT"], _lic("LMFT", "AR", ARB_RENEWAL), done, date(2026, 6, 1)
    )
    assert totals(p) == (24, 24, 0)
    assert _row(p, "ethics").met is None
    assert p.status == "unknown"
    assert any("Ethics: the required hours are unknown" in u for u in p.unknowns)


def test_ar_lmft_short_is_certain(rule_sets):
    # 20 of 24 -> 4 left -> complete False whatever the ethics hours.
    done = [_mft(1, 20, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["AR-LMFT"], _lic("LMFT", "AR", ARB_RENEWAL), done, date(2026, 6, 1)
    )
    assert totals(p) == (24, 20, 4)
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# AR Psychologist: 20 h a year (1 Jul .. 30 Jun); no topic minimum found.
# ---------------------------------------------------------------------------------------
ARP_RENEWAL = date(2026, 6, 30)  # cycle 2025-07-01 .. 2026-06-30


def test_ar_psychologist_complete(rule_sets):
    done = [_psy(1, 20, date(2025, 9, 1), "online_async")]
    p = compute_progress(
        rule_sets["AR-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "AR", ARP_RENEWAL),
        done,
        date(2026, 1, 1),
    )
    assert p.cycle_start == date(2025, 7, 1)
    assert totals(p) == (20, 20, 0)
    assert p.topics == ()
    assert p.complete is True


def test_ar_psychologist_short_on_track(rule_sets):
    # 12 of 20 -> 8 left; today 2026-01-01: 180 days; 8 / (180 / 30.4 = 5.92) = 1.35
    # <= 1.5 x 20 / 12 = 2.5 -> on_track.
    done = [_psy(1, 12, date(2025, 9, 1))]
    p = compute_progress(
        rule_sets["AR-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "AR", ARP_RENEWAL),
        done,
        date(2026, 1, 1),
    )
    assert totals(p) == (20, 12, 8)
    assert p.hours_per_month_needed == 1.35
    assert p.status == "on_track"


def test_ar_psychologist_last_year_course_outside(rule_sets):
    # A course on 2025-06-30 belongs to the previous CE year.
    done = [_psy(1, 20, date(2025, 6, 30))]
    p = compute_progress(
        rule_sets["AR-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "AR", ARP_RENEWAL),
        done,
        date(2026, 1, 1),
    )
    assert totals(p) == (20, 0, 20)


# ---------------------------------------------------------------------------------------
# KS LSCSW: 40 h per 24 months (issue date); ethics 3; diagnosis & treatment 3 (renewals
# from 1 Jul 2025); social worker safety awareness 6 h one-time (first renewal); no
# carry-over; first renewal's total unknown (40 surely enough).
# ---------------------------------------------------------------------------------------
KS_RENEWAL = date(2026, 10, 15)  # cycle 2024-10-16 .. 2026-10-15
KS_SAFETY_DONE = {"completed_once_worker_safety": True}


def test_ks_lscsw_complete(rule_sets):
    # 3 ethics + 3 D&T + 34 = 40; safety training done at an earlier renewal -> complete.
    done = [
        _sw(1, 3, date(2024, 11, 1), topics=["ethics"]),
        _sw(2, 3, date(2024, 12, 1), topics=["assessment_diagnosis"]),
        _sw(3, 34, date(2025, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["KS-LCSW"], _lic("LCSW", "KS", KS_RENEWAL, KS_SAFETY_DONE), done, date(2026, 3, 1)
    )
    assert p.cycle_start == date(2024, 10, 16)
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


def test_ks_lscsw_short(rule_sets):
    # 3 + 3 + 24 = 30 of 40 -> 10 left.
    done = [
        _sw(1, 3, date(2024, 11, 1), topics=["ethics"]),
        _sw(2, 3, date(2024, 12, 1), topics=["assessment_diagnosis"]),
        _sw(3, 24, date(2025, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["KS-LCSW"], _lic("LCSW", "KS", KS_RENEWAL, KS_SAFETY_DONE), done, date(2026, 3, 1)
    )
    assert totals(p) == (40, 30, 10)
    assert p.complete is False


def test_ks_lscsw_diagnosis_unmet(rule_sets):
    # 3 ethics + 37 = 40; D&T 0 / 3 (in force: renewal 2026-10-15 is after 1 Jul 2025).
    done = [_sw(1, 3, date(2024, 11, 1), topics=["ethics"]), _sw(2, 37, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["KS-LCSW"], _lic("LCSW", "KS", KS_RENEWAL, KS_SAFETY_DONE), done, date(2026, 3, 1)
    )
    dt = _row(p, "assessment_diagnosis")
    assert (dt.applies, dt.required, dt.remaining) == (True, 3, 3)
    assert p.complete is False


def test_ks_lscsw_one_time_safety_training(rule_sets):
    # Not answered: the one-time 6 h is due now. With a 6 h safety course in the cycle
    # (3 + 3 + 6 + 28 = 40) it is met and not asked -> complete; without it 0 / 6 -> False.
    base = [
        _sw(1, 3, date(2024, 11, 1), topics=["ethics"]),
        _sw(2, 3, date(2024, 12, 1), topics=["assessment_diagnosis"]),
    ]
    with_safety = [
        *base,
        _sw(3, 6, date(2025, 1, 1), topics=["worker_safety"]),
        _sw(4, 28, date(2025, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["KS-LCSW"], _lic("LCSW", "KS", KS_RENEWAL), with_safety, date(2026, 3, 1)
    )
    assert _row(p, "worker_safety").met is True
    assert "completed_once_worker_safety" not in dict(p.open_questions)
    assert p.complete is True
    without = [*base, _sw(3, 34, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["KS-LCSW"], _lic("LCSW", "KS", KS_RENEWAL), without, date(2026, 3, 1)
    )
    assert (_row(p, "worker_safety").applies, _row(p, "worker_safety").remaining) == (True, 6)
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# KS LPC / LCPC: 30 h per 24 months; ethics 3; diagnosis & treatment 6 (rule text; a 2023
# law may have lowered it to 3 - warned); academic-course caps data only.
# ---------------------------------------------------------------------------------------
KSL_RENEWAL = date(2026, 4, 30)  # cycle 2024-05-01 .. 2026-04-30


def test_ks_lpc_complete(rule_sets):
    done = [
        _co(1, 3, date(2024, 6, 1), topics=["ethics"]),
        _co(2, 6, date(2024, 7, 1), topics=["assessment_diagnosis"]),
        _co(3, 21, date(2025, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["KS-LPC"], _lic("LPC", "KS", KSL_RENEWAL), done, date(2026, 1, 1)
    )
    assert p.cycle_start == date(2024, 5, 1)
    assert totals(p) == (30, 30, 0)
    assert p.complete is True


def test_ks_lpc_short(rule_sets):
    # 3 + 6 + 11 = 20 of 30 -> 10 left; today 2026-01-01: 119 days; 10 / (119 / 30.4 =
    # 3.914) = 2.55 > 1.5 x 30 / 24 = 1.875 -> at_risk.
    done = [
        _co(1, 3, date(2024, 6, 1), topics=["ethics"]),
        _co(2, 6, date(2024, 7, 1), topics=["assessment_diagnosis"]),
        _co(3, 11, date(2025, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["KS-LPC"], _lic("LPC", "KS", KSL_RENEWAL), done, date(2026, 1, 1)
    )
    assert totals(p) == (30, 20, 10)
    assert p.days_left == 119
    assert p.hours_per_month_needed == 2.55
    assert p.status == "at_risk"


def test_ks_lpc_diagnosis_six_hours_kept(rule_sets):
    # 3 ethics + 3 D&T + 24 = 30: the rule text's 6 h D&T is 3 short (the possible 3 h
    # reduction is a warning, not applied).
    done = [
        _co(1, 3, date(2024, 6, 1), topics=["ethics"]),
        _co(2, 3, date(2024, 7, 1), topics=["assessment_diagnosis"]),
        _co(3, 24, date(2025, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["KS-LPC"], _lic("LPC", "KS", KSL_RENEWAL), done, date(2026, 1, 1)
    )
    assert (
        _row(p, "assessment_diagnosis").required,
        _row(p, "assessment_diagnosis").remaining,
    ) == (6, 3)
    assert p.complete is False
    assert any("Sub SB 131" in u for u in p.unknowns)


# ---------------------------------------------------------------------------------------
# KS LMFT: total, cycle and minimums unknown (cycle_length_known false).
# ---------------------------------------------------------------------------------------
KSM_RENEWAL = date(2026, 12, 31)


def test_ks_lmft_unknown_cycle_counts_nothing_for_certain(rule_sets):
    # No cycle start given: the 12 h course is only "possibly" in the cycle -> counted None,
    # range (0, 12); total unknown -> "unknown".
    done = [_mft(1, 12, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["KS-LMFT"], _lic("LMFT", "KS", KSM_RENEWAL), done, date(2026, 6, 1)
    )
    assert totals(p) == (None, None, None)
    assert p.total_counted_range == (0, 12)
    assert p.status == "unknown"
    assert any("cycle length is unknown" in u for u in p.unknowns)


def test_ks_lmft_with_given_cycle_start(rule_sets):
    # Given first day 2025-01-01: the 12 h counts; a course on 2024-12-31 is outside;
    # total still unknown -> (None, 12, None), never complete.
    lic = _lic("LMFT", "KS", KSM_RENEWAL, cycle_start=date(2025, 1, 1))
    done = [_mft(1, 4, date(2024, 12, 31)), _mft(2, 12, date(2025, 6, 1))]
    p = compute_progress(rule_sets["KS-LMFT"], lic, done, date(2026, 6, 1))
    assert totals(p) == (None, 12, None)
    assert p.complete is None


# ---------------------------------------------------------------------------------------
# KS Psychologist: 50 h per 24 months; ethics 3; diagnosis & treatment 3 (from 1 Jul 2025);
# first renewal prorated by 6-month blocks -> unknown here (50 surely enough).
# ---------------------------------------------------------------------------------------
KSP_RENEWAL = date(2026, 7, 31)  # cycle 2024-08-01 .. 2026-07-31


def _ksp_done(general):
    return [
        _psy(1, 3, date(2024, 9, 1), topics=["ethics"]),
        _psy(2, 3, date(2024, 10, 1), topics=["assessment_diagnosis"]),
        _psy(3, general, date(2025, 3, 1)),
    ]


def test_ks_psychologist_complete(rule_sets):
    p = compute_progress(
        rule_sets["KS-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "KS", KSP_RENEWAL),
        _ksp_done(44),
        date(2026, 1, 1),
    )
    assert p.cycle_start == date(2024, 8, 1)
    assert totals(p) == (50, 50, 0)
    assert p.complete is True


def test_ks_psychologist_short_at_risk(rule_sets):
    # 3 + 3 + 34 = 40 of 50 -> 10 left; today 2026-06-01: 60 days -> at_risk;
    # 10 / (60 / 30.4 = 1.974) = 5.07.
    p = compute_progress(
        rule_sets["KS-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "KS", KSP_RENEWAL),
        _ksp_done(34),
        date(2026, 6, 1),
    )
    assert totals(p) == (50, 40, 10)
    assert p.hours_per_month_needed == 5.07
    assert p.status == "at_risk"


def test_ks_psychologist_ethics_unmet(rule_sets):
    done = [
        _psy(1, 3, date(2024, 10, 1), topics=["assessment_diagnosis"]),
        _psy(2, 47, date(2025, 3, 1)),
    ]
    p = compute_progress(
        rule_sets["KS-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "KS", KSP_RENEWAL),
        done,
        date(2026, 1, 1),
    )
    assert totals(p) == (50, 50, 0)
    assert (_row(p, "ethics").remaining, p.complete) == (3, False)


def test_ks_psychologist_first_renewal_unknown_total(rule_sets):
    # First renewal: 20 logged (3 + 3 + 14) -> required None, remaining None, "unknown";
    # 50 logged meets the surely-enough full total -> remaining 0, complete.
    lic = _lic("PSYCHOLOGIST", "KS", KSP_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["KS-PSYCHOLOGIST"], lic, _ksp_done(14), date(2026, 1, 1))
    assert (totals(p), p.status) == ((None, 20, None), "unknown")
    p = compute_progress(rule_sets["KS-PSYCHOLOGIST"], lic, _ksp_done(44), date(2026, 1, 1))
    assert (totals(p), p.complete) == ((None, 50, 0), True)


# ---------------------------------------------------------------------------------------
# NE LMHP / LIMHP (shared by the LCSW, LPC and LMFT rule sets): 32 h per 24 months (1 Sep,
# even years); ethics 4; diagnosis & treatment of major mental disorders 6 for LIMHPs
# (asked).
# ---------------------------------------------------------------------------------------
NE_RENEWAL = date(2026, 9, 1)  # cycle 2024-09-02 .. 2026-09-01
NE_MHP = [("NE-LCSW", "LCSW", _sw), ("NE-LPC", "LPC", _co), ("NE-LMFT", "LMFT", _mft)]
NE_LIMHP = {"ne_limhp": True}


def test_ne_limhp_complete(rule_sets):
    # 4 ethics + 6 D&T + 22 = 32 -> complete, for each of the three rule sets.
    for rid, lic, course in NE_MHP:
        done = [
            course(1, 4, date(2024, 10, 1), topics=["ethics"]),
            course(2, 6, date(2024, 11, 1), topics=["assessment_diagnosis"]),
            course(3, 22, date(2025, 3, 1)),
        ]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "NE", NE_RENEWAL, NE_LIMHP), done, date(2026, 1, 1)
        )
        assert p.cycle_start == date(2024, 9, 2)
        assert p.license_label == "NE LIMHP"
        assert totals(p) == (32, 32, 0)
        assert p.complete is True, rid


def test_ne_mhp_short(rule_sets):
    # 4 + 6 + 12 = 22 of 32 -> 10 left; today 2026-01-01: 243 days; 10 / (243 / 30.4 =
    # 7.99) = 1.25 <= 1.5 x 32 / 24 = 2.0 -> on_track.
    for rid, lic, course in NE_MHP:
        done = [
            course(1, 4, date(2024, 10, 1), topics=["ethics"]),
            course(2, 6, date(2024, 11, 1), topics=["assessment_diagnosis"]),
            course(3, 12, date(2025, 3, 1)),
        ]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "NE", NE_RENEWAL, NE_LIMHP), done, date(2026, 1, 1)
        )
        assert totals(p) == (32, 22, 10)
        assert p.days_left == 243
        assert p.hours_per_month_needed == 1.25
        assert p.status == "on_track", rid


def test_ne_limhp_diagnosis_unmet_but_lmhp_complete(rule_sets):
    # 4 ethics + 28 = 32: an LIMHP is 6 short on D&T (False); an LMHP is complete.
    for rid, lic, course in NE_MHP:
        done = [course(1, 4, date(2024, 10, 1), topics=["ethics"]), course(2, 28, date(2025, 3, 1))]
        p = compute_progress(
            rule_sets[rid], _lic(lic, "NE", NE_RENEWAL, NE_LIMHP), done, date(2026, 1, 1)
        )
        assert (_row(p, "assessment_diagnosis").remaining, p.complete) == (6, False)
        lmhp = _lic(lic, "NE", NE_RENEWAL, {"ne_limhp": False})
        p = compute_progress(rule_sets[rid], lmhp, done, date(2026, 1, 1))
        assert p.complete is True, rid


def test_ne_mhp_unanswered_license_level_and_previous_renewal_day(rule_sets):
    # Not answered: D&T applies None -> "unknown", question open. A course on 2024-09-01
    # (the previous renewal day) belongs to the previous period.
    for rid, lic, course in NE_MHP:
        done = [
            course(1, 6, date(2024, 9, 1), topics=["assessment_diagnosis"]),
            course(2, 4, date(2024, 10, 1), topics=["ethics"]),
            course(3, 28, date(2025, 3, 1)),
        ]
        p = compute_progress(rule_sets[rid], _lic(lic, "NE", NE_RENEWAL), done, date(2026, 1, 1))
        assert [cid for cid, _ in p.excluded] == [1]
        assert totals(p) == (32, 32, 0)
        assert "ne_limhp" in dict(p.open_questions)
        assert p.status == "unknown", rid


# ---------------------------------------------------------------------------------------
# NE Psychologist: 24 h per 24 months; ethics relating to psychology 3.
# ---------------------------------------------------------------------------------------
NEP_RENEWAL = date(2026, 10, 31)  # cycle 2024-11-01 .. 2026-10-31


def test_ne_psychologist_complete(rule_sets):
    done = [
        _psy(1, 3, date(2024, 12, 1), topics=["ethics"]),
        _psy(2, 21, date(2025, 5, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["NE-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "NE", NEP_RENEWAL),
        done,
        date(2026, 1, 1),
    )
    assert p.cycle_start == date(2024, 11, 1)
    assert totals(p) == (24, 24, 0)
    assert p.complete is True


def test_ne_psychologist_short_overdue(rule_sets):
    # 3 + 15 = 18 of 24 -> 6 left; today 2026-11-10 -> overdue.
    done = [_psy(1, 3, date(2024, 12, 1), topics=["ethics"]), _psy(2, 15, date(2025, 5, 1))]
    p = compute_progress(
        rule_sets["NE-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "NE", NEP_RENEWAL),
        done,
        date(2026, 11, 10),
    )
    assert totals(p) == (24, 18, 6)
    assert p.status == "overdue"


def test_ne_psychologist_ethics_unmet(rule_sets):
    done = [_psy(1, 24, date(2025, 5, 1))]
    p = compute_progress(
        rule_sets["NE-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "NE", NEP_RENEWAL),
        done,
        date(2026, 1, 1),
    )
    assert (_row(p, "ethics").remaining, p.complete) == (3, False)
