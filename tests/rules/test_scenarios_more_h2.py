"""Hand-worked scenarios for the Maine, Montana and Rhode Island rule sets.

Every expected number is worked out from the rule text in store/rulesets/{ME,MT,RI}-*.yaml
(converted from shared/research/ce_requirements_more.yaml) and the engine's contract (cycle =
day after the previous renewal .. renewal day; completions after `today` never count; caps,
topic rows, status thresholds), never from running the engine. Status arithmetic: hours per
month needed = remaining / max(days_left / 30.4, 1), rounded to 0.01; at_risk when days_left
<= 90 or that figure > 1.5 x (total / cycle_months).
"""

from __future__ import annotations

from datetime import date

from rules.scenario import course_maker
from rules.scenario import license_facts as _lic
from rules.scenario import row as _row
from rules.scenario import totals as _totals

from bot.rules import compute_progress

_nasw = course_maker("NASW")
_nbcc = course_maker("NBCC")
_aamft = course_maker("AAMFT")
_apa = course_maker("APA")
DV = "domestic_violence"
DV_DONE = {"completed_once_domestic_violence": True}
DV_TO_DO = {"completed_once_domestic_violence": False}


# --- ME LCSW: 25 h per 24 months from issue date; social work ethics 4; family or intimate
# partner violence 12 h one-time (from 2020; standing toward the total unknown); at most 10 h
# self-paced (self-study / on demand); board pre-approves nobody (judged at audit).
ME_SW_RENEWAL = date(2026, 8, 20)  # cycle 2024-08-21 .. 2026-08-20


def test_me_lcsw_complete_with_violence_training_done_before(rule_sets):
    # 4 ethics + 10 on demand (= cap) + 11 in person = 25; one-time done earlier -> complete.
    done = [
        _nasw(1, 4, date(2024, 8, 21), topics=["ethics"]),
        _nasw(2, 10, date(2025, 1, 1), "online_async"),
        _nasw(3, 11, date(2025, 6, 1)),
    ]
    lic = _lic("LCSW", "ME", ME_SW_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["ME-LCSW"], lic, done, date(2026, 3, 1))
    assert p.cycle_start == date(2024, 8, 21)
    assert _totals(p) == (25, 25, 0)
    assert _row(p, DV).applies is False
    assert p.complete is True


def test_me_lcsw_one_time_violence_training_is_due_until_answered(rule_sets):
    # 4 ethics + 21 = 25 met; the one-time 12 h is unanswered -> due now, 0 of 12 -> short,
    # and we ask whether it was done before.
    done = [_nasw(1, 4, date(2024, 9, 1), topics=["ethics"]), _nasw(2, 21, date(2025, 6, 1))]
    lic = _lic("LCSW", "ME", ME_SW_RENEWAL)
    p = compute_progress(rule_sets["ME-LCSW"], lic, done, date(2026, 3, 1))
    assert _totals(p) == (25, 25, 0)
    dv = _row(p, DV)
    assert (dv.applies, dv.required, dv.remaining, dv.met) == (True, 12, 12, False)
    assert "completed_once_domestic_violence" in [key for key, _ in p.open_questions]
    assert p.complete is False


def test_me_lcsw_violence_hours_of_unknown_standing_toward_the_total(rule_sets):
    # Still to do (answered): 12 h violence course + 4 ethics + 9 = 25 logged. Whether the 12
    # count toward the 25 is unknown: certain 13, possible 25 -> counted None, remaining None;
    # the violence row is met (12 of 12) -> complete None -> "unknown".
    done = [
        _nasw(1, 12, date(2024, 9, 1), topics=[DV]),
        _nasw(2, 4, date(2024, 10, 1), topics=["ethics"]),
        _nasw(3, 9, date(2025, 6, 1)),
    ]
    lic = _lic("LCSW", "ME", ME_SW_RENEWAL, DV_TO_DO)
    p = compute_progress(rule_sets["ME-LCSW"], lic, done, date(2026, 3, 1))
    assert _totals(p) == (25, None, None)
    assert p.total_counted_range == (13, 25)
    assert _row(p, DV).met is True
    assert p.status == "unknown"


