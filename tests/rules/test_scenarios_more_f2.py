"""Hand-worked scenarios for the Minnesota, Alabama and Kentucky rule sets.

Expected numbers come from the rule text (store/rulesets/<ID>.yaml, converted from
shared/research/ce_requirements_more.yaml) and the engine contract, worked out by hand in the
comments — never from running the engine. Cycle: the day after the previous renewal date
through the renewal date; only completions on or before `today` count.
"""

from __future__ import annotations

from datetime import date

from rules.scenario import course_maker, live_row, row, totals
from rules.scenario import license_facts as _lic

from bot.rules import compute_progress

_done = course_maker("ASWB")


# ---------------------------------------------------------------------------------------
# MN LICSW (Board of Social Work): 40 h per 2-year term ending the last day of the birth
# month; ethics 2, cultural responsiveness 4, clinical content 12, licensing supervisors 6
# (asked); independent learning at most 50% of the hours; a term of another length is
# prorated at 40/24 h a month.
# ---------------------------------------------------------------------------------------
MN_SW_RENEWAL = date(2026, 5, 31)  # 2024-06-01 .. 2026-05-31
MN_NOT_SUPERVISOR = {"mn_sw_licensing_supervisor": False}


def _mn_sw_base():
    # 2 ethics + 4 cultural + 12 clinical, all live: 18 h.
    return [
        _done(1, 2, date(2024, 7, 1), "live_online", ["ethics"]),
        _done(2, 4, date(2024, 9, 1), topics=["cultural_competency"]),
        _done(3, 12, date(2025, 1, 15), topics=["clinical_practice"]),
    ]


def test_mn_licsw_complete(rule_sets):
    # 18 live + 2 in person + 20 on demand (= 50% × 40, at the cap) = 40 -> complete.
    done = [
        *_mn_sw_base(),
        _done(4, 2, date(2025, 2, 1)),
        _done(5, 20, date(2025, 6, 1), "online_async"),
    ]
    lic = _lic("LCSW", "MN", MN_SW_RENEWAL, MN_NOT_SUPERVISOR)
    p = compute_progress(rule_sets["MN-LCSW"], lic, done, date(2026, 1, 10))
    assert p.cycle_start == date(2024, 6, 1)
    assert p.license_label == "MN LICSW"
    assert totals(p) == (40, 40, 0)
    assert row(p, "supervision").applies is False
    assert p.complete is True


def test_mn_licsw_independent_learning_cap(rule_sets):
    # 18 live + 22 on demand: on demand capped at 50% × 40 = 20 -> 38 counted, 2 left.
    done = [*_mn_sw_base(), _done(4, 22, date(2025, 6, 1), "online_async")]
    lic = _lic("LCSW", "MN", MN_SW_RENEWAL, MN_NOT_SUPERVISOR)
    p = compute_progress(rule_sets["MN-LCSW"], lic, done, date(2026, 1, 10))
    assert totals(p) == (40, 38, 2)
    assert p.complete is False


def test_mn_licsw_clinical_short_and_supervisor_topic(rule_sets):
    # Supervisor: yes. 2 ethics + 4 cultural + 6 clinical + 28 = 40 -> total met; clinical 6
    # of 12 and supervision 0 of 6 left -> not complete.
    done = [
        _done(1, 2, date(2024, 7, 1), topics=["ethics"]),
        _done(2, 4, date(2024, 9, 1), topics=["cultural_competency"]),
        _done(3, 6, date(2025, 1, 15), topics=["clinical_practice"]),
        _done(4, 28, date(2025, 2, 1)),
    ]
    lic = _lic("LCSW", "MN", MN_SW_RENEWAL, {"mn_sw_licensing_supervisor": True})
    p = compute_progress(rule_sets["MN-LCSW"], lic, done, date(2026, 1, 10))
    assert totals(p) == (40, 40, 0)
    assert row(p, "clinical_practice").remaining == 6
    assert (row(p, "supervision").applies, row(p, "supervision").remaining) == (True, 6)
    assert p.complete is False


