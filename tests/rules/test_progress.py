"""compute_progress against cases worked out by hand from the shipped rule text."""

from __future__ import annotations

from datetime import date

from bot.rules import CompletionFacts, LicenseFacts, compute_progress

# CA LCSW (store/rulesets/CA-LCSW.yaml): 36 h per 24 months, 6 h law & ethics every cycle,
# HIV/AIDS 7 h one-time (effective date unknown), suicide 6 h one-time from 2021-01-01,
# telehealth 3 h one-time from 2023-07-01, supervision 6 h if the member supervises.
CA_RENEWAL = date(2026, 6, 30)  # cycle 2024-07-01 .. 2026-06-30 (the day after the last renewal)
# Not a supervisor, and the three one-time trainings done in earlier cycles (member's answers).
SETTLED = {
    "supervisor": False,
    "completed_once_hiv_aids": True,
    "completed_once_suicide_prevention": True,
    "completed_once_telehealth": True,
}


def _ca(practice=SETTLED, **kw) -> LicenseFacts:
    return LicenseFacts("LCSW", "CA", CA_RENEWAL, practice_facts=practice, **kw)


def _done(id, hours, on, fmt="in_person", topics=(), body="ASWB ACE") -> CompletionFacts:
    return CompletionFacts(id, f"course {id}", hours, on, fmt, tuple(topics), body)


def _row(progress, key):
    return next(r for r in progress.topics if r.topic == key)


def test_ca_lcsw_complete_cycle(rule_sets):
    # 6 h ethics + 30 h general = 36 >= 36; ethics 6 >= 6; suicide (2021) and telehealth
    # (2023-07-01) fell due before this cycle and the member said both are done.
    done = [
        _done(1, 6, date(2025, 1, 10), "online_async", ["ethics"]),
        _done(2, 30, date(2025, 9, 1)),
    ]
    p = compute_progress(rule_sets["CA-LCSW"], _ca(), done, today=date(2026, 3, 1))
    assert (p.total_required, p.total_counted, p.total_remaining) == (36, 36, 0)
    assert _row(p, "ethics").remaining == 0
    assert _row(p, "suicide_prevention").applies is False
    assert _row(p, "telehealth").applies is False
    assert p.open_questions == ()
    assert p.status == "complete"
    assert p.license_label == "CA LCSW"
    assert p.cycle_start == date(2024, 7, 1)
    assert p.guidance.startswith("Guidance only — the board's word is final. Source: https://")


def test_ca_lcsw_short_cycle_at_risk_near_deadline(rule_sets):
    # 6 ethics + 20 general = 26; remaining 36 - 26 = 10.
    # today 2026-03-01 -> 121 days left; 10 / (121 / 30.4) = 10 / 3.980 = 2.51 h/month.
    # Pace 36 / 24 = 1.5 h/month; 2.51 > 1.5 × 1.5 = 2.25 -> at risk (also <= 90 days? no: 121).
    done = [_done(1, 6, date(2025, 1, 10), topics=["ethics"]), _done(2, 20, date(2025, 9, 1))]
    p = compute_progress(rule_sets["CA-LCSW"], _ca(), done, today=date(2026, 3, 1))
    assert (p.total_counted, p.total_remaining, p.days_left) == (26, 10, 121)
    assert p.hours_per_month_needed == 2.51
    assert p.status == "at_risk"


def test_ca_lcsw_short_cycle_with_time_left_is_on_track(rule_sets):
    # Same 26 h, today 2025-01-01: 545 days; 10 / (545 / 30.4) = 10 / 17.93 = 0.56 <= 2.25.
    done = [_done(1, 6, date(2024, 10, 1), topics=["ethics"]), _done(2, 20, date(2024, 12, 1))]
    p = compute_progress(rule_sets["CA-LCSW"], _ca(), done, today=date(2025, 1, 1))
    assert p.hours_per_month_needed == 0.56
    assert p.status == "on_track"


def test_missing_topic_keeps_status_from_complete(rule_sets):
    # 36 h total but 0 ethics: ethics remaining 6; remaining = max(0, 6) = 6;
    # 6 / (121 / 30.4) = 1.51 h/month, not > 2.25, and 121 > 90 days -> on track, not complete.
    p = compute_progress(
        rule_sets["CA-LCSW"], _ca(), [_done(1, 36, date(2025, 1, 1))], date(2026, 3, 1)
    )
    assert _row(p, "ethics").remaining == 6
    assert p.hours_per_month_needed == 1.51
    assert p.status == "on_track"