def test_me_lcsw_self_paced_cap_and_ethics_short(rule_sets):
    # 2 ethics in person + 16 on demand (-> 10) + 5 in person = 17 counted; 8 left; ethics 2
    # short. today 2026-06-01: 80 days -> at_risk; 8 / (80 / 30.4 = 2.632) = 3.04.
    done = [
        _nasw(1, 2, date(2024, 9, 1), topics=["ethics"]),
        _nasw(2, 16, date(2025, 1, 1), "online_async"),
        _nasw(3, 5, date(2025, 6, 1)),
    ]
    lic = _lic("LCSW", "ME", ME_SW_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["ME-LCSW"], lic, done, date(2026, 6, 1))
    assert _totals(p) == (25, 17, 8)
    assert _row(p, "ethics").remaining == 2
    assert p.days_left == 80
    assert p.hours_per_month_needed == 3.04
    assert p.status == "at_risk"


# --- ME LCPC (ME-LPC): 55 h per 24 months ending Dec 31; ethics 4; violence 12 h one-time
# from 1 Jan 2020; no home-study cap recorded; Category A/B split data only.
ME_LPC_RENEWAL = date(2026, 12, 31)  # cycle 2025-01-01 .. 2026-12-31


def test_me_lcpc_complete_all_on_demand(rule_sets):
    # 4 ethics + 51 on demand (no cap) = 55 -> complete.
    done = [
        _nbcc(1, 4, date(2025, 1, 1), "online_async", ["ethics"]),
        _nbcc(2, 51, date(2025, 6, 1), "online_async"),
    ]
    lic = _lic("LPC", "ME", ME_LPC_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["ME-LPC"], lic, done, date(2026, 7, 1))
    assert _totals(p) == (55, 55, 0)
    assert p.complete is True


def test_me_lcpc_short_of_total(rule_sets):
    # 4 ethics + 36 = 40 of 55 -> 15 left. today 2026-07-01: 183 days; 15 / (183 / 30.4 =
    # 6.020) = 2.49 <= 1.5 x 55/24 = 3.44 -> on_track.
    done = [_nbcc(1, 4, date(2025, 1, 1), topics=["ethics"]), _nbcc(2, 36, date(2025, 6, 1))]
    lic = _lic("LPC", "ME", ME_LPC_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["ME-LPC"], lic, done, date(2026, 7, 1))
    assert _totals(p) == (55, 40, 15)
    assert p.days_left == 183
    assert p.hours_per_month_needed == 2.49
    assert p.status == "on_track"


def test_me_lcpc_ethics_unmet(rule_sets):
    done = [_nbcc(1, 55, date(2025, 6, 1))]
    lic = _lic("LPC", "ME", ME_LPC_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["ME-LPC"], lic, done, date(2026, 7, 1))
    assert (_row(p, "ethics").remaining, _row(p, "ethics").met) == (4, False)
    assert p.complete is False


def test_me_lcpc_violence_training_due_without_asking_in_the_2020_renewal(rule_sets):
    # Cycle 2019-01-01 .. 2020-12-31 contains the effective date 2020-01-01: the one-time 12 h
    # is due by this renewal, without a question.
    lic = _lic("LPC", "ME", date(2020, 12, 31))
    p = compute_progress(rule_sets["ME-LPC"], lic, [], date(2020, 6, 1))
    dv = _row(p, DV)
    assert (dv.applies, dv.required, dv.remaining) == (True, 12, 12)
    assert "completed_once_domestic_violence" not in [key for key, _ in p.open_questions]


# --- ME LMFT: total unknown (null); violence 12 h one-time.
ME_MFT_RENEWAL = date(2026, 12, 31)


def test_me_lmft_unknown_total_is_unknown(rule_sets):
    done = [_aamft(1, 30, date(2025, 6, 1))]
    lic = _lic("LMFT", "ME", ME_MFT_RENEWAL, DV_DONE)
    p = compute_progress(rule_sets["ME-LMFT"], lic, done, date(2026, 7, 1))
    assert _totals(p) == (None, 30, None)
    assert p.hours_per_month_needed is None
    assert p.status == "unknown"


def test_me_lmft_violence_training_still_to_do_is_short(rule_sets):
    # Answered "still to do": 0 of 12 -> certainly short -> complete False, total still unknown.
    lic = _lic("LMFT", "ME", ME_MFT_RENEWAL, DV_TO_DO)
    p = compute_progress(rule_sets["ME-LMFT"], lic, [], date(2026, 7, 1))
    assert p.total_required is None
    assert (_row(p, DV).remaining, p.complete) == (12, False)


