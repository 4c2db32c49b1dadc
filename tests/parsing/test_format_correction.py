"""A course's format told after logging ("the suicide webinar was live") is a correction."""

from __future__ import annotations

from datetime import date

import pytest

from bot.parsing.corrections import Correction, correction

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("the suicide assessment webinar was live", Correction("suicide assessment", "live")),
        ("the ethics course was actually on-demand", Correction("ethics", "on-demand")),
        ("the trauma one was in person", Correction("trauma", "in person")),
        ("the webinar I logged was recorded", Correction("", "recorded")),
    ],
)
def test_a_format_alone_corrects_the_course(said, read):
    assert correction(said, today=TODAY) == read


@pytest.mark.parametrize(
    "said", ["the ethics course was great", "the weather was live", "the conference was fun"]
)
def test_a_remark_is_no_correction(said):
    assert correction(said, today=TODAY) is None