def test_overdue_after_renewal_date(rule_sets):
    p = compute_progress(
        rule_sets["CA-LCSW"], _ca(), [_done(1, 10, date(2025, 1, 1))], date(2026, 7, 2)
    )
    assert p.days_left == -2
    assert p.status == "overdue"


def test_out_of_cycle_completion_is_excluded(rule_sets):
    # 2024-06-30 is the previous renewal day, so it closes the previous cycle: not counted
    # here, listed in excluded; 2024-07-01 is this cycle's first day: counted.
    early, inside = (
        _done(7, 6, date(2024, 6, 30), topics=["ethics"]),
        _done(8, 3, date(2024, 7, 1)),
    )
    p = compute_progress(rule_sets["CA-LCSW"], _ca(), [early, inside], date(2025, 1, 1))
    assert p.total_counted == 3
    assert _row(p, "ethics").earned == 0
    assert [cid for cid, _ in p.excluded] == [7]
    assert "outside this cycle" in p.excluded[0][1]


def test_unaccepted_approval_body_is_excluded(rule_sets):
    # CA BBS's list is complete and has no NAADAC -> excluded; APA is on it -> counted.
    p = compute_progress(
        rule_sets["CA-LCSW"],
        _ca(),
        [_done(1, 5, date(2025, 1, 1), body="NAADAC"), _done(2, 4, date(2025, 1, 1), body="APA")],
        date(2025, 2, 1),
    )
    assert p.total_counted == 4
    assert p.excluded == ((1, "approved by NAADAC, which the board's list doesn't include"),)


def test_conditional_topic_unanswered_is_an_open_question(rule_sets):
    p = compute_progress(
        rule_sets["CA-LCSW"], _ca({"completed_once_hiv_aids": True}), [], date(2025, 1, 1)
    )
    row = _row(p, "supervision")
    assert row.applies is None
    assert ("supervisor", rule_sets["CA-LCSW"].conditions[0][1]) in p.open_questions
    assert ("supervisor", rule_sets["CA-LCSW"].conditions[0][1]) in rule_sets["CA-LCSW"].conditions


def test_conditional_topic_answered_yes_applies(rule_sets):
    # Supervisor: 6 h supervision required on top of the ethics 6 (both inside the 36).
    facts = {"supervisor": True, "completed_once_hiv_aids": True}
    done = [_done(1, 36, date(2025, 1, 1), topics=["ethics"])]
    p = compute_progress(rule_sets["CA-LCSW"], _ca(facts), done, date(2025, 2, 1))
    row = _row(p, "supervision")
    assert (row.applies, row.required, row.remaining) == (True, 6, 6)
    assert p.status != "complete"


def test_one_time_topic_due_in_the_cycle_its_effective_date_falls_in(rule_sets):
    # Telehealth 3 h one-time from 2023-07-01; renewal 2024-12-31 -> cycle 2023-01-01..2024-12-31
    # contains 2023-07-01, so it is due now; 2 h done -> 1 h remaining.
    facts = {k: v for k, v in SETTLED.items() if k != "completed_once_telehealth"}
    lic = LicenseFacts("LCSW", "CA", date(2024, 12, 31), practice_facts=facts)
    p = compute_progress(
        rule_sets["CA-LCSW"],
        lic,
        [_done(1, 2, date(2024, 1, 1), topics=["telehealth"])],
        date(2024, 2, 1),
    )
    row = _row(p, "telehealth")
    assert (row.applies, row.required, row.earned, row.remaining) == (True, 3, 2, 1)


def test_one_time_topic_without_date_asks_and_answer_settles_it(rule_sets):
    # HIV/AIDS 7 h: no effective date in the research -> due now (short 7 h), and we ask.
    p = compute_progress(rule_sets["CA-LCSW"], _ca({"supervisor": False}), [], date(2025, 1, 1))
    assert _row(p, "hiv_aids").applies is True
    assert _row(p, "hiv_aids").remaining == 7
    assert "completed_once_hiv_aids" in dict(p.open_questions)
    assert "due at this renewal unless you completed it before" in _row(p, "hiv_aids").note
    p = compute_progress(rule_sets["CA-LCSW"], _ca(), [], date(2025, 1, 1))
    assert _row(p, "hiv_aids").applies is False
    # Answered "not yet": due now, short all 7 h.
    p = compute_progress(
        rule_sets["CA-LCSW"],
        _ca({**SETTLED, "completed_once_hiv_aids": False}),
        [],
        date(2025, 1, 1),
    )
    row = _row(p, "hiv_aids")
    assert (row.applies, row.required, row.remaining) == (True, 7, 7)