def test_mn_licsw_prorated_term_scales_total_and_cap(rule_sets):
    # Term 2023-12-01 .. 2026-05-31: 29 months + (31 - 1 >= 15) = 30 months × 40/24 = 50 h.
    # Cap 50% × 50 = 25. 18 live + 7 in person + 25 on demand = 50 -> complete.
    lic = _lic("LCSW", "MN", MN_SW_RENEWAL, MN_NOT_SUPERVISOR, cycle_start=date(2023, 12, 1))
    done = [
        *_mn_sw_base(),
        _done(4, 7, date(2025, 2, 1)),
        _done(5, 25, date(2025, 6, 1), "online_async"),
    ]
    p = compute_progress(rule_sets["MN-LCSW"], lic, done, date(2026, 1, 10))
    assert totals(p) == (50, 50, 0)
    assert p.complete is True


# ---------------------------------------------------------------------------------------
# MN LPCC / LPC (BBHT): 40 h per 2 years; 4 h serving diverse socioeconomic and cultural
# backgrounds; first 4-year period: 40 h (plus graduate credits, not checked by us).
# ---------------------------------------------------------------------------------------
MN_LPC_RENEWAL = date(2026, 6, 30)  # 2024-07-01 .. 2026-06-30


def test_mn_lpcc_complete_short_and_cultural(rule_sets):
    rs, lic = rule_sets["MN-LPC"], _lic("LPC", "MN", MN_LPC_RENEWAL)
    # 4 cultural + 36 = 40 -> complete.
    full = [
        _done(1, 4, date(2024, 9, 1), topics=["cultural_competency"], body="NBCC"),
        _done(2, 36, date(2025, 9, 1), "online_async", body="NBCC"),
    ]
    p = compute_progress(rs, lic, full, date(2026, 1, 10))
    assert p.license_label == "MN LPCC"
    assert (totals(p), p.complete) == ((40, 40, 0), True)
    # 4 cultural + 16 = 20 -> 20 left.
    half = [*full[:1], _done(3, 16, date(2025, 9, 1), body="NBCC")]
    assert totals(compute_progress(rs, lic, half, date(2026, 1, 10))) == (40, 20, 20)
    # 40 without the cultural hours -> 4 left on the topic.
    p = compute_progress(rs, lic, [_done(4, 40, date(2025, 9, 1), body="NBCC")], date(2026, 1, 10))
    assert (row(p, "cultural_competency").remaining, p.complete) == (4, False)


def test_mn_lpcc_first_four_year_period(rule_sets):
    # Licensed 2022-07-01 (given as cycle start), first report 2026-06-30: 40 h over the 4
    # years, so a course in 2023 counts. 4 cultural (2023) + 36 = 40 -> complete.
    lic = _lic("LPC", "MN", MN_LPC_RENEWAL, cycle_start=date(2022, 7, 1), first_renewal=True)
    done = [
        _done(1, 4, date(2023, 3, 1), topics=["cultural_competency"], body="NBCC"),
        _done(2, 36, date(2025, 3, 1), body="NBCC"),
    ]
    p = compute_progress(rule_sets["MN-LPC"], lic, done, date(2026, 1, 10))
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


# ---------------------------------------------------------------------------------------
# MN LMFT: license renews yearly; 40 h per 2-year CE period ending December 31 of odd years
# (cycle_months 24, license_term_months 12); ethics & professional studies 3, cultural 4,
# Board-approved supervisors 4 (asked).
# ---------------------------------------------------------------------------------------
MN_MFT_END = date(2025, 12, 31)  # 2024-01-01 .. 2025-12-31
MN_MFT_NOT_SUP = {"mn_mft_approved_supervisor": False}


def test_mn_lmft_two_year_period_over_yearly_license(rule_sets):
    # 3 ethics (2024-02) + 4 cultural (2024-06) + 33 (2025-08) = 40 across the yearly
    # renewal -> complete; a course on 2023-12-31 is in the previous period.
    rs = rule_sets["MN-LMFT"]
    assert (rs.cycle_months, rs.license_term_months) == (24, 12)
    done = [
        _done(1, 10, date(2023, 12, 31), body="AAMFT"),
        _done(2, 3, date(2024, 2, 1), topics=["ethics"], body="AAMFT"),
        _done(3, 4, date(2024, 6, 1), topics=["cultural_competency"], body="AAMFT"),
        _done(4, 33, date(2025, 8, 1), body="AAMFT"),
    ]
    p = compute_progress(
        rs, _lic("LMFT", "MN", MN_MFT_END, MN_MFT_NOT_SUP), done, date(2025, 10, 1)
    )
    assert p.cycle_start == date(2024, 1, 1)
    assert [cid for cid, _ in p.excluded] == [1]
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


