"""Hand-worked scenarios for the Arizona and Michigan rule sets.

Expected numbers come from the rule text (store/rulesets/<ID>.yaml, converted from
shared/research/ce_requirements.yaml) and the engine contract, worked out by hand in the
comments — never from running the engine. Cycle: the day after the previous renewal date
through the renewal date; only completions on or before `today` count.
"""

from __future__ import annotations

from datetime import date

from rules.scenario import course_maker
from rules.scenario import license_facts as _lic
from rules.scenario import live_row as _live
from rules.scenario import row as _row

from bot.rules import compute_progress

_done = course_maker("NASW")


# ---------------------------------------------------------------------------------------
# AZ LCSW / LPC / LMFT (AZBBHE): 30 h per 24 months (issue-date anniversary); ethics or
# mental-health law 3, cultural competency 3, Arizona statutes/regulations tutorial 3 (all
# inside the 30); board pre-approves nobody (judged at audit); presenting/board caps data only.
# ---------------------------------------------------------------------------------------
AZ_RENEWAL = date(2026, 5, 15)  # cycle 2024-05-16 .. 2026-05-15


def test_az_lcsw_complete(rule_sets):
    # 3 ethics + 3 cultural + 3 tutorial + 21 general = 30 -> every minimum met -> complete.
    done = [
        _done(1, 3, date(2024, 8, 1), topics=["ethics"]),
        _done(2, 3, date(2024, 9, 1), topics=["cultural_competency"]),
        _done(3, 3, date(2024, 10, 1), "online_async", ["state_law_az"]),
        _done(4, 21, date(2025, 3, 1)),
    ]
    p = compute_progress(
        rule_sets["AZ-LCSW"], _lic("LCSW", "AZ", AZ_RENEWAL), done, date(2026, 1, 10)
    )
    assert p.cycle_start == date(2024, 5, 16)
    assert (p.total_required, p.total_counted, p.total_remaining) == (30, 30, 0)
    for rule_id in ("ethics", "cultural_competency", "state_law_az"):
        row = _row(p, rule_id)
        assert (row.required, row.earned, row.remaining, row.met) == (3, 3, 0, True)
    assert p.complete is True
    assert p.status == "complete"


