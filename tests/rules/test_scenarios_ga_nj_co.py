"""Hand-worked scenarios for the Georgia, New Jersey and Colorado rule sets.

Expected numbers come from the rule text (store/rulesets/<ID>.yaml, converted from
shared/research/ce_requirements.yaml) and the engine contract, worked out by hand in the
comments — never from running the engine. Cycle: the day after the previous renewal date
through the renewal date; only completions on or before `today` count.
"""

from __future__ import annotations

from datetime import date

import pytest
from rules.scenario import course_maker
from rules.scenario import license_facts as _lic
from rules.scenario import live_row as _live
from rules.scenario import row as _row

from bot.rules import compute_progress

_done = course_maker("ASWB ACE")


# ---------------------------------------------------------------------------------------
# GA LCSW / LPC / LMFT (Composite Board): 35 h per 24 months, cycle 1 Oct (even year) –
# 30 Sep (next even year); ethics 5 h every cycle; telemental health 6 h (one-time, before
# teletherapy; asked as "is it due now?"; counts toward the 35: unknown); self-study +
# on-demand online capped at 10 h, live webinars not capped. First renewal: unknown to us
# (exemption depends on the issue date) -> full 35 with a note.
# ---------------------------------------------------------------------------------------
GA_RENEWAL = date(2026, 9, 30)  # cycle 2024-10-01 .. 2026-09-30
GA_NO_TELE = {"ga_telemental_health_training_due": False}
GA_TELE_DUE = {"ga_telemental_health_training_due": True}