def test_mn_lmft_supervisor_needs_supervision_hours(rule_sets):
    # Supervisor: yes; 3 ethics + 4 cultural + 33 = 40 but supervision 0 of 4 -> not complete.
    done = [
        _done(1, 3, date(2024, 2, 1), topics=["ethics"], body="AAMFT"),
        _done(2, 4, date(2024, 6, 1), topics=["cultural_competency"], body="AAMFT"),
        _done(3, 33, date(2025, 8, 1), body="AAMFT"),
    ]
    lic = _lic("LMFT", "MN", MN_MFT_END, {"mn_mft_approved_supervisor": True})
    p = compute_progress(rule_sets["MN-LMFT"], lic, done, date(2025, 10, 1))
    assert row(p, "supervision").remaining == 4
    assert p.complete is False


def test_mn_lmft_short_with_ethics_missing(rule_sets):
    # 4 cultural + 16 = 20 of 40 -> 20 left; ethics 3 left. today 2025-10-01 -> 2025-12-31:
    # 30 + 30 + 31 = 91 days > 90; max(20, 3) / (91 / 30.4 = 2.993) = 6.68 > 1.5 × 40/24 = 2.5
    # -> at_risk.
    done = [
        _done(1, 4, date(2024, 6, 1), topics=["cultural_competency"], body="AAMFT"),
        _done(2, 16, date(2025, 8, 1), body="AAMFT"),
    ]
    p = compute_progress(
        rule_sets["MN-LMFT"],
        _lic("LMFT", "MN", MN_MFT_END, MN_MFT_NOT_SUP),
        done,
        date(2025, 10, 1),
    )
    assert totals(p) == (40, 20, 20)
    assert row(p, "ethics").remaining == 3
    assert p.days_left == 91
    assert p.hours_per_month_needed == 6.68
    assert p.status == "at_risk"


# ---------------------------------------------------------------------------------------
# MN LP (Board of Psychology): 40 h per 2 years; no topic minimum found (not confirmed none).
# ---------------------------------------------------------------------------------------
MN_PSY_RENEWAL = date(2026, 4, 30)  # 2024-05-01 .. 2026-04-30


def test_mn_psychologist_complete_and_short(rule_sets):
    rs, lic = rule_sets["MN-PSYCHOLOGIST"], _lic("PSYCHOLOGIST", "MN", MN_PSY_RENEWAL)
    full = [_done(1, 40, date(2025, 5, 1), body="APA")]
    p = compute_progress(rs, lic, full, date(2026, 1, 10))
    assert (totals(p), p.complete) == ((40, 40, 0), True)
    assert any("may be some" in line for line in p.unknowns)
    # 25.5 of 40 -> 14.5 left.
    p = compute_progress(rs, lic, [_done(2, 25.5, date(2025, 5, 1), body="APA")], date(2026, 1, 10))
    assert (totals(p), p.complete) == ((40, 25.5, 14.5), False)


# ---------------------------------------------------------------------------------------
# AL LICSW: 30 h per 2 years (issue date); ethics 3, clinical 6 of which a DSM review 3
# (from 2024), supervisors 3 (asked); self-directed at most 20; at least 10 classroom
# (in person only: live webinars unconfirmed).
# ---------------------------------------------------------------------------------------
AL_SW_RENEWAL = date(2026, 8, 15)  # 2024-08-16 .. 2026-08-15
AL_NOT_SUP = {"al_sw_supervisor": False}


def _al_sw_topics(fmt="in_person"):
    # 3 ethics + 3 clinical + 3 DSM review (tagged clinical too) + 1 = 10 h.
    return [
        _done(1, 3, date(2024, 9, 1), fmt, ["ethics"]),
        _done(2, 3, date(2024, 10, 1), fmt, ["clinical_practice"]),
        _done(3, 3, date(2024, 11, 1), fmt, ["clinical_practice", "assessment_diagnosis"]),
        _done(4, 1, date(2024, 12, 1), fmt),
    ]


def test_al_licsw_complete(rule_sets):
    # 10 in person (classroom floor 10 met) + 20 on demand (cap 20) = 30 -> complete;
    # clinical 6 = 3 + 3, DSM 3.
    done = [*_al_sw_topics(), _done(5, 20, date(2025, 5, 1), "online_async")]
    lic = _lic("LCSW", "AL", AL_SW_RENEWAL, AL_NOT_SUP)
    p = compute_progress(rule_sets["AL-LCSW"], lic, done, date(2026, 1, 10))
    assert totals(p) == (30, 30, 0)
    assert row(p, "clinical_practice").earned == 6
    assert row(p, "assessment_diagnosis").met is True
    assert (live_row(p).required, live_row(p).earned) == (10, 10)
    assert p.complete is True