def test_ny_lcsw_self_study_cap(rule_sets):
    # NY LCSW: 36 h / 36 months; self-study cap 12 h (one-third: 36 × 33.33% = 12.0).
    # 15 h self-study + 21 h in person = 36 raw; 15 - 12 = 3 don't count -> 33 counted, 3 left.
    lic = LicenseFacts(
        "LCSW",
        "NY",
        date(2026, 12, 31),
        practice_facts={"completed_once_child_abuse_reporting": True},
    )
    done = [
        _done(1, 15, date(2024, 5, 1), "self_study", body="NYSED SW-0001"),
        _done(2, 21, date(2025, 5, 1), topics=["professional_boundaries"], body="NYSED SW-0002"),
    ]
    p = compute_progress(rule_sets["NY-LCSW"], lic, done, date(2025, 6, 1))
    assert (p.total_counted, p.total_remaining) == (33, 3)
    assert p.caps_applied == (
        "3 of your 15 self-study / on-demand online hours don't count: "
        "the board caps self-study / on-demand online at 12 h",
    )
    assert _row(p, "professional_boundaries").remaining == 0


def test_ny_lcsw_prorated_period_scales_total_and_percent_cap(rule_sets):
    # A 24-month period: 1 h/month -> 24 h; cap one-third: 24 × 33.33% = 7.9992 -> 8 h.
    # 10 h self-study -> 2 over -> 8 counted.
    lic = LicenseFacts(
        "LCSW",
        "NY",
        date(2026, 12, 31),
        cycle_start=date(2024, 12, 31),
        practice_facts={"completed_once_child_abuse_reporting": True},
    )
    p = compute_progress(
        rule_sets["NY-LCSW"],
        lic,
        [_done(1, 10, date(2025, 1, 5), "self_study", body="NYSED")],
        date(2025, 2, 1),
    )
    assert (p.total_required, p.total_counted) == (24, 8)
    assert p.caps_applied[0].startswith("2 of your 10 ")


def test_ny_child_abuse_hours_do_not_count_toward_total(rule_sets):
    # NY child-abuse training is a licensure item, not SW CE: 2 h earns the topic, 0 h total.
    lic = LicenseFacts("LCSW", "NY", date(2026, 12, 31))
    p = compute_progress(
        rule_sets["NY-LCSW"],
        lic,
        [_done(1, 2, date(2025, 1, 1), topics=["child_abuse_reporting"], body="NYSED")],
        date(2025, 2, 1),
    )
    assert p.total_counted == 0
    assert _row(p, "child_abuse_reporting").earned == 2


def test_first_renewal_exempt_is_complete(rule_sets):
    lic = LicenseFacts("LCSW", "NY", date(2026, 12, 31), first_renewal=True)
    p = compute_progress(rule_sets["NY-LCSW"], lic, [], date(2025, 2, 1))
    assert p.total_required == 0
    assert p.status == "complete"


def test_fl_every_third_biennium_asks_whether_due(rule_sets):
    lic = LicenseFacts("LCSW", "FL", date(2027, 3, 31))
    p = compute_progress(rule_sets["FL-LCSW"], lic, [], date(2025, 6, 1))
    assert _row(p, "domestic_violence").applies is None
    assert "fl_domestic_violence_due" in dict(p.open_questions)


def test_cap_room_is_what_the_capped_formats_can_still_add(rule_sets):
    # NY LCSW self-study cap 12 h: 5 h self-study done -> 7 h room; 15 h done -> 0, never negative.
    lic = LicenseFacts(
        "LCSW",
        "NY",
        date(2026, 12, 31),
        practice_facts={"completed_once_child_abuse_reporting": True},
    )
    some = [_done(1, 5, date(2024, 5, 1), "online_async", body="NYSED")]
    p = compute_progress(rule_sets["NY-LCSW"], lic, some, date(2025, 6, 1))
    assert p.cap_room == ((("self_study", "online_async"), 7.0),)
    over = [_done(1, 15, date(2024, 5, 1), "self_study", body="NYSED")]
    p = compute_progress(rule_sets["NY-LCSW"], lic, over, date(2025, 6, 1))
    assert p.cap_room == ((("self_study", "online_async"), 0.0),)
    # CA LCSW records "no cap" (sizes null): no room limit at all.
    p = compute_progress(rule_sets["CA-LCSW"], _ca(), [], date(2025, 6, 1))
    assert p.cap_room == ()