# --- ME Psychologist: yearly license (April 30), 40 h per 2-year CE period ending April 30 of
# even years; ethics 3; supervision if supervising (hours unknown); one-time partner-abuse
# training (hours unknown); no self-study limit; first even-year renewal exempt.
ME_PSY_RENEWAL = date(2026, 4, 30)  # CE period 2024-05-01 .. 2026-04-30
ME_PSY_FACTS = {"me_psych_supervisor": False, **DV_DONE}


def test_me_psychologist_complete_over_the_two_year_ce_period(rule_sets):
    # 3 ethics + 37 self-study (no limit) = 40; a course on 2024-04-30 (previous even-year
    # renewal) falls outside the CE period.
    done = [
        _apa(1, 5, date(2024, 4, 30)),
        _apa(2, 3, date(2024, 5, 1), topics=["ethics"]),
        _apa(3, 37, date(2025, 4, 1), "self_study"),
    ]
    lic = _lic("PSYCHOLOGIST", "ME", ME_PSY_RENEWAL, ME_PSY_FACTS)
    p = compute_progress(rule_sets["ME-PSYCHOLOGIST"], lic, done, date(2026, 1, 1))
    assert rule_sets["ME-PSYCHOLOGIST"].license_term_months == 12
    assert p.cycle_start == date(2024, 5, 1)
    assert _totals(p) == (40, 40, 0)
    assert [e[0] for e in p.excluded] == [1]
    assert p.complete is True


def test_me_psychologist_supervisor_hours_unknown(rule_sets):
    # Supervisor: the supervision row applies with hours unknown -> complete None.
    done = [_apa(1, 3, date(2024, 6, 1), topics=["ethics"]), _apa(2, 37, date(2025, 4, 1))]
    facts = {"me_psych_supervisor": True, **DV_DONE}
    lic = _lic("PSYCHOLOGIST", "ME", ME_PSY_RENEWAL, facts)
    p = compute_progress(rule_sets["ME-PSYCHOLOGIST"], lic, done, date(2026, 1, 1))
    sup = _row(p, "supervision")
    assert (sup.applies, sup.required, sup.met) == (True, None, None)
    assert p.status == "unknown"


def test_me_psychologist_short_and_ethics_unmet(rule_sets):
    # 1 ethics + 29 = 30 of 40 -> 10 left; ethics 2 short.
    done = [_apa(1, 1, date(2024, 6, 1), topics=["ethics"]), _apa(2, 29, date(2025, 4, 1))]
    lic = _lic("PSYCHOLOGIST", "ME", ME_PSY_RENEWAL, ME_PSY_FACTS)
    p = compute_progress(rule_sets["ME-PSYCHOLOGIST"], lic, done, date(2026, 1, 1))
    assert _totals(p) == (40, 30, 10)
    assert _row(p, "ethics").remaining == 2
    assert p.complete is False


def test_me_psychologist_partner_abuse_hours_unknown_until_done(rule_sets):
    # Not yet done (answered): due now with hours unknown -> met None -> "unknown".
    done = [_apa(1, 3, date(2024, 6, 1), topics=["ethics"]), _apa(2, 37, date(2025, 4, 1))]
    facts = {"me_psych_supervisor": False, **DV_TO_DO}
    lic = _lic("PSYCHOLOGIST", "ME", ME_PSY_RENEWAL, facts)
    p = compute_progress(rule_sets["ME-PSYCHOLOGIST"], lic, done, date(2026, 1, 1))
    assert (_row(p, DV).applies, _row(p, DV).required) == (True, None)
    assert p.status == "unknown"


def test_me_psychologist_first_even_year_renewal_is_exempt(rule_sets):
    lic = _lic("PSYCHOLOGIST", "ME", ME_PSY_RENEWAL, ME_PSY_FACTS, first_renewal=True)
    p = compute_progress(rule_sets["ME-PSYCHOLOGIST"], lic, [], date(2026, 1, 1))
    assert _totals(p) == (0, 0, 0)
    assert p.complete is True


# --- MT LCSW / LCPC (MT-LPC) / LMFT (Board of Behavioral Health): 20 h a year (12-month
# cycle); suicide prevention 2 h at the first renewal and every 2 years (asked); first
# renewal: no hours toward the total, the suicide row still asks; judged at audit.
MT_RENEWAL = date(2026, 9, 30)  # cycle 2025-10-01 .. 2026-09-30
SUICIDE = "suicide_prevention"
DUE = {"mt_suicide_prevention_due": True}
NOT_DUE = {"mt_suicide_prevention_due": False}