def test_al_licsw_webinars_are_not_classroom_and_cap(rule_sets):
    # The same 10 as live webinars + 25 on demand: on demand capped at 20 -> 30 counted;
    # classroom 0 of 10 -> not complete.
    done = [*_al_sw_topics("live_online"), _done(5, 25, date(2025, 5, 1), "online_async")]
    lic = _lic("LCSW", "AL", AL_SW_RENEWAL, AL_NOT_SUP)
    p = compute_progress(rule_sets["AL-LCSW"], lic, done, date(2026, 1, 10))
    assert totals(p) == (30, 30, 0)
    assert (live_row(p).earned, live_row(p).remaining) == (0, 10)
    assert p.complete is False


def test_al_licsw_dsm_review_missing_and_supervisor(rule_sets):
    # 3 ethics + 6 clinical (none DSM) + 1 in person + 20 on demand = 30; DSM 0 of 3;
    # supervisor yes with no supervision hours: 3 left -> not complete.
    done = [
        _done(1, 3, date(2024, 9, 1), topics=["ethics"]),
        _done(2, 6, date(2024, 10, 1), topics=["clinical_practice"]),
        _done(3, 1, date(2024, 12, 1)),
        _done(4, 20, date(2025, 5, 1), "online_async"),
    ]
    lic = _lic("LCSW", "AL", AL_SW_RENEWAL, {"al_sw_supervisor": True})
    p = compute_progress(rule_sets["AL-LCSW"], lic, done, date(2026, 1, 10))
    assert totals(p) == (30, 30, 0)
    assert row(p, "clinical_practice").met is True
    assert row(p, "assessment_diagnosis").remaining == 3
    assert row(p, "supervision").remaining == 3
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# AL LPC (ABEC): 40 h per 2 years (July 31); ethics 6; LPC-S 5 (asked); at least 75% real
# time (in person or live webinar) = 30 of 40.
# ---------------------------------------------------------------------------------------
AL_LPC_RENEWAL = date(2027, 7, 31)  # 2025-08-01 .. 2027-07-31
AL_NOT_LPCS = {"al_lpc_supervisor": False}


def test_al_lpc_complete_with_real_time_floor(rule_sets):
    # 6 ethics in person + 24 webinar = 30 real time (75% × 40) + 10 on demand = 40.
    done = [
        _done(1, 6, date(2025, 9, 1), topics=["ethics"], body="NBCC"),
        _done(2, 24, date(2026, 2, 1), "live_online", body="NBCC"),
        _done(3, 10, date(2026, 5, 1), "online_async", body="NBCC"),
    ]
    lic = _lic("LPC", "AL", AL_LPC_RENEWAL, AL_NOT_LPCS)
    p = compute_progress(rule_sets["AL-LPC"], lic, done, date(2026, 6, 1))
    assert totals(p) == (40, 40, 0)
    assert (live_row(p).required, live_row(p).earned) == (30, 30)
    assert p.complete is True


def test_al_lpc_too_much_on_demand(rule_sets):
    # 6 ethics + 14 webinar = 20 real time + 20 on demand = 40: real time 10 short of 30.
    done = [
        _done(1, 6, date(2025, 9, 1), topics=["ethics"], body="NBCC"),
        _done(2, 14, date(2026, 2, 1), "live_online", body="NBCC"),
        _done(3, 20, date(2026, 5, 1), "online_async", body="NBCC"),
    ]
    lic = _lic("LPC", "AL", AL_LPC_RENEWAL, AL_NOT_LPCS)
    p = compute_progress(rule_sets["AL-LPC"], lic, done, date(2026, 6, 1))
    assert totals(p) == (40, 40, 0)
    assert live_row(p).remaining == 10
    assert p.complete is False


