"""Hand-worked scenarios for the Virginia rule sets.

Expected numbers come from the rule text (store/rulesets/VA-*.yaml, converted from
shared/research/ce_requirements_more.yaml) and the engine contract, worked out by hand in the
comments — never from running the engine. Cycle: the day after the previous renewal date
through the renewal date; only completions on or before `today` count.
"""

from __future__ import annotations

from datetime import date

from rules.scenario import course_maker, row, totals
from rules.scenario import license_facts as _lic

from bot.rules import compute_progress

_done = course_maker("ASWB")


# ---------------------------------------------------------------------------------------
# VA LCSW (Board of Social Work): license renews every year, but 30 h of CE are due over a
# 2-year period ending at the even-year renewal: cycle_months 24, license_term_months 12.
# Ethics / standards of practice / Virginia law 6 h inside the 30. Provider list open.
# ---------------------------------------------------------------------------------------
VA_SW_RENEWAL = date(2026, 6, 30)  # CE period 2024-07-01 .. 2026-06-30


def test_va_lcsw_two_year_ce_period_spans_the_yearly_renewal(rule_sets):
    # The yearly license renewal on 2025-06-30 does not reset the CE clock: a course on
    # 2025-03-01 (before it) and one on 2025-09-01 (after it) both count; one on
    # 2024-06-30 (last day of the previous CE period) is outside. 6 ethics + 10 + 14 = 30.
    rs = rule_sets["VA-LCSW"]
    assert (rs.cycle_months, rs.license_term_months) == (24, 12)
    done = [
        _done(1, 8, date(2024, 6, 30)),
        _done(2, 6, date(2024, 9, 1), topics=["ethics"]),
        _done(3, 10, date(2025, 3, 1), "online_async"),
        _done(4, 14, date(2025, 9, 1)),
    ]
    p = compute_progress(rs, _lic("LCSW", "VA", VA_SW_RENEWAL), done, date(2026, 1, 15))
    assert p.cycle_start == date(2024, 7, 1)
    assert [cid for cid, _ in p.excluded] == [1]
    assert totals(p) == (30, 30, 0)
    assert row(p, "ethics").met is True
    assert p.complete is True
    assert p.status == "complete"


def test_va_lcsw_short_of_total_on_track(rule_sets):
    # 6 ethics + 14 = 20 of 30 -> 10 left. today 2025-12-01 -> 2026-06-30: 30 (Dec) + 31 + 28
    # + 31 + 30 + 31 + 30 = 211 days; 10 / (211 / 30.4 = 6.941) = 1.44 h a month.
    # Pace 30 / 24 = 1.25, × 1.5 = 1.875; 1.44 <= 1.875 and 211 > 90 -> on_track.
    done = [
        _done(1, 6, date(2024, 10, 1), topics=["ethics"]),
        _done(2, 14, date(2025, 5, 1)),
    ]
    p = compute_progress(
        rule_sets["VA-LCSW"], _lic("LCSW", "VA", VA_SW_RENEWAL), done, date(2025, 12, 1)
    )
    assert totals(p) == (30, 20, 10)
    assert p.days_left == 211
    assert p.hours_per_month_needed == 1.44
    assert p.complete is False
    assert p.status == "on_track"


def test_va_lcsw_ethics_short_though_total_met(rule_sets):
    # 3 ethics + 27 general = 30: total met, ethics 3 of 6 -> 3 left -> not complete.
    done = [
        _done(1, 3, date(2024, 10, 1), topics=["ethics"]),
        _done(2, 27, date(2025, 5, 1)),
    ]
    p = compute_progress(
        rule_sets["VA-LCSW"], _lic("LCSW", "VA", VA_SW_RENEWAL), done, date(2026, 2, 1)
    )
    assert totals(p) == (30, 30, 0)
    ethics = row(p, "ethics")
    assert (ethics.required, ethics.earned, ethics.remaining, ethics.met) == (6, 3, 3, False)
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# VA LPC (Board of Counseling): 20 h every licensure year (July 1 - June 30, renewal June
# 30); ethics / standards / Virginia law 2 h inside; no pre-approval (judged at audit); no
# carry-over of excess hours.
# ---------------------------------------------------------------------------------------
VA_LPC_RENEWAL = date(2026, 6, 30)  # licensure year 2025-07-01 .. 2026-06-30