def test_mt_lcsw_complete_in_a_suicide_year(rule_sets):
    # 2 suicide + 18 = 20; a course on 2025-09-30 (last renewal day) belongs to last year.
    done = [
        _nasw(1, 6, date(2025, 9, 30)),
        _nasw(2, 2, date(2025, 10, 1), "online_async", [SUICIDE]),
        _nasw(3, 18, date(2026, 2, 1)),
    ]
    lic = _lic("LCSW", "MT", MT_RENEWAL, DUE)
    p = compute_progress(rule_sets["MT-LCSW"], lic, done, date(2026, 6, 1))
    assert p.cycle_start == date(2025, 10, 1)
    assert _totals(p) == (20, 20, 0)
    assert [e[0] for e in p.excluded] == [1]
    assert _row(p, SUICIDE).met is True
    assert p.complete is True


def test_mt_lcsw_short_of_the_yearly_total(rule_sets):
    # Off year: 12 of 20 -> 8 left. today 2026-06-01: 121 days; 8 / (121 / 30.4 = 3.980) =
    # 2.01 <= 1.5 x 20/12 = 2.5 -> on_track.
    lic = _lic("LCSW", "MT", MT_RENEWAL, NOT_DUE)
    p = compute_progress(
        rule_sets["MT-LCSW"], lic, [_nasw(1, 12, date(2026, 1, 5))], date(2026, 6, 1)
    )
    assert _totals(p) == (20, 12, 8)
    assert _row(p, SUICIDE).applies is False
    assert p.days_left == 121
    assert p.hours_per_month_needed == 2.01
    assert p.status == "on_track"


def test_mt_lcsw_suicide_due_and_unmet(rule_sets):
    lic = _lic("LCSW", "MT", MT_RENEWAL, DUE)
    p = compute_progress(
        rule_sets["MT-LCSW"], lic, [_nasw(1, 20, date(2026, 1, 5))], date(2026, 6, 1)
    )
    assert _totals(p) == (20, 20, 0)
    assert (_row(p, SUICIDE).remaining, _row(p, SUICIDE).met) == (2, False)
    assert p.complete is False


def test_mt_lcsw_first_renewal_needs_no_hours_but_suicide_still_asks(rule_sets):
    # First renewal: total 0; the suicide row (due at the first renewal) is asked; answered
    # due and not done -> 2 short -> complete False.
    lic = _lic("LCSW", "MT", MT_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["MT-LCSW"], lic, [], date(2026, 6, 1))
    assert _totals(p) == (0, 0, 0)
    assert "mt_suicide_prevention_due" in [key for key, _ in p.open_questions]
    lic = _lic("LCSW", "MT", MT_RENEWAL, DUE, first_renewal=True)
    p = compute_progress(rule_sets["MT-LCSW"], lic, [], date(2026, 6, 1))
    assert (_row(p, SUICIDE).remaining, p.complete) == (2, False)


def test_mt_lcpc_unanswered_suicide_question_keeps_it_open(rule_sets):
    # 20 general, suicide question unanswered -> may apply, not met -> complete None.
    lic = _lic("LPC", "MT", MT_RENEWAL)
    p = compute_progress(
        rule_sets["MT-LPC"], lic, [_nbcc(1, 20, date(2026, 1, 5))], date(2026, 6, 1)
    )
    assert _totals(p) == (20, 20, 0)
    assert _row(p, SUICIDE).applies is None
    assert p.status == "unknown"


def test_mt_lcpc_complete_and_short(rule_sets):
    # Suicide due: 2 + 18 = 20 complete; then only 15 (2 suicide + 13) -> 5 left.
    lic = _lic("LPC", "MT", MT_RENEWAL, DUE)
    done = [_nbcc(1, 2, date(2025, 11, 1), topics=[SUICIDE]), _nbcc(2, 18, date(2026, 1, 5))]
    p = compute_progress(rule_sets["MT-LPC"], lic, done, date(2026, 6, 1))
    assert (_totals(p), p.complete) == ((20, 20, 0), True)
    done = [_nbcc(1, 2, date(2025, 11, 1), topics=[SUICIDE]), _nbcc(2, 13, date(2026, 1, 5))]
    p = compute_progress(rule_sets["MT-LPC"], lic, done, date(2026, 6, 1))
    assert (_totals(p), p.complete) == ((20, 15, 5), False)