def test_al_lpc_short_and_supervisor(rule_sets):
    # LPC-S: yes. 6 ethics + 14 in person = 20 -> 20 left; supervision 5 left.
    done = [
        _done(1, 6, date(2025, 9, 1), topics=["ethics"], body="NBCC"),
        _done(2, 14, date(2026, 2, 1), body="NBCC"),
    ]
    lic = _lic("LPC", "AL", AL_LPC_RENEWAL, {"al_lpc_supervisor": True})
    p = compute_progress(rule_sets["AL-LPC"], lic, done, date(2026, 6, 1))
    assert totals(p) == (40, 20, 20)
    assert row(p, "supervision").remaining == 5
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# AL LMFT: 40 h per 2 years; clinical MFT workshops 10, diagnosis & treatment 6,
# professional issues & ethics 6; supervisors 5 (asked; whether inside the 40 unknown);
# home study at most 10 (low confidence).
# ---------------------------------------------------------------------------------------
AL_MFT_RENEWAL = date(2026, 12, 31)  # 2025-01-01 .. 2026-12-31
AL_MFT_NOT_SUP = {"al_mft_supervisor": False}


def _al_mft_topics():
    # 10 MFT + 6 diagnosis + 6 ethics in person = 22 h.
    return [
        _done(1, 10, date(2025, 2, 1), topics=["marriage_family_therapy"], body="AAMFT"),
        _done(2, 6, date(2025, 3, 1), topics=["assessment_diagnosis"], body="AAMFT"),
        _done(3, 6, date(2025, 4, 1), topics=["ethics"], body="AAMFT"),
    ]


def test_al_lmft_complete(rule_sets):
    # 22 + 18 = 40 -> complete.
    done = [*_al_mft_topics(), _done(4, 18, date(2025, 6, 1), body="AAMFT")]
    lic = _lic("LMFT", "AL", AL_MFT_RENEWAL, AL_MFT_NOT_SUP)
    p = compute_progress(rule_sets["AL-LMFT"], lic, done, date(2026, 1, 10))
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


def test_al_lmft_home_study_cap_and_missing_diagnosis(rule_sets):
    # 10 MFT + 6 ethics in person + 15 self-study (cap 10) + 9 on demand (not capped):
    # 16 + 10 + 9 = 35 -> 5 left; diagnosis 0 of 6.
    done = [
        _done(1, 10, date(2025, 2, 1), topics=["marriage_family_therapy"], body="AAMFT"),
        _done(3, 6, date(2025, 4, 1), topics=["ethics"], body="AAMFT"),
        _done(4, 15, date(2025, 6, 1), "self_study", body="AAMFT"),
        _done(5, 9, date(2025, 7, 1), "online_async", body="AAMFT"),
    ]
    lic = _lic("LMFT", "AL", AL_MFT_RENEWAL, AL_MFT_NOT_SUP)
    p = compute_progress(rule_sets["AL-LMFT"], lic, done, date(2026, 1, 10))
    assert totals(p) == (40, 35, 5)
    assert row(p, "assessment_diagnosis").remaining == 6
    assert p.complete is False


def test_al_lmft_supervision_hours_may_not_count_toward_total(rule_sets):
    # Supervisor: yes. 22 topic hours + 13 = 35 certain; 5 supervision hours of unknown
    # standing -> counted None, range (35, 40), remaining None; supervision met.
    done = [
        *_al_mft_topics(),
        _done(4, 13, date(2025, 6, 1), body="AAMFT"),
        _done(5, 5, date(2025, 7, 1), topics=["supervision"], body="AAMFT"),
    ]
    lic = _lic("LMFT", "AL", AL_MFT_RENEWAL, {"al_mft_supervisor": True})
    p = compute_progress(rule_sets["AL-LMFT"], lic, done, date(2026, 1, 10))
    assert totals(p) == (40, None, None)
    assert p.total_counted_range == (35, 40)
    assert row(p, "supervision").met is True
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# AL Psychologist: 20 h per CE year October 1 - September 30 (renewal October 15); no topic
# minimum found; carry-over of up to 6 h reported (data only: never counted).
# ---------------------------------------------------------------------------------------
AL_PSY_END = date(2026, 9, 30)  # 2025-10-01 .. 2026-09-30