def test_az_lcsw_missing_tutorial_at_risk(rule_sets):
    # 3 ethics + 3 cultural + 24 general = 30 -> total met; tutorial 0/3 -> not complete.
    # today 2026-04-01: 44 days <= 90 -> at_risk; max(0, 3) / max(44 / 30.4, 1) = 3 / 1.447 = 2.07.
    done = [
        _done(1, 3, date(2024, 8, 1), topics=["ethics"]),
        _done(2, 3, date(2024, 9, 1), topics=["cultural_competency"]),
        _done(3, 24, date(2025, 3, 1)),
    ]
    p = compute_progress(
        rule_sets["AZ-LCSW"], _lic("LCSW", "AZ", AZ_RENEWAL), done, date(2026, 4, 1)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (30, 30, 0)
    tutorial = _row(p, "state_law_az")
    assert (tutorial.required, tutorial.earned, tutorial.remaining, tutorial.met) == (
        3,
        0,
        3,
        False,
    )
    assert p.days_left == 44
    assert p.hours_per_month_needed == 2.07
    assert p.complete is False
    assert p.status == "at_risk"


def test_az_lpc_previous_renewal_day_is_outside_the_cycle(rule_sets):
    # 10 h on 2024-05-15 (previous renewal day) -> excluded; 6 h ethics on 2024-05-16 (first
    # day) counts. Total 6, remaining 24; topics: ethics 0, cultural 3, tutorial 3 left.
    # today 2025-01-01: 499 days; max(24, 6) = 24; 24 / (499 / 30.4) = 24 / 16.41 = 1.46.
    # Pace 30 / 24 = 1.25; 1.5 × = 1.875; 1.46 <= 1.875 -> on_track.
    done = [
        _done(1, 10, date(2024, 5, 15), body="NBCC"),
        _done(2, 6, date(2024, 5, 16), topics=["ethics"], body="NBCC"),
    ]
    p = compute_progress(rule_sets["AZ-LPC"], _lic("LPC", "AZ", AZ_RENEWAL), done, date(2025, 1, 1))
    assert (p.total_required, p.total_counted, p.total_remaining) == (30, 6, 24)
    assert _row(p, "ethics").met is True
    assert _row(p, "cultural_competency").remaining == 3
    assert p.days_left == 499
    assert p.hours_per_month_needed == 1.46
    assert p.complete is False
    assert p.status == "on_track"


def test_az_lpc_cycle_start_from_board_receipt_date(rule_sets):
    # AZ's CE window starts the day the Board received the last renewal application: given as
    # cycle_start 2024-03-01. 12 h on 2024-04-01 now counts (before the default 2024-05-16);
    # 4 h on 2024-02-28 is before the given start -> excluded. No proration -> total 30.
    lic = _lic("LPC", "AZ", AZ_RENEWAL, cycle_start=date(2024, 3, 1))
    done = [
        _done(1, 4, date(2024, 2, 28), body="NBCC"),
        _done(2, 12, date(2024, 4, 1), body="NBCC"),
    ]
    p = compute_progress(rule_sets["AZ-LPC"], lic, done, date(2025, 1, 1))
    assert p.cycle_start == date(2024, 3, 1)
    assert (p.total_required, p.total_counted, p.total_remaining) == (30, 12, 18)
    assert p.complete is False


def test_az_lmft_one_course_counts_toward_each_topic_it_covers(rule_sets):
    # A 3 h course tagged ethics + cultural counts 3 h toward the total and fully toward both
    # topic rows; + 3 h tutorial + 24 general = 30 total -> complete.
    done = [
        _done(1, 3, date(2024, 8, 1), topics=["ethics", "cultural_competency"], body="AAMFT"),
        _done(2, 3, date(2024, 9, 1), "online_async", ["state_law_az"], body="AAMFT"),
        _done(3, 24, date(2025, 3, 1), body="AAMFT"),
    ]
    p = compute_progress(
        rule_sets["AZ-LMFT"], _lic("LMFT", "AZ", AZ_RENEWAL), done, date(2026, 1, 10)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (30, 30, 0)
    assert _row(p, "ethics").earned == 3
    assert _row(p, "cultural_competency").earned == 3
    assert p.complete is True
    assert p.status == "complete"


def test_az_lmft_overdue(rule_sets):
    # 20 of 30; today 2026-05-20 = 5 days past renewal -> overdue.
    done = [_done(1, 20, date(2025, 3, 1), body="AAMFT")]
    p = compute_progress(
        rule_sets["AZ-LMFT"], _lic("LMFT", "AZ", AZ_RENEWAL), done, date(2026, 5, 20)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (30, 20, 10)
    assert p.days_left == -5
    assert p.complete is False
    assert p.status == "overdue"


# ---------------------------------------------------------------------------------------
# AZ Psychologist: 40 h per 24 months; ethics 4; DV / IPV / vulnerable-adult / child abuse /
# bullying every cycle with hours unknown (null); initial period prorated at 40/24 h per month.
# ---------------------------------------------------------------------------------------
AZP_RENEWAL = date(2026, 10, 31)  # cycle 2024-11-01 .. 2026-10-31


def test_az_psychologist_unknown_dv_hours_keep_status_unknown(rule_sets):
    # 4 ethics + 3 DV + 33 general = 40 -> total met, ethics met; DV applies with hours unknown
    # -> met None -> complete None -> "unknown".
    done = [
        _done(1, 4, date(2025, 1, 10), topics=["ethics"], body="APA"),
        _done(2, 3, date(2025, 2, 10), topics=["domestic_violence"], body="APA"),
        _done(3, 33, date(2025, 6, 1), body="APA"),
    ]
    p = compute_progress(
        rule_sets["AZ-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "AZ", AZP_RENEWAL),
        done,
        date(2026, 5, 1),
    )
    assert p.cycle_start == date(2024, 11, 1)
    assert (p.total_required, p.total_counted, p.total_remaining) == (40, 40, 0)
    dv = _row(p, "domestic_violence")
    assert (dv.applies, dv.required, dv.earned, dv.met) == (True, None, 3, None)
    assert _row(p, "ethics").met is True
    assert p.complete is None
    assert p.status == "unknown"


def test_az_psychologist_initial_period_prorated(rule_sets):
    # Initial licensure 2025-11-01 (given as cycle start) to 2026-10-31 = 12 whole months:
    # 40 / 24 × 12 = 20. Done 4 ethics + 6 = 10 -> 10 remaining: definitely short, so
    # complete False despite the unknown DV hours. today 2026-08-15: 77 days <= 90 -> at_risk.
    lic = _lic("PSYCHOLOGIST", "AZ", AZP_RENEWAL, cycle_start=date(2025, 11, 1))
    done = [
        _done(1, 4, date(2025, 12, 1), topics=["ethics"], body="APA"),
        _done(2, 6, date(2026, 2, 1), body="APA"),
    ]
    p = compute_progress(rule_sets["AZ-PSYCHOLOGIST"], lic, done, date(2026, 8, 15))
    assert (p.total_required, p.total_counted, p.total_remaining) == (20, 10, 10)
    assert _row(p, "ethics").met is True
    assert p.days_left == 77
    assert p.complete is False
    assert p.status == "at_risk"


# ---------------------------------------------------------------------------------------
# MI LMSW-Clinical: 45 h per 36 months (issue-date anniversary); ethics 5, pain & symptom
# management 2, implicit bias 1 h per year of cycle (= 3), human trafficking one-time (hours
# unknown, counts toward the total: unknown); at least 50% live (live webinars count).
# ---------------------------------------------------------------------------------------
MI_RENEWAL = date(2027, 3, 15)  # cycle 2024-03-16 .. 2027-03-15
MI_HT_DONE = {"completed_once_human_trafficking": True}


def test_mi_lcsw_complete_with_implicit_bias_per_year(rule_sets):
    # Live: 5 ethics + 16 general in person + 2 pain webinar = 23 >= 50% × 45 = 22.5.
    # On demand: 3 implicit bias + 19 general = 22. Total 45 -> met.
    # Implicit bias required 1 × 36 / 12 = 3, earned 3. Trafficking done earlier (answered
    # True) -> doesn't apply. Complete.
    done = [
        _done(1, 5, date(2024, 5, 1), topics=["ethics"]),
        _done(2, 2, date(2024, 6, 1), "live_online", ["pain_management"]),
        _done(3, 3, date(2024, 7, 1), "online_async", ["implicit_bias"], "ASWB ACE"),
        _done(4, 16, date(2025, 3, 1)),
        _done(5, 19, date(2025, 9, 1), "online_async", body="ASWB ACE"),
    ]
    p = compute_progress(
        rule_sets["MI-LCSW"], _lic("LCSW", "MI", MI_RENEWAL, MI_HT_DONE), done, date(2027, 1, 1)
    )
    assert p.cycle_start == date(2024, 3, 16)
    assert (p.total_required, p.total_counted, p.total_remaining) == (45, 45, 0)
    bias = _row(p, "implicit_bias")
    assert (bias.required, bias.earned, bias.remaining, bias.met) == (3, 3, 0, True)
    live = _live(p)
    assert (live.required, live.earned, live.remaining) == (22.5, 23, 0)
    assert _row(p, "human_trafficking").applies is False
    assert p.complete is True
    assert p.status == "complete"


def test_mi_lcsw_live_half_counts_webinars_and_is_short(rule_sets):
    # Live: 5 ethics + 5 in person, 2 pain + 3 implicit bias + 5 webinars = 20 < 22.5 -> 2.5 short.
    # (Without webinars it would be 10.) On demand 25. Total 45 met; topics met.
    # today 2027-01-15: 59 days <= 90 -> at_risk.
    done = [
        _done(1, 5, date(2024, 5, 1), topics=["ethics"]),
        _done(2, 5, date(2024, 5, 2)),
        _done(3, 2, date(2024, 6, 1), "live_online", ["pain_management"]),
        _done(4, 3, date(2024, 7, 1), "live_online", ["implicit_bias"]),
        _done(5, 5, date(2024, 8, 1), "live_online"),
        _done(6, 25, date(2025, 9, 1), "online_async", body="ASWB ACE"),
    ]
    p = compute_progress(
        rule_sets["MI-LCSW"], _lic("LCSW", "MI", MI_RENEWAL, MI_HT_DONE), done, date(2027, 1, 15)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (45, 45, 0)
    live = _live(p)
    assert (live.required, live.earned, live.remaining) == (22.5, 20, 2.5)
    assert p.days_left == 59
    assert p.complete is False
    assert p.status == "at_risk"


def test_mi_lcsw_trafficking_hours_of_unknown_standing_decide_the_total(rule_sets):
    # Trafficking not done yet (answered False) -> applies, hours unknown -> met None.
    # 5 ethics + 2 pain + 3 implicit + 34 general = 44 (all in person) + 1 h trafficking.
    # Toward the 45: 44 without the trafficking hour (short), 45 with it (met) — depends on the
    # unknown -> total_counted None, total_remaining None; complete None -> "unknown".
    done = [
        _done(1, 5, date(2024, 5, 1), topics=["ethics"]),
        _done(2, 2, date(2024, 6, 1), topics=["pain_management"]),
        _done(3, 3, date(2024, 7, 1), topics=["implicit_bias"]),
        _done(4, 34, date(2025, 3, 1)),
        _done(5, 1, date(2025, 4, 1), topics=["human_trafficking"]),
    ]
    facts = {"completed_once_human_trafficking": False}
    p = compute_progress(
        rule_sets["MI-LCSW"], _lic("LCSW", "MI", MI_RENEWAL, facts), done, date(2026, 6, 1)
    )
    assert p.total_required == 45
    assert (p.total_counted, p.total_remaining) == (None, None)
    ht = _row(p, "human_trafficking")
    assert (ht.applies, ht.required, ht.earned, ht.met) == (True, None, 1, None)
    assert p.complete is None
    assert p.status == "unknown"


def test_mi_lcsw_trafficking_unanswered_is_asked(rule_sets):
    # Everything else complete (45 h in person with ethics 5, pain 2, implicit 3); the one-time
    # trafficking training is unanswered and has no effective date -> due now (applies), asked;
    # its hours are unknown, so in-cycle hours can't be said to cover it -> complete None.
    done = [
        _done(1, 5, date(2024, 5, 1), topics=["ethics"]),
        _done(2, 2, date(2024, 6, 1), topics=["pain_management"]),
        _done(3, 3, date(2024, 7, 1), topics=["implicit_bias"]),
        _done(4, 35, date(2025, 3, 1)),
    ]
    p = compute_progress(
        rule_sets["MI-LCSW"], _lic("LCSW", "MI", MI_RENEWAL), done, date(2026, 6, 1)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (45, 45, 0)
    assert _row(p, "human_trafficking").applies is True
    assert "completed_once_human_trafficking" in dict(p.open_questions)
    assert p.complete is None
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# MI LPC: no CE hours (total 0) per 36 months (low confidence); implicit bias 1 h per year of
# cycle (= 3); human trafficking one-time (hours unknown).
# ---------------------------------------------------------------------------------------
MI_LPC_RENEWAL = date(2027, 6, 30)  # cycle 2024-07-01 .. 2027-06-30


def test_mi_lpc_no_ce_hours_but_implicit_bias(rule_sets):
    # Implicit bias 1 + 2 = 3 >= 1 × 36 / 12 = 3; total 0 required, 3 counted, 0 remaining;
    # trafficking done earlier -> complete.
    done = [
        _done(1, 1, date(2024, 9, 1), "online_async", ["implicit_bias"], "NBCC"),
        _done(2, 2, date(2026, 9, 1), "online_async", ["implicit_bias"], "NBCC"),
    ]
    p = compute_progress(
        rule_sets["MI-LPC"], _lic("LPC", "MI", MI_LPC_RENEWAL, MI_HT_DONE), done, date(2027, 1, 1)
    )
    assert p.cycle_start == date(2024, 7, 1)
    assert (p.total_required, p.total_counted, p.total_remaining) == (0, 3, 0)
    bias = _row(p, "implicit_bias")
    assert (bias.required, bias.earned, bias.remaining, bias.met) == (3, 3, 0, True)
    assert p.complete is True
    assert p.status == "complete"


def test_mi_lpc_implicit_bias_short_near_renewal(rule_sets):
    # 1 of 3 implicit-bias hours -> 2 short (definitely) -> complete False even with the
    # trafficking question open. today 2027-05-01: 60 days <= 90 -> at_risk.
    done = [_done(1, 1, date(2024, 9, 1), "online_async", ["implicit_bias"], "NBCC")]
    p = compute_progress(
        rule_sets["MI-LPC"], _lic("LPC", "MI", MI_LPC_RENEWAL), done, date(2027, 5, 1)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (0, 1, 0)
    bias = _row(p, "implicit_bias")
    assert (bias.required, bias.earned, bias.remaining, bias.met) == (3, 1, 2, False)
    assert _row(p, "human_trafficking").applies is True
    assert "completed_once_human_trafficking" in dict(p.open_questions)
    assert p.days_left == 60
    assert p.complete is False
    assert p.status == "at_risk"


# ---------------------------------------------------------------------------------------
# MI LMFT: no CE hours (total 0); cycle length unknown (cycle_length_known false);
# implicit bias per year of cycle with hours unknown (null); human trafficking one-time.
# ---------------------------------------------------------------------------------------
MI_LMFT_RENEWAL = date(2027, 6, 30)


def test_mi_lmft_implicit_bias_hours_unknown(rule_sets):
    # The cycle length is unknown, so whether the 3 h course falls in this cycle is unknown:
    # counted 0 to 3 -> total_counted None; the total of 0 is met either way -> remaining 0.
    # Implicit bias applies with hours unknown -> met None -> complete None -> "unknown",
    # even though trafficking is done.
    done = [_done(1, 3, date(2025, 1, 1), "online_async", ["implicit_bias"], "AAMFT")]
    p = compute_progress(
        rule_sets["MI-LMFT"],
        _lic("LMFT", "MI", MI_LMFT_RENEWAL, MI_HT_DONE),
        done,
        date(2026, 1, 1),
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (0, None, 0)
    assert p.total_counted_range == (0, 3)
    bias = _row(p, "implicit_bias")
    assert (bias.applies, bias.required, bias.earned, bias.unconfirmed) == (True, None, 0, 3)
    assert bias.met is None
    assert any("cycle length is unknown" in u for u in p.unknowns)
    assert p.complete is None
    assert p.status == "unknown"


def test_mi_lmft_past_renewal_is_unknown_not_overdue(rule_sets):
    # Trafficking still to do (answered False): applies, hours unknown. Nothing is definitely
    # short (total 0; both topics' hours unknown) -> complete None -> "unknown" takes precedence
    # over overdue, even 10 days after the renewal date.
    facts = {"completed_once_human_trafficking": False}
    p = compute_progress(
        rule_sets["MI-LMFT"], _lic("LMFT", "MI", MI_LMFT_RENEWAL, facts), [], date(2027, 7, 10)
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (0, 0, 0)
    ht = _row(p, "human_trafficking")
    assert (ht.applies, ht.required, ht.met) == (True, None, None)
    assert p.days_left == -10
    assert p.complete is None
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# MI Psychologist: 30 h per 24 months (issue-date anniversary); ethics 3, pain 2, implicit
# bias 1 h per year (= 2), trafficking one-time; at most 12 h per calendar day toward the
# total; no cap on online hours.
# ---------------------------------------------------------------------------------------
MIP_RENEWAL = date(2026, 11, 20)  # cycle 2024-11-21 .. 2026-11-20


def test_mi_psychologist_daily_max_12(rule_sets):
    # 2025-05-10: 8 h ethics + 6 h pain = 14 on one day -> 12 count toward the total.
    # + 2 h implicit bias (2025-06-01) + 8 h (2025-09-01) + 8 h (2025-09-02; each day <= 12)
    # -> 12 + 2 + 8 + 8 = 30 -> met.
    # Topic rows get the full course hours: ethics 8 >= 3, pain 6 >= 2, implicit 2 >= 1 × 24/12.
    # (Without the day limit the total would be 32.)
    done = [
        _done(1, 8, date(2025, 5, 10), "live_online", ["ethics"], "APA"),
        _done(2, 6, date(2025, 5, 10), "online_async", ["pain_management"], "APA"),
        _done(3, 2, date(2025, 6, 1), "online_async", ["implicit_bias"], "APA"),
        _done(4, 8, date(2025, 9, 1), body="APA"),
        _done(5, 8, date(2025, 9, 2), body="APA"),
    ]
    lic = _lic("PSYCHOLOGIST", "MI", MIP_RENEWAL, MI_HT_DONE)
    p = compute_progress(rule_sets["MI-PSYCHOLOGIST"], lic, done, date(2026, 1, 1))
    assert p.cycle_start == date(2024, 11, 21)
    assert (p.total_required, p.total_counted, p.total_remaining) == (30, 30, 0)
    assert _row(p, "ethics").earned == 8
    assert _row(p, "pain_management").earned == 6
    bias = _row(p, "implicit_bias")
    assert (bias.required, bias.earned, bias.met) == (2, 2, True)
    assert p.complete is True
    assert p.status == "complete"


def test_mi_psychologist_daily_max_leaves_total_short(rule_sets):
    # 2025-05-10: 10 h ethics + 10 h = 20 -> 12; 2025-06-01: 10 h pain + implicit bias -> 10.
    # Total 22 of 30 -> 8 short; topics met. today 2026-10-01: 50 days <= 90 -> at_risk.
    done = [
        _done(1, 10, date(2025, 5, 10), topics=["ethics"], body="APA"),
        _done(2, 10, date(2025, 5, 10), body="APA"),
        _done(3, 10, date(2025, 6, 1), topics=["pain_management", "implicit_bias"], body="APA"),
    ]
    lic = _lic("PSYCHOLOGIST", "MI", MIP_RENEWAL, MI_HT_DONE)
    p = compute_progress(rule_sets["MI-PSYCHOLOGIST"], lic, done, date(2026, 10, 1))
    assert (p.total_required, p.total_counted, p.total_remaining) == (30, 22, 8)
    assert _row(p, "implicit_bias").met is True
    assert p.days_left == 50
    assert p.complete is False
    assert p.status == "at_risk"


def test_mi_psychologist_trafficking_unanswered(rule_sets):
    # 3 ethics + 2 pain + 2 implicit + 23 general on separate days = 30 (no day over 12) -> met;
    # trafficking unanswered (hours unknown) -> asked, complete None -> "unknown".
    done = [
        _done(1, 3, date(2025, 1, 10), topics=["ethics"], body="APA"),
        _done(2, 2, date(2025, 2, 10), topics=["pain_management"], body="APA"),
        _done(3, 2, date(2025, 3, 10), topics=["implicit_bias"], body="APA"),
        _done(4, 12, date(2025, 4, 10), body="APA"),
        _done(5, 11, date(2025, 5, 10), body="APA"),
    ]
    p = compute_progress(
        rule_sets["MI-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "MI", MIP_RENEWAL),
        done,
        date(2026, 1, 1),
    )
    assert (p.total_required, p.total_counted, p.total_remaining) == (30, 30, 0)
    assert _row(p, "human_trafficking").applies is True
    assert "completed_once_human_trafficking" in dict(p.open_questions)
    assert p.complete is None
    assert p.status == "unknown"