def test_mt_lmft_complete_short_and_suicide_unmet(rule_sets):
    lic = _lic("LMFT", "MT", MT_RENEWAL, NOT_DUE)
    p = compute_progress(
        rule_sets["MT-LMFT"], lic, [_aamft(1, 20, date(2026, 1, 5))], date(2026, 6, 1)
    )
    assert (_totals(p), p.complete) == ((20, 20, 0), True)
    p = compute_progress(
        rule_sets["MT-LMFT"], lic, [_aamft(1, 9, date(2026, 1, 5))], date(2026, 6, 1)
    )
    assert _totals(p) == (20, 9, 11)
    lic = _lic("LMFT", "MT", MT_RENEWAL, DUE)
    p = compute_progress(
        rule_sets["MT-LMFT"], lic, [_aamft(1, 20, date(2026, 1, 5))], date(2026, 6, 1)
    )
    assert (_row(p, SUICIDE).met, p.complete) == (False, False)


# --- MT Psychologist: 40 h per 24 months (superseded 2019 rule); no topic minimums found;
# first renewal 0 or 20 h depending on licensure date (unknown to us).
MT_PSY_RENEWAL = date(2027, 6, 30)  # cycle 2025-07-01 .. 2027-06-30


def test_mt_psychologist_complete_and_short(rule_sets):
    lic = _lic("PSYCHOLOGIST", "MT", MT_PSY_RENEWAL)
    p = compute_progress(
        rule_sets["MT-PSYCHOLOGIST"], lic, [_apa(1, 40, date(2025, 7, 1))], date(2026, 7, 1)
    )
    assert p.cycle_start == date(2025, 7, 1)
    assert (_totals(p), p.complete) == ((40, 40, 0), True)
    # 25 of 40 -> 15 left; 364 days; 15 / (364 / 30.4 = 11.974) = 1.25 <= 1.5 x 40/24 = 2.5.
    p = compute_progress(
        rule_sets["MT-PSYCHOLOGIST"], lic, [_apa(1, 25, date(2025, 7, 1))], date(2026, 7, 1)
    )
    assert _totals(p) == (40, 25, 15)
    assert p.days_left == 364
    assert p.hours_per_month_needed == 1.25
    assert p.status == "on_track"


def test_mt_psychologist_first_renewal_total_unknown(rule_sets):
    # First renewal: 0 or 20 h depending on licensure date -> required None; 40 (full cycle)
    # is surely enough: 20 h logged -> remaining None, "unknown"; 40 h -> remaining 0.
    lic = _lic("PSYCHOLOGIST", "MT", MT_PSY_RENEWAL, first_renewal=True)
    p = compute_progress(
        rule_sets["MT-PSYCHOLOGIST"], lic, [_apa(1, 20, date(2025, 7, 1))], date(2026, 7, 1)
    )
    assert _totals(p) == (None, 20, None)
    assert p.status == "unknown"
    p = compute_progress(
        rule_sets["MT-PSYCHOLOGIST"], lic, [_apa(1, 40, date(2025, 7, 1))], date(2026, 7, 1)
    )
    assert _totals(p) == (None, 40, 0)


# --- RI LICSW / LCSW: total unknown (null); professional ethics 3 and cross-cultural practice
# 3 (low confidence); at most 8 h non-contact (self-study / on demand); May 1 of odd years.
RI_SW_RENEWAL = date(2027, 5, 1)  # cycle 2025-05-02 .. 2027-05-01