def test_al_psychologist_complete_short_and_carry_over_note(rule_sets):
    rs, lic = rule_sets["AL-PSYCHOLOGIST"], _lic("PSYCHOLOGIST", "AL", AL_PSY_END)
    p = compute_progress(rs, lic, [_done(1, 20, date(2026, 1, 5), body="APA")], date(2026, 2, 1))
    assert p.cycle_start == date(2025, 10, 1)
    assert (totals(p), p.complete) == ((20, 20, 0), True)
    # 12 this year + 8 on 2025-09-30 (last CE year) -> 12 counted, 8 left; the carry-over
    # rule is only reported.
    done = [
        _done(1, 12, date(2026, 1, 5), body="APA"),
        _done(2, 8, date(2025, 9, 30), body="APA"),
    ]
    p = compute_progress(rs, lic, done, date(2026, 2, 1))
    assert (totals(p), p.complete) == ((20, 12, 8), False)
    assert any("up to 6 unused hours carry over" in line for line in p.unknowns)


# ---------------------------------------------------------------------------------------
# KY LCSW (KBSW): 30 h per 3 years (issue date); ethics 3; domestic violence & elder abuse
# 3 once (first period); pediatric abusive head trauma 1.5 and suicide 6 each once every 6
# years (asked); supervisors 3 (asked); an in-person share of unknown size: self-study and
# on-demand hours only possibly count.
# ---------------------------------------------------------------------------------------
KY_SW_RENEWAL = date(2027, 3, 15)  # 2024-03-16 .. 2027-03-15
KY_SW_ANSWERED = {
    "completed_once_domestic_violence": True,
    "ky_pediatric_head_trauma_due": False,
    "ky_suicide_training_due": False,
    "ky_sw_supervisor": False,
}


def test_ky_lcsw_complete_in_person(rule_sets):
    # 3 ethics + 27 in person = 30; everything else answered as not due -> complete.
    done = [
        _done(1, 3, date(2024, 5, 1), topics=["ethics"]),
        _done(2, 27, date(2025, 5, 1)),
    ]
    lic = _lic("LCSW", "KY", KY_SW_RENEWAL, KY_SW_ANSWERED)
    p = compute_progress(rule_sets["KY-LCSW"], lic, done, date(2026, 6, 1))
    assert p.cycle_start == date(2024, 3, 16)
    assert totals(p) == (30, 30, 0)
    assert p.open_questions == ()
    assert p.complete is True


def test_ky_lcsw_on_demand_hours_of_unknown_standing(rule_sets):
    # 3 ethics + 17 in person + 10 on demand: certain 20, possible 30 -> unknown.
    done = [
        _done(1, 3, date(2024, 5, 1), topics=["ethics"]),
        _done(2, 17, date(2025, 5, 1)),
        _done(3, 10, date(2025, 6, 1), "online_async"),
    ]
    lic = _lic("LCSW", "KY", KY_SW_RENEWAL, KY_SW_ANSWERED)
    p = compute_progress(rule_sets["KY-LCSW"], lic, done, date(2026, 6, 1))
    assert totals(p) == (30, None, None)
    assert p.total_counted_range == (20, 30)
    assert p.status == "unknown"


def test_ky_lcsw_six_year_trainings_due(rule_sets):
    # Both 6-year trainings due: 6 suicide + 3 ethics + 21 = 30, head trauma 0 of 1.5 -> not
    # complete; adding 1.5 head trauma (31.5 h) completes it.
    facts = KY_SW_ANSWERED | {"ky_pediatric_head_trauma_due": True, "ky_suicide_training_due": True}
    lic = _lic("LCSW", "KY", KY_SW_RENEWAL, facts)
    done = [
        _done(1, 3, date(2024, 5, 1), topics=["ethics"]),
        _done(2, 6, date(2024, 8, 1), topics=["suicide_prevention"]),
        _done(3, 21, date(2025, 5, 1)),
    ]
    p = compute_progress(rule_sets["KY-LCSW"], lic, done, date(2026, 6, 1))
    assert totals(p) == (30, 30, 0)
    trauma = row(p, "pediatric_head_trauma")
    assert (trauma.applies, trauma.required, trauma.remaining) == (True, 1.5, 1.5)
    assert p.complete is False
    done.append(_done(4, 1.5, date(2025, 9, 1), topics=["pediatric_head_trauma"]))
    assert compute_progress(rule_sets["KY-LCSW"], lic, done, date(2026, 6, 1)).complete is True