def test_va_lpc_complete(rule_sets):
    # 2 ethics + 18 = 20 -> complete.
    done = [
        _done(1, 2, date(2025, 8, 1), "live_online", ["ethics"], body="NBCC"),
        _done(2, 18, date(2026, 2, 1), body="NBCC"),
    ]
    p = compute_progress(
        rule_sets["VA-LPC"], _lic("LPC", "VA", VA_LPC_RENEWAL), done, date(2026, 3, 1)
    )
    assert p.cycle_start == date(2025, 7, 1)
    assert totals(p) == (20, 20, 0)
    assert p.complete is True
    assert p.status == "complete"
    assert any("judged at audit" in line for line in p.unknowns)


def test_va_lpc_last_years_extra_hours_do_not_carry(rule_sets):
    # 30 h on 2025-06-30 belong to the previous licensure year (no carry-over) -> excluded.
    # This year 2 ethics + 8 = 10 -> 10 left. today 2026-04-15 -> 2026-06-30: 15 + 31 + 30 =
    # 76 days <= 90 -> at_risk; 10 / max(76 / 30.4 = 2.5, 1) = 4.0 h a month.
    done = [
        _done(1, 30, date(2025, 6, 30), body="NBCC"),
        _done(2, 2, date(2025, 9, 1), topics=["ethics"], body="NBCC"),
        _done(3, 8, date(2026, 1, 10), body="NBCC"),
    ]
    p = compute_progress(
        rule_sets["VA-LPC"], _lic("LPC", "VA", VA_LPC_RENEWAL), done, date(2026, 4, 15)
    )
    assert [cid for cid, _ in p.excluded] == [1]
    assert totals(p) == (20, 10, 10)
    assert p.days_left == 76
    assert p.hours_per_month_needed == 4.0
    assert p.complete is False
    assert p.status == "at_risk"


def test_va_lpc_no_ethics(rule_sets):
    # 20 general: total met; ethics 0 of 2 -> not complete.
    done = [_done(1, 20, date(2025, 10, 1), body="NBCC")]
    p = compute_progress(
        rule_sets["VA-LPC"], _lic("LPC", "VA", VA_LPC_RENEWAL), done, date(2026, 3, 1)
    )
    assert totals(p) == (20, 20, 0)
    assert (row(p, "ethics").remaining, row(p, "ethics").met) == (2, False)
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# VA LMFT (Board of Counseling): 20 h a year (from the board's all-licenses FAQ); the
# ethics / standards / law minimum exists but its hours are unknown to us (null).
# ---------------------------------------------------------------------------------------
VA_MFT_RENEWAL = date(2026, 6, 30)  # 2025-07-01 .. 2026-06-30


def test_va_lmft_unknown_ethics_hours_keep_status_unknown(rule_sets):
    # 2 ethics + 18 = 20: total met; ethics required None -> met None -> complete None.
    done = [
        _done(1, 2, date(2025, 8, 1), topics=["ethics"], body="AAMFT"),
        _done(2, 18, date(2026, 2, 1), body="AAMFT"),
    ]
    p = compute_progress(
        rule_sets["VA-LMFT"], _lic("LMFT", "VA", VA_MFT_RENEWAL), done, date(2026, 3, 1)
    )
    assert totals(p) == (20, 20, 0)
    ethics = row(p, "ethics")
    assert (ethics.required, ethics.earned, ethics.met) == (None, 2, None)
    assert p.complete is None
    assert p.status == "unknown"
    assert any("required hours are unknown" in line for line in p.unknowns)


def test_va_lmft_short_of_total_is_certainly_short(rule_sets):
    # 12 of 20 -> 8 left: certainly short whatever the ethics hours -> complete False.
    # today 2026-01-01 -> 2026-06-30: 30 + 28 + 31 + 30 + 31 + 30 = 180 days; max(8, 0) /
    # (180 / 30.4 = 5.921) = 1.35. Pace 20 / 12 = 1.667, × 1.5 = 2.5 -> on_track.
    done = [_done(1, 12, date(2025, 9, 1), body="AAMFT")]
    p = compute_progress(
        rule_sets["VA-LMFT"], _lic("LMFT", "VA", VA_MFT_RENEWAL), done, date(2026, 1, 1)
    )
    assert totals(p) == (20, 12, 8)
    assert p.days_left == 180
    assert p.hours_per_month_needed == 1.35
    assert p.complete is False
    assert p.status == "on_track"


