"""A scan's slips that earlier rounds' tuning sets left misread (issue #20): a transcript's head
cell wrapped among a rule's specks, a title's wrap below its row, a speck between a row of labels
and its values. Each rule holds for scans only: a text layer prints what it means."""

from __future__ import annotations

from datetime import date

from bot.certificates import read_text

TODAY = date(2025, 6, 1)
TRANSCRIPT = (
    "Birch Lane Institute\nContinuing Education Transcript\nLearner: Jo Park\n"
    "Course Date Format Hours\n{speck}\nIntroduction to Dialectical Behavior 02/03/2025 On-demand "
    "3.0\n{wrap}\nGrief Work with Older Adults 02/19/2025 Live webinar 1.5\n"
)


def _rows(text: str) -> list[tuple[str | None, float | None]]:
    reading = read_text(text, today=TODAY, source="ocr")
    return [(c.title, c.hours) for c in reading.courses]


def test_a_heads_wrapped_cell_among_specks_is_no_title():
    text = TRANSCRIPT.format(speck="ee _eoe Completed __| lt", wrap="Therapy Skills")
    assert _rows(text) == [
        ("Introduction to Dialectical Behavior Therapy Skills", 3.0),
        ("Grief Work with Older Adults", 1.5),
    ]


def test_a_titles_wrap_below_its_row_loses_the_rules_specks():
    text = TRANSCRIPT.format(speck="Completed", wrap="Therapy Skills et -_ 1 ak -")
    assert _rows(text)[0] == ("Introduction to Dialectical Behavior Therapy Skills", 3.0)
    level = TRANSCRIPT.format(speck="Completed", wrap="Level 2")  # a figure of the title's own
    assert _rows(level)[0] == ("Introduction to Dialectical Behavior Level 2", 3.0)


def test_a_wrap_that_runs_on_is_the_next_rows_start():
    text = TRANSCRIPT.format(speck="Completed", wrap="Foundations of").replace(
        "Grief Work", "Grief"
    )
    assert [t for t, _ in _rows(text)] == [
        "Introduction to Dialectical Behavior",
        "Foundations of Grief with Older Adults",
    ]


def test_a_speck_between_a_row_of_labels_and_its_values():
    text = (
        "Certificate of Completion\nCOURSE TITLE\nGrief Work\nDATE OF COMPLETION CONTACT HOURS\n"
        "11/15/2024 6.0\nDELIVERY METHOD CERTIFICATE ID\n{speck}\nIn-person training BLI-4471"
    )
    scanned = read_text(text.format(speck="1"), today=TODAY, source="ocr").courses[0]
    assert scanned.certificate_number == "BLI-4471"
    printed = read_text(text.format(speck="1"), today=TODAY).courses[0]
    assert printed.certificate_number is None  # a text layer's "1" is print: not passed over
