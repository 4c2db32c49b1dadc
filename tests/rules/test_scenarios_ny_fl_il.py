"""Hand-worked scenarios for the New York, Florida and Illinois rule sets (store/rulesets/NY-*,
FL-*, IL-*; NY-LCSW is covered in test_progress.py / test_engine_defects.py, IL-LCSW in
test_engine_defects.py).

Every expected number is worked out from the rule text in the YAML files (checked against
/work/shared/research/ce_requirements.yaml) and the engine's contract (cycle = day after the
previous renewal .. renewal day, both included; completions after `today` never count; caps,
topic rows, first renewal, unknowns, status thresholds), never from running the engine.
Status arithmetic: hours per month needed = remaining / max(days_left / 30.4, 1), rounded to
0.01, where remaining = max(total remaining, sum of the applicable topic rows' remaining);
at_risk when days_left <= 90 or that figure > 1.5 x (total / cycle_months).
"""

from __future__ import annotations

from datetime import date

from rules.scenario import course_maker
from rules.scenario import license_facts as _lic
from rules.scenario import row as _row
from rules.scenario import totals as _totals

from bot.rules import compute_progress

_ny = course_maker("NYSED")  # New York: NYSED-approved providers only (closed list)
_fl = course_maker("NASW")  # Florida social work / MFT / counseling board: open list
_fl_psy = course_maker("APA")  # Florida psychology: APA or the board (closed list)
_il = course_maker("IDFPR")  # Illinois: IDFPR-approved sponsors (open list)


def _state(p, rule_id):
    """(applies, required, earned, remaining) of one topic row."""
    r = _row(p, rule_id)
    return (r.applies, r.required, r.earned, r.remaining)


def _excluded(p):
    return sorted(cid for cid, _ in p.excluded)


# ============================================================================================
# NY LMHC (NY-LPC) and NY LMFT: 36 h per 36-month registration period; 3 h professional
# boundaries every period for periods *starting* on/after 2023-04-01 (effective_applies_to
# cycle_start); child abuse identification 2 h one-time, outside the 36 (counts false);
# self-study + on-demand online capped at 12 h; NYSED-approved providers only (closed list);
# exempt for the period in which first licensed. Pace threshold 1.5 x 36/36 = 1.5 h/month.
# ============================================================================================
NY_LPC_RENEWAL = date(2027, 6, 30)  # cycle 2024-07-01 .. 2027-06-30


