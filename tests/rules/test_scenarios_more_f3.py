"""Hand-worked scenarios for the Oklahoma, Utah and Nevada rule sets.

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
# OK LCSW: 16 h every year (December 31); ethics 3; at least 8 Category I face-to-face
# (live interactive video counts: in person or live webinar).
# ---------------------------------------------------------------------------------------
OK_SW_RENEWAL = date(2026, 12, 31)  # 2026-01-01 .. 2026-12-31


def test_ok_lcsw_complete_with_category_one_floor(rule_sets):
    # 3 ethics webinar + 5 in person = 8 live + 8 on demand = 16 -> complete.
    done = [
        _done(1, 3, date(2026, 2, 1), "live_online", ["ethics"]),
        _done(2, 5, date(2026, 3, 1)),
        _done(3, 8, date(2026, 4, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["OK-LCSW"], _lic("LCSW", "OK", OK_SW_RENEWAL), done, date(2026, 6, 1)
    )
    assert p.cycle_start == date(2026, 1, 1)
    assert totals(p) == (16, 16, 0)
    assert (live_row(p).required, live_row(p).earned) == (8, 8)
    assert p.complete is True


def test_ok_lcsw_too_few_face_to_face_hours(rule_sets):
    # 3 ethics in person + 13 on demand = 16: live 3 of 8 -> 5 short -> not complete.
    done = [
        _done(1, 3, date(2026, 2, 1), topics=["ethics"]),
        _done(2, 13, date(2026, 4, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["OK-LCSW"], _lic("LCSW", "OK", OK_SW_RENEWAL), done, date(2026, 6, 1)
    )
    assert totals(p) == (16, 16, 0)
    assert live_row(p).remaining == 5
    assert p.complete is False


def test_ok_lcsw_short_late_in_year_and_no_ethics(rule_sets):
    # 8 in person, no ethics: 8 left, ethics 3 left, live floor met. today 2026-11-01 ->
    # 2026-12-31: 29 + 31 = 60 days -> at_risk; max(8, 3) / (60 / 30.4 = 1.974) = 4.05.
    done = [_done(1, 8, date(2026, 3, 1))]
    p = compute_progress(
        rule_sets["OK-LCSW"], _lic("LCSW", "OK", OK_SW_RENEWAL), done, date(2026, 11, 1)
    )
    assert totals(p) == (16, 8, 8)
    assert row(p, "ethics").remaining == 3
    assert p.days_left == 60
    assert p.hours_per_month_needed == 4.05
    assert p.status == "at_risk"


# ---------------------------------------------------------------------------------------
# OK LPC: 20 h every year (June 30); counseling ethics 3; approved supervisors 3 (asked);
# distance learning at most 10 (low confidence).
# ---------------------------------------------------------------------------------------
OK_LPC_RENEWAL = date(2026, 6, 30)  # 2025-07-01 .. 2026-06-30
OK_NOT_SUP = {"ok_lpc_supervisor": False}


def test_ok_lpc_complete_and_distance_cap(rule_sets):
    lic = _lic("LPC", "OK", OK_LPC_RENEWAL, OK_NOT_SUP)
    # 3 ethics + 7 in person + 10 on demand (= cap) = 20 -> complete.
    done = [
        _done(1, 3, date(2025, 9, 1), topics=["ethics"], body="NBCC"),
        _done(2, 7, date(2025, 10, 1), body="NBCC"),
        _done(3, 10, date(2026, 1, 1), "online_async", body="NBCC"),
    ]
    p = compute_progress(rule_sets["OK-LPC"], lic, done, date(2026, 3, 1))
    assert (totals(p), p.complete) == ((20, 20, 0), True)
    # 3 ethics + 5 in person + 12 on demand (capped at 10) = 18 -> 2 left.
    done = [
        _done(1, 3, date(2025, 9, 1), topics=["ethics"], body="NBCC"),
        _done(2, 5, date(2025, 10, 1), body="NBCC"),
        _done(3, 12, date(2026, 1, 1), "online_async", body="NBCC"),
    ]
    p = compute_progress(rule_sets["OK-LPC"], lic, done, date(2026, 3, 1))
    assert (totals(p), p.complete) == ((20, 18, 2), False)


def test_ok_lpc_supervisor_without_supervision_hours(rule_sets):
    # Supervisor: yes. 3 ethics + 17 in person = 20 but supervision 0 of 3 -> not complete.
    done = [
        _done(1, 3, date(2025, 9, 1), topics=["ethics"], body="NBCC"),
        _done(2, 17, date(2025, 10, 1), body="NBCC"),
    ]
    lic = _lic("LPC", "OK", OK_LPC_RENEWAL, {"ok_lpc_supervisor": True})
    p = compute_progress(rule_sets["OK-LPC"], lic, done, date(2026, 3, 1))
    assert totals(p) == (20, 20, 0)
    assert row(p, "supervision").remaining == 3
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# OK LMFT: 20 h every year; ethics 3; approved supervisors 3 h every 3 years (asked).
# ---------------------------------------------------------------------------------------
OK_MFT_RENEWAL = date(2026, 12, 31)  # 2026-01-01 .. 2026-12-31


def test_ok_lmft_supervision_every_third_year(rule_sets):
    done = [
        _done(1, 3, date(2026, 2, 1), topics=["ethics"], body="AAMFT"),
        _done(2, 17, date(2026, 3, 1), body="AAMFT"),
    ]
    rs = rule_sets["OK-LMFT"]
    # Not due this year: 3 ethics + 17 = 20 -> complete.
    lic = _lic("LMFT", "OK", OK_MFT_RENEWAL, {"ok_lmft_supervision_training_due": False})
    assert compute_progress(rs, lic, done, date(2026, 6, 1)).complete is True
    # Due: supervision 0 of 3 -> not complete.
    lic = _lic("LMFT", "OK", OK_MFT_RENEWAL, {"ok_lmft_supervision_training_due": True})
    p = compute_progress(rs, lic, done, date(2026, 6, 1))
    assert (row(p, "supervision").applies, row(p, "supervision").remaining) == (True, 3)
    assert p.complete is False


def test_ok_lmft_short_and_no_ethics(rule_sets):
    # 12 general: 8 left, ethics 3 left.
    lic = _lic("LMFT", "OK", OK_MFT_RENEWAL, {"ok_lmft_supervision_training_due": False})
    done = [_done(1, 12, date(2026, 3, 1), body="AAMFT")]
    p = compute_progress(rule_sets["OK-LMFT"], lic, done, date(2026, 6, 1))
    assert totals(p) == (20, 12, 8)
    assert row(p, "ethics").remaining == 3
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# OK Psychologist: 20 h per calendar year; ethics 3; first year 1.5 h per full month;
# up to 12 h may carry over (data only).
# ---------------------------------------------------------------------------------------
OK_PSY_END = date(2026, 12, 31)  # 2026-01-01 .. 2026-12-31


def test_ok_psychologist_complete_and_carry_over_note(rule_sets):
    done = [
        _done(1, 3, date(2026, 2, 1), topics=["ethics"], body="APA"),
        _done(2, 17, date(2026, 5, 1), body="APA"),
    ]
    p = compute_progress(
        rule_sets["OK-PSYCHOLOGIST"], _lic("PSYCHOLOGIST", "OK", OK_PSY_END), done, date(2026, 6, 1)
    )
    assert (totals(p), p.complete) == ((20, 20, 0), True)
    assert any("up to 12 unused hours carry over" in line for line in p.unknowns)


def test_ok_psychologist_first_year_prorated(rule_sets):
    # First full month April: 2026-04-01 .. 2026-12-31 = 8 months + (31 - 1 >= 15) = 9 months
    # × 1.5 = 13.5 h. 3 ethics + 10.5 = 13.5 -> complete; 3 ethics + 6 = 9 -> 4.5 left.
    lic = _lic("PSYCHOLOGIST", "OK", OK_PSY_END, cycle_start=date(2026, 4, 1))
    done = [
        _done(1, 3, date(2026, 4, 10), topics=["ethics"], body="APA"),
        _done(2, 10.5, date(2026, 5, 1), body="APA"),
    ]
    p = compute_progress(rule_sets["OK-PSYCHOLOGIST"], lic, done, date(2026, 6, 1))
    assert (totals(p), p.complete) == ((13.5, 13.5, 0), True)
    done[1] = _done(2, 6, date(2026, 5, 1), body="APA")
    p = compute_progress(rule_sets["OK-PSYCHOLOGIST"], lic, done, date(2026, 6, 1))
    assert totals(p) == (13.5, 9, 4.5)


def test_ok_psychologist_ethics_short(rule_sets):
    done = [_done(1, 20, date(2026, 5, 1), body="APA")]
    p = compute_progress(
        rule_sets["OK-PSYCHOLOGIST"], _lic("PSYCHOLOGIST", "OK", OK_PSY_END), done, date(2026, 6, 1)
    )
    assert totals(p) == (20, 20, 0)
    assert (row(p, "ethics").remaining, p.complete) == (3, False)


# ---------------------------------------------------------------------------------------
# UT LCSW / CMHC: 40 h per 2 years ending September 30 of even years; ethics, law or
# technology 6; suicide prevention 2; asynchronous distance learning at most 15 (LCSW) /
# 10 (CMHC); live webinars uncapped; up to 10 h carry over (data only).
# ---------------------------------------------------------------------------------------
UT_RENEWAL = date(2026, 9, 30)  # 2024-10-01 .. 2026-09-30


def _ut_topics():
    # 6 ethics webinar + 2 suicide in person = 8 h.
    return [
        _done(1, 6, date(2024, 11, 1), "live_online", ["ethics"]),
        _done(2, 2, date(2024, 12, 1), topics=["suicide_prevention"]),
    ]


def test_ut_lcsw_complete_with_async_at_cap(rule_sets):
    # 8 + 17 in person + 15 on demand (= cap) = 40 -> complete.
    done = [
        *_ut_topics(),
        _done(3, 17, date(2025, 3, 1)),
        _done(4, 15, date(2025, 6, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["UT-LCSW"], _lic("LCSW", "UT", UT_RENEWAL), done, date(2026, 1, 10)
    )
    assert p.cycle_start == date(2024, 10, 1)
    assert totals(p) == (40, 40, 0)
    assert p.complete is True
    assert any("up to 10 unused hours carry over" in line for line in p.unknowns)


def test_ut_lcsw_async_cap_but_not_webinars(rule_sets):
    # 8 + 12 in person + 20 on demand (capped at 15) = 35 -> 5 left; 5 more as live
    # webinars (uncapped) -> 40.
    done = [
        *_ut_topics(),
        _done(3, 12, date(2025, 3, 1)),
        _done(4, 20, date(2025, 6, 1), "online_async"),
    ]
    lic = _lic("LCSW", "UT", UT_RENEWAL)
    p = compute_progress(rule_sets["UT-LCSW"], lic, done, date(2026, 1, 10))
    assert totals(p) == (40, 35, 5)
    done.append(_done(5, 5, date(2025, 9, 1), "live_online"))
    assert totals(compute_progress(rule_sets["UT-LCSW"], lic, done, date(2026, 1, 10))) == (
        40,
        40,
        0,
    )


def test_ut_lcsw_missing_suicide_prevention(rule_sets):
    # 6 ethics + 34 in person = 40 -> total met, suicide 2 left.
    done = [*_ut_topics()[:1], _done(3, 34, date(2025, 3, 1))]
    p = compute_progress(
        rule_sets["UT-LCSW"], _lic("LCSW", "UT", UT_RENEWAL), done, date(2026, 1, 10)
    )
    assert totals(p) == (40, 40, 0)
    assert (row(p, "suicide_prevention").remaining, p.complete) == (2, False)


def test_ut_cmhc_smaller_async_cap(rule_sets):
    # 8 + 22 in person + 10 self-study (= cap) = 40 -> complete; with 17 in person + 15
    # self-study (capped at 10) -> 35, 5 left.
    lic = _lic("LPC", "UT", UT_RENEWAL)
    done = [
        *_ut_topics(),
        _done(3, 22, date(2025, 3, 1), body="NBCC"),
        _done(4, 10, date(2025, 6, 1), "self_study", body="NBCC"),
    ]
    p = compute_progress(rule_sets["UT-LPC"], lic, done, date(2026, 1, 10))
    assert p.license_label == "UT CMHC"
    assert (totals(p), p.complete) == ((40, 40, 0), True)
    done = [
        *_ut_topics(),
        _done(3, 17, date(2025, 3, 1), body="NBCC"),
        _done(4, 15, date(2025, 6, 1), "self_study", body="NBCC"),
    ]
    p = compute_progress(rule_sets["UT-LPC"], lic, done, date(2026, 1, 10))
    assert (totals(p), p.complete) == ((40, 35, 5), False)


def test_ut_cmhc_ethics_short(rule_sets):
    # 2 ethics + 2 suicide + 36 = 40: ethics 4 left.
    done = [
        _done(1, 2, date(2024, 11, 1), topics=["ethics"], body="NBCC"),
        _done(2, 2, date(2024, 12, 1), topics=["suicide_prevention"], body="NBCC"),
        _done(3, 36, date(2025, 3, 1), body="NBCC"),
    ]
    p = compute_progress(
        rule_sets["UT-LPC"], _lic("LPC", "UT", UT_RENEWAL), done, date(2026, 1, 10)
    )
    assert row(p, "ethics").remaining == 4
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# UT MFT: 40 h; ethics/law 6, directly related to MFT 15, suicide prevention 2; readings /
# internet / distance at most 15 (medium confidence).
# ---------------------------------------------------------------------------------------
def test_ut_mft_complete_cap_and_mft_hours(rule_sets):
    lic = _lic("LMFT", "UT", UT_RENEWAL)
    topics = [
        _done(1, 6, date(2024, 11, 1), topics=["ethics"], body="AAMFT"),
        _done(2, 2, date(2024, 12, 1), topics=["suicide_prevention"], body="AAMFT"),
    ]
    # 6 + 2 + 15 MFT + 2 in person + 15 on demand = 40 -> complete.
    done = [
        *topics,
        _done(3, 15, date(2025, 2, 1), topics=["marriage_family_therapy"], body="AAMFT"),
        _done(4, 2, date(2025, 3, 1), body="AAMFT"),
        _done(5, 15, date(2025, 6, 1), "online_async", body="AAMFT"),
    ]
    p = compute_progress(rule_sets["UT-LMFT"], lic, done, date(2026, 1, 10))
    assert p.license_label == "UT MFT"
    assert (totals(p), p.complete) == ((40, 40, 0), True)
    # 6 + 2 + 10 MFT + 22 on demand (capped at 15) = 33 -> 7 left; MFT 5 left.
    done = [
        *topics,
        _done(3, 10, date(2025, 2, 1), topics=["marriage_family_therapy"], body="AAMFT"),
        _done(5, 22, date(2025, 6, 1), "online_async", body="AAMFT"),
    ]
    p = compute_progress(rule_sets["UT-LMFT"], lic, done, date(2026, 1, 10))
    assert totals(p) == (40, 33, 7)
    assert row(p, "marriage_family_therapy").remaining == 5
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# UT Psychologist: 48 h per 2 years; ethics/law 6; online at most 18 (CE providers).
# ---------------------------------------------------------------------------------------
def test_ut_psychologist_complete_and_short(rule_sets):
    lic = _lic("PSYCHOLOGIST", "UT", UT_RENEWAL)
    # 6 ethics + 24 in person + 18 on demand = 48 -> complete.
    done = [
        _done(1, 6, date(2024, 11, 1), topics=["ethics"], body="APA"),
        _done(2, 24, date(2025, 3, 1), body="APA"),
        _done(3, 18, date(2025, 6, 1), "online_async", body="APA"),
    ]
    p = compute_progress(rule_sets["UT-PSYCHOLOGIST"], lic, done, date(2026, 1, 10))
    assert (totals(p), p.complete) == ((48, 48, 0), True)
    # 6 ethics + 4 in person + 25 on demand (capped at 18) = 28 -> 20 left.
    done = [
        _done(1, 6, date(2024, 11, 1), topics=["ethics"], body="APA"),
        _done(2, 4, date(2025, 3, 1), body="APA"),
        _done(3, 25, date(2025, 6, 1), "online_async", body="APA"),
    ]
    p = compute_progress(rule_sets["UT-PSYCHOLOGIST"], lic, done, date(2026, 1, 10))
    assert totals(p) == (48, 28, 20)
    # 48 in person, no ethics -> 6 left.
    p = compute_progress(
        rule_sets["UT-PSYCHOLOGIST"],
        lic,
        [_done(4, 48, date(2025, 3, 1), body="APA")],
        date(2026, 1, 10),
    )
    assert (row(p, "ethics").remaining, p.complete) == (6, False)


# ---------------------------------------------------------------------------------------
# NV LCSW: license renews every year by the birthday; 36 h over a 2-year CE period
# (cycle_months 24, license_term_months 12); ethics 4, suicide 2, cultural/DEI 6, field of
# practice 12.
# ---------------------------------------------------------------------------------------
NV_SW_RENEWAL = date(2026, 7, 15)  # CE period 2024-07-16 .. 2026-07-15


def _nv_sw_topics(clinical=12):
    # 4 ethics + 2 suicide + 6 cultural + `clinical` field-of-practice hours.
    return [
        _done(1, 4, date(2024, 8, 1), topics=["ethics"]),
        _done(2, 2, date(2024, 9, 1), topics=["suicide_prevention"]),
        _done(3, 6, date(2025, 3, 1), "online_async", ["cultural_competency"]),
        _done(4, clinical, date(2025, 9, 1), topics=["clinical_practice"]),
    ]


def test_nv_lcsw_two_year_ce_period_over_yearly_license(rule_sets):
    # 4 + 2 + 6 + 12 + 12 = 36 across the yearly renewal (2025-07-15) -> complete; a course on
    # 2024-07-15 belongs to the previous CE period.
    rs = rule_sets["NV-LCSW"]
    assert (rs.cycle_months, rs.license_term_months) == (24, 12)
    done = [*_nv_sw_topics(), _done(5, 12, date(2026, 1, 10)), _done(6, 9, date(2024, 7, 15))]
    p = compute_progress(rs, _lic("LCSW", "NV", NV_SW_RENEWAL), done, date(2026, 3, 1))
    assert p.cycle_start == date(2024, 7, 16)
    assert [cid for cid, _ in p.excluded] == [6]
    assert totals(p) == (36, 36, 0)
    assert p.complete is True


def test_nv_lcsw_field_of_practice_short_and_total_short(rule_sets):
    # 4 + 2 + 6 + 6 field = 18 -> 18 left; field 6 left.
    p = compute_progress(
        rule_sets["NV-LCSW"], _lic("LCSW", "NV", NV_SW_RENEWAL), _nv_sw_topics(6), date(2026, 3, 1)
    )
    assert totals(p) == (36, 18, 18)
    assert row(p, "clinical_practice").remaining == 6
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# NV CPC / LMFT: 40 h per 2 years; ethics 6, suicide 4, cultural/DEI 6 (conflict 4 vs 6:
# 6 asked); approved supervisors 2 (asked); distance (self-study / on demand) at most 20;
# first renewal 30 h.
# ---------------------------------------------------------------------------------------
NV_RENEWAL = date(2026, 6, 30)  # 2024-07-01 .. 2026-06-30
NV_NOT_SUP = {"nv_mft_cpc_supervisor": False}


def _nv_topics(body):
    # 6 ethics + 4 suicide + 6 cultural in person = 16 h.
    return [
        _done(1, 6, date(2024, 8, 1), topics=["ethics"], body=body),
        _done(2, 4, date(2024, 9, 1), topics=["suicide_prevention"], body=body),
        _done(3, 6, date(2024, 10, 1), topics=["cultural_competency"], body=body),
    ]


def test_nv_cpc_complete_and_distance_cap(rule_sets):
    lic = _lic("LPC", "NV", NV_RENEWAL, NV_NOT_SUP)
    # 16 + 4 in person + 20 on demand (= cap) = 40 -> complete.
    done = [
        *_nv_topics("NBCC"),
        _done(4, 4, date(2025, 1, 10), body="NBCC"),
        _done(5, 20, date(2025, 6, 1), "online_async", body="NBCC"),
    ]
    p = compute_progress(rule_sets["NV-LPC"], lic, done, date(2026, 1, 10))
    assert p.license_label == "NV CPC"
    assert (totals(p), p.complete) == ((40, 40, 0), True)
    # 16 + 24 on demand (capped at 20) = 36 -> 4 left.
    done = [*_nv_topics("NBCC"), _done(5, 24, date(2025, 6, 1), "online_async", body="NBCC")]
    p = compute_progress(rule_sets["NV-LPC"], lic, done, date(2026, 1, 10))
    assert (totals(p), p.complete) == ((40, 36, 4), False)


def test_nv_cpc_first_renewal_thirty_hours(rule_sets):
    # First renewal: 30 h. 16 topic hours + 14 = 30 -> complete.
    lic = _lic("LPC", "NV", NV_RENEWAL, NV_NOT_SUP, first_renewal=True)
    done = [*_nv_topics("NBCC"), _done(4, 14, date(2025, 1, 10), body="NBCC")]
    p = compute_progress(rule_sets["NV-LPC"], lic, done, date(2026, 1, 10))
    assert totals(p) == (30, 30, 0)
    assert p.complete is True


def test_nv_cpc_supervisor_needs_two_hours(rule_sets):
    lic = _lic("LPC", "NV", NV_RENEWAL, {"nv_mft_cpc_supervisor": True})
    done = [*_nv_topics("NBCC"), _done(4, 24, date(2025, 1, 10), body="NBCC")]
    p = compute_progress(rule_sets["NV-LPC"], lic, done, date(2026, 1, 10))
    assert totals(p) == (40, 40, 0)
    assert (row(p, "supervision").remaining, p.complete) == (2, False)


def test_nv_lmft_cultural_six_hours(rule_sets):
    # 6 ethics + 4 suicide + 4 cultural + 26 = 40: cultural 4 of 6 -> 2 left (the higher of
    # the conflicting figures).
    done = [
        _done(1, 6, date(2024, 8, 1), topics=["ethics"], body="AAMFT"),
        _done(2, 4, date(2024, 9, 1), topics=["suicide_prevention"], body="AAMFT"),
        _done(3, 4, date(2024, 10, 1), topics=["cultural_competency"], body="AAMFT"),
        _done(4, 26, date(2025, 1, 10), body="AAMFT"),
    ]
    p = compute_progress(
        rule_sets["NV-LMFT"], _lic("LMFT", "NV", NV_RENEWAL, NV_NOT_SUP), done, date(2026, 1, 10)
    )
    assert totals(p) == (40, 40, 0)
    assert row(p, "cultural_competency").remaining == 2
    assert p.complete is False
    done[2] = _done(3, 6, date(2024, 10, 1), topics=["cultural_competency"], body="AAMFT")
    done[3] = _done(4, 24, date(2025, 1, 10), body="AAMFT")
    p = compute_progress(
        rule_sets["NV-LMFT"], _lic("LMFT", "NV", NV_RENEWAL, NV_NOT_SUP), done, date(2026, 1, 10)
    )
    assert p.complete is True


# ---------------------------------------------------------------------------------------
# NV Psychologist: 30 h per 2 years (renew by January 1 of odd years); ethics 6, suicide 2,
# cultural/DEI 6; home study / distance / asynchronous at most 15; at least 15 live.
# ---------------------------------------------------------------------------------------
NV_PSY_RENEWAL = date(2027, 1, 1)  # 2025-01-02 .. 2027-01-01


def test_nv_psychologist_complete_live_and_async_halves(rule_sets):
    # 6 + 2 + 6 + 1 = 15 live + 15 on demand = 30 -> complete.
    done = [
        _done(1, 6, date(2025, 2, 1), topics=["ethics"], body="APA"),
        _done(2, 2, date(2025, 3, 1), "live_online", ["suicide_prevention"], body="APA"),
        _done(3, 6, date(2025, 4, 1), topics=["cultural_competency"], body="APA"),
        _done(4, 1, date(2025, 5, 1), body="APA"),
        _done(5, 15, date(2025, 6, 1), "online_async", body="APA"),
    ]
    p = compute_progress(
        rule_sets["NV-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "NV", NV_PSY_RENEWAL),
        done,
        date(2026, 6, 1),
    )
    assert p.cycle_start == date(2025, 1, 2)
    assert totals(p) == (30, 30, 0)
    assert (live_row(p).required, live_row(p).earned) == (15, 15)
    assert p.complete is True


def test_nv_psychologist_cap_and_live_floor_short(rule_sets):
    # 14 live (6 + 2 + 6) + 16 on demand (capped at 15) = 29 -> 1 left; live 14 of 15.
    done = [
        _done(1, 6, date(2025, 2, 1), topics=["ethics"], body="APA"),
        _done(2, 2, date(2025, 3, 1), topics=["suicide_prevention"], body="APA"),
        _done(3, 6, date(2025, 4, 1), topics=["cultural_competency"], body="APA"),
        _done(5, 16, date(2025, 6, 1), "online_async", body="APA"),
    ]
    p = compute_progress(
        rule_sets["NV-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "NV", NV_PSY_RENEWAL),
        done,
        date(2026, 6, 1),
    )
    assert totals(p) == (30, 29, 1)
    assert live_row(p).remaining == 1
    assert p.complete is False


def test_nv_psychologist_missing_cultural(rule_sets):
    # 6 ethics + 2 suicide + 22 in person = 30: cultural 6 left.
    done = [
        _done(1, 6, date(2025, 2, 1), topics=["ethics"], body="APA"),
        _done(2, 2, date(2025, 3, 1), topics=["suicide_prevention"], body="APA"),
        _done(3, 22, date(2025, 4, 1), body="APA"),
    ]
    p = compute_progress(
        rule_sets["NV-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "NV", NV_PSY_RENEWAL),
        done,
        date(2026, 6, 1),
    )
    assert totals(p) == (30, 30, 0)
    assert (row(p, "cultural_competency").remaining, p.complete) == (6, False)
