"""Hand-worked scenarios for the Tennessee, Maryland and Wisconsin rule sets.

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
from rules.scenario import live_row as _live
from rules.scenario import row as _row

from bot.rules import compute_progress

_sw = course_maker("NASW")
_co = course_maker("NBCC")
_mft = course_maker("AAMFT")
_psy = course_maker("APA")


# ---------------------------------------------------------------------------------------
# TN LCSW: total unknown (null) per 24 months; Social Work Ethics CE hours unknown; Tullis
# suicide training 2 h, how often unknown, counting toward the total unknown; multi-media
# at most two-thirds (not applied while the total is unknown).
# ---------------------------------------------------------------------------------------
TN_RENEWAL = date(2026, 6, 30)  # default cycle 2024-07-01 .. 2026-06-30


def test_tn_lcsw_unknown_total_is_never_complete(rule_sets):
    # 3 ethics + 27 general = 30 h logged. Total unknown -> required None, counted 30 (no cap
    # applies without a total), remaining None; ethics hours unknown -> met None; suicide
    # frequency unknown -> applies None -> complete None -> "unknown", no pace.
    done = [
        _sw(1, 3, date(2024, 9, 1), topics=["ethics"]),
        _sw(2, 27, date(2025, 3, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["TN-LCSW"], _lic("LCSW", "TN", TN_RENEWAL), done, date(2026, 1, 5)
    )
    assert totals(p) == (None, 30, None)
    ethics = _row(p, "ethics")
    assert (ethics.required, ethics.earned, ethics.met) == (None, 3, None)
    assert _row(p, "suicide_prevention").applies is None
    assert p.cap_room == ()
    assert p.complete is None
    assert p.status == "unknown"
    assert p.hours_per_month_needed is None
    assert any("total hours" in u and "unknown" in u for u in p.unknowns)


def test_tn_lcsw_suicide_hours_of_unknown_standing(rule_sets):
    # A 2 h course tagged only suicide prevention: whether it counts toward the total is
    # unknown -> counted range (10, 12), total_counted None. The suicide row itself has its
    # 2 h (2 >= 2 -> met) but applies None (frequency unknown).
    done = [
        _sw(1, 10, date(2025, 1, 10)),
        _sw(2, 2, date(2025, 2, 10), topics=["suicide_prevention"]),
    ]
    p = compute_progress(
        rule_sets["TN-LCSW"], _lic("LCSW", "TN", TN_RENEWAL), done, date(2026, 1, 5)
    )
    assert p.total_counted is None
    assert p.total_counted_range == (10, 12)
    suicide = _row(p, "suicide_prevention")
    assert (suicide.required, suicide.earned, suicide.met, suicide.applies) == (2, 2, True, None)
    assert p.status == "unknown"


def test_tn_lcsw_calendar_year_period_given_as_cycle_start(rule_sets):
    # CE period = two calendar years before the renewal year: first day given 2024-01-01.
    # 5 h on 2024-02-01 counts (before the default start 2024-07-01); 4 h on 2023-12-31 is
    # before it -> excluded. Counted 5.
    lic = _lic("LCSW", "TN", TN_RENEWAL, cycle_start=date(2024, 1, 1))
    done = [_sw(1, 4, date(2023, 12, 31)), _sw(2, 5, date(2024, 2, 1))]
    p = compute_progress(rule_sets["TN-LCSW"], lic, done, date(2025, 1, 5))
    assert p.cycle_start == date(2024, 1, 1)
    assert totals(p) == (None, 5, None)
    assert [cid for cid, _ in p.excluded] == [1]


# ---------------------------------------------------------------------------------------
# TN LPC: 20 h per 24 months; ethics and/or TN law 3; Tullis suicide 2 h once every 5
# years (asked; counting toward the total unknown); supervisors 3 h (asked); on-demand /
# self-study (multi-media) at most 10 h, live interactive webinars count as face to face.
# ---------------------------------------------------------------------------------------
TN_LPC_NO = {"tn_tullis_suicide_training_due": False, "tn_supervises_applicants": False}
TN_LPC_YES = {"tn_tullis_suicide_training_due": True, "tn_supervises_applicants": True}


def test_tn_lpc_complete_with_multimedia_at_cap(rule_sets):
    # 3 ethics + 7 in person + 10 on demand (exactly the cap) = 20 -> complete.
    done = [
        _co(1, 3, date(2024, 8, 1), topics=["ethics"]),
        _co(2, 7, date(2025, 1, 1)),
        _co(3, 10, date(2025, 6, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["TN-LPC"], _lic("LPC", "TN", TN_RENEWAL, TN_LPC_NO), done, date(2026, 1, 15)
    )
    assert p.cycle_start == date(2024, 7, 1)
    assert totals(p) == (20, 20, 0)
    assert p.cap_room == ((("self_study", "online_async"), 0),)
    assert p.complete is True
    assert p.status == "complete"


def test_tn_lpc_multimedia_cap_leaves_total_short(rule_sets):
    # 3 ethics in person + 14 on demand (10 count) + 3 live webinar (not capped) = 16 of 20;
    # remaining 4. today 2026-01-15: 166 days left; 4 / (166 / 30.4 = 5.46) = 0.73.
    # Pace 20 / 24 = 0.83, 1.5 x = 1.25 > 0.73 -> on_track.
    done = [
        _co(1, 3, date(2024, 8, 1), topics=["ethics"]),
        _co(2, 14, date(2025, 1, 1), "online_async"),
        _co(3, 3, date(2025, 6, 1), "live_online"),
    ]
    p = compute_progress(
        rule_sets["TN-LPC"], _lic("LPC", "TN", TN_RENEWAL, TN_LPC_NO), done, date(2026, 1, 15)
    )
    assert totals(p) == (20, 16, 4)
    assert p.days_left == 166
    assert p.hours_per_month_needed == 0.73
    assert p.complete is False
    assert p.status == "on_track"


def test_tn_lpc_supervisor_and_due_suicide_training_unmet(rule_sets):
    # Both answered yes: 3 ethics + 17 general = 20 -> total met; suicide 0 / 2 and
    # supervision 0 / 3 short -> complete False.
    done = [_co(1, 3, date(2024, 8, 1), topics=["ethics"]), _co(2, 17, date(2025, 1, 1))]
    p = compute_progress(
        rule_sets["TN-LPC"], _lic("LPC", "TN", TN_RENEWAL, TN_LPC_YES), done, date(2026, 1, 15)
    )
    assert totals(p) == (20, 20, 0)
    assert (_row(p, "suicide_prevention").remaining, _row(p, "suicide_prevention").met) == (
        2,
        False,
    )
    assert (_row(p, "supervision").remaining, _row(p, "supervision").met) == (3, False)
    assert p.complete is False


def test_tn_lpc_suicide_hours_may_not_count_toward_the_20(rule_sets):
    # Suicide due: 3 ethics + 15 general + 2 suicide-only. The 2 h may or may not count
    # toward the total (unknown) -> range (18, 20): 18 < 20 <= 20 -> total_counted None,
    # remaining None; suicide row met -> complete None -> "unknown".
    facts = {"tn_tullis_suicide_training_due": True, "tn_supervises_applicants": False}
    done = [
        _co(1, 3, date(2024, 8, 1), topics=["ethics"]),
        _co(2, 15, date(2025, 1, 1)),
        _co(3, 2, date(2025, 2, 1), topics=["suicide_prevention"]),
    ]
    p = compute_progress(
        rule_sets["TN-LPC"], _lic("LPC", "TN", TN_RENEWAL, facts), done, date(2026, 1, 15)
    )
    assert totals(p) == (20, None, None)
    assert p.total_counted_range == (18, 20)
    assert _row(p, "suicide_prevention").met is True
    assert p.complete is None
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# TN LMFT: 20 h per 24 months; ethics and/or TN law 3; Tullis suicide 2 h once every 5
# years (asked); no multi-media cap recorded.
# ---------------------------------------------------------------------------------------
TN_MFT_NO = {"tn_tullis_suicide_training_due": False}


def test_tn_lmft_complete_on_demand_uncapped(rule_sets):
    # 3 ethics + 17 on demand = 20 (no cap for MFTs) -> complete.
    done = [
        _mft(1, 3, date(2024, 8, 1), "online_async", ["ethics"]),
        _mft(2, 17, date(2025, 1, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["TN-LMFT"], _lic("LMFT", "TN", TN_RENEWAL, TN_MFT_NO), done, date(2026, 1, 15)
    )
    assert totals(p) == (20, 20, 0)
    assert p.complete is True
    assert p.status == "complete"


def test_tn_lmft_short_and_overdue(rule_sets):
    # 3 ethics + 12 = 15 of 20 -> 5 remaining; today 2026-07-03 = 3 days past -> overdue.
    done = [_mft(1, 3, date(2024, 8, 1), topics=["ethics"]), _mft(2, 12, date(2025, 1, 1))]
    p = compute_progress(
        rule_sets["TN-LMFT"], _lic("LMFT", "TN", TN_RENEWAL, TN_MFT_NO), done, date(2026, 7, 3)
    )
    assert totals(p) == (20, 15, 5)
    assert p.days_left == -3
    assert p.status == "overdue"


def test_tn_lmft_ethics_unmet(rule_sets):
    # 20 general -> total met; ethics 0 / 3 -> complete False.
    done = [_mft(1, 20, date(2025, 1, 1))]
    p = compute_progress(
        rule_sets["TN-LMFT"], _lic("LMFT", "TN", TN_RENEWAL, TN_MFT_NO), done, date(2026, 1, 15)
    )
    assert totals(p) == (20, 20, 0)
    assert (_row(p, "ethics").remaining, _row(p, "ethics").met) == (3, False)
    assert p.complete is False


def test_tn_lmft_unanswered_suicide_question_keeps_status_unknown(rule_sets):
    # Not answered, no suicide course: applies None and not met -> complete None; the
    # question is open.
    done = [_mft(1, 3, date(2024, 8, 1), topics=["ethics"]), _mft(2, 17, date(2025, 1, 1))]
    p = compute_progress(
        rule_sets["TN-LMFT"], _lic("LMFT", "TN", TN_RENEWAL), done, date(2026, 1, 15)
    )
    assert totals(p) == (20, 20, 0)
    assert _row(p, "suicide_prevention").applies is None
    assert "tn_tullis_suicide_training_due" in dict(p.open_questions)
    assert p.complete is None
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# TN Psychologist: 40 h per 24 months (birthday); cultural diversity 3; TN law & rules and
# APA ethics 3; at least 20 h with real-time interaction (live webinars count); first
# renewal after an initial term under 2 years: 30 h.
# ---------------------------------------------------------------------------------------
TNP_RENEWAL = date(2026, 8, 31)  # cycle 2024-09-01 .. 2026-08-31


def test_tn_psychologist_complete(rule_sets):
    # 3 cultural (webinar) + 3 law in person + 14 in person + 20 on demand = 40;
    # live = 3 + 3 + 14 = 20 >= 20 -> complete.
    done = [
        _psy(1, 3, date(2024, 10, 1), "live_online", ["cultural_competency"]),
        _psy(2, 3, date(2024, 11, 1), topics=["state_law_tn"]),
        _psy(3, 14, date(2025, 2, 1)),
        _psy(4, 20, date(2025, 9, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["TN-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "TN", TNP_RENEWAL),
        done,
        date(2026, 5, 1),
    )
    assert p.cycle_start == date(2024, 9, 1)
    assert totals(p) == (40, 40, 0)
    live = _live(p)
    assert (live.required, live.earned, live.remaining) == (20, 20, 0)
    assert p.complete is True
    assert p.status == "complete"


def test_tn_psychologist_short_at_risk(rule_sets):
    # 3 + 3 + 20 in person = 26 of 40 -> 14 left; today 2026-07-01: 61 days <= 90 -> at_risk;
    # 14 / (61 / 30.4 = 2.0066) = 6.98.
    done = [
        _psy(1, 3, date(2024, 10, 1), topics=["cultural_competency"]),
        _psy(2, 3, date(2024, 11, 1), topics=["state_law_tn"]),
        _psy(3, 20, date(2025, 2, 1)),
    ]
    p = compute_progress(
        rule_sets["TN-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "TN", TNP_RENEWAL),
        done,
        date(2026, 7, 1),
    )
    assert totals(p) == (40, 26, 14)
    assert p.days_left == 61
    assert p.hours_per_month_needed == 6.98
    assert p.status == "at_risk"


def test_tn_psychologist_live_floor_and_law_unmet(rule_sets):
    # 3 cultural in person + 7 in person + 30 on demand = 40 -> total met; live 10 of 20 ->
    # 10 short; TN law 0 / 3 -> complete False.
    done = [
        _psy(1, 3, date(2024, 10, 1), topics=["cultural_competency"]),
        _psy(2, 7, date(2025, 2, 1)),
        _psy(3, 30, date(2025, 9, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["TN-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "TN", TNP_RENEWAL),
        done,
        date(2026, 5, 1),
    )
    assert totals(p) == (40, 40, 0)
    assert (_live(p).earned, _live(p).remaining) == (10, 10)
    assert (_row(p, "state_law_tn").remaining, _row(p, "state_law_tn").met) == (3, False)
    assert p.complete is False


def test_tn_psychologist_first_renewal_needs_30(rule_sets):
    # First renewal (initial term under 2 years): 30 h. 3 cultural + 3 law + 14 in person +
    # 10 on demand = 30; live 20 -> complete.
    lic = _lic("PSYCHOLOGIST", "TN", TNP_RENEWAL, first_renewal=True)
    done = [
        _psy(1, 3, date(2024, 10, 1), topics=["cultural_competency"]),
        _psy(2, 3, date(2024, 11, 1), topics=["state_law_tn"]),
        _psy(3, 14, date(2025, 2, 1)),
        _psy(4, 10, date(2025, 9, 1), "online_async"),
    ]
    p = compute_progress(rule_sets["TN-PSYCHOLOGIST"], lic, done, date(2026, 5, 1))
    assert totals(p) == (30, 30, 0)
    assert p.complete is True


# ---------------------------------------------------------------------------------------
# MD LCSW-C: 40 h per 24 months (1 Nov .. 31 Oct); ethics / conduct / MD law 3; supervisors
# 3 (asked); one-time implicit bias (hours unknown, asked until done); Category I floor of
# 20 h data only; no carry-over.
# ---------------------------------------------------------------------------------------
MD_RENEWAL = date(2026, 10, 31)  # cycle 2024-11-01 .. 2026-10-31
MD_SW_DONE = {"completed_once_implicit_bias": True, "md_sw_board_approved_supervisor": False}


def test_md_lcsw_complete(rule_sets):
    # 3 ethics + 37 general = 40; implicit bias done earlier; not a supervisor -> complete.
    done = [_sw(1, 3, date(2024, 12, 1), topics=["ethics"]), _sw(2, 37, date(2025, 5, 1))]
    p = compute_progress(
        rule_sets["MD-LCSW"], _lic("LCSW", "MD", MD_RENEWAL, MD_SW_DONE), done, date(2026, 3, 1)
    )
    assert p.cycle_start == date(2024, 11, 1)
    assert totals(p) == (40, 40, 0)
    assert p.complete is True
    assert any("category i" in u for u in p.unknowns)


def test_md_lcsw_short_on_track(rule_sets):
    # 3 ethics + 27 = 30 of 40 -> 10 left; today 2026-03-01: 244 days; 10 / (244 / 30.4 =
    # 8.03) = 1.25 <= 1.5 x 40 / 24 = 2.5 and > 90 days -> on_track.
    done = [_sw(1, 3, date(2024, 12, 1), topics=["ethics"]), _sw(2, 27, date(2025, 5, 1))]
    p = compute_progress(
        rule_sets["MD-LCSW"], _lic("LCSW", "MD", MD_RENEWAL, MD_SW_DONE), done, date(2026, 3, 1)
    )
    assert totals(p) == (40, 30, 10)
    assert p.days_left == 244
    assert p.hours_per_month_needed == 1.25
    assert p.status == "on_track"


def test_md_lcsw_supervisor_hours_unmet(rule_sets):
    # Board-approved supervisor: 3 ethics + 37 = 40, supervision 0 / 3 -> complete False.
    facts = {"completed_once_implicit_bias": True, "md_sw_board_approved_supervisor": True}
    done = [_sw(1, 3, date(2024, 12, 1), topics=["ethics"]), _sw(2, 37, date(2025, 5, 1))]
    p = compute_progress(
        rule_sets["MD-LCSW"], _lic("LCSW", "MD", MD_RENEWAL, facts), done, date(2026, 3, 1)
    )
    assert totals(p) == (40, 40, 0)
    assert (_row(p, "supervision").remaining, _row(p, "supervision").met) == (3, False)
    assert p.complete is False


def test_md_lcsw_one_time_implicit_bias_is_asked(rule_sets):
    # Implicit bias not answered: due now, hours unknown -> met None, asked; everything else
    # met -> complete None -> "unknown".
    facts = {"md_sw_board_approved_supervisor": False}
    done = [_sw(1, 3, date(2024, 12, 1), topics=["ethics"]), _sw(2, 37, date(2025, 5, 1))]
    p = compute_progress(
        rule_sets["MD-LCSW"], _lic("LCSW", "MD", MD_RENEWAL, facts), done, date(2026, 3, 1)
    )
    bias = _row(p, "implicit_bias")
    assert (bias.applies, bias.required, bias.met) == (True, None, None)
    assert "completed_once_implicit_bias" in dict(p.open_questions)
    assert p.complete is None
    assert p.status == "unknown"


# ---------------------------------------------------------------------------------------
# MD LCPC / LCMFT (BOPC): 40 h per 24 months; ethics/law minimum exists but its hours are
# unknown (never complete); one-time implicit bias; self-study / on-demand (Category B
# distance learning) at most 10 h; NBCC listed, the list is open.
# ---------------------------------------------------------------------------------------
MD_BOPC_RENEWAL = date(2026, 1, 31)  # cycle 2024-02-01 .. 2026-01-31
MD_BOPC_DONE = {"completed_once_implicit_bias": True}
MD_BOPC = [("MD-LPC", "LPC"), ("MD-LMFT", "LMFT")]


def test_md_bopc_total_met_but_unknown_ethics_keeps_it_unconfirmed(rule_sets):
    # 3 ethics + 27 in person + 10 on demand (at the cap) = 40 -> total met; ethics required
    # unknown -> met None -> complete None -> "unknown", for both licenses.
    done = [
        _co(1, 3, date(2024, 3, 1), topics=["ethics"]),
        _co(2, 27, date(2024, 9, 1)),
        _co(3, 10, date(2025, 2, 1), "online_async"),
    ]
    for rid, lic in MD_BOPC:
        p = compute_progress(
            rule_sets[rid], _lic(lic, "MD", MD_BOPC_RENEWAL, MD_BOPC_DONE), done, date(2025, 6, 1)
        )
        assert p.cycle_start == date(2024, 2, 1)
        assert totals(p) == (40, 40, 0)
        assert _row(p, "ethics").required is None
        assert p.complete is None
        assert p.status == "unknown"


def test_md_bopc_distance_cap_leaves_total_short(rule_sets):
    # 25 in person + 15 on demand (10 count) = 35 of 40 -> 5 left -> certainly short, so
    # complete False despite the unknown ethics hours. today 2025-06-01: 244 days;
    # 5 / 8.03 = 0.62 -> on_track.
    done = [_co(1, 25, date(2024, 9, 1)), _co(2, 15, date(2025, 2, 1), "online_async")]
    for rid, lic in MD_BOPC:
        p = compute_progress(
            rule_sets[rid], _lic(lic, "MD", MD_BOPC_RENEWAL, MD_BOPC_DONE), done, date(2025, 6, 1)
        )
        assert totals(p) == (40, 35, 5)
        assert p.cap_room == ((("self_study", "online_async"), 0),)
        assert p.days_left == 244
        assert p.hours_per_month_needed == 0.62
        assert p.complete is False
        assert p.status == "on_track"


def test_md_bopc_open_list_counts_an_aamft_course_unconfirmed(rule_sets):
    # An AAMFT course: not on the open list (NBCC only) -> counted, but "couldn't confirm".
    # 12 + 8 = 20 of 40 -> 20 left. Implicit bias unanswered -> asked.
    done = [_co(1, 12, date(2024, 9, 1)), _mft(2, 8, date(2025, 2, 1))]
    p = compute_progress(
        rule_sets["MD-LMFT"], _lic("LMFT", "MD", MD_BOPC_RENEWAL), done, date(2025, 6, 1)
    )
    assert totals(p) == (40, 20, 20)
    assert any("couldn't confirm" in u for u in p.unknowns)
    assert "completed_once_implicit_bias" in dict(p.open_questions)
    assert p.complete is False


# ---------------------------------------------------------------------------------------
# MD Psychologist: 40 h per 24 months ending 31 March; law/ethics/risk 3, cultural 3,
# supervisors 3 (asked), one-time implicit bias; self-study / on-demand at most 20 h;
# first renewal 0 or 20 h depending on the license date -> unknown (40 surely enough).
# ---------------------------------------------------------------------------------------
MDP_RENEWAL = date(2027, 3, 31)  # cycle 2025-04-01 .. 2027-03-31
MDP_DONE = {"completed_once_implicit_bias": True, "md_psy_supervisor": False}


def _mdp(facts=MDP_DONE, **kw):
    return _lic("PSYCHOLOGIST", "MD", MDP_RENEWAL, facts, **kw)


def test_md_psychologist_complete_with_home_study_at_cap(rule_sets):
    # 3 ethics + 3 cultural + 14 in person + 20 on demand (cap 20) = 40 -> complete.
    done = [
        _psy(1, 3, date(2025, 5, 1), topics=["ethics"]),
        _psy(2, 3, date(2025, 6, 1), "live_online", ["cultural_competency"]),
        _psy(3, 14, date(2025, 9, 1)),
        _psy(4, 20, date(2026, 1, 1), "online_async"),
    ]
    p = compute_progress(rule_sets["MD-PSYCHOLOGIST"], _mdp(), done, date(2026, 10, 1))
    assert p.cycle_start == date(2025, 4, 1)
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


def test_md_psychologist_home_study_over_cap_short(rule_sets):
    # 3 + 3 + 10 in person + 24 on demand (20 count) = 36 of 40 -> 4 left.
    done = [
        _psy(1, 3, date(2025, 5, 1), topics=["ethics"]),
        _psy(2, 3, date(2025, 6, 1), topics=["cultural_competency"]),
        _psy(3, 10, date(2025, 9, 1)),
        _psy(4, 24, date(2026, 1, 1), "online_async"),
    ]
    p = compute_progress(rule_sets["MD-PSYCHOLOGIST"], _mdp(), done, date(2026, 10, 1))
    assert totals(p) == (40, 36, 4)
    assert p.complete is False


def test_md_psychologist_cultural_unmet(rule_sets):
    # 3 ethics + 37 in person = 40; cultural 0 / 3 -> complete False.
    done = [_psy(1, 3, date(2025, 5, 1), topics=["ethics"]), _psy(2, 37, date(2025, 9, 1))]
    p = compute_progress(rule_sets["MD-PSYCHOLOGIST"], _mdp(), done, date(2026, 10, 1))
    assert totals(p) == (40, 40, 0)
    assert (_row(p, "cultural_competency").remaining, _row(p, "cultural_competency").met) == (
        3,
        False,
    )
    assert p.complete is False


def test_md_psychologist_first_renewal_total_unknown(rule_sets):
    # First renewal: 0 or 20 h by license date -> total unknown; 40 surely enough.
    # 3 + 3 + 14 = 20 logged -> below 40 -> total_required None, remaining None, "unknown".
    # With 34 more (54 >= 40) the total is surely met -> remaining 0, complete.
    done = [
        _psy(1, 3, date(2025, 5, 1), topics=["ethics"]),
        _psy(2, 3, date(2025, 6, 1), topics=["cultural_competency"]),
        _psy(3, 14, date(2025, 9, 1)),
    ]
    p = compute_progress(
        rule_sets["MD-PSYCHOLOGIST"], _mdp(first_renewal=True), done, date(2026, 10, 1)
    )
    assert totals(p) == (None, 20, None)
    assert p.status == "unknown"
    more = [*done, _psy(4, 34, date(2026, 2, 1))]
    p = compute_progress(
        rule_sets["MD-PSYCHOLOGIST"], _mdp(first_renewal=True), more, date(2026, 10, 1)
    )
    assert totals(p) == (None, 54, 0)
    assert p.complete is True


# ---------------------------------------------------------------------------------------
# WI LCSW / LPC / LMFT (MPSW 19): 30 h per 24 months; ethics and professional boundaries 4;
# first renewal exempt; agency in-house cap and (SW) live-ethics rule data only; no cap
# on online hours.
# ---------------------------------------------------------------------------------------
WI_RENEWAL = date(2027, 2, 28)  # cycle 2025-03-01 .. 2027-02-28
WI_MPSW = [("WI-LCSW", "LCSW", _sw), ("WI-LPC", "LPC", _co), ("WI-LMFT", "LMFT", _mft)]


def test_wi_mpsw_complete_online(rule_sets):
    # 4 ethics webinar + 26 on demand = 30 -> complete (online is not capped).
    for rid, lic, course in WI_MPSW:
        done = [
            course(1, 4, date(2025, 4, 1), "live_online", ["ethics"]),
            course(2, 26, date(2026, 1, 1), "online_async"),
        ]
        p = compute_progress(rule_sets[rid], _lic(lic, "WI", WI_RENEWAL), done, date(2026, 6, 1))
        assert p.cycle_start == date(2025, 3, 1)
        assert totals(p) == (30, 30, 0)
        assert p.complete is True, rid


def test_wi_mpsw_short_at_risk(rule_sets):
    # 4 ethics + 20 = 24 of 30 -> 6 left; today 2027-01-01: 58 days <= 90 -> at_risk;
    # 6 / (58 / 30.4 = 1.908) = 3.14.
    for rid, lic, course in WI_MPSW:
        done = [course(1, 4, date(2025, 4, 1), topics=["ethics"]), course(2, 20, date(2026, 1, 1))]
        p = compute_progress(rule_sets[rid], _lic(lic, "WI", WI_RENEWAL), done, date(2027, 1, 1))
        assert totals(p) == (30, 24, 6)
        assert p.days_left == 58
        assert p.hours_per_month_needed == 3.14
        assert p.status == "at_risk", rid


def test_wi_mpsw_ethics_unmet(rule_sets):
    # 30 general -> total met; ethics 0 / 4 -> complete False.
    for rid, lic, course in WI_MPSW:
        done = [course(1, 30, date(2026, 1, 1))]
        p = compute_progress(rule_sets[rid], _lic(lic, "WI", WI_RENEWAL), done, date(2026, 6, 1))
        assert totals(p) == (30, 30, 0)
        assert (_row(p, "ethics").remaining, _row(p, "ethics").met) == (4, False)
        assert p.complete is False, rid


def test_wi_mpsw_first_renewal_exempt(rule_sets):
    # MPSW 19.02(3): no CE at the first renewal -> required 0, ethics doesn't apply, complete.
    for rid, lic, _course in WI_MPSW:
        lic_facts = _lic(lic, "WI", WI_RENEWAL, first_renewal=True)
        p = compute_progress(rule_sets[rid], lic_facts, [], date(2026, 6, 1))
        assert totals(p) == (0, 0, 0)
        assert _row(p, "ethics").applies is False
        assert p.status == "complete", rid


def test_wi_lcsw_live_ethics_rule_is_reported_not_checked(rule_sets):
    # The SW section's live-ethics rule is data only: on-demand ethics still counts (4 of 4).
    done = [
        _sw(1, 4, date(2025, 4, 1), "online_async", ["ethics"]),
        _sw(2, 26, date(2026, 1, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["WI-LCSW"], _lic("LCSW", "WI", WI_RENEWAL), done, date(2026, 6, 1)
    )
    assert _row(p, "ethics").met is True
    assert any("ethics live or synchronous only" in u for u in p.unknowns)


# ---------------------------------------------------------------------------------------
# WI Psychologist: 40 h per 24 months (30 Sep, odd years); ethics / risk management /
# jurisprudence 6; first renewal exempt; authorship / teaching / graduate-course caps data only.
# ---------------------------------------------------------------------------------------
WIP_RENEWAL = date(2027, 9, 30)  # cycle 2025-10-01 .. 2027-09-30


def test_wi_psychologist_complete(rule_sets):
    # 6 ethics + 34 on demand = 40 -> complete.
    done = [
        _psy(1, 6, date(2025, 11, 1), topics=["ethics"]),
        _psy(2, 34, date(2026, 3, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["WI-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "WI", WIP_RENEWAL),
        done,
        date(2027, 5, 1),
    )
    assert p.cycle_start == date(2025, 10, 1)
    assert totals(p) == (40, 40, 0)
    assert p.complete is True


def test_wi_psychologist_short_on_track(rule_sets):
    # 6 + 24 = 30 of 40 -> 10 left; today 2027-05-01: 152 days; 10 / (152 / 30.4 = 5) = 2.0
    # <= 1.5 x 40 / 24 = 2.5 and > 90 days -> on_track.
    done = [_psy(1, 6, date(2025, 11, 1), topics=["ethics"]), _psy(2, 24, date(2026, 3, 1))]
    p = compute_progress(
        rule_sets["WI-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "WI", WIP_RENEWAL),
        done,
        date(2027, 5, 1),
    )
    assert totals(p) == (40, 30, 10)
    assert p.days_left == 152
    assert p.hours_per_month_needed == 2.0
    assert p.status == "on_track"


def test_wi_psychologist_ethics_short(rule_sets):
    # 3 ethics + 37 = 40 -> total met; ethics 3 of 6 -> 3 short -> complete False.
    done = [_psy(1, 3, date(2025, 11, 1), topics=["ethics"]), _psy(2, 37, date(2026, 3, 1))]
    p = compute_progress(
        rule_sets["WI-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "WI", WIP_RENEWAL),
        done,
        date(2027, 5, 1),
    )
    assert (_row(p, "ethics").earned, _row(p, "ethics").remaining) == (3, 3)
    assert p.complete is False


def test_wi_psychologist_first_renewal_exempt(rule_sets):
    # Before the first full 2-year period no CE is required -> 0 required, complete.
    lic = _lic("PSYCHOLOGIST", "WI", WIP_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["WI-PSYCHOLOGIST"], lic, [], date(2027, 5, 1))
    assert totals(p) == (0, 0, 0)
    assert p.status == "complete"