def test_ri_lcsw_unknown_total_with_topics_met_is_unknown(rule_sets):
    # 3 ethics + 3 cross-cultural + 30 = 36 counted; total unknown -> required None,
    # remaining None; both topics met, but complete None -> "unknown".
    done = [
        _nasw(1, 3, date(2025, 5, 2), topics=["ethics"]),
        _nasw(2, 3, date(2025, 6, 1), topics=["cultural_competency"]),
        _nasw(3, 30, date(2026, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["RI-LCSW"], _lic("LCSW", "RI", RI_SW_RENEWAL), done, date(2027, 1, 1)
    )
    assert p.cycle_start == date(2025, 5, 2)
    assert _totals(p) == (None, 36, None)
    assert _row(p, "ethics").met is True
    assert _row(p, "cultural_competency").met is True
    assert p.status == "unknown"


def test_ri_lcsw_cross_cultural_unmet_is_certainly_short(rule_sets):
    done = [_nasw(1, 3, date(2025, 5, 2), topics=["ethics"]), _nasw(2, 30, date(2026, 1, 1))]
    p = compute_progress(
        rule_sets["RI-LCSW"], _lic("LCSW", "RI", RI_SW_RENEWAL), done, date(2027, 1, 1)
    )
    assert (_row(p, "cultural_competency").remaining, p.complete) == (3, False)


def test_ri_lcsw_non_contact_cap(rule_sets):
    # 3 ethics + 3 cross-cultural in person + 20 on demand (-> 8) = 14 counted of 26.
    done = [
        _nasw(1, 3, date(2025, 5, 2), topics=["ethics"]),
        _nasw(2, 3, date(2025, 6, 1), topics=["cultural_competency"]),
        _nasw(3, 20, date(2026, 1, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["RI-LCSW"], _lic("LCSW", "RI", RI_SW_RENEWAL), done, date(2027, 1, 1)
    )
    assert _totals(p) == (None, 14, None)
    assert p.cap_room == ((("self_study", "online_async"), 0),)


# --- RI LCMHC (RI-LPC) / LMFT: 40 h per 24 months (2010 text); no topic minimums found;
# Category I minimum data only; deemed-approved bodies (open list).
RI_MHC_RENEWAL = date(2026, 7, 1)  # cycle 2024-07-02 .. 2026-07-01


def test_ri_lcmhc_complete(rule_sets):
    done = [_nbcc(1, 20, date(2024, 7, 2)), _nbcc(2, 20, date(2025, 7, 1), "online_async")]
    p = compute_progress(
        rule_sets["RI-LPC"], _lic("LPC", "RI", RI_MHC_RENEWAL), done, date(2026, 4, 1)
    )
    assert p.cycle_start == date(2024, 7, 2)
    assert (_totals(p), p.complete) == ((40, 40, 0), True)


def test_ri_lcmhc_short_and_behind_pace(rule_sets):
    # 25 of 40 -> 15 left. today 2026-04-01: 91 days (> 90); 15 / (91 / 30.4 = 2.993) = 5.01
    # > 1.5 x 40/24 = 2.5 -> at_risk on pace.
    p = compute_progress(
        rule_sets["RI-LPC"],
        _lic("LPC", "RI", RI_MHC_RENEWAL),
        [_nbcc(1, 25, date(2025, 1, 1))],
        date(2026, 4, 1),
    )
    assert _totals(p) == (40, 25, 15)
    assert p.days_left == 91
    assert p.hours_per_month_needed == 5.01
    assert p.status == "at_risk"


def test_ri_lmft_complete_and_short(rule_sets):
    lic = _lic("LMFT", "RI", RI_MHC_RENEWAL)
    p = compute_progress(
        rule_sets["RI-LMFT"], lic, [_aamft(1, 40, date(2025, 1, 1))], date(2026, 4, 1)
    )
    assert (_totals(p), p.complete) == ((40, 40, 0), True)
    p = compute_progress(
        rule_sets["RI-LMFT"], lic, [_aamft(1, 32, date(2025, 1, 1))], date(2026, 4, 1)
    )
    assert (_totals(p), p.complete) == ((40, 32, 8), False)


# --- RI Psychologist: 24 h per CE cycle July 1 .. June 30 of even years; no topics found;
# initially licensed psychologists excepted (details unknown: first renewal unknown).
RI_PSY_RENEWAL = date(2026, 6, 30)  # cycle 2024-07-01 .. 2026-06-30


def test_ri_psychologist_complete_and_short(rule_sets):
    lic = _lic("PSYCHOLOGIST", "RI", RI_PSY_RENEWAL)
    p = compute_progress(
        rule_sets["RI-PSYCHOLOGIST"], lic, [_apa(1, 24, date(2024, 7, 1))], date(2026, 1, 1)
    )
    assert p.cycle_start == date(2024, 7, 1)
    assert (_totals(p), p.complete) == ((24, 24, 0), True)
    p = compute_progress(
        rule_sets["RI-PSYCHOLOGIST"], lic, [_apa(1, 12, date(2024, 7, 1))], date(2026, 1, 1)
    )
    assert (_totals(p), p.complete) == ((24, 12, 12), False)


def test_ri_psychologist_first_renewal_unknown(rule_sets):
    # Excepted, details unknown: required None; 24 surely enough -> 10 h: remaining None.
    lic = _lic("PSYCHOLOGIST", "RI", RI_PSY_RENEWAL, first_renewal=True)
    p = compute_progress(
        rule_sets["RI-PSYCHOLOGIST"], lic, [_apa(1, 10, date(2024, 7, 1))], date(2026, 1, 1)
    )
    assert _totals(p) == (None, 10, None)
    assert p.status == "unknown"
