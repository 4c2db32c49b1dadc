"""Hand-worked scenarios for the District of Columbia rule sets.

Every expected number is worked out from the rule text in store/rulesets/DC-*.yaml (converted
from shared/research/ce_requirements_more.yaml) and the engine's contract (cycle = day after
the previous renewal .. renewal day; completions after `today` never count; caps, topic rows,
status thresholds), never from running the engine. Status arithmetic: hours per month needed
= remaining / max(days_left / 30.4, 1), rounded to 0.01; at_risk when days_left <= 90 or that
figure > 1.5 x (total / cycle_months).
"""

from __future__ import annotations

from datetime import date

from rules.scenario import course_maker
from rules.scenario import license_facts as _lic
from rules.scenario import live_row as _live
from rules.scenario import row as _row
from rules.scenario import totals as _totals

from bot.rules import compute_progress

_done = course_maker("ASWB ACE")
LGBTQ, PHP = "lgbtq_cultural_competency", "dc_public_health_priorities"


# --- DC LICSW: 40 h per 24 months ending July 31 of odd years; ethics/conduct/boundaries 6
# (live), LGBTQ 2, public health priorities 10% of 40 = 4; at most 12 h on demand / home study
# (live webinars not capped); first renewal exempt.
DC_SW_RENEWAL = date(2027, 7, 31)  # cycle 2025-08-01 .. 2027-07-31


