"""Hand-worked scenarios for the Delaware, South Dakota and North Dakota rule sets.

Every expected number is worked out from the rule text in store/rulesets/{DE,SD,ND}-*.yaml
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
from rules.scenario import live_row as _live
from rules.scenario import row as _row
from rules.scenario import totals as _totals

from bot.rules import compute_progress

_nasw = course_maker("NASW")
_nbcc = course_maker("NBCC")
_aamft = course_maker("AAMFT")
_apa = course_maker("APA")
CULT = "cultural_competency"


# --- DE LCSW: 40 h per 24 months ending Jan 31 of odd years; ethics 6, mandatory reporting 1
# (child-abuse reporting key); all hours may be online; self-directed activities data only.
DE_SW_RENEWAL = date(2027, 1, 31)  # cycle 2025-02-01 .. 2027-01-31
REPORTING = "child_abuse_reporting"


def test_de_lcsw_complete_all_online(rule_sets):
    # 6 ethics + 1 reporting + 33 on demand = 40 (no online cap).
    done = [
        _nasw(1, 6, date(2025, 2, 1), "online_async", ["ethics"]),
        _nasw(2, 1, date(2025, 3, 1), "online_async", [REPORTING]),
        _nasw(3, 33, date(2025, 9, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["DE-LCSW"], _lic("LCSW", "DE", DE_SW_RENEWAL), done, date(2026, 6, 1)
    )
    assert p.cycle_start == date(2025, 2, 1)
    assert _totals(p) == (40, 40, 0)
    assert p.complete is True


def test_de_lcsw_short_and_reporting_unmet(rule_sets):
    # 6 ethics + 24 = 30 of 40 -> 10 left; reporting 0 of 1. today 2026-06-01: 244 days;
    # max(10, 1) / (244 / 30.4 = 8.026) = 1.25 <= 2.5 -> on_track.
    done = [_nasw(1, 6, date(2025, 2, 1), topics=["ethics"]), _nasw(2, 24, date(2025, 9, 1))]
    p = compute_progress(
        rule_sets["DE-LCSW"], _lic("LCSW", "DE", DE_SW_RENEWAL), done, date(2026, 6, 1)
    )
    assert _totals(p) == (40, 30, 10)
    assert (_row(p, REPORTING).remaining, _row(p, REPORTING).met) == (1, False)
    assert p.days_left == 244
    assert p.hours_per_month_needed == 1.25
    assert p.status == "on_track"


# --- DE LPCMH (DE-LPC) / LMFT: 40 h per 24 months ending Sep 30 of even years; ethics 3,
# cultural inclusion/equity/diversity 3; no online cap; first renewal prorated by licensure
# window (0/10/20/30 h) -> unknown to the engine, the full 40 surely enough.
DE_MH_RENEWAL = date(2026, 9, 30)  # cycle 2024-10-01 .. 2026-09-30


def test_de_lpcmh_complete(rule_sets):
    done = [
        _nbcc(1, 3, date(2024, 10, 1), topics=["ethics"]),
        _nbcc(2, 3, date(2024, 11, 1), "live_online", [CULT]),
        _nbcc(3, 34, date(2025, 9, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["DE-LPC"], _lic("LPC", "DE", DE_MH_RENEWAL), done, date(2026, 6, 1)
    )
    assert p.cycle_start == date(2024, 10, 1)
    assert _totals(p) == (40, 40, 0)
    assert p.complete is True


def test_de_lpcmh_short_and_cultural_unmet(rule_sets):
    # 3 ethics + 29 = 32 -> 8 left; cultural 3 short. today 2026-08-01: 60 days -> at_risk;
    # max(8, 3) / (60 / 30.4 = 1.974) = 4.05.
    done = [_nbcc(1, 3, date(2024, 10, 1), topics=["ethics"]), _nbcc(2, 29, date(2025, 9, 1))]
    p = compute_progress(
        rule_sets["DE-LPC"], _lic("LPC", "DE", DE_MH_RENEWAL), done, date(2026, 8, 1)
    )
    assert _totals(p) == (40, 32, 8)
    assert _row(p, CULT).remaining == 3
    assert p.hours_per_month_needed == 4.05
    assert p.status == "at_risk"


def test_de_lpcmh_first_renewal_is_prorated_by_window_unknown_to_us(rule_sets):
    # First renewal: 0/10/20/30 h by licensure window -> required None; 40 surely enough.
    # 3 ethics + 3 cultural + 14 = 20 h: topics met (full rows shown), total unknown ->
    # remaining None -> "unknown"; 40 h -> remaining 0.
    lic = _lic("LPC", "DE", DE_MH_RENEWAL, first_renewal=True)
    done = [_nbcc(1, 6, date(2024, 10, 1), topics=["ethics", CULT])]
    p = compute_progress(
        rule_sets["DE-LPC"], lic, [*done, _nbcc(2, 14, date(2025, 1, 1))], date(2026, 6, 1)
    )
    assert _totals(p) == (None, 20, None)
    assert p.status == "unknown"
    p = compute_progress(
        rule_sets["DE-LPC"], lic, [*done, _nbcc(2, 34, date(2025, 1, 1))], date(2026, 6, 1)
    )
    assert _totals(p) == (None, 40, 0)
    assert p.complete is True


def test_de_lmft_complete_and_ethics_unmet(rule_sets):
    lic = _lic("LMFT", "DE", DE_MH_RENEWAL)
    done = [
        _aamft(1, 3, date(2024, 10, 1), topics=["ethics", CULT]),
        _aamft(2, 37, date(2025, 9, 1)),
    ]
    # One 3 h course tagged ethics + cultural meets both rows; 3 + 37 = 40.
    p = compute_progress(rule_sets["DE-LMFT"], lic, done, date(2026, 6, 1))
    assert (_totals(p), p.complete) == ((40, 40, 0), True)
    done = [_aamft(1, 3, date(2024, 10, 1), topics=[CULT]), _aamft(2, 37, date(2025, 9, 1))]
    p = compute_progress(rule_sets["DE-LMFT"], lic, done, date(2026, 6, 1))
    assert (_row(p, "ethics").met, p.complete) == (False, False)


def test_de_lmft_short(rule_sets):
    lic = _lic("LMFT", "DE", DE_MH_RENEWAL)
    done = [
        _aamft(1, 6, date(2024, 10, 1), topics=["ethics", CULT]),
        _aamft(2, 19, date(2025, 9, 1)),
    ]
    p = compute_progress(rule_sets["DE-LMFT"], lic, done, date(2026, 6, 1))
    assert _totals(p) == (40, 25, 15)


# --- DE Psychologist: 40 h per period Aug 1 (odd year) .. Jul 31 (next odd year); ethics 3,
# cultural 3; at least 10 h face-to-face or live webinar; first renewal 30 h or less (unknown).
DE_PSY_RENEWAL = date(2027, 7, 31)  # cycle 2025-08-01 .. 2027-07-31


def test_de_psychologist_complete(rule_sets):
    # 3 ethics + 3 cultural on demand, 10 in person, 24 on demand = 40; live 10 >= 10.
    done = [
        _apa(1, 3, date(2025, 8, 1), "online_async", ["ethics"]),
        _apa(2, 3, date(2025, 9, 1), "online_async", [CULT]),
        _apa(3, 10, date(2026, 1, 1)),
        _apa(4, 24, date(2026, 6, 1), "online_async"),
    ]
    lic = _lic("PSYCHOLOGIST", "DE", DE_PSY_RENEWAL)
    p = compute_progress(rule_sets["DE-PSYCHOLOGIST"], lic, done, date(2027, 1, 1))
    assert p.cycle_start == date(2025, 8, 1)
    assert _totals(p) == (40, 40, 0)
    assert _live(p).remaining == 0
    assert p.complete is True


def test_de_psychologist_live_floor_short(rule_sets):
    # 40 h total met, topics met, but only 6 h by live webinar -> live 4 short.
    done = [
        _apa(1, 3, date(2025, 8, 1), "online_async", ["ethics"]),
        _apa(2, 3, date(2025, 9, 1), "online_async", [CULT]),
        _apa(3, 6, date(2026, 1, 1), "live_online"),
        _apa(4, 28, date(2026, 6, 1), "online_async"),
    ]
    lic = _lic("PSYCHOLOGIST", "DE", DE_PSY_RENEWAL)
    p = compute_progress(rule_sets["DE-PSYCHOLOGIST"], lic, done, date(2027, 1, 1))
    assert _totals(p) == (40, 40, 0)
    live = _live(p)
    assert (live.required, live.earned, live.remaining) == (10, 6, 4)
    assert p.complete is False


def test_de_psychologist_short_and_ethics_unmet(rule_sets):
    done = [_apa(1, 3, date(2025, 9, 1), topics=[CULT]), _apa(2, 22, date(2026, 1, 1))]
    lic = _lic("PSYCHOLOGIST", "DE", DE_PSY_RENEWAL)
    p = compute_progress(rule_sets["DE-PSYCHOLOGIST"], lic, done, date(2027, 1, 1))
    assert _totals(p) == (40, 25, 15)
    assert (_row(p, "ethics").remaining, p.complete) == (3, False)


def test_de_psychologist_first_renewal_unknown(rule_sets):
    # 6 h (3 ethics + 3 cultural, one course) + 24 in person = 30: topics and live floor met;
    # first-renewal total unknown (30 or less), 40 surely enough -> remaining None -> unknown.
    lic = _lic("PSYCHOLOGIST", "DE", DE_PSY_RENEWAL, first_renewal=True)
    done = [_apa(1, 6, date(2025, 9, 1), topics=["ethics", CULT]), _apa(2, 24, date(2026, 1, 1))]
    p = compute_progress(rule_sets["DE-PSYCHOLOGIST"], lic, done, date(2027, 1, 1))
    assert _totals(p) == (None, 30, None)
    assert p.status == "unknown"


# --- SD CSW-PIP (SD-LCSW): 30 h per 2-year license period; no topic minimums found; at most
# 10 h self-study (reading, tapes) — on-demand online courses not capped (board page).
SD_SW_RENEWAL = date(2026, 12, 31)  # cycle 2025-01-01 .. 2026-12-31


def test_sd_csw_pip_complete_all_on_demand(rule_sets):
    done = [_nasw(1, 30, date(2025, 1, 1), "online_async")]
    p = compute_progress(
        rule_sets["SD-LCSW"], _lic("LCSW", "SD", SD_SW_RENEWAL), done, date(2026, 7, 1)
    )
    assert p.cycle_start == date(2025, 1, 1)
    assert (_totals(p), p.complete) == ((30, 30, 0), True)


def test_sd_csw_pip_self_study_cap_leaves_it_short(rule_sets):
    # 15 self-study -> 10 count; + 10 in person = 20 of 30 -> 10 left. today 2026-07-01: 183
    # days; 10 / (183 / 30.4 = 6.020) = 1.66 <= 1.5 x 30/24 = 1.875 -> on_track.
    done = [_nasw(1, 15, date(2025, 3, 1), "self_study"), _nasw(2, 10, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["SD-LCSW"], _lic("LCSW", "SD", SD_SW_RENEWAL), done, date(2026, 7, 1)
    )
    assert _totals(p) == (30, 20, 10)
    assert p.hours_per_month_needed == 1.66
    assert p.status == "on_track"


# --- SD LPC / LPC-MH (SD-LPC) and LMFT: 40 h per 2-year period; ethics 4; no cap found.
SD_CN_RENEWAL = date(2026, 11, 30)  # cycle 2024-12-01 .. 2026-11-30


def test_sd_lpc_complete_short_and_ethics_unmet(rule_sets):
    lic = _lic("LPC", "SD", SD_CN_RENEWAL)
    done = [_nbcc(1, 4, date(2024, 12, 1), topics=["ethics"]), _nbcc(2, 36, date(2025, 6, 1))]
    p = compute_progress(rule_sets["SD-LPC"], lic, done, date(2026, 6, 1))
    assert p.cycle_start == date(2024, 12, 1)
    assert (_totals(p), p.complete) == ((40, 40, 0), True)
    p = compute_progress(
        rule_sets["SD-LPC"], lic, [*done[:1], _nbcc(2, 26, date(2025, 6, 1))], date(2026, 6, 1)
    )
    assert (_totals(p), p.complete) == ((40, 30, 10), False)
    p = compute_progress(
        rule_sets["SD-LPC"], lic, [_nbcc(2, 40, date(2025, 6, 1))], date(2026, 6, 1)
    )
    assert (_row(p, "ethics").remaining, p.complete) == (4, False)


def test_sd_lmft_complete_with_unconfirmed_approval_and_ethics_unmet(rule_sets):
    # MFT approval list not retrieved: AAMFT courses count but are flagged unconfirmed.
    lic = _lic("LMFT", "SD", SD_CN_RENEWAL)
    done = [_aamft(1, 4, date(2024, 12, 1), topics=["ethics"]), _aamft(2, 36, date(2025, 6, 1))]
    p = compute_progress(rule_sets["SD-LMFT"], lic, done, date(2026, 6, 1))
    assert (_totals(p), p.complete) == ((40, 40, 0), True)
    assert any("couldn't confirm the board accepts 2" in u for u in p.unknowns)
    p = compute_progress(
        rule_sets["SD-LMFT"], lic, [_aamft(2, 40, date(2025, 6, 1))], date(2026, 6, 1)
    )
    assert (_row(p, "ethics").remaining, p.complete) == (4, False)


# --- SD Psychologist: 15 h per annual period July 1 .. June 30; at most 5 h independent
# reading (self-study); first renewal exempt (licensed under a full year).
SD_PSY_RENEWAL = date(2026, 6, 30)  # cycle 2025-07-01 .. 2026-06-30


def test_sd_psychologist_complete(rule_sets):
    done = [_apa(1, 5, date(2025, 7, 1), "self_study"), _apa(2, 10, date(2026, 1, 1))]
    lic = _lic("PSYCHOLOGIST", "SD", SD_PSY_RENEWAL)
    p = compute_progress(rule_sets["SD-PSYCHOLOGIST"], lic, done, date(2026, 5, 1))
    assert p.cycle_start == date(2025, 7, 1)
    assert (_totals(p), p.complete) == ((15, 15, 0), True)


def test_sd_psychologist_reading_cap_and_short(rule_sets):
    # 8 self-study -> 5 count; + 5 = 10 of 15 -> 5 left. today 2026-05-01: 60 days -> at_risk;
    # 5 / (60 / 30.4 = 1.974) = 2.53.
    done = [_apa(1, 8, date(2025, 7, 1), "self_study"), _apa(2, 5, date(2026, 1, 1))]
    lic = _lic("PSYCHOLOGIST", "SD", SD_PSY_RENEWAL)
    p = compute_progress(rule_sets["SD-PSYCHOLOGIST"], lic, done, date(2026, 5, 1))
    assert _totals(p) == (15, 10, 5)
    assert p.days_left == 60
    assert p.hours_per_month_needed == 2.53
    assert p.status == "at_risk"


def test_sd_psychologist_first_renewal_is_exempt(rule_sets):
    lic = _lic("PSYCHOLOGIST", "SD", SD_PSY_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["SD-PSYCHOLOGIST"], lic, [], date(2026, 5, 1))
    assert (_totals(p), p.complete) == ((0, 0, 0), True)


# --- ND LICSW: 30 h per licensing period Jan 1 (even year) .. Dec 31 (odd year); social work
# ethics 2; at most 10 h independent learning (self-study / on demand; live webinars count as
# face-to-face); first renewal 0 / 15 / 30 h by licensure date (unknown to us).
ND_SW_RENEWAL = date(2027, 12, 31)  # cycle 2026-01-01 .. 2027-12-31


def test_nd_licsw_complete_with_live_webinars(rule_sets):
    # 2 ethics + 8 on demand (10 <= cap) + 20 live webinars (not capped) = 30.
    done = [
        _nasw(1, 2, date(2026, 1, 1), "online_async", ["ethics"]),
        _nasw(2, 8, date(2026, 3, 1), "online_async"),
        _nasw(3, 20, date(2026, 9, 1), "live_online"),
    ]
    p = compute_progress(
        rule_sets["ND-LCSW"], _lic("LCSW", "ND", ND_SW_RENEWAL), done, date(2027, 6, 30)
    )
    assert p.cycle_start == date(2026, 1, 1)
    assert (_totals(p), p.complete) == ((30, 30, 0), True)


def test_nd_licsw_independent_learning_cap_and_behind_pace(rule_sets):
    # 2 ethics in person + 18 on demand (-> 10) = 12 of 30 -> 18 left. today 2027-06-30: 184
    # days; 18 / (184 / 30.4 = 6.053) = 2.97 > 1.5 x 30/24 = 1.875 -> at_risk.
    done = [
        _nasw(1, 2, date(2026, 1, 1), topics=["ethics"]),
        _nasw(2, 18, date(2026, 3, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["ND-LCSW"], _lic("LCSW", "ND", ND_SW_RENEWAL), done, date(2027, 6, 30)
    )
    assert _totals(p) == (30, 12, 18)
    assert p.days_left == 184
    assert p.hours_per_month_needed == 2.97
    assert p.status == "at_risk"


def test_nd_licsw_ethics_unmet_and_first_renewal_unknown(rule_sets):
    p = compute_progress(
        rule_sets["ND-LCSW"],
        _lic("LCSW", "ND", ND_SW_RENEWAL),
        [_nasw(1, 30, date(2026, 5, 1))],
        date(2027, 6, 30),
    )
    assert (_row(p, "ethics").remaining, p.complete) == (2, False)
    # First renewal: 2 ethics + 13 = 15 h; total unknown (0/15/30), 30 surely enough -> "unknown".
    lic = _lic("LCSW", "ND", ND_SW_RENEWAL, first_renewal=True)
    done = [_nasw(1, 2, date(2026, 1, 1), topics=["ethics"]), _nasw(2, 13, date(2026, 5, 1))]
    p = compute_progress(rule_sets["ND-LCSW"], lic, done, date(2027, 6, 30))
    assert _totals(p) == (None, 15, None)
    assert p.status == "unknown"


# --- ND LPCC / LPC (ND-LPC): the license CE rule was not found (coverage "missing"): total
# null, cycle unknown; certified supervisors' 30 h per 5-year certification (asked).
def test_nd_lpcc_everything_unknown_without_a_cycle_start(rule_sets):
    done = [_nbcc(1, 20, date(2025, 6, 1))]
    lic = _lic("LPC", "ND", date(2026, 12, 31), {"nd_supervisor_certification_due": False})
    p = compute_progress(rule_sets["ND-LPC"], lic, done, date(2026, 6, 1))
    assert _totals(p) == (None, None, None)
    assert p.total_counted_range == (0, 20)
    assert p.status == "unknown"


def test_nd_lpcc_with_a_cycle_start_counts_hours_but_total_stays_unknown(rule_sets):
    lic = _lic("LPC", "ND", date(2026, 12, 31), cycle_start=date(2025, 1, 1))
    p = compute_progress(
        rule_sets["ND-LPC"], lic, [_nbcc(1, 20, date(2025, 6, 1))], date(2026, 6, 1)
    )
    assert _totals(p) == (None, 20, None)
    assert "nd_supervisor_certification_due" in [key for key, _ in p.open_questions]
    assert p.status == "unknown"


# --- ND LMFT: 30 h per 2 years ending Dec 31 of odd years; ethics 6; supervision 3 for
# board/AAMFT-approved supervisors (asked); first renewal prorated (formula unknown).
ND_MFT_RENEWAL = date(2027, 12, 31)  # cycle 2026-01-01 .. 2027-12-31
NOT_SUP = {"nd_mft_approved_supervisor": False}


def test_nd_lmft_complete_and_short(rule_sets):
    lic = _lic("LMFT", "ND", ND_MFT_RENEWAL, NOT_SUP)
    done = [_aamft(1, 6, date(2026, 1, 1), topics=["ethics"]), _aamft(2, 24, date(2026, 6, 1))]
    p = compute_progress(rule_sets["ND-LMFT"], lic, done, date(2027, 6, 30))
    assert (_totals(p), p.complete) == ((30, 30, 0), True)
    assert _row(p, "supervision").applies is False
    p = compute_progress(rule_sets["ND-LMFT"], lic, done[:1], date(2027, 6, 30))
    assert (_totals(p), p.complete) == ((30, 6, 24), False)


def test_nd_lmft_supervisor_needs_supervision_hours(rule_sets):
    # Supervisor: 6 ethics + 24 = 30 met, supervision 0 of 3 -> complete False.
    lic = _lic("LMFT", "ND", ND_MFT_RENEWAL, {"nd_mft_approved_supervisor": True})
    done = [_aamft(1, 6, date(2026, 1, 1), topics=["ethics"]), _aamft(2, 24, date(2026, 6, 1))]
    p = compute_progress(rule_sets["ND-LMFT"], lic, done, date(2027, 6, 30))
    assert (_row(p, "supervision").remaining, p.complete) == (3, False)
    p = compute_progress(
        rule_sets["ND-LMFT"], lic, [_aamft(2, 30, date(2026, 6, 1))], date(2027, 6, 30)
    )
    assert _row(p, "ethics").remaining == 6


# --- ND Psychologist: license renews yearly (Jan 1); 40 h per 2-year CE cycle Nov 1 .. Oct 31;
# ethics, law or jurisprudence 3; Category 4 (online / correspondence / reading) at most 20 h.
ND_PSY_END = date(2026, 10, 31)  # CE cycle 2024-11-01 .. 2026-10-31


def test_nd_psychologist_complete_over_the_two_year_ce_cycle(rule_sets):
    done = [
        _apa(1, 3, date(2024, 11, 1), topics=["ethics"]),
        _apa(2, 20, date(2025, 3, 1), "online_async"),
        _apa(3, 17, date(2025, 11, 1)),
    ]
    lic = _lic("PSYCHOLOGIST", "ND", ND_PSY_END)
    p = compute_progress(rule_sets["ND-PSYCHOLOGIST"], lic, done, date(2026, 6, 1))
    assert p.cycle_start == date(2024, 11, 1)
    assert (_totals(p), p.complete) == ((40, 40, 0), True)


def test_nd_psychologist_category_4_cap_and_ethics_unmet(rule_sets):
    # 30 on demand -> 20; + 3 in person (not ethics) = 23 of 40 -> 17 left; ethics 0 of 3.
    done = [_apa(1, 30, date(2025, 3, 1), "online_async"), _apa(2, 3, date(2025, 11, 1))]
    lic = _lic("PSYCHOLOGIST", "ND", ND_PSY_END)
    p = compute_progress(rule_sets["ND-PSYCHOLOGIST"], lic, done, date(2026, 6, 1))
    assert _totals(p) == (40, 23, 17)
    assert (_row(p, "ethics").remaining, p.complete) == (3, False)
