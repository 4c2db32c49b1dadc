"""A closed list of providers and a course naming none: its hours count only provisionally."""

from __future__ import annotations

from datetime import date

from bot.rules import CompletionFacts, LicenseFacts, compute_progress

NY_RENEWAL = date(2028, 1, 31)  # cycle 2025-02-01 .. 2028-01-31
DONE_CHILD_ABUSE = {"completed_once_child_abuse_reporting": True}


def _course(id, hours, topics=(), body=""):
    return CompletionFacts(id, f"course {id}", hours, date(2026, 3, 1), "live_online", topics, body)


def test_ny_status_says_what_to_check_for_a_course_with_no_provider(chat):
    chat.onboard("LMHC in New York", "1/31/2028")
    chat.say("finished a 3 hour trauma webinar yesterday")
    answer = chat.say("status")
    assert "Total hours 3/36" in answer  # counted, but provisionally
    assert (
        "3 h from courses with no approval body on record count only if the provider is "
        "NYSED-approved — check the certificate." in answer
    )


def test_ny_transcript_marks_the_course_provisional(chat):
    chat.onboard("LMHC in New York", "1/31/2028")
    chat.say("finished a 3 hour trauma webinar yesterday")
    chat.say("export transcript csv")
    [csv] = [reply for reply in chat.replies if getattr(reply, "name", "").endswith(".csv")]
    text = csv.content.decode("utf-8-sig")
    assert "provisionally: counts only if the provider is NYSED-approved" in text
    assert "NY LMHC" in chat.text


def test_hours_only_provisional_never_make_a_license_complete(rule_sets):
    # 3 h boundaries (NYSED) + 33 h live webinars naming no provider = 36 >= 36, and the
    # boundaries minimum is met by the NYSED course: complete only if the 33 h's providers
    # are NYSED-approved -> complete is None ("can't confirm"), status "unknown".
    lic = LicenseFacts("LPC", "NY", NY_RENEWAL, practice_facts=DONE_CHILD_ABUSE)
    done = [_course(1, 3, ("professional_boundaries",), "NYSED"), _course(2, 33)]
    p = compute_progress(rule_sets["NY-LPC"], lic, done, date(2026, 6, 1))
    assert (p.total_counted, p.total_remaining) == (36, 0)
    assert p.provisional == (
        (2, "counts only if the provider is NYSED-approved — check the certificate"),
    )
    assert p.complete is None and p.status == "unknown"
    # The same hours from a NYSED-approved provider: complete.
    done = [_course(1, 3, ("professional_boundaries",), "NYSED"), _course(2, 33, body="NYSED")]
    p = compute_progress(rule_sets["NY-LPC"], lic, done, date(2026, 6, 1))
    assert p.provisional == () and p.complete is True and p.status == "complete"


def test_complete_without_the_provisional_hours_stays_complete(rule_sets):
    # 36 h NYSED (3 of them boundaries) already meet everything; 2 more h naming no provider
    # can't make it short -> complete True, the 2 h still listed to check.
    lic = LicenseFacts("LPC", "NY", NY_RENEWAL, practice_facts=DONE_CHILD_ABUSE)
    done = [
        _course(1, 3, ("professional_boundaries",), "NYSED"),
        _course(2, 33, body="NYSED"),
        _course(3, 2),
    ]
    p = compute_progress(rule_sets["NY-LPC"], lic, done, date(2026, 6, 1))
    assert p.total_counted == 38
    assert [cid for cid, _ in p.provisional] == [3]
    assert p.complete is True


def test_an_open_or_audit_judged_list_has_nothing_provisional(rule_sets):
    # TX LPC: the board pre-approves nobody (judged at audit) -> a course naming no provider
    # is counted as any other, nothing provisional.
    lic = LicenseFacts("LPC", "TX", date(2027, 6, 30), practice_facts={"supervisor": False})
    p = compute_progress(rule_sets["TX-LPC"], lic, [_course(1, 3)], date(2026, 6, 1))
    assert p.total_counted == 3 and p.provisional == ()