def test_ky_lcsw_one_time_domestic_violence_due_until_answered(rule_sets):
    # DV once: not answered -> due now (3 h short) and asked; done this cycle -> met, not asked.
    facts = {k: v for k, v in KY_SW_ANSWERED.items() if k != "completed_once_domestic_violence"}
    lic = _lic("LCSW", "KY", KY_SW_RENEWAL, facts)
    done = [
        _done(1, 3, date(2024, 5, 1), topics=["ethics"]),
        _done(2, 27, date(2025, 5, 1)),
    ]
    p = compute_progress(rule_sets["KY-LCSW"], lic, done, date(2026, 6, 1))
    dv = row(p, "domestic_violence")
    assert (dv.applies, dv.remaining) == (True, 3)
    assert "completed_once_domestic_violence" in dict(p.open_questions)
    assert p.complete is False
    done.append(_done(3, 3, date(2025, 7, 1), topics=["domestic_violence"]))
    p = compute_progress(rule_sets["KY-LCSW"], lic, done, date(2026, 6, 1))
    assert row(p, "domestic_violence").met is True
    assert "completed_once_domestic_violence" not in dict(p.open_questions)


# ---------------------------------------------------------------------------------------
# KY LPCC: 10 h every year (October 31); DV 3 once, suicide 6 every 6 years, Kentucky law 3
# every 3 years (the last two asked); whether those topic hours count toward the 10 is
# unknown.
# ---------------------------------------------------------------------------------------
KY_LPC_RENEWAL = date(2026, 10, 31)  # 2025-11-01 .. 2026-10-31
KY_LPC_ANSWERED = {
    "completed_once_domestic_violence": True,
    "ky_suicide_training_due": False,
    "ky_counseling_law_due": False,
}


def test_ky_lpcc_ten_hours_complete(rule_sets):
    done = [_done(1, 10, date(2026, 2, 1), "online_async", body="NBCC")]
    lic = _lic("LPC", "KY", KY_LPC_RENEWAL, KY_LPC_ANSWERED)
    p = compute_progress(rule_sets["KY-LPC"], lic, done, date(2026, 3, 1))
    assert p.cycle_start == date(2025, 11, 1)
    assert p.license_label == "KY LPCC"
    assert totals(p) == (10, 10, 0)
    assert p.complete is True


def test_ky_lpcc_law_year_hours_of_unknown_standing(rule_sets):
    # Law due: 3 law + 7 = certain 7, possible 10 -> unknown; 3 law + 10 -> certain 10 ->
    # complete.
    lic = _lic("LPC", "KY", KY_LPC_RENEWAL, KY_LPC_ANSWERED | {"ky_counseling_law_due": True})
    law = _done(1, 3, date(2026, 1, 10), topics=["state_law_ky"], body="NBCC")
    p = compute_progress(
        rule_sets["KY-LPC"],
        lic,
        [law, _done(2, 7, date(2026, 2, 1), body="NBCC")],
        date(2026, 3, 1),
    )
    assert totals(p) == (10, None, None)
    assert p.total_counted_range == (7, 10)
    assert row(p, "state_law_ky").met is True
    assert p.status == "unknown"
    p = compute_progress(
        rule_sets["KY-LPC"],
        lic,
        [law, _done(2, 10, date(2026, 2, 1), body="NBCC")],
        date(2026, 3, 1),
    )
    assert p.complete is True


def test_ky_lpcc_short_near_renewal(rule_sets):
    # 6 of 10 -> 4 left. today 2026-09-01 -> 2026-10-31: 29 + 31 = 60 days <= 90 -> at_risk;
    # 4 / max(60 / 30.4 = 1.974, 1) = 2.03 h a month.
    done = [_done(1, 6, date(2026, 2, 1), body="NBCC")]
    lic = _lic("LPC", "KY", KY_LPC_RENEWAL, KY_LPC_ANSWERED)
    p = compute_progress(rule_sets["KY-LPC"], lic, done, date(2026, 9, 1))
    assert totals(p) == (10, 6, 4)
    assert p.days_left == 60
    assert p.hours_per_month_needed == 2.03
    assert p.status == "at_risk"