def test_ga_lcsw_async_cap_leaves_live_webinars_uncapped(rule_sets):
    # 5 ethics (live webinar) + 12 on-demand + 2 self-study + 20 in person = 39 raw.
    # Capped group (self-study + on-demand) = 12 + 2 = 14 -> 10 count (4 over).
    # Total = 5 (webinar, not capped) + 10 + 20 = 35 -> remaining 0.
    # Had webinars been capped too: 5 + 14 = 19 -> 10, total 30 — the reading matters.
    done = [
        _done(1, 5, date(2025, 1, 15), "live_online", ["ethics"]),
        _done(2, 12, date(2025, 3, 1), "online_async", body="NBCC"),
        _done(3, 2, date(2025, 4, 1), "self_study", body="NBCC"),
        _done(4, 20, date(2025, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["GA-LCSW"], _lic("LCSW", "GA", GA_RENEWAL, GA_NO_TELE), done, date(2026, 1, 10)
    )
    assert p.cycle_start == date(2024, 10, 1)
    assert (p.total_required, p.total_counted, p.total_remaining) == (35, 35, 0)
    ethics = _row(p, "ethics")
    assert (ethics.required, ethics.earned, ethics.remaining, ethics.applies) == (5, 5, 0, True)
    assert ethics.met is True
    assert _row(p, "telehealth").applies is False  # answered "no"
    assert p.complete is True
    assert p.status == "complete"


def test_ga_lcsw_cycle_edges_on_renewal_day(rule_sets):
    # today = renewal day 2026-09-30 (days_left 0).
    # 10 h on 2024-09-30 = previous renewal day = the day before the first day -> excluded.
    # 5 h ethics on 2024-10-01 (first day) and 25 h on 2026-09-30 (renewal day) count: 30.
    # Remaining 35 - 30 = 5; ethics 5/5 met; not complete.
    # <= 90 days -> at_risk; per month = 5 / max(0 / 30.4, 1) = 5.0.
    done = [
        _done(1, 10, date(2024, 9, 30)),
        _done(2, 5, date(2024, 10, 1), topics=["ethics"]),
        _done(3, 25, date(2026, 9, 30)),
    ]
    p = compute_progress(
        rule_sets["GA-LCSW"], _lic("LCSW", "GA", GA_RENEWAL, GA_NO_TELE), done, GA_RENEWAL
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (35, 30, 5)
    assert _row(p, "ethics").earned == 5
    assert p.days_left == 0
    assert p.hours_per_month_needed == 5.0
    assert p.complete is False
    assert p.status == "at_risk"


def test_ga_lcsw_teletherapy_yes_adds_six_hours(rule_sets):
    # Member does teletherapy and still needs the training: telehealth applies, 6 h, 0 earned.
    # Total 5 ethics (webinar) + 30 in person = 35 -> met; telehealth remaining 6 -> not complete.
    # today 2025-06-01: 486 days; remaining = max(0, 6) = 6; 6 / (486 / 30.4) = 6 / 15.99 = 0.38.
    # Pace 35 / 24 = 1.458; 1.5 × 1.458 = 2.19; 0.38 <= 2.19 and 486 > 90 -> on_track.
    done = [
        _done(1, 5, date(2025, 1, 15), "live_online", ["ethics"]),
        _done(2, 30, date(2025, 3, 1)),
    ]
    p = compute_progress(
        rule_sets["GA-LCSW"], _lic("LCSW", "GA", GA_RENEWAL, GA_TELE_DUE), done, date(2025, 6, 1)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (35, 35, 0)
    tele = _row(p, "telehealth")
    assert (tele.applies, tele.required, tele.earned, tele.remaining) == (True, 6, 0, 6)
    assert tele.met is False
    assert p.days_left == 486
    assert p.hours_per_month_needed == 0.38
    assert p.complete is False
    assert p.status == "on_track"


def test_ga_lpc_first_renewal_uses_full_total(rule_sets):
    # First renewal: the exemption (issued on/after 1 Oct of the odd year) depends on the issue
    # date, so first_renewal.hours is null -> the first renewal's total is unknown (never
    # filled in), with a note that the full 35 is surely enough; ethics still 5.
    # No hours yet: ethics certainly short -> complete False. Status by the worst case:
    # today 2025-11-01: 333 days; 35 / (333 / 30.4) = 35 / 10.954 = 3.20 > 2.19 (1.5 × 35/24)
    # -> at_risk; no pace is printed (what remains of an unknown total is unknown).
    lic = _lic("LPC", "GA", GA_RENEWAL, GA_NO_TELE, first_renewal=True)
    p = compute_progress(rule_sets["GA-LPC"], lic, [], date(2025, 11, 1))
    assert (p.total_required, p.total_counted, p.total_remaining) == (None, 0, None)
    ethics = _row(p, "ethics")
    assert (ethics.applies, ethics.required, ethics.remaining) == (True, 5, 5)
    assert any("first-renewal requirement is unknown" in u for u in p.unknowns)
    assert p.hours_per_month_needed is None
    assert p.complete is False
    assert p.status == "at_risk"


def test_ga_lpc_teletherapy_unanswered_is_an_open_question(rule_sets):
    # Total 5 ethics + 30 = 35 met, ethics met; telehealth unanswered -> applies None and the
    # question is asked; no telehealth hours in the cycle, so its answer could still make the
    # license short -> complete None -> "unknown".
    done = [_done(1, 5, date(2025, 1, 15), topics=["ethics"]), _done(2, 30, date(2025, 3, 1))]
    p = compute_progress(rule_sets["GA-LPC"], _lic("LPC", "GA", GA_RENEWAL), done, date(2025, 6, 1))
    assert (p.total_required, p.total_counted, p.total_remaining) == (35, 35, 0)
    tele = _row(p, "telehealth")
    assert (tele.applies, tele.required, tele.earned) == (None, 6, 0)
    assert "ga_telemental_health_training_due" in dict(p.open_questions)
    assert p.complete is None
    assert p.status == "unknown"


def test_ga_lmft_overdue_after_renewal_date(rule_sets):
    # 5 ethics + 20 = 25 of 35 -> 10 short; today 2026-10-05 is 5 days past renewal -> overdue.
    done = [_done(1, 5, date(2025, 1, 15), topics=["ethics"]), _done(2, 20, date(2025, 3, 1))]
    p = compute_progress(
        rule_sets["GA-LMFT"], _lic("LMFT", "GA", GA_RENEWAL, GA_NO_TELE), done, date(2026, 10, 5)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (35, 25, 10)
    assert p.days_left == -5
    assert p.complete is False
    assert p.status == "overdue"


def test_ga_lmft_telehealth_hours_of_unknown_standing_short_either_way(rule_sets):
    # Telehealth due; whether its 6 h count toward the 35 is unknown (null).
    # Without them: 5 ethics + 10 = 15; with them: 21 — short either way (< 35):
    # total_counted / total_remaining unknown (None), complete False.
    # Telehealth topic earned 6 >= 6 (met). today 2026-08-01: 60 days <= 90 -> at_risk.
    done = [
        _done(1, 5, date(2025, 1, 15), topics=["ethics"]),
        _done(2, 10, date(2025, 3, 1)),
        _done(3, 6, date(2025, 4, 1), topics=["telehealth"]),
    ]
    p = compute_progress(
        rule_sets["GA-LMFT"], _lic("LMFT", "GA", GA_RENEWAL, GA_TELE_DUE), done, date(2026, 8, 1)
    )
    assert p.total_required == 35
    assert (p.total_counted, p.total_remaining) == (None, None)
    tele = _row(p, "telehealth")
    assert (tele.applies, tele.required, tele.earned, tele.remaining) == (True, 6, 6, 0)
    assert tele.met is True
    assert p.complete is False
    assert p.status == "at_risk"


def test_ga_lmft_telehealth_hours_of_unknown_standing_met_without_them(rule_sets):
    # Without the 6 telehealth hours: 5 ethics + 30 = 35 >= 35, so the unknown doesn't matter:
    # remaining 0, complete. (total_counted is 35 or 41 depending on the unknown; the contract
    # leaves which number is shown open, so it is not asserted.)
    done = [
        _done(1, 5, date(2025, 1, 15), topics=["ethics"]),
        _done(2, 30, date(2025, 3, 1)),
        _done(3, 6, date(2025, 4, 1), topics=["telehealth"]),
    ]
    p = compute_progress(
        rule_sets["GA-LMFT"], _lic("LMFT", "GA", GA_RENEWAL, GA_TELE_DUE), done, date(2026, 1, 10)
    )
    assert (p.total_required, p.total_remaining) == (35, 0)
    assert _row(p, "telehealth").met is True
    assert p.complete is True
    assert p.status == "complete"


# ---------------------------------------------------------------------------------------
# GA Psychologist: 40 h per biennium 1 Jan (odd) – 31 Dec (even); ethics 6 h; asynchronous
# (self-study + on-demand) capped at 34 h, synchronous webinars not capped; first renewal
# unknown (null) -> full 40 with a note.
# ---------------------------------------------------------------------------------------
GAP_RENEWAL = date(2026, 12, 31)  # cycle 2025-01-01 .. 2026-12-31


def test_ga_psychologist_async_cap_34(rule_sets):
    # 6 ethics (webinar) + 30 on-demand + 6 self-study = 42 raw; async 36 -> 34 (2 over).
    # Total 6 + 34 = 40 -> met; ethics 6/6. Complete.
    done = [
        _done(1, 6, date(2025, 2, 1), "live_online", ["ethics"], body="APA"),
        _done(2, 30, date(2025, 5, 1), "online_async", body="APA"),
        _done(3, 6, date(2025, 8, 1), "self_study", body="APA"),
    ]
    p = compute_progress(
        rule_sets["GA-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "GA", GAP_RENEWAL),
        done,
        date(2026, 6, 1),
    )
    assert p.cycle_start == date(2025, 1, 1)
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 40, 0)
    assert _row(p, "ethics").met is True
    assert p.complete is True
    assert p.status == "complete"


def test_ga_psychologist_cycle_edge_and_future_dated_course(rule_sets):
    # 10 h on 2024-12-31 (day before the first day) -> excluded; 6 h ethics on 2025-01-01
    # (first day) counts; 20 h dated 2026-07-01, after today 2026-06-01 -> not counted.
    # Total 6, remaining 34; ethics met. 213 days: 34 / (213 / 30.4) = 34 / 7.007 = 4.85.
    # Pace 40 / 24 = 1.667; 1.5 × = 2.5; 4.85 > 2.5 -> at_risk.
    done = [
        _done(1, 10, date(2024, 12, 31), body="APA"),
        _done(2, 6, date(2025, 1, 1), topics=["ethics"], body="APA"),
        _done(3, 20, date(2026, 7, 1), body="APA"),
    ]
    p = compute_progress(
        rule_sets["GA-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "GA", GAP_RENEWAL),
        done,
        date(2026, 6, 1),
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 6, 34)
    ethics = _row(p, "ethics")
    assert (ethics.earned, ethics.remaining, ethics.met) == (6, 0, True)
    assert p.days_left == 213
    assert p.hours_per_month_needed == 4.85
    assert p.complete is False
    assert p.status == "at_risk"


def test_ga_psychologist_first_renewal_unknown_full_total_on_track(rule_sets):
    # No first-renewal rule in the research -> the first renewal's total is unknown; 40 (the
    # full cycle) would surely do. 6 ethics + 14 = 20 < 40 -> can't tell: complete None.
    done = [
        _done(1, 6, date(2025, 2, 1), topics=["ethics"], body="APA"),
        _done(2, 14, date(2025, 5, 1), body="APA"),
    ]
    lic = _lic("PSYCHOLOGIST", "GA", GAP_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["GA-PSYCHOLOGIST"], lic, done, date(2025, 6, 1))
    assert (p.total_required, p.total_counted, p.total_remaining) == (None, 20, None)
    assert p.hours_per_month_needed is None
    assert p.complete is None
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# NJ LCSW: 40 h per biennium ending 31 Aug (even years); clinical practice >= 20, ethics 5,
# social & cultural competence 3, prescription opioids 1 (all inside the 40); distance
# learning not capped; first renewal: unknown to us (half only if licensed in the 2nd year)
# -> full 40 and full topic minimums.
# ---------------------------------------------------------------------------------------
NJ_RENEWAL = date(2026, 8, 31)  # cycle 2024-09-01 .. 2026-08-31


def test_nj_lcsw_all_distance_learning_counts(rule_sets):
    # 20 clinical + 5 ethics + 1 opioid on demand, 3 cultural + 11 general self-study = 40,
    # no cap on distance formats -> 40 counted; every minimum met -> complete.
    done = [
        _done(1, 20, date(2024, 10, 1), "online_async", ["clinical_practice"], "NASW-NJ"),
        _done(2, 5, date(2025, 1, 1), "online_async", ["ethics"], "NASW-NJ"),
        _done(3, 3, date(2025, 2, 1), "self_study", ["cultural_competency"]),
        _done(4, 1, date(2025, 3, 1), "online_async", ["opioids"]),
        _done(5, 11, date(2025, 4, 1), "self_study"),
    ]
    p = compute_progress(
        rule_sets["NJ-LCSW"], _lic("LCSW", "NJ", NJ_RENEWAL), done, date(2026, 5, 1)
    )
    assert p.cycle_start == date(2024, 9, 1)
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 40, 0)
    for rule_id, hours in (
        ("clinical_practice", 20),
        ("ethics", 5),
        ("cultural_competency", 3),
        ("opioids", 1),
    ):
        row = _row(p, rule_id)
        assert (row.required, row.earned, row.remaining, row.met) == (hours, hours, 0, True)
    assert p.complete is True
    assert p.status == "complete"


def test_nj_lcsw_clinical_minimum_short_with_total_met(rule_sets):
    # 15 clinical + 5 ethics + 3 cultural + 1 opioid + 16 general = 40 -> total met;
    # clinical 15 of 20 -> 5 remaining -> not complete.
    # today 2026-07-01: 61 days <= 90 -> at_risk; 5 / (61 / 30.4) = 5 / 2.007 = 2.49.
    done = [
        _done(1, 15, date(2024, 10, 1), topics=["clinical_practice"]),
        _done(2, 5, date(2025, 1, 1), topics=["ethics"]),
        _done(3, 3, date(2025, 2, 1), topics=["cultural_competency"]),
        _done(4, 1, date(2025, 3, 1), topics=["opioids"]),
        _done(5, 16, date(2025, 4, 1)),
    ]
    p = compute_progress(
        rule_sets["NJ-LCSW"], _lic("LCSW", "NJ", NJ_RENEWAL), done, date(2026, 7, 1)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 40, 0)
    clinical = _row(p, "clinical_practice")
    assert (clinical.required, clinical.earned, clinical.remaining) == (20, 15, 5)
    assert clinical.met is False
    assert p.hours_per_month_needed == 2.49
    assert p.complete is False
    assert p.status == "at_risk"


def test_nj_lcsw_first_renewal_shows_full_requirement(rule_sets):
    # Reading: the half-requirement applies only to licensees first licensed in the biennium's
    # 2nd year, which we can't tell -> first_renewal.hours null -> total unknown (40, the full
    # cycle, surely enough) and full minimums.
    # 10 clinical + 3 ethics + 2 cultural + 5 general = 20 counted;
    # topics: clinical 20-10 = 10, ethics 5-3 = 2, cultural 3-2 = 1, opioid 1 -> complete False.
    # Worst case: today 2026-03-01: 183 days; max(40 - 20, 14) = 20;
    # 20 / (183 / 30.4) = 20 / 6.02 = 3.32 > 2.5 (1.5 × 40/24) -> at_risk; no pace printed.
    done = [
        _done(1, 10, date(2025, 10, 1), topics=["clinical_practice"]),
        _done(2, 3, date(2025, 11, 1), topics=["ethics"]),
        _done(3, 2, date(2025, 12, 1), topics=["cultural_competency"]),
        _done(4, 5, date(2026, 1, 1)),
    ]
    lic = _lic("LCSW", "NJ", NJ_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["NJ-LCSW"], lic, done, date(2026, 3, 1))
    assert (p.total_required, p.total_counted, p.total_remaining) == (None, 20, None)
    assert _row(p, "clinical_practice").remaining == 10
    assert _row(p, "ethics").remaining == 2
    assert _row(p, "cultural_competency").remaining == 1
    assert _row(p, "opioids").remaining == 1
    assert p.hours_per_month_needed is None
    assert p.complete is False
    assert p.status == "at_risk"


# ---------------------------------------------------------------------------------------
# NJ LPC: 40 h per 24 months (date unverified); cultural 3, opioids 1, ethical & legal
# standards every cycle with hours unknown (null).
# ---------------------------------------------------------------------------------------
NJ_LPC_RENEWAL = date(2027, 6, 30)  # cycle 2025-07-01 .. 2027-06-30


def test_nj_lpc_unknown_ethics_hours_keep_it_from_complete(rule_sets):
    # 3 cultural + 1 opioid + 5 ethics + 31 general = 40 -> total met, cultural/opioid met;
    # ethics applies with hours unknown -> met None -> complete None -> "unknown".
    done = [
        _done(1, 3, date(2025, 9, 1), topics=["cultural_competency"], body="NBCC"),
        _done(2, 1, date(2025, 10, 1), topics=["opioids"], body="NBCC"),
        _done(3, 5, date(2025, 11, 1), topics=["ethics"], body="NBCC"),
        _done(4, 31, date(2026, 1, 1), body="NBCC"),
    ]
    p = compute_progress(
        rule_sets["NJ-LPC"], _lic("LPC", "NJ", NJ_LPC_RENEWAL), done, date(2026, 6, 1)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 40, 0)
    ethics = _row(p, "ethics")
    assert (ethics.applies, ethics.required, ethics.earned, ethics.met) == (True, None, 5, None)
    assert _row(p, "cultural_competency").met is True
    assert p.complete is None
    assert p.status == "unknown"


def test_nj_lpc_definitely_short_is_false_not_unknown(rule_sets):
    # 20 general hours, no cultural course: total 20 short, cultural 0/3 short -> complete False
    # even though ethics hours are unknown. today 2025-07-15: 715 days;
    # 20 / (715 / 30.4) = 20 / 23.52 = 0.85 <= 2.5 -> on_track.
    done = [_done(1, 20, date(2025, 7, 10), body="NBCC")]
    p = compute_progress(
        rule_sets["NJ-LPC"], _lic("LPC", "NJ", NJ_LPC_RENEWAL), done, date(2025, 7, 15)
    )
    assert p.cycle_start == date(2025, 7, 1)
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 20, 20)
    cultural = _row(p, "cultural_competency")
    assert (cultural.required, cultural.earned, cultural.remaining, cultural.met) == (
        3,
        0,
        3,
        False,
    )
    assert p.days_left == 715
    assert p.complete is False
    assert p.status == "on_track"


# ---------------------------------------------------------------------------------------
# NJ LMFT: 40 h per 24 months (date not retrieved); no topic minimums retrieved; refereed
# articles max 30 h (data only, not checked); no format cap recorded.
# ---------------------------------------------------------------------------------------
NJ_LMFT_RENEWAL = date(2027, 6, 30)  # cycle 2025-07-01 .. 2027-06-30


def test_nj_lmft_total_only_and_unchecked_article_limit(rule_sets):
    # 20 self-study (no cap recorded) + 20 in person = 40 -> complete; the refereed-article
    # limit is reported as not checked.
    done = [
        _done(1, 20, date(2025, 9, 1), "self_study", body="AAMFT"),
        _done(2, 20, date(2026, 3, 1), body="NBCC"),
    ]
    p = compute_progress(
        rule_sets["NJ-LMFT"], _lic("LMFT", "NJ", NJ_LMFT_RENEWAL), done, date(2027, 1, 10)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 40, 0)
    assert p.topics == ()
    assert any("Not checked by us" in u and "refereed" in u for u in p.unknowns)
    assert p.complete is True
    assert p.status == "complete"


def test_nj_lmft_renewal_day_counts_previous_renewal_day_does_not(rule_sets):
    # today = renewal day 2027-06-30. 5 h on 2025-06-30 (previous renewal) -> excluded;
    # 30 h on 2025-07-01 + 8 h on 2027-06-30 -> 38; 2 short. days_left 0 -> at_risk;
    # 2 / max(0 / 30.4, 1) = 2.0.
    done = [
        _done(1, 5, date(2025, 6, 30), body="AAMFT"),
        _done(2, 30, date(2025, 7, 1), body="AAMFT"),
        _done(3, 8, date(2027, 6, 30), body="AAMFT"),
    ]
    p = compute_progress(
        rule_sets["NJ-LMFT"], _lic("LMFT", "NJ", NJ_LMFT_RENEWAL), done, NJ_LMFT_RENEWAL
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 38, 2)
    assert p.hours_per_month_needed == 2.0
    assert p.complete is False
    assert p.status == "at_risk"


# ---------------------------------------------------------------------------------------
# NJ Psychologist: 40 h per 24 months (June of odd years, inferred); domestic violence 4,
# opioids 1; at least 10 h live (interactive online counts); first renewal exempt.
# ---------------------------------------------------------------------------------------
NJP_RENEWAL = date(2027, 6, 30)  # cycle 2025-07-01 .. 2027-06-30


def test_nj_psychologist_live_webinars_meet_the_live_floor(rule_sets):
    # Live: 4 DV + 6 general, both live webinars = 10 >= 10 (interactive online counts).
    # On demand: 1 opioid + 29 general = 30. Total 40; DV 4/4, opioid 1/1 -> complete.
    done = [
        _done(1, 4, date(2025, 9, 1), "live_online", ["domestic_violence"], "APA"),
        _done(2, 6, date(2025, 10, 1), "live_online", body="APA"),
        _done(3, 1, date(2025, 11, 1), "online_async", ["opioids"], "APA"),
        _done(4, 29, date(2026, 2, 1), "online_async", body="APA"),
    ]
    p = compute_progress(
        rule_sets["NJ-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "NJ", NJP_RENEWAL),
        done,
        date(2026, 6, 1),
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 40, 0)
    live = _live(p)
    assert (live.required, live.earned, live.remaining) == (10, 10, 0)
    assert _row(p, "domestic_violence").met is True
    assert _row(p, "opioids").met is True
    assert p.complete is True
    assert p.status == "complete"


def test_nj_psychologist_live_floor_short(rule_sets):
    # Live: 4 DV webinar + 1 in person = 5 of 10 -> 5 remaining; on demand 1 opioid + 34 = 35.
    # Total 40 met, topics met, live short -> complete False; 60 days left -> at_risk.
    done = [
        _done(1, 4, date(2025, 9, 1), "live_online", ["domestic_violence"], "APA"),
        _done(2, 1, date(2025, 9, 2), "in_person", body="APA"),
        _done(3, 1, date(2025, 11, 1), "online_async", ["opioids"], "APA"),
        _done(4, 34, date(2026, 2, 1), "online_async", body="APA"),
    ]
    p = compute_progress(
        rule_sets["NJ-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "NJ", NJP_RENEWAL),
        done,
        date(2027, 5, 1),
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 40, 0)
    live = _live(p)
    assert (live.required, live.earned, live.remaining) == (10, 5, 5)
    assert p.days_left == 60
    assert p.complete is False
    assert p.status == "at_risk"


def test_nj_psychologist_first_renewal_exempt(rule_sets):
    # First biennial renewal: no CE attestation -> total 0, no topic applies, complete.
    lic = _lic("PSYCHOLOGIST", "NJ", NJP_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["NJ-PSYCHOLOGIST"], lic, [], date(2026, 6, 1))
    assert (p.total_required, p.total_counted, p.total_remaining) == (0, 0, 0)
    assert _row(p, "domestic_violence").applies is False
    assert _row(p, "opioids").applies is False
    assert p.complete is True
    assert p.status == "complete"


# ---------------------------------------------------------------------------------------
# CO LCSW / LPC / LMFT: 40 PDH per 24 months ending 31 Aug (odd years); no topic minimums;
# 20 PDH per activity category (data only); board pre-approves nobody (judged at audit).
# ---------------------------------------------------------------------------------------
CO_RENEWAL = date(2027, 8, 31)  # cycle 2025-09-01 .. 2027-08-31


def test_co_lcsw_cycle_edges(rule_sets):
    # today = renewal day. 10 h on 2025-08-31 (previous renewal day) -> excluded;
    # 30 h on 2025-09-01 (first day) + 10 h on 2027-08-31 (renewal day) = 40 -> complete.
    done = [
        _done(1, 10, date(2025, 8, 31)),
        _done(2, 30, date(2025, 9, 1)),
        _done(3, 10, date(2027, 8, 31)),
    ]
    p = compute_progress(rule_sets["CO-LCSW"], _lic("LCSW", "CO", CO_RENEWAL), done, CO_RENEWAL)
    assert p.cycle_start == date(2025, 9, 1)
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 40, 0)
    assert p.days_left == 0
    assert p.complete is True
    assert p.status == "complete"


def test_co_lcsw_half_done_on_track(rule_sets):
    # 20 of 40; today 2026-03-01: 548 days; 20 / (548 / 30.4) = 20 / 18.03 = 1.11.
    # Pace 40 / 24 = 1.667; 1.5 × = 2.5; 1.11 <= 2.5 -> on_track.
    done = [_done(1, 20, date(2025, 12, 1))]
    p = compute_progress(
        rule_sets["CO-LCSW"], _lic("LCSW", "CO", CO_RENEWAL), done, date(2026, 3, 1)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 20, 20)
    assert p.hours_per_month_needed == 1.11
    assert p.complete is False
    assert p.status == "on_track"


def test_co_lpc_overdue(rule_sets):
    # 35 of 40, today 2027-09-10 = 10 days past renewal -> overdue.
    done = [_done(1, 35, date(2026, 5, 1), body="NBCC")]
    p = compute_progress(
        rule_sets["CO-LPC"], _lic("LPC", "CO", CO_RENEWAL), done, date(2027, 9, 10)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 35, 5)
    assert p.days_left == -10
    assert p.complete is False
    assert p.status == "overdue"


def test_co_lpc_future_dated_course_not_counted(rule_sets):
    # today 2026-01-01: 10 h on 2025-10-01 counts; 20 h dated 2026-02-01 is after today -> not
    # counted. Remaining 30; 607 days: 30 / (607 / 30.4) = 30 / 19.97 = 1.50 <= 2.5 -> on_track.
    done = [
        _done(1, 10, date(2025, 10, 1), body="NBCC"),
        _done(2, 20, date(2026, 2, 1), body="NBCC"),
    ]
    p = compute_progress(rule_sets["CO-LPC"], _lic("LPC", "CO", CO_RENEWAL), done, date(2026, 1, 1))
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 10, 30)
    assert p.days_left == 607
    assert p.hours_per_month_needed == 1.5
    assert p.status == "on_track"


def test_co_lmft_any_format_mix_completes(rule_sets):
    # 20 self-study + 20 on demand = 40: no format cap; the 20-per-category limit is data only
    # (reported as not checked) -> complete.
    done = [
        _done(1, 20, date(2025, 11, 1), "self_study"),
        _done(2, 20, date(2026, 4, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["CO-LMFT"], _lic("LMFT", "CO", CO_RENEWAL), done, date(2026, 6, 1)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 40, 0)
    assert any("Not checked by us" in u for u in p.unknowns)
    assert p.complete is True
    assert p.status == "complete"


def test_co_lmft_pace_puts_it_at_risk(rule_sets):
    # 5 of 40; today 2026-12-01: 273 days (> 90); 35 / (273 / 30.4) = 35 / 8.98 = 3.90 > 2.5.
    done = [_done(1, 5, date(2026, 1, 1))]
    p = compute_progress(
        rule_sets["CO-LMFT"], _lic("LMFT", "CO", CO_RENEWAL), done, date(2026, 12, 1)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 5, 35)
    assert p.days_left == 273
    assert p.hours_per_month_needed == 3.9
    assert p.complete is False
    assert p.status == "at_risk"


# ---------------------------------------------------------------------------------------
# CO Psychologist: 40 PDH per 24 months ending 31 Aug (odd years); initial period prorated at
# 1.67 PDH per month (issue month through expiry month); first renewal hours null.
# ---------------------------------------------------------------------------------------


def test_co_psychologist_initial_period_prorated(rule_sets):
    # Issued 2026-03-01 (given as cycle start), expires 2027-08-31: March 2026 .. August 2027
    # = 18 months (engine: 17 calendar months + 30 days >= 15 -> 18). 1.67 × 18 = 30.06.
    # 30 h done -> 0.06 remaining -> not complete. today 2027-06-01: 91 days (> 90);
    # 0.06 / (91 / 30.4) = 0.06 / 2.99 = 0.02 — far below any pace -> on_track.
    lic = _lic("PSYCHOLOGIST", "CO", CO_RENEWAL, cycle_start=date(2026, 3, 1))
    done = [_done(1, 30, date(2026, 9, 1), body="APA")]
    p = compute_progress(rule_sets["CO-PSYCHOLOGIST"], lic, done, date(2027, 6, 1))
    assert p.cycle_start == date(2026, 3, 1)
    assert p.total_required == pytest.approx(30.06)
    assert p.total_counted == 30
    assert p.total_remaining == pytest.approx(0.06)
    assert p.days_left == 91
    assert p.hours_per_month_needed == 0.02
    assert p.complete is False
    assert p.status == "on_track"


def test_co_psychologist_first_renewal_flag_gives_full_total(rule_sets):
    # first_renewal.hours is null (the rule is a proration, applied only from a given start)
    # -> the first renewal's total is unknown, but 40 (the full cycle) is surely enough, and
    # 40 are done -> nothing remains, complete; cycle from the day after the previous 31 Aug.
    lic = _lic("PSYCHOLOGIST", "CO", CO_RENEWAL, first_renewal=True)
    done = [_done(1, 40, date(2026, 9, 1), body="APA")]
    p = compute_progress(rule_sets["CO-PSYCHOLOGIST"], lic, done, date(2027, 6, 1))
    assert p.cycle_start == date(2025, 9, 1)
    assert (p.total_required, p.total_counted, p.total_remaining) == (None, 40, 0)
    assert p.complete is True
    assert p.status == "complete"