def test_ny_lpc_self_study_cap_and_child_abuse_outside_the_total(rule_sets):
    # Toward the 36: 3 boundaries + 10 self-study + 6 on-demand + 14 in person = 33 raw;
    # capped group 10 + 6 = 16 > 12 -> 4 don't count -> 29; remaining 36 - 29 = 7.
    # Child abuse 2 h (counts false): not in the 29, but earns its row 2/2. One-time,
    # unanswered, no effective date -> applies (due now) yet already covered this cycle ->
    # met and no question asked.
    # days_left 2026-06-01 -> 2027-06-30 = 394; 7 / (394 / 30.4 = 12.961) = 0.540 -> 0.54
    # <= 1.5 -> on_track.
    done = [
        _ny(1, 3, date(2024, 7, 1), topics=["professional_boundaries"]),
        _ny(2, 10, date(2024, 9, 1), "self_study"),
        _ny(3, 6, date(2025, 1, 15), "online_async"),
        _ny(4, 2, date(2025, 2, 1), topics=["child_abuse_reporting"]),
        _ny(5, 14, date(2025, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["NY-LPC"], _lic("LPC", "NY", NY_LPC_RENEWAL), done, date(2026, 6, 1)
    )
    assert p.cycle_start == date(2024, 7, 1)
    assert _totals(p) == (36, 29, 7)
    assert _state(p, "professional_boundaries") == (True, 3, 3, 0)
    assert _state(p, "child_abuse_reporting") == (True, 2, 2, 0)
    assert _row(p, "child_abuse_reporting").met is True
    assert "completed_once_child_abuse_reporting" not in dict(p.open_questions)
    assert p.days_left == 394
    assert p.hours_per_month_needed == 0.54
    assert p.complete is False
    assert p.status == "on_track"


def test_ny_lpc_period_started_before_april_2023_has_no_boundaries_due_and_cycle_edges(rule_sets):
    # Renewal 2025-12-31 -> cycle 2023-01-01 .. 2025-12-31: it started before 2023-04-01, so
    # the boundaries rule (periods starting on/after 2023-04-01) doesn't apply yet.
    # 2022-12-31 (previous renewal day) -> excluded; 2023-01-01 (first day) 12 h on demand
    # (exactly the 12 h cap) and 2025-12-31 (renewal day = today) 24 h live webinar (not a
    # capped format) -> counted: 12 + 24 = 36 -> met. Child abuse done before (answered True).
    renewal = date(2025, 12, 31)
    lic = _lic("LPC", "NY", renewal, {"completed_once_child_abuse_reporting": True})
    done = [
        _ny(1, 4, date(2022, 12, 31), topics=["professional_boundaries"]),
        _ny(2, 12, date(2023, 1, 1), "online_async"),
        _ny(3, 24, date(2025, 12, 31), "live_online"),
    ]
    p = compute_progress(rule_sets["NY-LPC"], lic, done, renewal)
    assert p.cycle_start == date(2023, 1, 1)
    assert _totals(p) == (36, 36, 0)
    boundaries = _row(p, "professional_boundaries")
    assert (boundaries.applies, boundaries.earned, boundaries.remaining) == (False, 0, 0)
    assert _row(p, "child_abuse_reporting").applies is False
    assert _excluded(p) == [1]
    assert p.days_left == 0
    assert p.complete is True
    assert p.status == "complete"


def test_ny_lpc_child_abuse_still_to_do_closed_list_and_future_course(rule_sets):
    # Child abuse answered False (never done) -> applies now, 0/2 -> 2 remaining.
    # Course 2 (20 h, NBCC) -> excluded: the closed list names NYSED only.
    # Course 4 (13 h, 2026-07-15) is after today (2026-06-01) -> never counted.
    # Counted 3 + 10 = 13; remaining 36 - 13 = 23. Topic remaining: child abuse 2.
    # 394 days left; max(23, 2) / 12.961 = 1.7746 -> 1.77 > 1.5 -> at_risk.
    lic = _lic("LPC", "NY", NY_LPC_RENEWAL, {"completed_once_child_abuse_reporting": False})
    done = [
        _ny(1, 3, date(2025, 1, 10), topics=["professional_boundaries"]),
        _ny(2, 20, date(2025, 3, 1), body="NBCC"),
        _ny(3, 10, date(2025, 5, 1)),
        _ny(4, 13, date(2026, 7, 15)),
    ]
    p = compute_progress(rule_sets["NY-LPC"], lic, done, date(2026, 6, 1))
    assert _totals(p) == (36, 13, 23)
    assert _state(p, "child_abuse_reporting") == (True, 2, 0, 2)
    assert _row(p, "professional_boundaries").met is True
    assert _excluded(p) == [2, 4]
    assert p.hours_per_month_needed == 1.77
    assert p.complete is False
    assert p.status == "at_risk"


def test_ny_lpc_first_registration_period_is_exempt(rule_sets):
    # First renewal: exempt -> total 0, no topic applies (nor is asked about) -> complete.
    lic = _lic("LPC", "NY", NY_LPC_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["NY-LPC"], lic, [], date(2026, 6, 1))
    assert _totals(p) == (0, 0, 0)
    assert _row(p, "professional_boundaries").applies is False
    assert _row(p, "child_abuse_reporting").applies is False
    assert p.open_questions == ()
    assert p.complete is True
    assert p.status == "complete"


NY_LMFT_RENEWAL = date(2026, 3, 31)  # cycle 2023-04-01 .. 2026-03-31


def test_ny_lmft_period_starting_on_april_1_2023_needs_boundaries_child_abuse_unanswered(
    rule_sets,
):
    # Cycle 2023-04-01 .. 2026-03-31 starts on the boundaries rule's effective day -> applies;
    # 3 h on the first day meet it. 3 + 33 = 36 -> total met.
    # Child abuse unanswered, no hours this cycle -> applies (due now), 0/2, question asked.
    # days_left 2026-01-15 -> 2026-03-31 = 75 (<= 90) -> at_risk;
    # per month = max(0, 2) / max(75 / 30.4 = 2.467, 1) = 0.811 -> 0.81.
    done = [
        _ny(1, 3, date(2023, 4, 1), topics=["professional_boundaries"]),
        _ny(2, 33, date(2024, 5, 1)),
    ]
    lic = _lic("LMFT", "NY", NY_LMFT_RENEWAL)
    p = compute_progress(rule_sets["NY-LMFT"], lic, done, date(2026, 1, 15))
    assert p.cycle_start == date(2023, 4, 1)
    assert _totals(p) == (36, 36, 0)
    assert _state(p, "professional_boundaries") == (True, 3, 3, 0)
    assert _state(p, "child_abuse_reporting") == (True, 2, 0, 2)
    assert "completed_once_child_abuse_reporting" in dict(p.open_questions)
    assert p.days_left == 75
    assert p.hours_per_month_needed == 0.81
    assert p.complete is False
    assert p.status == "at_risk"


def test_ny_lmft_missing_boundaries_after_renewal_is_overdue(rule_sets):
    # 36 h general -> total met, but boundaries 0/3; child abuse done before (True).
    # today 2026-04-10: days_left -10 -> overdue; per month = max(0, 3) / max(-0.33, 1) = 3.0.
    lic = _lic("LMFT", "NY", NY_LMFT_RENEWAL, {"completed_once_child_abuse_reporting": True})
    p = compute_progress(
        rule_sets["NY-LMFT"], lic, [_ny(1, 36, date(2024, 6, 1))], date(2026, 4, 10)
    )
    assert _totals(p) == (36, 36, 0)
    assert _state(p, "professional_boundaries") == (True, 3, 0, 3)
    assert p.days_left == -10
    assert p.hours_per_month_needed == 3.0
    assert p.complete is False
    assert p.status == "overdue"


def test_ny_lmft_self_study_cap_spares_live_webinars(rule_sets):
    # Renewal 2028-06-30 -> cycle 2025-07-01 .. 2028-06-30 (starts after 2023-04-01).
    # Capped group: 15 on demand + 4 self-study = 19 > 12 -> 7 don't count -> 12;
    # live webinar 9 h (boundaries) is not a capped format -> 12 + 9 = 21; remaining 15.
    # days_left 2026-01-01 -> 2028-06-30 = 911; 15 / (911 / 30.4 = 29.967) = 0.5006 -> 0.5.
    renewal = date(2028, 6, 30)
    lic = _lic("LMFT", "NY", renewal, {"completed_once_child_abuse_reporting": True})
    done = [
        _ny(1, 15, date(2025, 7, 10), "online_async"),
        _ny(2, 4, date(2025, 8, 10), "self_study"),
        _ny(3, 9, date(2025, 9, 10), "live_online", ["professional_boundaries"]),
    ]
    p = compute_progress(rule_sets["NY-LMFT"], lic, done, date(2026, 1, 1))
    assert p.cycle_start == date(2025, 7, 1)
    assert _totals(p) == (36, 21, 15)
    assert _state(p, "professional_boundaries") == (True, 3, 9, 0)
    assert p.days_left == 911
    assert p.hours_per_month_needed == 0.5
    assert p.complete is False
    assert p.status == "on_track"


# ============================================================================================
# NY Psychologist: 36 h / 36 months; ethics 3; boundaries 3 (effective 2023-04-01, in force
# for renewals on/after it: this record doesn't say "periods starting on/after");
# child abuse 2 h one-time outside the total; self-study + on-demand: one-third of the
# required hours (max_percent 33.33: 36 x 33.33% = 11.9988 -> 12.00 to the cent, the
# research's "12 of 36"); NYSED only (closed); first period exempt.
# ============================================================================================
NY_PSY_RENEWAL = date(2027, 10, 31)  # cycle 2024-11-01 .. 2027-10-31


def test_ny_psychologist_one_third_cap_and_one_course_on_ethics_and_boundaries(rule_sets):
    # 14 h self-study -> one-third cap 12 -> 2 don't count. 3 h course on boundaries that
    # references NY law counts toward both ethics and boundaries (NYSED advisory in the
    # rule's notes): each row 3/3. Total 12 + 3 + 21 = 36 -> met. Child abuse done before.
    lic = _lic("PSYCHOLOGIST", "NY", NY_PSY_RENEWAL, {"completed_once_child_abuse_reporting": True})
    done = [
        _ny(1, 14, date(2024, 11, 1), "self_study"),
        _ny(2, 3, date(2025, 2, 1), topics=["ethics", "professional_boundaries"]),
        _ny(3, 21, date(2025, 9, 1)),
    ]
    p = compute_progress(rule_sets["NY-PSYCHOLOGIST"], lic, done, date(2026, 5, 1))
    assert p.cycle_start == date(2024, 11, 1)
    assert _totals(p) == (36, 36, 0)
    assert _state(p, "ethics") == (True, 3, 3, 0)
    assert _state(p, "professional_boundaries") == (True, 3, 3, 0)
    assert _row(p, "child_abuse_reporting").applies is False
    assert p.complete is True
    assert p.status == "complete"


def test_ny_psychologist_boundaries_due_by_renewal_date_and_cycle_edges(rule_sets):
    # Renewal 2026-02-28 -> cycle 2023-03-01 .. 2026-02-28. Boundaries' effective day
    # 2023-04-01 <= renewal and this rule set counts it by renewal date -> applies.
    # 2023-02-28 (previous renewal day, boundaries) -> excluded; 2023-03-01 (first day,
    # ethics 3) and 2026-02-28 (renewal day = today, 30 h) -> counted: 33, remaining 3.
    # Boundaries 0/3. days_left 0 -> at_risk; per month = max(3, 3) / 1 = 3.0.
    renewal = date(2026, 2, 28)
    lic = _lic("PSYCHOLOGIST", "NY", renewal, {"completed_once_child_abuse_reporting": True})
    done = [
        _ny(1, 3, date(2023, 2, 28), topics=["professional_boundaries"]),
        _ny(2, 3, date(2023, 3, 1), topics=["ethics"]),
        _ny(3, 30, date(2026, 2, 28)),
    ]
    p = compute_progress(rule_sets["NY-PSYCHOLOGIST"], lic, done, renewal)
    assert p.cycle_start == date(2023, 3, 1)
    assert _totals(p) == (36, 33, 3)
    assert _state(p, "ethics") == (True, 3, 3, 0)
    assert _state(p, "professional_boundaries") == (True, 3, 0, 3)
    assert _excluded(p) == [1]
    assert p.days_left == 0
    assert p.hours_per_month_needed == 3.0
    assert p.complete is False
    assert p.status == "at_risk"


def test_ny_psychologist_child_abuse_done_this_cycle_apa_course_refused(rule_sets):
    # Child abuse answered False (still to do) and done this cycle: 2/2, but its 2 h stay out
    # of the total. The 20 h APA course is refused (NYSED-only list).
    # Counted 3 ethics + 3 boundaries + 28 = 34; remaining 2.
    # days_left 2027-09-15 -> 2027-10-31 = 46 (<= 90) -> at_risk;
    # per month = max(2, 0) / max(46 / 30.4 = 1.513, 1) = 1.3217 -> 1.32.
    lic = _lic(
        "PSYCHOLOGIST", "NY", NY_PSY_RENEWAL, {"completed_once_child_abuse_reporting": False}
    )
    done = [
        _ny(1, 3, date(2025, 1, 10), topics=["ethics"]),
        _ny(2, 3, date(2025, 2, 10), topics=["professional_boundaries"]),
        _ny(3, 2, date(2025, 3, 10), topics=["child_abuse_reporting"]),
        _ny(4, 20, date(2025, 4, 10), body="APA"),
        _ny(5, 28, date(2025, 5, 10)),
    ]
    p = compute_progress(rule_sets["NY-PSYCHOLOGIST"], lic, done, date(2027, 9, 15))
    assert _totals(p) == (36, 34, 2)
    assert _state(p, "child_abuse_reporting") == (True, 2, 2, 0)
    assert _excluded(p) == [4]
    assert p.days_left == 46
    assert p.hours_per_month_needed == 1.32
    assert p.complete is False
    assert p.status == "at_risk"


def test_ny_psychologist_first_registration_period_is_exempt(rule_sets):
    lic = _lic("PSYCHOLOGIST", "NY", NY_PSY_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["NY-PSYCHOLOGIST"], lic, [], date(2026, 5, 1))
    assert _totals(p) == (0, 0, 0)
    assert all(r.applies is False for r in p.topics)
    assert p.complete is True
    assert p.status == "complete"


# ============================================================================================
# FL LCSW / LMHC (FL-LPC) / LMFT: 30 h per biennium ending March 31 of odd years; ethics 3,
# medical errors 2 every biennium; domestic violence 2 and Florida laws & rules 3 every
# third biennium (asked: fl_domestic_violence_due / fl_laws_rules_due); no home-study cap;
# open approval list (board, NASW, ...); first renewal exempt.
# Pace threshold 1.5 x 30/24 = 1.875 h/month.
# ============================================================================================
FL_RENEWAL = date(2027, 3, 31)  # cycle 2025-04-01 .. 2027-03-31
FL_BOTH_DUE = {"fl_domestic_violence_due": True, "fl_laws_rules_due": True}
FL_NEITHER_DUE = {"fl_domestic_violence_due": False, "fl_laws_rules_due": False}


def test_fl_lcsw_third_biennium_both_due_all_online_is_complete(rule_sets):
    # 3 ethics + 2 medical errors + 2 DV + 3 laws & rules + 20 general = 30, all on demand /
    # self-study: no cap -> all 30 count. Every row met.
    done = [
        _fl(1, 3, date(2025, 5, 1), "online_async", ["ethics"]),
        _fl(2, 2, date(2025, 6, 1), "online_async", ["medical_errors"]),
        _fl(3, 2, date(2025, 7, 1), "online_async", ["domestic_violence"]),
        _fl(4, 3, date(2025, 8, 1), "self_study", ["state_law_fl"]),
        _fl(5, 20, date(2026, 1, 10), "online_async"),
    ]
    p = compute_progress(
        rule_sets["FL-LCSW"], _lic("LCSW", "FL", FL_RENEWAL, FL_BOTH_DUE), done, date(2026, 11, 1)
    )
    assert p.cycle_start == date(2025, 4, 1)
    assert _totals(p) == (30, 30, 0)
    for rule_id, hours in (
        ("ethics", 3),
        ("medical_errors", 2),
        ("domestic_violence", 2),
        ("state_law_fl", 3),
    ):
        assert _state(p, rule_id) == (True, hours, hours, 0)
    assert p.complete is True
    assert p.status == "complete"


def test_fl_lcsw_cycle_edges_on_renewal_day(rule_sets):
    # 2025-03-31 (previous renewal day) 5 h ethics -> excluded; 2025-04-01 (first day) 3 h
    # ethics and 2027-03-31 (renewal day = today) 2 h medical errors -> counted.
    # Counted 3 + 2 + 22 = 27; remaining 3. Ethics earned 3 (not 8). DV / laws not due.
    # days_left 0 -> at_risk; per month = max(3, 0) / 1 = 3.0.
    done = [
        _fl(1, 5, date(2025, 3, 31), topics=["ethics"]),
        _fl(2, 3, date(2025, 4, 1), topics=["ethics"]),
        _fl(3, 2, date(2027, 3, 31), topics=["medical_errors"]),
        _fl(4, 22, date(2026, 2, 1)),
    ]
    lic = _lic("LCSW", "FL", FL_RENEWAL, FL_NEITHER_DUE)
    p = compute_progress(rule_sets["FL-LCSW"], lic, done, FL_RENEWAL)
    assert _totals(p) == (30, 27, 3)
    assert _state(p, "ethics") == (True, 3, 3, 0)
    assert _state(p, "medical_errors") == (True, 2, 2, 0)
    assert _row(p, "domestic_violence").applies is False
    assert _row(p, "state_law_fl").applies is False
    assert _excluded(p) == [1]
    assert p.days_left == 0
    assert p.hours_per_month_needed == 3.0
    assert p.complete is False
    assert p.status == "at_risk"


def test_fl_lcsw_first_renewal_is_exempt(rule_sets):
    # Exempt: total 0; DV / laws unanswered but nothing applies, so nothing is asked.
    lic = _lic("LCSW", "FL", FL_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["FL-LCSW"], lic, [], date(2026, 6, 1))
    assert _totals(p) == (0, 0, 0)
    assert all(r.applies is False for r in p.topics)
    assert p.open_questions == ()
    assert p.complete is True
    assert p.status == "complete"


def test_fl_lcsw_dv_due_laws_unanswered_future_dv_course(rule_sets):
    # DV due (True): the 2 h DV course is dated 2026-04-01, after today 2026-03-01 -> not
    # counted -> DV 0/2. Laws & rules unanswered -> applies None, question asked.
    # Counted 3 + 2 + 10 = 15; remaining 15. Topic remaining (applicable rows): DV 2.
    # days_left 2026-03-01 -> 2027-03-31 = 395; max(15, 2) / (395 / 30.4 = 12.993) = 1.1545
    # -> 1.15 <= 1.875 -> on_track.
    done = [
        _fl(1, 3, date(2025, 5, 1), topics=["ethics"]),
        _fl(2, 2, date(2025, 6, 1), topics=["medical_errors"]),
        _fl(3, 10, date(2025, 9, 1)),
        _fl(4, 2, date(2026, 4, 1), topics=["domestic_violence"]),
    ]
    lic = _lic("LCSW", "FL", FL_RENEWAL, {"fl_domestic_violence_due": True})
    p = compute_progress(rule_sets["FL-LCSW"], lic, done, date(2026, 3, 1))
    assert _totals(p) == (30, 15, 15)
    assert _state(p, "domestic_violence") == (True, 2, 0, 2)
    assert _row(p, "state_law_fl").applies is None
    assert "fl_laws_rules_due" in dict(p.open_questions)
    assert _excluded(p) == [4]
    assert p.days_left == 395
    assert p.hours_per_month_needed == 1.15
    assert p.complete is False
    assert p.status == "on_track"


def test_fl_lpc_nbcc_courses_count_on_an_open_list(rule_sets):
    # Renewal 2029-03-31 -> cycle 2027-04-01 .. 2029-03-31. NBCC isn't on the board's list,
    # but the list is open -> counted (with a note). Laws & rules due, DV not.
    # 3 ethics + 2 medical errors + 3 laws + 22 on demand = 30 -> complete.
    renewal = date(2029, 3, 31)
    facts = {"fl_domestic_violence_due": False, "fl_laws_rules_due": True}
    done = [
        _fl(1, 3, date(2027, 4, 1), topics=["ethics"], body="NBCC"),
        _fl(2, 2, date(2027, 5, 1), topics=["medical_errors"], body="NBCC"),
        _fl(3, 3, date(2027, 6, 1), topics=["state_law_fl"], body="NBCC"),
        _fl(4, 22, date(2028, 1, 1), "online_async", body="NBCC"),
    ]
    p = compute_progress(
        rule_sets["FL-LPC"], _lic("LPC", "FL", renewal, facts), done, date(2028, 10, 1)
    )
    assert p.cycle_start == date(2027, 4, 1)
    assert _totals(p) == (30, 30, 0)
    assert _state(p, "state_law_fl") == (True, 3, 3, 0)
    assert _row(p, "domestic_violence").applies is False
    assert p.excluded == ()
    assert p.complete is True
    assert p.status == "complete"


def _fl_lpc_core():
    # 3 ethics + 2 medical errors, by the Florida board.
    board = "Florida Board of Clinical Social Work"
    return [
        _fl(1, 3, date(2025, 5, 1), topics=["ethics"], body=board),
        _fl(2, 2, date(2025, 6, 1), topics=["medical_errors"], body=board),
    ]


def test_fl_lpc_third_biennium_unanswered_and_not_covered_is_unknown(rule_sets):
    # 3 + 2 + 25 = 30 -> total met; DV and laws unanswered with 0 h -> each may apply and
    # isn't met -> complete None, status unknown; both questions asked.
    done = [*_fl_lpc_core(), _fl(3, 25, date(2025, 9, 1))]
    p = compute_progress(rule_sets["FL-LPC"], _lic("LPC", "FL", FL_RENEWAL), done, date(2026, 6, 1))
    assert _totals(p) == (30, 30, 0)
    assert _row(p, "domestic_violence").applies is None
    assert _row(p, "state_law_fl").applies is None
    questions = dict(p.open_questions)
    assert "fl_domestic_violence_due" in questions and "fl_laws_rules_due" in questions
    assert p.complete is None
    assert p.status == "unknown"


def test_fl_lpc_third_biennium_unanswered_but_covered_is_complete(rule_sets):
    # 3 + 2 + 2 DV + 3 laws + 20 = 30; DV 2 >= 2 and laws 3 >= 3: met whatever the answers
    # -> nothing unanswered can change it -> complete.
    done = [
        *_fl_lpc_core(),
        _fl(3, 2, date(2025, 7, 1), topics=["domestic_violence"]),
        _fl(4, 3, date(2025, 8, 1), topics=["state_law_fl"]),
        _fl(5, 20, date(2025, 9, 1)),
    ]
    p = compute_progress(rule_sets["FL-LPC"], _lic("LPC", "FL", FL_RENEWAL), done, date(2026, 6, 1))
    assert _totals(p) == (30, 30, 0)
    assert _row(p, "domestic_violence").applies is None
    assert _row(p, "domestic_violence").met is True
    assert _row(p, "state_law_fl").met is True
    assert p.complete is True
    assert p.status == "complete"


def test_fl_lpc_behind_pace_is_at_risk(rule_sets):
    # DV due, laws not. 8 h general only: remaining 30 - 8 = 22; topic remaining
    # ethics 3 + medical errors 2 + DV 2 = 7; max = 22.
    # days_left 2026-09-01 -> 2027-03-31 = 211; 22 / (211 / 30.4 = 6.941) = 3.1697 -> 3.17
    # > 1.875 -> at_risk.
    facts = {"fl_domestic_violence_due": True, "fl_laws_rules_due": False}
    done = [_fl(1, 8, date(2025, 10, 1), body="NBCC")]
    p = compute_progress(
        rule_sets["FL-LPC"], _lic("LPC", "FL", FL_RENEWAL, facts), done, date(2026, 9, 1)
    )
    assert _totals(p) == (30, 8, 22)
    assert _state(p, "ethics") == (True, 3, 0, 3)
    assert _state(p, "medical_errors") == (True, 2, 0, 2)
    assert _state(p, "domestic_violence") == (True, 2, 0, 2)
    assert p.days_left == 211
    assert p.hours_per_month_needed == 3.17
    assert p.complete is False
    assert p.status == "at_risk"


def test_fl_lmft_short_after_renewal_is_overdue_next_cycle_course_excluded(rule_sets):
    # Renewal 2025-03-31 -> cycle 2023-04-01 .. 2025-03-31. A 5 h course on 2025-04-01 is
    # the next cycle's -> excluded. Counted 3 + 2 + 20 = 25; remaining 5.
    # today 2025-04-15: days_left -15 -> overdue.
    renewal = date(2025, 3, 31)
    done = [
        _fl(1, 3, date(2023, 5, 1), topics=["ethics"], body="AAMFT"),
        _fl(2, 2, date(2023, 6, 1), topics=["medical_errors"], body="AAMFT"),
        _fl(3, 20, date(2024, 1, 10), body="AAMFT"),
        _fl(4, 5, date(2025, 4, 1), body="AAMFT"),
    ]
    lic = _lic("LMFT", "FL", renewal, FL_NEITHER_DUE)
    p = compute_progress(rule_sets["FL-LMFT"], lic, done, date(2025, 4, 15))
    assert p.cycle_start == date(2023, 4, 1)
    assert _totals(p) == (30, 25, 5)
    assert _excluded(p) == [4]
    assert p.days_left == -15
    assert p.complete is False
    assert p.status == "overdue"


def test_fl_lmft_topics_done_early_is_on_track(rule_sets):
    # Both third-biennium topics due and done: 3 + 2 + 2 + 3 = 10; remaining 20; no topic
    # remaining. days_left 2025-10-01 -> 2027-03-31 = 546; 20 / (546 / 30.4 = 17.961) =
    # 1.1135 -> 1.11 <= 1.875 -> on_track.
    done = [
        _fl(1, 3, date(2025, 5, 1), topics=["ethics"], body="AAMFT"),
        _fl(2, 2, date(2025, 6, 1), topics=["medical_errors"], body="AAMFT"),
        _fl(3, 2, date(2025, 7, 1), topics=["domestic_violence"], body="AAMFT"),
        _fl(4, 3, date(2025, 8, 1), topics=["state_law_fl"], body="AAMFT"),
    ]
    lic = _lic("LMFT", "FL", FL_RENEWAL, FL_BOTH_DUE)
    p = compute_progress(rule_sets["FL-LMFT"], lic, done, date(2025, 10, 1))
    assert _totals(p) == (30, 10, 20)
    assert all(
        _row(p, r).met for r in ("ethics", "medical_errors", "domestic_violence", "state_law_fl")
    )
    assert p.days_left == 546
    assert p.hours_per_month_needed == 1.11
    assert p.complete is False
    assert p.status == "on_track"


def test_fl_lmft_laws_course_on_renewal_day_completes(rule_sets):
    # 3 + 2 + 2 DV + 20 + 3 laws on 2027-03-31 (renewal day = today, counted) = 30 -> complete.
    done = [
        _fl(1, 3, date(2025, 5, 1), topics=["ethics"]),
        _fl(2, 2, date(2025, 6, 1), topics=["medical_errors"]),
        _fl(3, 2, date(2025, 7, 1), topics=["domestic_violence"]),
        _fl(4, 20, date(2026, 1, 1), "live_online"),
        _fl(5, 3, date(2027, 3, 31), "online_async", ["state_law_fl"]),
    ]
    lic = _lic("LMFT", "FL", FL_RENEWAL, FL_BOTH_DUE)
    p = compute_progress(rule_sets["FL-LMFT"], lic, done, FL_RENEWAL)
    assert _totals(p) == (30, 30, 0)
    assert _state(p, "state_law_fl") == (True, 3, 3, 0)
    assert p.days_left == 0
    assert p.complete is True
    assert p.status == "complete"


# ============================================================================================
# FL Psychologist: 40 h per biennium ending May 31 of even years; ethics & FL laws 3,
# medical errors 2 every biennium; DV 2 every third biennium (asked); no home-study cap;
# APA or Florida Board of Psychology providers (closed list); first renewal: hours and
# exemption unknown (the laws & rules exam counts as 40 h in the research, excluding DV and
# medical errors) -> total unknown, the full 40 surely enough.
# Pace threshold 1.5 x 40/24 = 2.5 h/month.
# ============================================================================================
FL_PSY_RENEWAL = date(2026, 5, 31)  # cycle 2024-06-01 .. 2026-05-31


def test_fl_psychologist_complete_with_non_apa_course_refused(rule_sets):
    # 3 ethics + 2 medical errors + 2 DV + 33 on demand (no cap) = 40 -> met.
    # 5 h NBCC course -> refused (closed list: APA, board).
    done = [
        _fl_psy(1, 3, date(2024, 6, 1), topics=["ethics"]),
        _fl_psy(2, 2, date(2024, 7, 1), topics=["medical_errors"]),
        _fl_psy(3, 2, date(2024, 8, 1), topics=["domestic_violence"]),
        _fl_psy(4, 33, date(2025, 1, 1), "online_async"),
        _fl_psy(5, 5, date(2025, 2, 1), body="NBCC"),
    ]
    lic = _lic("PSYCHOLOGIST", "FL", FL_PSY_RENEWAL, {"fl_domestic_violence_due": True})
    p = compute_progress(rule_sets["FL-PSYCHOLOGIST"], lic, done, date(2026, 5, 1))
    assert p.cycle_start == date(2024, 6, 1)
    assert _totals(p) == (40, 40, 0)
    assert _state(p, "domestic_violence") == (True, 2, 2, 0)
    assert _excluded(p) == [5]
    assert p.complete is True
    assert p.status == "complete"


def test_fl_psychologist_first_renewal_full_total_is_surely_enough(rule_sets):
    # First renewal: requirement unknown -> total_required None; 3 + 2 + 35 = 40 >= the full
    # 40 -> remaining 0, total met; ethics and medical errors met; DV not due -> complete.
    done = [
        _fl_psy(1, 3, date(2024, 9, 1), topics=["ethics"]),
        _fl_psy(2, 2, date(2024, 10, 1), topics=["medical_errors"]),
        _fl_psy(3, 35, date(2025, 3, 1)),
    ]
    lic = _lic(
        "PSYCHOLOGIST",
        "FL",
        FL_PSY_RENEWAL,
        {"fl_domestic_violence_due": False},
        first_renewal=True,
    )
    p = compute_progress(rule_sets["FL-PSYCHOLOGIST"], lic, done, date(2026, 3, 1))
    assert _totals(p) == (None, 40, 0)
    assert p.complete is True
    assert p.status == "complete"


def test_fl_psychologist_first_renewal_short_judged_against_full_total(rule_sets):
    # First renewal, 3 ethics + 17 = 20 counted: total unknown, below the full 40 -> remaining
    # None. Medical errors 0/2 certainly short -> complete False.
    # Pace, worst case against the full 40: max(40 - 20, 2) = 20; days_left 2026-03-01 ->
    # 2026-05-31 = 91 (> 90); 20 / (91 / 30.4 = 2.993) = 6.68 > 2.5 -> at_risk.
    # hours_per_month_needed None: what remains of an unknown total is unknown.
    done = [_fl_psy(1, 3, date(2024, 9, 1), topics=["ethics"]), _fl_psy(2, 17, date(2025, 3, 1))]
    lic = _lic(
        "PSYCHOLOGIST",
        "FL",
        FL_PSY_RENEWAL,
        {"fl_domestic_violence_due": False},
        first_renewal=True,
    )
    p = compute_progress(rule_sets["FL-PSYCHOLOGIST"], lic, done, date(2026, 3, 1))
    assert _totals(p) == (None, 20, None)
    assert _state(p, "medical_errors") == (True, 2, 0, 2)
    assert p.days_left == 91
    assert p.hours_per_month_needed is None
    assert p.complete is False
    assert p.status == "at_risk"


def test_fl_psychologist_dv_unanswered_is_unknown(rule_sets):
    # 3 + 2 + 35 = 40 met, but DV (every third biennium) unanswered with 0 h -> complete None.
    done = [
        _fl_psy(1, 3, date(2024, 9, 1), topics=["ethics"]),
        _fl_psy(2, 2, date(2024, 10, 1), topics=["medical_errors"]),
        _fl_psy(3, 35, date(2025, 3, 1)),
    ]
    lic = _lic("PSYCHOLOGIST", "FL", FL_PSY_RENEWAL)
    p = compute_progress(rule_sets["FL-PSYCHOLOGIST"], lic, done, date(2026, 3, 1))
    assert _totals(p) == (40, 40, 0)
    assert _row(p, "domestic_violence").applies is None
    assert "fl_domestic_violence_due" in dict(p.open_questions)
    assert p.complete is None
    assert p.status == "unknown"


# ============================================================================================
# IL LCPC (IL-LPC): 30 h / 24 months ending March 31 of odd years; ethics 3; supervision
# training 9 h (asked: second LCPC renewal); sexual harassment 1; implicit bias 1 (from
# 2023); Alzheimer's 1 if serving adults 26+; statutory cultural competency 1 (asked: due at
# this renewal); mandated reporter training: hours, frequency and standing toward the total
# unknown -> never complete (except the exempt first renewal); self-study / on-demand cap of
# unknown size; IDFPR sponsors (open list). Pace threshold 1.5 x 30/24 = 1.875 h/month.
# ============================================================================================
IL_LPC_RENEWAL = date(2027, 3, 31)  # cycle 2025-04-01 .. 2027-03-31


def test_il_lpc_every_known_minimum_met_but_mandated_reporter_unknown(rule_sets):
    # In person / live webinar only (the unknown cap can't bite): 3 ethics + 1 harassment +
    # 1 implicit bias + 1 Alzheimer's (serves adults 26+) + 24 = 30 -> total met.
    # Mandated reporter: frequency unknown -> applies None, hours None -> complete None.
    facts = {
        "il_lcpc_second_renewal": False,
        "serves_adults_26_plus": True,
        "il_cultural_competency_due": False,
    }
    done = [
        _il(1, 3, date(2025, 4, 1), topics=["ethics"]),
        _il(2, 1, date(2025, 5, 1), "live_online", ["sexual_harassment_prevention"]),
        _il(3, 1, date(2025, 6, 1), "live_online", ["implicit_bias"]),
        _il(4, 1, date(2025, 7, 1), topics=["alzheimers_dementia"]),
        _il(5, 24, date(2025, 9, 1), "live_online"),
    ]
    p = compute_progress(
        rule_sets["IL-LPC"], _lic("LPC", "IL", IL_LPC_RENEWAL, facts), done, date(2026, 6, 1)
    )
    assert p.cycle_start == date(2025, 4, 1)
    assert _totals(p) == (30, 30, 0)
    assert _state(p, "alzheimers_dementia") == (True, 1, 1, 0)
    assert _row(p, "supervision").applies is False
    mandated = _row(p, "child_abuse_reporting")
    assert (mandated.applies, mandated.required, mandated.met) == (None, None, None)
    assert p.complete is None
    assert p.status == "unknown"


def test_il_lpc_mandated_reporter_hours_of_unknown_standing_decide_the_total(rule_sets):
    # Second LCPC renewal: supervision 9 h applies, 9 done -> met.
    # Certain: 3 + 1 + 1 + 9 + 14 = 28 (in person); the 2 h mandated-reporter course's
    # standing toward the total is unknown (null) -> 28 or 30: short or met -> counted None,
    # remaining None, complete None.
    facts = {
        "il_lcpc_second_renewal": True,
        "serves_adults_26_plus": False,
        "il_cultural_competency_due": False,
    }
    done = [
        _il(1, 3, date(2025, 4, 10), topics=["ethics"]),
        _il(2, 1, date(2025, 5, 10), topics=["sexual_harassment_prevention"]),
        _il(3, 1, date(2025, 6, 10), topics=["implicit_bias"]),
        _il(4, 9, date(2025, 7, 10), topics=["supervision"]),
        _il(5, 14, date(2025, 8, 10)),
        _il(6, 2, date(2025, 9, 10), topics=["child_abuse_reporting"]),
    ]
    p = compute_progress(
        rule_sets["IL-LPC"], _lic("LPC", "IL", IL_LPC_RENEWAL, facts), done, date(2026, 6, 1)
    )
    assert _totals(p) == (30, None, None)
    assert p.total_counted_range == (28, 30)
    assert _state(p, "supervision") == (True, 9, 9, 0)
    assert _row(p, "child_abuse_reporting").earned == 2
    assert p.complete is None
    assert p.status == "unknown"


def test_il_lpc_short_even_with_unknown_hours_near_renewal(rule_sets):
    # Certain: 3 + 1 + 1 = 5 in person; 10 h on demand (cap of unknown size) and 2 h mandated
    # reporter (standing unknown) at most add 12 -> 17 < 30: short either way -> counted None,
    # remaining None, complete False. Supervision 0/9 and statutory cultural competency 0/1
    # certainly short too. days_left 2027-01-15 -> 2027-03-31 = 75 (<= 90) -> at_risk;
    # hours_per_month_needed None (what remains is unknown).
    facts = {
        "il_lcpc_second_renewal": True,
        "serves_adults_26_plus": False,
        "il_cultural_competency_due": True,
    }
    done = [
        _il(1, 3, date(2025, 4, 10), topics=["ethics"]),
        _il(2, 1, date(2025, 5, 10), topics=["sexual_harassment_prevention"]),
        _il(3, 1, date(2025, 6, 10), topics=["implicit_bias"]),
        _il(4, 10, date(2025, 7, 10), "online_async"),
        _il(5, 2, date(2025, 9, 10), topics=["child_abuse_reporting"]),
    ]
    p = compute_progress(
        rule_sets["IL-LPC"], _lic("LPC", "IL", IL_LPC_RENEWAL, facts), done, date(2027, 1, 15)
    )
    assert _totals(p) == (30, None, None)
    assert p.total_counted_range == (5, 17)
    assert _state(p, "supervision") == (True, 9, 0, 9)
    assert _state(p, "cultural_competency") == (True, 1, 0, 1)
    assert p.days_left == 75
    assert p.hours_per_month_needed is None
    assert p.complete is False
    assert p.status == "at_risk"


def test_il_lpc_first_renewal_is_exempt_even_from_the_unknown_topic(rule_sets):
    lic = _lic("LPC", "IL", IL_LPC_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["IL-LPC"], lic, [], date(2026, 6, 1))
    assert _totals(p) == (0, 0, 0)
    assert _row(p, "child_abuse_reporting").applies is False
    assert all(r.applies is False for r in p.topics)
    assert p.open_questions == ()
    assert p.complete is True
    assert p.status == "complete"


# ============================================================================================
# IL LMFT: 30 h / 24 months ending Feb 28 of odd years; sexual harassment 1, implicit bias 1,
# Alzheimer's 1 (asked), statutory cultural competency 1 (asked), mandated reporter unknown;
# "online" capped at 15 h, read as on-demand + live webinars (self-study not capped).
# ============================================================================================
IL_LMFT_RENEWAL = date(2027, 2, 28)  # cycle 2025-03-01 .. 2027-02-28
IL_NONE_DUE = {"serves_adults_26_plus": False, "il_cultural_competency_due": False}


def test_il_lmft_online_cap_covers_live_webinars_not_self_study(rule_sets):
    # Capped group: 20 h live webinar > 15 -> 5 don't count; 8 h self-study uncapped.
    # Counted 15 + 1 + 1 + 8 = 25; remaining 5: short for certain -> complete False.
    # Course 5 (10 h, 2026-07-01) is after today 2026-06-01 -> not counted.
    # days_left 2026-06-01 -> 2027-02-28 = 272; 5 / (272 / 30.4 = 8.947) = 0.5588 -> 0.56
    # <= 1.875 -> on_track.
    done = [
        _il(1, 20, date(2025, 4, 1), "live_online"),
        _il(2, 1, date(2025, 5, 1), topics=["sexual_harassment_prevention"]),
        _il(3, 1, date(2025, 5, 2), topics=["implicit_bias"]),
        _il(4, 8, date(2025, 6, 1), "self_study"),
        _il(5, 10, date(2026, 7, 1)),
    ]
    lic = _lic("LMFT", "IL", IL_LMFT_RENEWAL, IL_NONE_DUE)
    p = compute_progress(rule_sets["IL-LMFT"], lic, done, date(2026, 6, 1))
    assert p.cycle_start == date(2025, 3, 1)
    assert _totals(p) == (30, 25, 5)
    assert _excluded(p) == [5]
    assert p.days_left == 272
    assert p.hours_per_month_needed == 0.56
    assert p.complete is False
    assert p.status == "on_track"


def test_il_lmft_cycle_edges_and_statutory_hour_due(rule_sets):
    # 2025-02-28 (previous renewal day) 4 h -> excluded; 2025-03-01 (first day) harassment 1 h
    # and 2027-02-28 (renewal day = today) implicit bias 1 h -> counted. 1 + 1 + 26 = 28;
    # remaining 2. Statutory cultural competency due, 0/1.
    # days_left 0 -> at_risk; per month = max(2, 1) / 1 = 2.0.
    facts = {"serves_adults_26_plus": False, "il_cultural_competency_due": True}
    done = [
        _il(1, 4, date(2025, 2, 28)),
        _il(2, 1, date(2025, 3, 1), topics=["sexual_harassment_prevention"]),
        _il(3, 1, date(2027, 2, 28), topics=["implicit_bias"]),
        _il(4, 26, date(2026, 1, 10)),
    ]
    lic = _lic("LMFT", "IL", IL_LMFT_RENEWAL, facts)
    p = compute_progress(rule_sets["IL-LMFT"], lic, done, IL_LMFT_RENEWAL)
    assert _totals(p) == (30, 28, 2)
    assert _state(p, "sexual_harassment_prevention") == (True, 1, 1, 0)
    assert _state(p, "implicit_bias") == (True, 1, 1, 0)
    assert _state(p, "cultural_competency") == (True, 1, 0, 1)
    assert _excluded(p) == [1]
    assert p.days_left == 0
    assert p.hours_per_month_needed == 2.0
    assert p.complete is False
    assert p.status == "at_risk"


def test_il_lmft_conditional_topics_unanswered(rule_sets):
    # 1 + 1 + 28 = 30 met; Alzheimer's and statutory cultural competency unanswered (0 h)
    # -> applies None, both asked; with the unknown mandated-reporter rule -> unknown.
    done = [
        _il(1, 1, date(2025, 4, 1), topics=["sexual_harassment_prevention"]),
        _il(2, 1, date(2025, 4, 2), topics=["implicit_bias"]),
        _il(3, 28, date(2025, 10, 1)),
    ]
    p = compute_progress(
        rule_sets["IL-LMFT"], _lic("LMFT", "IL", IL_LMFT_RENEWAL), done, date(2026, 6, 1)
    )
    assert _totals(p) == (30, 30, 0)
    assert _row(p, "alzheimers_dementia").applies is None
    assert _row(p, "cultural_competency").applies is None
    questions = dict(p.open_questions)
    assert "serves_adults_26_plus" in questions and "il_cultural_competency_due" in questions
    assert _row(p, "child_abuse_reporting").applies is None
    assert p.complete is None
    assert p.status == "unknown"


# ============================================================================================
# IL Clinical Psychologist: 24 h / 24 months ending Sept 30 of even years; ethics 3;
# diversity 3 (cultural_competency row, in force for renewals on/after 2026-09-30);
# pharmacology 20 h for prescribing psychologists, on top of the 24 (counts false);
# harassment 1, implicit bias 1, Alzheimer's 1 (asked); statutory cultural competency 1 h
# (its own row, cultural_competency_statutory, distinct hours, in force from 2025-01-01,
# asked); mandated reporter unknown; home study (self-study + on demand) capped at 18 h;
# APA / IDFPR (open list). Pace threshold 1.5 x 24/24 = 1.5 h/month.
# ============================================================================================
IL_PSY_RENEWAL = date(2026, 9, 30)  # cycle 2024-10-01 .. 2026-09-30


def _il_psy_facts(**kw):
    facts = {
        "prescribing_psychologist": False,
        "serves_adults_26_plus": False,
        "il_cultural_competency_due": True,
    }
    facts.update(kw)
    return facts


def test_il_psychologist_diversity_and_statutory_hour_need_four_hours(rule_sets):
    # Diversity's effective day 2026-09-30 is this renewal day -> in force. 3 + 1 = 4 h
    # cultural competency: the diversity row (first in file) takes 3, the statutory row the
    # remaining 1 -> both met. Total 3 + 4 + 1 + 1 + 15 = 24 met. Mandated reporter unknown
    # -> complete None.
    done = [
        _il(1, 3, date(2024, 10, 1), topics=["ethics"], body="APA"),
        _il(2, 3, date(2025, 1, 10), topics=["cultural_competency"], body="APA"),
        _il(3, 1, date(2025, 2, 10), topics=["cultural_competency"], body="APA"),
        _il(4, 1, date(2025, 3, 10), topics=["sexual_harassment_prevention"]),
        _il(5, 1, date(2025, 4, 10), topics=["implicit_bias"]),
        _il(6, 15, date(2025, 6, 10), body="APA"),
    ]
    lic = _lic("PSYCHOLOGIST", "IL", IL_PSY_RENEWAL, _il_psy_facts())
    p = compute_progress(rule_sets["IL-PSYCHOLOGIST"], lic, done, date(2026, 5, 1))
    assert p.cycle_start == date(2024, 10, 1)
    assert _totals(p) == (24, 24, 0)
    assert _state(p, "cultural_competency") == (True, 3, 3, 0)
    assert _state(p, "cultural_competency_statutory") == (True, 1, 1, 0)
    assert _row(p, "pharmacology").applies is False
    assert p.complete is None
    assert p.status == "unknown"


def test_il_psychologist_three_hours_leave_the_statutory_hour_short(rule_sets):
    # Only 3 h cultural competency: diversity 3/3, statutory 0/1 -> certainly short ->
    # complete False. Total 3 + 3 + 1 + 1 + 16 = 24 met.
    # days_left 2026-05-01 -> 2026-09-30 = 152; max(0, 1) / (152 / 30.4 = 5.0) = 0.2 -> on_track.
    done = [
        _il(1, 3, date(2024, 10, 1), topics=["ethics"], body="APA"),
        _il(2, 3, date(2025, 1, 10), topics=["cultural_competency"], body="APA"),
        _il(3, 1, date(2025, 3, 10), topics=["sexual_harassment_prevention"]),
        _il(4, 1, date(2025, 4, 10), topics=["implicit_bias"]),
        _il(5, 16, date(2025, 6, 10), body="APA"),
    ]
    lic = _lic("PSYCHOLOGIST", "IL", IL_PSY_RENEWAL, _il_psy_facts())
    p = compute_progress(rule_sets["IL-PSYCHOLOGIST"], lic, done, date(2026, 5, 1))
    assert _totals(p) == (24, 24, 0)
    assert _state(p, "cultural_competency") == (True, 3, 3, 0)
    assert _state(p, "cultural_competency_statutory") == (True, 1, 0, 1)
    assert p.days_left == 152
    assert p.hours_per_month_needed == 0.2
    assert p.complete is False
    assert p.status == "on_track"


def test_il_psychologist_2024_renewal_before_diversity_and_statutory_rules(rule_sets):
    # Renewal 2024-09-30 -> cycle 2022-10-01 .. 2024-09-30. Diversity (from 2026-09-30) and
    # the statutory hour (from 2025-01-01) are not in force yet -> don't apply, and the
    # statutory question isn't asked though unanswered. Implicit bias (2023-01-01) applies.
    # 2 ethics + 1 + 1 + 20 = 24 met; ethics 2/3 -> 1 short -> complete False;
    # today 2024-10-15: days_left -15 -> overdue.
    renewal = date(2024, 9, 30)
    facts = {"prescribing_psychologist": False, "serves_adults_26_plus": False}
    done = [
        _il(1, 2, date(2023, 1, 10), topics=["ethics"], body="APA"),
        _il(2, 1, date(2023, 2, 10), topics=["sexual_harassment_prevention"]),
        _il(3, 1, date(2023, 3, 10), topics=["implicit_bias"]),
        _il(4, 20, date(2023, 6, 10), body="APA"),
    ]
    lic = _lic("PSYCHOLOGIST", "IL", renewal, facts)
    p = compute_progress(rule_sets["IL-PSYCHOLOGIST"], lic, done, date(2024, 10, 15))
    assert p.cycle_start == date(2022, 10, 1)
    assert _totals(p) == (24, 24, 0)
    assert _state(p, "ethics") == (True, 3, 2, 1)
    assert _state(p, "implicit_bias") == (True, 1, 1, 0)
    assert _row(p, "cultural_competency").applies is False
    assert _row(p, "cultural_competency_statutory").applies is False
    assert "il_cultural_competency_due" not in dict(p.open_questions)
    assert p.days_left == -15
    assert p.complete is False
    assert p.status == "overdue"


def test_il_psychologist_prescriber_pharmacology_outside_total_and_home_study_cap(rule_sets):
    # Prescribing psychologist: pharmacology 20 h applies; 15 done -> 5 short. Its hours
    # don't count toward the 24 (counts false). Home study: 20 h on demand > 18 -> 2 cut.
    # Total 3 + 3 + 1 + 1 + 18 = 26 (not 41) -> met. Statutory hour not due this renewal.
    # per month = max(0, 5) / (152 / 30.4 = 5.0) = 1.0 <= 1.5 -> on_track.
    done = [
        _il(1, 3, date(2024, 10, 1), topics=["ethics"], body="APA"),
        _il(2, 3, date(2025, 1, 10), topics=["cultural_competency"], body="APA"),
        _il(3, 1, date(2025, 3, 10), topics=["sexual_harassment_prevention"]),
        _il(4, 1, date(2025, 4, 10), topics=["implicit_bias"]),
        _il(5, 20, date(2025, 6, 10), "online_async", body="APA"),
        _il(6, 15, date(2025, 8, 10), topics=["pharmacology"], body="APA"),
    ]
    facts = _il_psy_facts(prescribing_psychologist=True, il_cultural_competency_due=False)
    lic = _lic("PSYCHOLOGIST", "IL", IL_PSY_RENEWAL, facts)
    p = compute_progress(rule_sets["IL-PSYCHOLOGIST"], lic, done, date(2026, 5, 1))
    assert _totals(p) == (24, 26, 0)
    assert _state(p, "pharmacology") == (True, 20, 15, 5)
    assert _row(p, "cultural_competency_statutory").applies is False
    assert p.hours_per_month_needed == 1.0
    assert p.complete is False
    assert p.status == "on_track"