def test_dc_licsw_complete(rule_sets):
    # 6 ethics (webinar) + 2 LGBTQ (on demand) + 4 PHP + 28 in person = 40; on demand 2 <= 12.
    done = [
        _done(1, 6, date(2025, 9, 1), "live_online", ["ethics"]),
        _done(2, 2, date(2025, 10, 1), "online_async", [LGBTQ]),
        _done(3, 4, date(2026, 1, 10), topics=[PHP]),
        _done(4, 28, date(2026, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["DC-LCSW"], _lic("LCSW", "DC", DC_SW_RENEWAL), done, date(2027, 3, 1)
    )
    assert p.cycle_start == date(2025, 8, 1)
    assert _totals(p) == (40, 40, 0)
    for rule_id, hours in (("ethics", 6), (LGBTQ, 2), (PHP, 4)):
        r = _row(p, rule_id)
        assert (r.required, r.earned, r.met) == (hours, hours, True)
    assert p.complete is True
    assert p.status == "complete"


def test_dc_licsw_on_demand_cap_leaves_the_total_short(rule_sets):
    # On demand: 2 LGBTQ + 20 general = 22 > 12 -> 10 cut. Counted 6 + 2 + 4 + 20 + 8 = 40 - 10
    # = 30; remaining 10. Topics all met. today 2027-01-15: 197 days; 10 / (197 / 30.4 =
    # 6.480) = 1.54 <= 1.5 x 40/24 = 2.5 -> on_track.
    done = [
        _done(1, 6, date(2025, 9, 1), topics=["ethics"]),
        _done(2, 2, date(2025, 10, 1), "online_async", [LGBTQ]),
        _done(3, 4, date(2026, 1, 10), topics=[PHP]),
        _done(4, 20, date(2026, 3, 1), "online_async"),
        _done(5, 8, date(2026, 6, 1), "live_online"),
    ]
    p = compute_progress(
        rule_sets["DC-LCSW"], _lic("LCSW", "DC", DC_SW_RENEWAL), done, date(2027, 1, 15)
    )
    assert _totals(p) == (40, 30, 10)
    assert p.days_left == 197
    assert p.hours_per_month_needed == 1.54
    assert p.complete is False
    assert p.status == "on_track"


def test_dc_licsw_public_health_priorities_unmet(rule_sets):
    # 6 ethics + 2 LGBTQ + 32 general in person = 40: total met, PHP 0 of 4 -> not complete.
    # today 2027-06-01: 60 days <= 90 -> at_risk; max(0, 4) / max(60 / 30.4, 1) = 4 / 1.974
    # = 2.03.
    done = [
        _done(1, 6, date(2025, 9, 1), topics=["ethics"]),
        _done(2, 2, date(2025, 10, 1), topics=[LGBTQ]),
        _done(3, 32, date(2026, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["DC-LCSW"], _lic("LCSW", "DC", DC_SW_RENEWAL), done, date(2027, 6, 1)
    )
    assert _totals(p) == (40, 40, 0)
    r = _row(p, PHP)
    assert (r.required, r.earned, r.remaining, r.met) == (4, 0, 4, False)
    assert p.days_left == 60
    assert p.hours_per_month_needed == 2.03
    assert p.status == "at_risk"


def test_dc_licsw_first_renewal_is_exempt(rule_sets):
    # 7008.2: no CE at the first renewal -> total 0, no topic applies -> complete.
    lic = _lic("LCSW", "DC", DC_SW_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["DC-LCSW"], lic, [], date(2027, 3, 1))
    assert _totals(p) == (0, 0, 0)
    assert all(r.applies is False for r in p.topics)
    assert p.complete is True


# --- DC LPC: 40 h per 24 months ending Dec 31 of even years; ethics 6, LGBTQ 2, public health
# 4 (CE-provider page), trauma counseling every cycle with hours unknown (null); first
# renewal rule unknown; in-service / presenting limits are data only.
DC_LPC_RENEWAL = date(2026, 12, 31)  # cycle 2025-01-01 .. 2026-12-31
_nbcc = course_maker("NBCC")


def _dc_lpc_topics():
    return [
        _nbcc(1, 6, date(2025, 2, 1), topics=["ethics"]),
        _nbcc(2, 2, date(2025, 3, 1), topics=[LGBTQ]),
        _nbcc(3, 4, date(2025, 4, 1), topics=[PHP]),
        _nbcc(4, 4, date(2025, 5, 1), topics=["trauma"]),
    ]


def test_dc_lpc_forty_hours_but_trauma_hours_unknown(rule_sets):
    # 6 + 2 + 4 + 4 trauma + 24 = 40: total met, known minimums met; trauma applies with
    # required None -> met None -> complete None -> "unknown" (never "complete").
    done = [*_dc_lpc_topics(), _nbcc(5, 24, date(2026, 1, 1))]
    p = compute_progress(
        rule_sets["DC-LPC"], _lic("LPC", "DC", DC_LPC_RENEWAL), done, date(2026, 9, 1)
    )
    assert p.cycle_start == date(2025, 1, 1)
    assert _totals(p) == (40, 40, 0)
    trauma = _row(p, "trauma")
    assert (trauma.applies, trauma.required, trauma.earned, trauma.met) == (True, None, 4, None)
    assert _row(p, "ethics").met is True
    assert p.complete is None
    assert p.status == "unknown"
    assert any("trauma" in u.lower() for u in p.unknowns)


def test_dc_lpc_short_of_total(rule_sets):
    # 16 topic hours + 14 = 30 of 40 -> 10 remaining; short for certain -> complete False.
    # today 2026-06-30: 184 days; 10 / (184 / 30.4 = 6.053) = 1.65 <= 2.5 -> on_track.
    done = [*_dc_lpc_topics(), _nbcc(5, 14, date(2026, 1, 1))]
    p = compute_progress(
        rule_sets["DC-LPC"], _lic("LPC", "DC", DC_LPC_RENEWAL), done, date(2026, 6, 30)
    )
    assert _totals(p) == (40, 30, 10)
    assert p.days_left == 184
    assert p.hours_per_month_needed == 1.65
    assert p.complete is False
    assert p.status == "on_track"


def test_dc_lpc_lgbtq_unmet(rule_sets):
    # 6 ethics + 4 PHP + 30 general = 40; LGBTQ 0 of 2 -> certainly short -> complete False.
    done = [
        _nbcc(1, 6, date(2025, 2, 1), topics=["ethics"]),
        _nbcc(3, 4, date(2025, 4, 1), topics=[PHP]),
        _nbcc(5, 30, date(2026, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["DC-LPC"], _lic("LPC", "DC", DC_LPC_RENEWAL), done, date(2026, 6, 30)
    )
    assert _totals(p) == (40, 40, 0)
    assert (_row(p, LGBTQ).remaining, _row(p, LGBTQ).met) == (2, False)
    assert p.complete is False


def test_dc_lpc_first_renewal_rule_unknown(rule_sets):
    # First renewal, rule unknown: total_required None; 40 h (the full cycle's) is surely
    # enough, so 40 h -> remaining 0; trauma still keeps it "unknown".
    done = [*_dc_lpc_topics(), _nbcc(5, 24, date(2026, 1, 1))]
    lic = _lic("LPC", "DC", DC_LPC_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["DC-LPC"], lic, done, date(2026, 9, 1))
    assert p.total_required is None
    assert p.total_remaining == 0
    assert p.status == "unknown"


# --- DC LMFT: 30 h per 24 months ending Dec 31; ethics 6, LGBTQ 2 (renewals after 2018),
# public health 10% of 30 = 3; at least 15 h live face-to-face (webinars not counted here,
# whether they count is unknown); first renewal exempt.
DC_MFT_RENEWAL = date(2026, 12, 31)  # cycle 2025-01-01 .. 2026-12-31
_aamft = course_maker("AAMFT")


def test_dc_lmft_complete(rule_sets):
    # 6 ethics + 19 general in person = 25 face-to-face >= 15; + 2 LGBTQ on demand + 3 PHP
    # webinar = 30.
    done = [
        _aamft(1, 6, date(2025, 2, 1), topics=["ethics"]),
        _aamft(2, 2, date(2025, 3, 1), "online_async", [LGBTQ]),
        _aamft(3, 3, date(2025, 4, 1), "live_online", [PHP]),
        _aamft(4, 19, date(2026, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["DC-LMFT"], _lic("LMFT", "DC", DC_MFT_RENEWAL), done, date(2026, 9, 1)
    )
    assert _totals(p) == (30, 30, 0)
    live = _live(p)
    assert (live.required, live.earned, live.remaining) == (15, 25, 0)
    assert p.complete is True
    assert p.status == "complete"


def test_dc_lmft_webinars_are_not_face_to_face(rule_sets):
    # 6 ethics + 2 LGBTQ + 3 PHP + 9 general as webinars, 10 in person: total 30 met, topics met;
    # face-to-face 10 < 15 -> 5 short -> complete False. today 2026-11-01: 60 days -> at_risk.
    done = [
        _aamft(1, 6, date(2025, 2, 1), "live_online", ["ethics"]),
        _aamft(2, 2, date(2025, 3, 1), "live_online", [LGBTQ]),
        _aamft(3, 3, date(2025, 4, 1), "live_online", [PHP]),
        _aamft(4, 9, date(2025, 6, 1), "live_online"),
        _aamft(5, 10, date(2026, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["DC-LMFT"], _lic("LMFT", "DC", DC_MFT_RENEWAL), done, date(2026, 11, 1)
    )
    assert _totals(p) == (30, 30, 0)
    live = _live(p)
    assert (live.required, live.earned, live.remaining) == (15, 10, 5)
    assert p.days_left == 60
    assert p.complete is False
    assert p.status == "at_risk"


def test_dc_lmft_short_and_ethics_unmet(rule_sets):
    # 3 ethics + 17 in person = 20 of 30 -> 10 remaining; ethics 3 of 6 -> 3 short.
    done = [
        _aamft(1, 3, date(2025, 2, 1), topics=["ethics"]),
        _aamft(2, 17, date(2025, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["DC-LMFT"], _lic("LMFT", "DC", DC_MFT_RENEWAL), done, date(2026, 6, 30)
    )
    assert _totals(p) == (30, 20, 10)
    assert (_row(p, "ethics").remaining, _row(p, "ethics").met) == (3, False)
    assert p.complete is False


def test_dc_lmft_first_renewal_is_exempt(rule_sets):
    lic = _lic("LMFT", "DC", DC_MFT_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["DC-LMFT"], lic, [], date(2026, 6, 30))
    assert _totals(p) == (0, 0, 0)
    assert p.complete is True


# --- DC Psychologist: 30 h per 24 months ending Dec 31 of odd years; ethics 3, LGBTQ 2,
# public health 3; at least 15 h in live programs (in person here); first renewal exempt.
DC_PSY_RENEWAL = date(2027, 12, 31)  # cycle 2026-01-01 .. 2027-12-31
_apa = course_maker("APA")


def test_dc_psychologist_complete(rule_sets):
    # 3 ethics + 2 LGBTQ + 3 PHP on demand (8) + 22 in person = 30; live 22 >= 15.
    done = [
        _apa(1, 3, date(2026, 2, 1), "online_async", ["ethics"]),
        _apa(2, 2, date(2026, 3, 1), "online_async", [LGBTQ]),
        _apa(3, 3, date(2026, 4, 1), "online_async", [PHP]),
        _apa(4, 22, date(2027, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["DC-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "DC", DC_PSY_RENEWAL),
        done,
        date(2027, 6, 1),
    )
    assert p.cycle_start == date(2026, 1, 1)
    assert _totals(p) == (30, 30, 0)
    assert _live(p).remaining == 0
    assert p.complete is True


def test_dc_psychologist_short_with_live_floor(rule_sets):
    # 3 ethics + 2 LGBTQ + 3 PHP in person (8) + 12 on demand = 20 of 30 -> 10 remaining;
    # live 8 of 15 -> 7 short. today 2027-06-01: 213 days; max(10, 7) / (213 / 30.4 = 7.007)
    # = 1.43 <= 1.5 x 30/24 = 1.875 -> on_track.
    done = [
        _apa(1, 3, date(2026, 2, 1), topics=["ethics"]),
        _apa(2, 2, date(2026, 3, 1), topics=[LGBTQ]),
        _apa(3, 3, date(2026, 4, 1), topics=[PHP]),
        _apa(4, 12, date(2027, 1, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["DC-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "DC", DC_PSY_RENEWAL),
        done,
        date(2027, 6, 1),
    )
    assert _totals(p) == (30, 20, 10)
    assert _live(p).remaining == 7
    assert p.days_left == 213
    assert p.hours_per_month_needed == 1.43
    assert p.status == "on_track"


def test_dc_psychologist_ethics_unmet(rule_sets):
    # 2 LGBTQ + 3 PHP + 25 in person = 30; ethics 0 of 3 -> complete False.
    done = [
        _apa(2, 2, date(2026, 3, 1), topics=[LGBTQ]),
        _apa(3, 3, date(2026, 4, 1), topics=[PHP]),
        _apa(4, 25, date(2027, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["DC-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "DC", DC_PSY_RENEWAL),
        done,
        date(2027, 6, 1),
    )
    assert _totals(p) == (30, 30, 0)
    assert (_row(p, "ethics").remaining, _row(p, "ethics").met) == (3, False)
    assert p.complete is False


def test_dc_psychologist_first_renewal_is_exempt(rule_sets):
    lic = _lic("PSYCHOLOGIST", "DC", DC_PSY_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["DC-PSYCHOLOGIST"], lic, [], date(2027, 6, 1))
    assert _totals(p) == (0, 0, 0)
    assert p.complete is True


# --- HI LCSW: 45 h per 36 months ending June 30 (triennium); ethics 3; NASW / ASWB
# recognized; no format cap found; first renewal exempt.
HI_SW_RENEWAL = date(2028, 6, 30)  # cycle 2025-07-01 .. 2028-06-30
_nasw = course_maker("NASW")


def test_hi_lcsw_complete_over_three_years(rule_sets):
    # 3 ethics + 42 on demand = 45 (no cap) -> complete.
    done = [
        _nasw(1, 3, date(2025, 7, 1), topics=["ethics"]),
        _nasw(2, 42, date(2027, 2, 1), "online_async"),
    ]
    p = compute_progress(
        rule_sets["HI-LCSW"], _lic("LCSW", "HI", HI_SW_RENEWAL), done, date(2028, 1, 1)
    )
    assert p.cycle_start == date(2025, 7, 1)
    assert _totals(p) == (45, 45, 0)
    assert _row(p, "ethics").met is True
    assert p.complete is True


def test_hi_lcsw_hours_from_the_last_triennium_do_not_count(rule_sets):
    # 10 h on 2025-06-30 (previous renewal day) -> outside; 3 ethics + 20 = 23 of 45 -> 22 left.
    # today 2027-06-30: 366 days; 22 / (366 / 30.4 = 12.039) = 1.83 <= 1.5 x 45/36 = 1.875
    # -> on_track.
    done = [
        _nasw(1, 10, date(2025, 6, 30)),
        _nasw(2, 3, date(2025, 8, 1), topics=["ethics"]),
        _nasw(3, 20, date(2026, 5, 1)),
    ]
    p = compute_progress(
        rule_sets["HI-LCSW"], _lic("LCSW", "HI", HI_SW_RENEWAL), done, date(2027, 6, 30)
    )
    assert _totals(p) == (45, 23, 22)
    assert [e[0] for e in p.excluded] == [1]
    assert p.days_left == 366
    assert p.hours_per_month_needed == 1.83
    assert p.status == "on_track"


def test_hi_lcsw_ethics_unmet(rule_sets):
    # 45 general, ethics 0 of 3 -> complete False.
    done = [_nasw(1, 45, date(2026, 5, 1))]
    p = compute_progress(
        rule_sets["HI-LCSW"], _lic("LCSW", "HI", HI_SW_RENEWAL), done, date(2027, 6, 30)
    )
    assert _totals(p) == (45, 45, 0)
    assert (_row(p, "ethics").remaining, _row(p, "ethics").met) == (3, False)
    assert p.complete is False


def test_hi_lcsw_first_renewal_is_exempt(rule_sets):
    lic = _lic("LCSW", "HI", HI_SW_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["HI-LCSW"], lic, [], date(2027, 6, 30))
    assert _totals(p) == (0, 0, 0)
    assert p.complete is True


# --- HI LMHC (HI-LPC): no CE total found (null); no topics; 36-month cycle from one guide.
HI_MHC_RENEWAL = date(2026, 6, 30)  # cycle 2023-07-01 .. 2026-06-30


def test_hi_lmhc_unknown_total_is_unknown(rule_sets):
    # 20 h logged: counted 20, but the total is unknown -> required None, remaining None,
    # complete None -> "unknown"; no hours-per-month figure.
    done = [_nbcc(1, 12, date(2024, 1, 1)), _nbcc(2, 8, date(2025, 1, 1), "online_async")]
    p = compute_progress(
        rule_sets["HI-LPC"], _lic("LPC", "HI", HI_MHC_RENEWAL), done, date(2026, 1, 1)
    )
    assert _totals(p) == (None, 20, None)
    assert p.hours_per_month_needed is None
    assert p.complete is None
    assert p.status == "unknown"
    assert any("unknown to us" in u for u in p.unknowns)


def test_hi_lmhc_unknown_total_even_with_many_hours(rule_sets):
    # 60 h logged still can't be called complete: nothing is known to suffice.
    done = [_nbcc(1, 60, date(2024, 1, 1))]
    p = compute_progress(
        rule_sets["HI-LPC"], _lic("LPC", "HI", HI_MHC_RENEWAL), done, date(2026, 1, 1)
    )
    assert _totals(p) == (None, 60, None)
    assert p.status == "unknown"


# --- HI LMFT: 45 h per 36 months ending Dec 31 (2025, 2028, ...); ethics 6; first renewal
# exempt; approval list not retrieved (open).
HI_MFT_RENEWAL = date(2028, 12, 31)  # cycle 2026-01-01 .. 2028-12-31


def test_hi_lmft_complete(rule_sets):
    # 6 ethics + 39 = 45 -> complete.
    done = [
        _aamft(1, 6, date(2026, 1, 1), topics=["ethics"]),
        _aamft(2, 39, date(2027, 1, 1), "live_online"),
    ]
    p = compute_progress(
        rule_sets["HI-LMFT"], _lic("LMFT", "HI", HI_MFT_RENEWAL), done, date(2028, 6, 1)
    )
    assert p.cycle_start == date(2026, 1, 1)
    assert _totals(p) == (45, 45, 0)
    assert p.complete is True


def test_hi_lmft_short_and_ethics_unmet(rule_sets):
    # 2 ethics + 28 = 30 of 45 -> 15 left; ethics 4 short. today 2028-10-02: 90 days -> at_risk.
    # max(15, 4) / max(90 / 30.4, 1) = 15 / 2.961 = 5.07.
    done = [
        _aamft(1, 2, date(2026, 1, 1), topics=["ethics"]),
        _aamft(2, 28, date(2027, 1, 1)),
    ]
    p = compute_progress(
        rule_sets["HI-LMFT"], _lic("LMFT", "HI", HI_MFT_RENEWAL), done, date(2028, 10, 2)
    )
    assert _totals(p) == (45, 30, 15)
    assert _row(p, "ethics").remaining == 4
    assert p.days_left == 90
    assert p.hours_per_month_needed == 5.07
    assert p.status == "at_risk"


def test_hi_lmft_first_renewal_is_exempt(rule_sets):
    lic = _lic("LMFT", "HI", HI_MFT_RENEWAL, first_renewal=True)
    p = compute_progress(rule_sets["HI-LMFT"], lic, [], date(2028, 6, 1))
    assert _totals(p) == (0, 0, 0)
    assert p.complete is True


# --- HI Psychologist: 18 h per 24 months ending June 30 of even years; no topic minimums
# found; first-renewal rule unknown.
HI_PSY_RENEWAL = date(2026, 6, 30)  # cycle 2024-07-01 .. 2026-06-30


def test_hi_psychologist_complete(rule_sets):
    done = [_apa(1, 10, date(2024, 7, 1)), _apa(2, 8, date(2025, 7, 1), "online_async")]
    p = compute_progress(
        rule_sets["HI-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "HI", HI_PSY_RENEWAL),
        done,
        date(2026, 1, 1),
    )
    assert p.cycle_start == date(2024, 7, 1)
    assert _totals(p) == (18, 18, 0)
    assert p.complete is True


def test_hi_psychologist_short(rule_sets):
    # 6 of 18 -> 12 left; 2026-01-01 -> 180 days; 12 / (180 / 30.4 = 5.921) = 2.03 > 1.5 x
    # 18/24 = 1.125 -> at_risk on pace.
    done = [_apa(1, 6, date(2024, 7, 1))]
    p = compute_progress(
        rule_sets["HI-PSYCHOLOGIST"],
        _lic("PSYCHOLOGIST", "HI", HI_PSY_RENEWAL),
        done,
        date(2026, 1, 1),
    )
    assert _totals(p) == (18, 6, 12)
    assert p.days_left == 180
    assert p.hours_per_month_needed == 2.03
    assert p.status == "at_risk"


def test_hi_psychologist_first_renewal_unknown(rule_sets):
    # First renewal, rule unknown: required None; 18 (the full cycle's) is surely enough.
    lic = _lic("PSYCHOLOGIST", "HI", HI_PSY_RENEWAL, first_renewal=True)
    p = compute_progress(
        rule_sets["HI-PSYCHOLOGIST"], lic, [_apa(1, 10, date(2025, 1, 1))], date(2026, 1, 1)
    )
    assert p.total_required is None
    assert p.total_remaining is None
    assert p.status == "unknown"


# --- NH LICSW / LCMHC (NH-LPC) / LMFT (Board of Mental Health Practice): 40 h per 24 months
# from issue date; ethics 6 (Category A); at most 20 h online / home study (on demand and
# self-study; live webinars not capped); Category A/B split data only. CE-provider figures.
NH_RENEWAL = date(2026, 9, 15)  # cycle 2024-09-16 .. 2026-09-15


def test_nh_licsw_complete(rule_sets):
    # 6 ethics + 14 on demand (<= 20) + 20 in person = 40.
    done = [
        _nasw(1, 6, date(2024, 9, 16), topics=["ethics"]),
        _nasw(2, 14, date(2025, 1, 1), "online_async"),
        _nasw(3, 20, date(2025, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["NH-LCSW"], _lic("LCSW", "NH", NH_RENEWAL), done, date(2026, 3, 15)
    )
    assert p.cycle_start == date(2024, 9, 16)
    assert _totals(p) == (40, 40, 0)
    assert p.complete is True


def test_nh_licsw_online_cap_leaves_the_total_short(rule_sets):
    # 30 on demand -> 20 count; + 6 ethics in person + 4 webinar = 30; remaining 10.
    # today 2026-03-15: 184 days; 10 / (184 / 30.4 = 6.053) = 1.65 <= 1.5 x 40/24 = 2.5.
    done = [
        _nasw(1, 6, date(2024, 10, 1), topics=["ethics"]),
        _nasw(2, 30, date(2025, 1, 1), "online_async"),
        _nasw(3, 4, date(2025, 6, 1), "live_online"),
    ]
    p = compute_progress(
        rule_sets["NH-LCSW"], _lic("LCSW", "NH", NH_RENEWAL), done, date(2026, 3, 15)
    )
    assert _totals(p) == (40, 30, 10)
    assert p.days_left == 184
    assert p.hours_per_month_needed == 1.65
    assert p.status == "on_track"


def test_nh_licsw_ethics_unmet(rule_sets):
    done = [_nasw(1, 40, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["NH-LCSW"], _lic("LCSW", "NH", NH_RENEWAL), done, date(2026, 3, 15)
    )
    assert _totals(p) == (40, 40, 0)
    assert (_row(p, "ethics").remaining, _row(p, "ethics").met) == (6, False)
    assert p.complete is False


def test_nh_lcmhc_live_webinars_are_not_under_the_online_cap(rule_sets):
    # 6 ethics + 20 on demand (= cap) + 14 live webinars = 40: webinars not capped -> complete.
    done = [
        _nbcc(1, 6, date(2024, 10, 1), "live_online", ["ethics"]),
        _nbcc(2, 20, date(2025, 1, 1), "online_async"),
        _nbcc(3, 14, date(2025, 6, 1), "live_online"),
    ]
    p = compute_progress(
        rule_sets["NH-LPC"], _lic("LPC", "NH", NH_RENEWAL), done, date(2026, 3, 15)
    )
    assert _totals(p) == (40, 40, 0)
    assert p.complete is True


def test_nh_lcmhc_short_and_ethics_unmet(rule_sets):
    # 3 ethics + 22 = 25 of 40 -> 15 left; ethics 3 short. today 2026-08-01: 45 days -> at_risk.
    done = [_nbcc(1, 3, date(2024, 10, 1), topics=["ethics"]), _nbcc(2, 22, date(2025, 6, 1))]
    p = compute_progress(rule_sets["NH-LPC"], _lic("LPC", "NH", NH_RENEWAL), done, date(2026, 8, 1))
    assert _totals(p) == (40, 25, 15)
    assert _row(p, "ethics").remaining == 3
    assert p.days_left == 45
    assert p.status == "at_risk"


def test_nh_lmft_complete_and_cap(rule_sets):
    # 6 ethics + 25 self-study (-> 20 count) + 14 in person = 40 counted of 45 logged.
    done = [
        _aamft(1, 6, date(2024, 10, 1), topics=["ethics"]),
        _aamft(2, 25, date(2025, 1, 1), "self_study"),
        _aamft(3, 14, date(2025, 6, 1)),
    ]
    p = compute_progress(
        rule_sets["NH-LMFT"], _lic("LMFT", "NH", NH_RENEWAL), done, date(2026, 3, 15)
    )
    assert _totals(p) == (40, 40, 0)
    assert p.complete is True


def test_nh_lmft_ethics_unmet(rule_sets):
    # 2 ethics + 38 = 40; ethics 4 short.
    done = [_aamft(1, 2, date(2024, 10, 1), topics=["ethics"]), _aamft(2, 38, date(2025, 6, 1))]
    p = compute_progress(
        rule_sets["NH-LMFT"], _lic("LMFT", "NH", NH_RENEWAL), done, date(2026, 3, 15)
    )
    assert (_row(p, "ethics").remaining, p.complete) == (4, False)


# --- NH Psychologist: 40 h (ethics 6, NHPA); renewal cycle unknown (cycle_length_known false);
# no format cap (Psyc 402.01(c)); Category A minimum unknown (data only).
NH_PSY_RENEWAL = date(2026, 12, 31)


def test_nh_psychologist_without_a_cycle_start_nothing_is_certainly_in_the_cycle(rule_sets):
    # No first day given: the 40 h may or may not fall in the cycle -> counted (certain) 0,
    # possible 40 -> total_counted None, remaining None -> "unknown".
    done = [_apa(1, 6, date(2025, 3, 1), topics=["ethics"]), _apa(2, 34, date(2025, 9, 1))]
    lic = _lic("PSYCHOLOGIST", "NH", NH_PSY_RENEWAL)
    p = compute_progress(rule_sets["NH-PSYCHOLOGIST"], lic, done, date(2026, 6, 1))
    assert _totals(p) == (40, None, None)
    assert p.total_counted_range == (0, 40)
    assert p.status == "unknown"
    assert any("cycle's first day" in u for u in p.unknowns)


def test_nh_psychologist_complete_with_a_given_cycle_start(rule_sets):
    # First day 2025-01-01 given: 6 ethics + 34 on demand (no cap) = 40 -> complete.
    lic = _lic("PSYCHOLOGIST", "NH", NH_PSY_RENEWAL, cycle_start=date(2025, 1, 1))
    done = [
        _apa(1, 6, date(2025, 3, 1), topics=["ethics"]),
        _apa(2, 34, date(2025, 9, 1), "online_async"),
    ]
    p = compute_progress(rule_sets["NH-PSYCHOLOGIST"], lic, done, date(2026, 6, 1))
    assert _totals(p) == (40, 40, 0)
    assert p.complete is True


def test_nh_psychologist_short_and_ethics_unmet(rule_sets):
    # First day 2025-01-01; 4 h on 2024-12-31 is before it (excluded); 20 general counted,
    # 20 left; ethics 0 of 6.
    lic = _lic("PSYCHOLOGIST", "NH", NH_PSY_RENEWAL, cycle_start=date(2025, 1, 1))
    done = [_apa(1, 4, date(2024, 12, 31), topics=["ethics"]), _apa(2, 20, date(2025, 9, 1))]
    p = compute_progress(rule_sets["NH-PSYCHOLOGIST"], lic, done, date(2026, 6, 1))
    assert _totals(p) == (40, 20, 20)
    assert (_row(p, "ethics").remaining, _row(p, "ethics").met) == (6, False)
    assert p.complete is False
