"""Circles and "export / delete my data": seats exported and erased; the circle stays."""

from __future__ import annotations

import json

from sqlmodel import select

from bot.messages import File
from practice.circle_fixtures import Colleague
from store.db import new_session
from store.models import CircleSeat, LearningCircle, Member


def test_export_has_my_seats_and_circles_and_delete_erases_my_seat(mentor, engine):
    dana, sam = Colleague(mentor, "Dana"), Colleague(mentor, "Sam")
    dana.onboard()
    dana.in_channel("circle start focus ethics")
    sam.in_channel("circle join")
    dana.say("export my data")
    [exported] = [r for r in dana.replies if isinstance(r, File)]
    data = json.loads(exported.content)
    assert [seat["member_id"] for seat in data["circleseat"]] == [data["member"]["id"]]
    [started] = data["learningcircle_started"]
    assert started["channel_id"] == "C1" and "reference" not in started
    dana.say("delete my data")
    dana.say("delete")
    with new_session(engine) as session:
        circle = session.exec(select(LearningCircle)).one()
        seats = session.exec(select(CircleSeat)).all()
    assert circle.started_by is None  # the circle belongs to the channel: it stays
    assert [seat.member_id for seat in seats] == [sam_id(engine)]
    assert "1 member(s): Sam" in sam.in_channel("circle")


def sam_id(engine) -> int:
    with new_session(engine) as session:
        return session.exec(select(Member.id).where(Member.display_name == "Sam")).one()
