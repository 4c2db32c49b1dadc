"""The eighth tuning set (bench/certificates/tuning_round8.py) scored by field, with floors, and
the rules it brought, each on a text of its own (issue #20).

9 files / 15 courses. Before the round-8 rules: title 10/15, provider 9/15, approvals 14/15,
hours 14/15, start and end 13/15, format 14/15, certificate number 14/15; kind, names_a_client,
CEUs and per-board hours full. After: every field 15/15 (the scanned transcript's "2.0", read
as "12.0" with a cell's rule taken for a 1, put right by its totals row). One expectation was
corrected after scoring: the conference certificate names a city, not a format, so its format
is unknown (it had been written down as in person).
The check slice (round8_check, 4 files / 6 courses, never tuned on), scored once after: every
field 6/6, kind and names_a_client 4/4. Round 8's second check slice (round8b_check in
tuning_round8b.py, 3 files / 3 courses), scored once: hours 2/3, the rest full.
"""

from __future__ import annotations

from datetime import date

import pytest

from bench.certificates.score import FIELDS, score
from bench.certificates.tuning_round8 import round8_check, tuning_round8
from bot.certificates import read_text, tesseract_path
from bot.certificates.model import Source

needs_ocr = pytest.mark.skipif(tesseract_path() is None, reason="tesseract is not installed")
TODAY = date(2025, 6, 1)
HEAD = "Certificate of Completion\nThis certifies that\nJo Park\nhas completed\n"
DAY = "March 3, 2025 | 2 CE hours\n"


def _course(text: str, source: Source = "text"):
    return read_text(text, today=TODAY, source=source).courses[0]


def test_the_set_has_the_layouts_it_names():
    samples = list(tuning_round8())
    assert len(samples) == 9
    assert sum(len(s.courses) for s in samples) == 15
    assert sum(s.ocr for s in samples) == 3
    assert len(list(round8_check())) == 4  # the check slice: its form only, never its misses


def test_text_pdfs_read_field_by_field():
    scores = score(tuning_round8(images=False))
    assert scores["kind"] == (6, 6)
    assert scores["names_a_client"] == (6, 6)
    for name in FIELDS:
        assert scores[name] == (9, 9), (name, scores[name])


def test_a_quoted_title_ends_at_its_closing_quote():
    text = (
        "Certificate of Completion\nThis is to certify that\nJo Park\nhas completed the course "
        "entitled\n\u201cGrief Work in Later Life\u201d\nheld in person in Salem on the 14th day "
        "of March, 2025\nand is awarded 3 CE hours."
    )
    course = _course(text)
    assert course.title == "Grief Work in Later Life"
    assert (course.start, course.end) == (date(2025, 3, 14), date(2025, 3, 14))
    wrapped = text.replace("Grief Work in Later Life", "Trauma-Informed Care for\nAdolescents")
    assert _course(wrapped).title == "Trauma-Informed Care for Adolescents"
    scanned = text.replace("Life\u201d", 'Life" |').replace("\u201c", "")  # opening quote lost
    assert _course(scanned, "ocr").title == "Grief Work in Later Life"


def test_a_date_written_out_as_a_day_of_a_month():
    text = HEAD + "Grief Work\nGiven this 2nd day of May 2025 | 2 CE hours"
    assert _course(text).start == date(2025, 5, 2)


def test_a_format_in_brackets_after_a_labelled_title():
    course = _course("Certificate of Completion\nCourse: Grief Work (home study)\n" + DAY)
    assert (course.title, course.format) == ("Grief Work", "on-demand")
    part = _course("Certificate of Completion\nCourse: Grief Work (Part 2)\n" + DAY)
    assert part.title == "Grief Work (Part 2)"


APA_WRAPPED = (
    "This organization is approved by the American Psychological Association to sponsor "
    "continuing education for psychologists. It maintains responsibility for this\n"
    "program and its content."
)


def test_an_approval_statements_wrapped_tail_is_no_labelled_title():
    assert _course(HEAD + "Grief Work\n" + DAY + APA_WRAPPED).title == "Grief Work"


def test_the_organisation_under_a_signature_is_the_provider_last():
    sign = "Marisol Vega, PhD\nDirector of Training, Birch Lane Psychology\nCollaborative\n"
    text = HEAD + "Grief Work\n" + DAY + sign + APA_WRAPPED
    assert _course(text).provider == "Birch Lane Psychology Collaborative"
    person = text.replace("Birch Lane Psychology\nCollaborative", "Jo Park")
    assert _course(person).provider is None  # a person signs for no one named


def test_a_providers_street_address_is_no_part_of_its_name():
    text = HEAD + "Grief Work\n" + DAY + "Issued by Birch Lane Institute 12 Elm Street, Fargo, ND"
    assert _course(text, "ocr").provider == "Birch Lane Institute"


def test_a_providers_number_after_a_fragment_a_scans_full_stop_cut():
    camft = (
        "Birch Lane Institute is approved by the California Association of Marriage and Family "
        "Therapists to sponsor continuing education for LMFTs. LPCCs, LEPs. Provider #1000912. "
        "Birch Lane Institute maintains responsibility for this program and its content"
    )
    approvals = _course(HEAD + "Grief Work\n" + DAY + camft, "ocr").approvals
    assert [(a.body, a.number) for a in approvals] == [("CAMFT", "1000912")]


def test_a_certificate_number_after_no_with_a_comma_in_a_scan():
    text = HEAD + "Grief Work\n" + DAY + "Certificate No, BLI-0314-22"
    assert _course(text, "ocr").certificate_number == "BLI-0314-22"


def test_a_scanned_rows_rules_read_as_a_bracket_and_a_letter():
    text = (
        "Continuing Education Transcript\nDate Course Credits Format\n"
        "01/09/2025 _Grief Work (3.0 Live webinar J\n02/20/2025 Law & Ethics 6.0 In person\n"
    )
    rows = read_text(text, today=TODAY, source="ocr").courses
    assert [(c.title, c.hours) for c in rows] == [("Grief Work", 3.0), ("Law & Ethics", 6.0)]


SUMMED = (
    "Continuing Education Transcript\nCourse Date Hours\nGrief Work 01/09/2025 3.0\n"
    "Law & Ethics 02/20/2025 {hours}\nPanic Disorder Treatment 03/31/2025 1.5\nTotal: {total}\n"
)


def test_a_scanned_rows_rule_read_as_a_leading_1_is_put_right_by_the_total():
    def hours(text: str, source: Source = "ocr") -> list[float | None]:
        return [c.hours for c in read_text(text, today=TODAY, source=source).courses]

    assert hours(SUMMED.format(hours="12.0", total="6.5")) == [3.0, 2.0, 1.5]
    assert hours(SUMMED.format(hours="12.0", total="16.5")) == [3.0, 12.0, 1.5]  # it adds up
    assert hours(SUMMED.format(hours="12.0", total="6.5"), "text") == [3.0, 12.0, 1.5]
    two = SUMMED.format(hours="12.0", total="6.5").replace(
        "1.5", "11.5"
    )  # no one fix adds up: as read
    assert hours(two) == [3.0, 12.0, 11.5]


@needs_ocr
def test_scans_and_photos_too():
    scores = score(tuning_round8())
    assert scores["kind"] == (9, 9)  # as measured at the end of round 8
    assert scores["names_a_client"] == (9, 9)
    for name in FIELDS:
        assert scores[name] == (15, 15), (name, scores[name])