def test_ky_lpcc_asks_about_the_mandated_trainings(rule_sets):
    # Nothing answered: DV due now (3 short) -> complete False; the 6- and 3-year trainings
    # and the one-time question are all asked.
    done = [_done(1, 10, date(2026, 2, 1), body="NBCC")]
    p = compute_progress(
        rule_sets["KY-LPC"], _lic("LPC", "KY", KY_LPC_RENEWAL), done, date(2026, 3, 1)
    )
    assert set(dict(p.open_questions)) == {
        "completed_once_domestic_violence",
        "ky_suicide_training_due",
        "ky_counseling_law_due",
    }
    assert row(p, "domestic_violence").remaining == 3
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# KY LMFT: 15 h every year; ethics 3; suicide 6 every 6 years on top of the 15 (counts
# toward total: false); DV & elder abuse 3 once (whether inside the 15 unknown).
# ---------------------------------------------------------------------------------------
KY_MFT_RENEWAL = date(2026, 12, 31)  # 2026-01-01 .. 2026-12-31
KY_MFT_FACTS = {"completed_once_domestic_violence": True, "ky_suicide_training_due": True}


def test_ky_lmft_suicide_hours_on_top_of_the_total(rule_sets):
    # Suicide due: 6 suicide (not counted toward 15) + 3 ethics + 12 = 15 counted -> complete;
    # with only 6 general, 9 counted -> 6 left although 15 h were taken.
    lic = _lic("LMFT", "KY", KY_MFT_RENEWAL, KY_MFT_FACTS)
    base = [
        _done(1, 6, date(2026, 2, 1), topics=["suicide_prevention"], body="AAMFT"),
        _done(2, 3, date(2026, 3, 1), topics=["ethics"], body="AAMFT"),
    ]
    p = compute_progress(
        rule_sets["KY-LMFT"],
        lic,
        [*base, _done(3, 12, date(2026, 4, 1), body="AAMFT")],
        date(2026, 6, 1),
    )
    assert totals(p) == (15, 15, 0)
    assert p.complete is True
    p = compute_progress(
        rule_sets["KY-LMFT"],
        lic,
        [*base, _done(3, 6, date(2026, 4, 1), body="AAMFT")],
        date(2026, 6, 1),
    )
    assert totals(p) == (15, 9, 6)
    assert p.complete is False


def test_ky_lmft_ethics_short(rule_sets):
    # Suicide not due; 15 general -> total met, ethics 3 left.
    facts = KY_MFT_FACTS | {"ky_suicide_training_due": False}
    done = [_done(1, 15, date(2026, 4, 1), body="AAMFT")]
    p = compute_progress(
        rule_sets["KY-LMFT"], _lic("LMFT", "KY", KY_MFT_RENEWAL, facts), done, date(2026, 6, 1)
    )
    assert totals(p) == (15, 15, 0)
    assert row(p, "ethics").remaining == 3
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# KY Psychologist: 39 h per 3 years (issue date); ethical practice or risk management 3;
# suicide 6 every 6 years (asked; inside the total unknown); supervisors 3 (asked); online
# at most 12 (low confidence).
# ---------------------------------------------------------------------------------------
KY_PSY_RENEWAL = date(2027, 6, 30)  # 2024-07-01 .. 2027-06-30
KY_PSY_FACTS = {"ky_suicide_training_due": False, "ky_psy_supervisor": False}


def test_ky_psychologist_complete_with_online_at_cap(rule_sets):
    # 3 ethics + 24 in person + 12 on demand (= cap) = 39 -> complete.
    done = [
        _done(1, 3, date(2024, 9, 1), topics=["ethics"], body="APA"),
        _done(2, 24, date(2025, 9, 1), body="APA"),
        _done(3, 12, date(2026, 2, 1), "online_async", body="APA"),
    ]
    lic = _lic("PSYCHOLOGIST", "KY", KY_PSY_RENEWAL, KY_PSY_FACTS)
    p = compute_progress(rule_sets["KY-PSYCHOLOGIST"], lic, done, date(2026, 6, 1))
    assert p.cycle_start == date(2024, 7, 1)
    assert totals(p) == (39, 39, 0)
    assert p.complete is True


def test_ky_psychologist_online_cap_and_ethics(rule_sets):
    # 20 in person + 16 on demand (capped at 12) = 32 -> 7 left; no ethics -> 3 left.
    done = [
        _done(1, 20, date(2025, 9, 1), body="APA"),
        _done(2, 16, date(2026, 2, 1), "online_async", body="APA"),
    ]
    lic = _lic("PSYCHOLOGIST", "KY", KY_PSY_RENEWAL, KY_PSY_FACTS)
    p = compute_progress(rule_sets["KY-PSYCHOLOGIST"], lic, done, date(2026, 6, 1))
    assert totals(p) == (39, 32, 7)
    assert row(p, "ethics").remaining == 3
    assert p.complete is False