def test_va_lmft_no_ethics_course_is_unknown_not_complete(rule_sets):
    # 20 general: total met, ethics earned 0 of an unknown minimum -> met None -> unknown.
    done = [_done(1, 20, date(2025, 9, 1), body="AAMFT")]
    p = compute_progress(
        rule_sets["VA-LMFT"], _lic("LMFT", "VA", VA_MFT_RENEWAL), done, date(2026, 3, 1)
    )
    assert totals(p) == (20, 20, 0)
    assert (row(p, "ethics").earned, row(p, "ethics").met) == (0, None)
    assert p.complete is None
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# VA Psychologist: 14 h a year (July 1 - June 30), ethics / standards / Virginia law 1.5 h;
# some hours must be face-to-face or real-time (live webinars count), how many unknown:
# encoded as a cap of unknown size on self-study / on-demand hours.
# ---------------------------------------------------------------------------------------
VA_PSY_RENEWAL = date(2026, 6, 30)  # 2025-07-01 .. 2026-06-30


def test_va_psychologist_all_live_complete(rule_sets):
    # 1.5 ethics webinar + 12.5 in person = 14, none on demand -> the unknown face-to-face
    # floor is met whatever it is -> complete.
    done = [
        _done(1, 1.5, date(2025, 9, 1), "live_online", ["ethics"], body="APA"),
        _done(2, 12.5, date(2026, 1, 20), body="APA"),
    ]
    p = compute_progress(
        rule_sets["VA-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "VA", VA_PSY_RENEWAL),
        done,
        date(2026, 3, 1),
    )
    assert totals(p) == (14, 14, 0)
    assert row(p, "ethics").met is True
    assert p.complete is True


def test_va_psychologist_on_demand_hours_leave_total_unknown(rule_sets):
    # 1.5 ethics in person + 12.5 on demand: certain 1.5 (if the face-to-face floor were the
    # whole 14), possible 14 -> counted None, range (1.5, 14), remaining None -> unknown.
    done = [
        _done(1, 1.5, date(2025, 9, 1), topics=["ethics"], body="APA"),
        _done(2, 12.5, date(2026, 1, 20), "online_async", body="APA"),
    ]
    p = compute_progress(
        rule_sets["VA-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "VA", VA_PSY_RENEWAL),
        done,
        date(2026, 3, 1),
    )
    assert totals(p) == (14, None, None)
    assert p.total_counted_range == (1.5, 14)
    assert p.complete is None
    assert p.status == "unknown"


def test_va_psychologist_short_and_no_ethics(rule_sets):
    # 8 in person, no ethics: 6 left of 14, ethics 1.5 left -> complete False.
    # today 2026-05-01 -> 2026-06-30: 30 + 30 = 60 days <= 90 -> at_risk; max(6, 1.5) /
    # max(60 / 30.4 = 1.974, 1) = 3.04.
    done = [_done(1, 8, date(2025, 11, 1), body="APA")]
    p = compute_progress(
        rule_sets["VA-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "VA", VA_PSY_RENEWAL),
        done,
        date(2026, 5, 1),
    )
    assert totals(p) == (14, 8, 6)
    assert (row(p, "ethics").remaining, row(p, "ethics").met) == (1.5, False)
    assert p.days_left == 60
    assert p.hours_per_month_needed == 3.04
    assert p.complete is False
    assert p.status == "at_risk"


# ---------------------------------------------------------------------------------------
# IN LCSW / LMHC / LMFT (Behavioral Health and Human Services Board): 40 h per 2 years,
# April 1 - March 31 of even years; ethics 1 h in each year of the cycle (= 2); first
# renewal 20 h. Automatic sponsor list open: ASWB and NBCC seen.
# ---------------------------------------------------------------------------------------
IN_BH_RENEWAL = date(2026, 3, 31)  # 2024-04-01 .. 2026-03-31


def test_in_lcsw_complete_with_ethics_per_year(rule_sets):
    # Ethics required 1 × 24 / 12 = 2; 2 ethics + 38 = 40 -> complete.
    done = [
        _done(1, 1, date(2024, 6, 1), "live_online", ["ethics"]),
        _done(2, 1, date(2025, 6, 1), "live_online", ["ethics"]),
        _done(3, 38, date(2025, 9, 1)),
    ]
    p = compute_progress(
        rule_sets["IN-LCSW"], _lic("LCSW", "IN", IN_BH_RENEWAL), done, date(2026, 1, 10)
    )
    assert p.cycle_start == date(2024, 4, 1)
    assert totals(p) == (40, 40, 0)
    assert (row(p, "ethics").required, row(p, "ethics").met) == (2, True)
    assert p.complete is True
    assert p.status == "complete"


def test_in_lcsw_half_way_behind_pace(rule_sets):
    # 1 ethics + 19 = 20 of 40 -> 20 left; ethics 1 of 2 left. today 2025-10-01 -> 2026-03-31:
    # 30 + 30 + 31 + 31 + 28 + 31 = 181 days; max(20, 1) / (181 / 30.4 = 5.954) = 3.36 h a
    # month > 1.5 × 40 / 24 = 2.5 -> at_risk although 181 > 90.
    done = [
        _done(1, 1, date(2024, 6, 1), topics=["ethics"]),
        _done(2, 19, date(2025, 2, 1)),
    ]
    p = compute_progress(
        rule_sets["IN-LCSW"], _lic("LCSW", "IN", IN_BH_RENEWAL), done, date(2025, 10, 1)
    )
    assert totals(p) == (40, 20, 20)
    assert row(p, "ethics").remaining == 1
    assert p.days_left == 181
    assert p.hours_per_month_needed == 3.36
    assert p.status == "at_risk"


def test_in_lcsw_first_renewal_is_twenty_hours(rule_sets):
    # First renewal: 20 h (licensed under 24 months). 2 ethics + 18 = 20 -> complete.
    lic = _lic("LCSW", "IN", IN_BH_RENEWAL, first_renewal=True)
    done = [
        _done(1, 2, date(2025, 5, 1), topics=["ethics"]),
        _done(2, 18, date(2025, 8, 1)),
    ]
    p = compute_progress(rule_sets["IN-LCSW"], lic, done, date(2026, 1, 10))
    assert totals(p) == (20, 20, 0)
    assert p.complete is True


def test_in_lmhc_complete_and_ethics_short(rule_sets):
    # NBCC is on the automatic list. 2 ethics + 38 = 40 complete; 1 ethics + 39 = 40 total
    # met but ethics 1 of 2 -> not complete.
    lic = _lic("LPC", "IN", IN_BH_RENEWAL)
    full = [
        _done(1, 2, date(2024, 6, 1), topics=["ethics"], body="NBCC"),
        _done(2, 38, date(2025, 9, 1), body="NBCC"),
    ]
    p = compute_progress(rule_sets["IN-LPC"], lic, full, date(2026, 1, 10))
    assert p.license_label == "IN LMHC"
    assert totals(p) == (40, 40, 0)
    assert p.complete is True
    assert not any("couldn't confirm" in line for line in p.unknowns)
    short = [
        _done(1, 1, date(2024, 6, 1), topics=["ethics"], body="NBCC"),
        _done(2, 39, date(2025, 9, 1), body="NBCC"),
    ]
    p = compute_progress(rule_sets["IN-LPC"], lic, short, date(2026, 1, 10))
    assert (row(p, "ethics").required, row(p, "ethics").remaining) == (2, 1)
    assert p.complete is False


def test_in_lmft_short_and_unconfirmed_body(rule_sets):
    # AAMFT is not among the bodies seen on the open list: counted, but unconfirmed.
    # 2 ethics + 28 = 30 of 40 -> 10 left -> complete False.
    done = [
        _done(1, 2, date(2024, 6, 1), topics=["ethics"], body="AAMFT"),
        _done(2, 28, date(2025, 9, 1), body="AAMFT"),
    ]
    p = compute_progress(
        rule_sets["IN-LMFT"], _lic("LMFT", "IN", IN_BH_RENEWAL), done, date(2026, 1, 10)
    )
    assert totals(p) == (40, 30, 10)
    assert any("couldn't confirm the board accepts 2" in line for line in p.unknowns)
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# IN Psychologist (HSPP): 40 h per license period September 1 - August 31 (even years);
# ethics 6; a distance-learning cap of unknown size (self-study / on demand); APA on the
# open list; first-renewal hours unknown (proration detail not retrieved).
# ---------------------------------------------------------------------------------------
IN_PSY_RENEWAL = date(2026, 8, 31)  # 2024-09-01 .. 2026-08-31


def test_in_psychologist_complete_in_person(rule_sets):
    # 6 ethics + 34 in person = 40 -> complete; no distance hours, so the unknown cap is moot.
    done = [
        _done(1, 6, date(2024, 10, 1), topics=["ethics"], body="APA"),
        _done(2, 34, date(2025, 10, 1), body="APA"),
    ]
    p = compute_progress(
        rule_sets["IN-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "IN", IN_PSY_RENEWAL),
        done,
        date(2026, 2, 1),
    )
    assert p.license_label == "IN HSPP"
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


def test_in_psychologist_distance_hours_of_unknown_standing(rule_sets):
    # 6 ethics + 30 in person + 4 on demand: certain 36, possible 40 -> counted None,
    # remaining None (0 or 4) -> complete None -> unknown.
    done = [
        _done(1, 6, date(2024, 10, 1), topics=["ethics"], body="APA"),
        _done(2, 30, date(2025, 10, 1), body="APA"),
        _done(3, 4, date(2025, 11, 1), "online_async", body="APA"),
    ]
    p = compute_progress(
        rule_sets["IN-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "IN", IN_PSY_RENEWAL),
        done,
        date(2026, 2, 1),
    )
    assert totals(p) == (40, None, None)
    assert p.total_counted_range == (36, 40)
    assert p.status == "unknown"


def test_in_psychologist_short_and_ethics_short(rule_sets):
    # 3 ethics + 23 = 26 of 40 -> 14 left; ethics 3 of 6 -> 3 left -> complete False.
    done = [
        _done(1, 3, date(2024, 10, 1), topics=["ethics"], body="APA"),
        _done(2, 23, date(2025, 10, 1), body="APA"),
    ]
    p = compute_progress(
        rule_sets["IN-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "IN", IN_PSY_RENEWAL),
        done,
        date(2026, 2, 1),
    )
    assert totals(p) == (40, 26, 14)
    assert row(p, "ethics").remaining == 3
    assert p.complete is False


def test_in_psychologist_first_renewal_unknown(rule_sets):
    # First renewal: hours unknown (proration not retrieved) -> required None; 20 h is less
    # than the full 40 known to suffice -> remaining None, complete None -> unknown.
    lic = _lic("PSYCHOLOGIST", "IN", IN_PSY_RENEWAL, first_renewal=True)
    done = [
        _done(1, 6, date(2025, 10, 1), topics=["ethics"], body="APA"),
        _done(2, 14, date(2025, 11, 1), body="APA"),
    ]
    p = compute_progress(rule_sets["IN-PSYCHOLOGIST"], lic, done, date(2026, 2, 1))
    assert totals(p) == (None, 20, None)
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# MO LCSW (State Committee for Social Workers): 30 h per 2 years (renewal anchor unclear);
# ethics 3, suicide 2, diversity/equity/inclusion 3 (from 2022 renewals); correspondence
# (self-study / on demand) at most 15 h; first period prorated 30/24 = 1.25 h a month.
# ---------------------------------------------------------------------------------------
MO_SW_RENEWAL = date(2026, 9, 30)  # 2024-10-01 .. 2026-09-30


def test_mo_lcsw_complete(rule_sets):
    # 3 ethics + 2 suicide + 3 DEI + 22 = 30 -> complete.
    done = [
        _done(1, 3, date(2024, 11, 1), topics=["ethics"]),
        _done(2, 2, date(2024, 12, 1), topics=["suicide_prevention"]),
        _done(3, 3, date(2025, 1, 10), "live_online", ["cultural_competency"]),
        _done(4, 22, date(2025, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["MO-LCSW"], _lic("LCSW", "MO", MO_SW_RENEWAL), done, date(2026, 3, 1)
    )
    assert p.cycle_start == date(2024, 10, 1)
    assert totals(p) == (30, 30, 0)
    for rule_id in ("ethics", "suicide_prevention", "cultural_competency"):
        assert row(p, rule_id).met is True
    assert p.complete is True


def test_mo_lcsw_correspondence_cap(rule_sets):
    # 3 ethics + 2 suicide + 3 DEI + 2 in person = 10, + 20 on demand capped at 15 -> 25
    # counted, 5 left; no correspondence room left.
    done = [
        _done(1, 3, date(2024, 11, 1), topics=["ethics"]),
        _done(2, 2, date(2024, 12, 1), topics=["suicide_prevention"]),
        _done(3, 3, date(2025, 1, 10), topics=["cultural_competency"]),
        _done(4, 2, date(2025, 2, 1)),
        _done(5, 20, date(2025, 6, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["MO-LCSW"], _lic("LCSW", "MO", MO_SW_RENEWAL), done, date(2026, 3, 1)
    )
    assert totals(p) == (30, 25, 5)
    assert p.cap_room == ((("self_study", "online_async"), 0),)
    assert p.complete is False


def test_mo_lcsw_missing_diversity(rule_sets):
    # 3 ethics + 2 suicide + 25 = 30: total met, DEI 0 of 3 -> not complete.
    done = [
        _done(1, 3, date(2024, 11, 1), topics=["ethics"]),
        _done(2, 2, date(2024, 12, 1), topics=["suicide_prevention"]),
        _done(3, 25, date(2025, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["MO-LCSW"], _lic("LCSW", "MO", MO_SW_RENEWAL), done, date(2026, 3, 1)
    )
    assert totals(p) == (30, 30, 0)
    dei = row(p, "cultural_competency")
    assert (dei.required, dei.remaining, dei.met) == (3, 3, False)
    assert p.complete is False


def test_mo_lcsw_first_period_prorated_from_issue_date(rule_sets):
    # Issued 2025-10-01 (given as cycle start) to 2026-09-30: 12 whole months × 1.25 = 15.
    # 3 ethics + 2 suicide + 3 DEI + 7 = 15 -> complete.
    lic = _lic("LCSW", "MO", MO_SW_RENEWAL, cycle_start=date(2025, 10, 1))
    done = [
        _done(1, 3, date(2025, 11, 1), topics=["ethics"]),
        _done(2, 2, date(2025, 12, 1), topics=["suicide_prevention"]),
        _done(3, 3, date(2026, 1, 10), topics=["cultural_competency"]),
        _done(4, 7, date(2026, 2, 1)),
    ]
    p = compute_progress(rule_sets["MO-LCSW"], lic, done, date(2026, 3, 1))
    assert totals(p) == (15, 15, 0)
    assert p.complete is True


# ---------------------------------------------------------------------------------------
# MO LPC: 40 h per 2 years (June 30); suicide 2; self-study at most 20 (online courses with
# a certificate are formal, not capped); first-renewal hours unknown (only one issue-date
# case found).
# ---------------------------------------------------------------------------------------
MO_LPC_RENEWAL = date(2026, 6, 30)  # 2024-07-01 .. 2026-06-30


def test_mo_lpc_complete(rule_sets):
    # 2 suicide + 38 = 40 -> complete.
    done = [
        _done(1, 2, date(2024, 9, 1), topics=["suicide_prevention"], body="NBCC"),
        _done(2, 38, date(2025, 9, 1), body="NBCC"),
    ]
    p = compute_progress(
        rule_sets["MO-LPC"], _lic("LPC", "MO", MO_LPC_RENEWAL), done, date(2026, 1, 10)
    )
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


def test_mo_lpc_self_study_cap_not_online(rule_sets):
    # 25 self-study capped at 20; 13 on demand uncapped; 2 suicide in person -> 35, 5 left.
    done = [
        _done(1, 25, date(2024, 9, 1), "self_study", body="NBCC"),
        _done(2, 13, date(2025, 2, 1), "online_async", body="NBCC"),
        _done(3, 2, date(2025, 3, 1), topics=["suicide_prevention"], body="NBCC"),
    ]
    p = compute_progress(
        rule_sets["MO-LPC"], _lic("LPC", "MO", MO_LPC_RENEWAL), done, date(2026, 1, 10)
    )
    assert totals(p) == (40, 35, 5)
    assert p.complete is False


def test_mo_lpc_missing_suicide_training(rule_sets):
    # 40 in person, no suicide -> total met, suicide 2 left -> not complete.
    done = [_done(1, 40, date(2025, 9, 1), body="NBCC")]
    p = compute_progress(
        rule_sets["MO-LPC"], _lic("LPC", "MO", MO_LPC_RENEWAL), done, date(2026, 1, 10)
    )
    assert totals(p) == (40, 40, 0)
    assert row(p, "suicide_prevention").remaining == 2
    assert p.complete is False


def test_mo_lpc_first_renewal_hours_unknown(rule_sets):
    # First renewal hours unknown -> required None; 20 h < the full 40 -> remaining None.
    lic = _lic("LPC", "MO", MO_LPC_RENEWAL, first_renewal=True)
    done = [
        _done(1, 2, date(2025, 9, 1), topics=["suicide_prevention"], body="NBCC"),
        _done(2, 18, date(2025, 10, 1), "self_study", body="NBCC"),
    ]
    p = compute_progress(rule_sets["MO-LPC"], lic, done, date(2026, 1, 10))
    assert totals(p) == (None, 20, None)
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# MO LMFT: 40 h per 2 years (from a CE provider), suicide 2 presumed (low confidence).
# ---------------------------------------------------------------------------------------
MO_MFT_RENEWAL = date(2026, 2, 28)  # 2024-03-01 .. 2026-02-28


def test_mo_lmft_complete_short_and_topic(rule_sets):
    lic = _lic("LMFT", "MO", MO_MFT_RENEWAL)
    rs = rule_sets["MO-LMFT"]
    # 2 suicide + 38 = 40 -> complete.
    full = [
        _done(1, 2, date(2024, 5, 1), topics=["suicide_prevention"], body="AAMFT"),
        _done(2, 38, date(2025, 5, 1), "online_async", body="AAMFT"),
    ]
    assert compute_progress(rs, lic, full, date(2025, 12, 1)).complete is True
    # 2 suicide + 18 = 20 -> 20 left.
    half = [*full[:1], _done(3, 18, date(2025, 5, 1), body="AAMFT")]
    assert totals(compute_progress(rs, lic, half, date(2025, 12, 1))) == (40, 20, 20)
    # 40 without suicide -> suicide 2 left.
    none = [_done(4, 40, date(2025, 5, 1), body="AAMFT")]
    p = compute_progress(rs, lic, none, date(2025, 12, 1))
    assert (row(p, "suicide_prevention").remaining, p.complete) == (2, False)


# ---------------------------------------------------------------------------------------
# MO Psychologist: 40 h per CE period December 1 - November 30 (odd years; renewal Jan 31);
# suicide 2 h required at licensure, at renewal unknown: frequency unknown and whether its
# hours count toward the total unknown.
# ---------------------------------------------------------------------------------------
MO_PSY_END = date(2025, 11, 30)  # 2023-12-01 .. 2025-11-30


def test_mo_psychologist_suicide_hours_of_unknown_standing(rule_sets):
    # 2 suicide + 38 general: certain 38, possible 40 -> counted None, remaining None.
    done = [
        _done(1, 2, date(2024, 2, 1), topics=["suicide_prevention"], body="APA"),
        _done(2, 38, date(2024, 9, 1), body="APA"),
    ]
    p = compute_progress(
        rule_sets["MO-PSYCHOLOGIST"], _lic("PSYCHOLOGIST", "MO", MO_PSY_END), done, date(2025, 6, 1)
    )
    assert p.cycle_start == date(2023, 12, 1)
    assert totals(p) == (40, None, None)
    assert p.total_counted_range == (38, 40)
    assert p.status == "unknown"


def test_mo_psychologist_complete_only_with_suicide_on_top(rule_sets):
    # 2 suicide + 40 general: certain 40 -> total met; suicide may apply and is met -> complete.
    done = [
        _done(1, 2, date(2024, 2, 1), topics=["suicide_prevention"], body="APA"),
        _done(2, 40, date(2024, 9, 1), body="APA"),
    ]
    p = compute_progress(
        rule_sets["MO-PSYCHOLOGIST"], _lic("PSYCHOLOGIST", "MO", MO_PSY_END), done, date(2025, 6, 1)
    )
    assert (p.total_required, p.total_remaining) == (40, 0)
    assert p.complete is True
    # 40 general without it: suicide may apply and is not met -> unknown, not complete.
    p = compute_progress(
        rule_sets["MO-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "MO", MO_PSY_END),
        done[1:],
        date(2025, 6, 1),
    )
    assert totals(p) == (40, 40, 0)
    assert row(p, "suicide_prevention").applies is None
    assert p.complete is None


def test_mo_psychologist_short(rule_sets):
    # 20 of 40 -> 20 left, certainly short -> complete False.
    done = [_done(1, 20, date(2024, 9, 1), body="APA")]
    p = compute_progress(
        rule_sets["MO-PSYCHOLOGIST"], _lic("PSYCHOLOGIST", "MO", MO_PSY_END), done, date(2025, 6, 1)
    )
    assert totals(p) == (40, 20, 20)
    assert p.complete is False
