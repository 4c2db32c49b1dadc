"""The progress chart: a real PNG of the expected size, with something drawn on it."""

from __future__ import annotations

import io

import numpy
from matplotlib.image import imread
from records_dates import TODAY

from bot.messages import Image
from bot.records.charts import progress_chart
from bot.records.gather import member_records
from store.db import new_session
from store.models import Member


def test_chart_is_a_900_by_360_png_that_is_not_blank(engine, clinician, rule_sets):
    with new_session(engine) as session:
        records = member_records(
            session, session.get(Member, clinician.member_id), rule_sets, TODAY
        )
    standing = records.standings[0]
    png = progress_chart(standing.progress, records.completions, TODAY)
    assert png.startswith(b"\x89PNG")
    pixels = imread(io.BytesIO(png), format="png")
    assert pixels.shape[:2] == (360, 900)
    assert pixels[..., :3].std() > 0.05  # bars, lines and text, not an empty canvas
    earned_blue = numpy.array([0x2A, 0x7A, 0xB0]) / 255
    assert (numpy.abs(pixels[..., :3] - earned_blue).sum(axis=-1) < 0.02).sum() > 500


def test_status_shows_the_chart_with_its_numbers_as_alt_text(chat, clinician):
    chat.shows_images = True  # a platform that displays images, like Slack
    chat.say("status")
    (image,) = [reply for reply in chat.replies if isinstance(reply, Image)]
    assert imread(io.BytesIO(image.png), format="png").shape[:2] == (360, 900)
    # 6 + 4 certain, + 3 h suicide prevention of unknown standing toward the total
    assert image.alt_text.startswith(
        "Progress chart for CA LCSW: 10–13 of 36 h; Law and ethics 6/6 h"
    )
    assert "<image Progress chart for CA LCSW" in chat.text


def test_no_chart_is_drawn_for_a_platform_without_images(chat, clinician):
    chat.say("status")  # the terminal and Teams cards: bars only, no costly chart
    assert not [reply for reply in chat.replies if isinstance(reply, Image)]
    assert "Total hours" in chat.text
