"""Settings stay editable; export gives everything; delete really deletes."""

from __future__ import annotations

import json
from datetime import date

from sqlmodel import SQLModel, func, select

from bot.messages import File
from store.db import new_session
from store.models import License, Member


def test_change_my_renewal_date(chat, engine):
    chat.onboard()
    assert "new renewal date" in chat.say("change my renewal date")
    assert "already passed" in chat.say("1/1/2020")
    assert "now renews June 30, 2027" in chat.say("6/30/2027")
    with new_session(engine) as session:
        assert session.exec(select(License)).one().renewal_date == date(2027, 6, 30)


def test_add_a_license_from_settings(chat, engine):
    chat.onboard()
    chat.say("settings")
    assert "Which license" in chat.press("Add a license")
    chat.say("LMFT in Texas")
    chat.say("5/31/2027")
    chat.say("no")
    assert "TX LMFT" in chat.say("no")
    with new_session(engine) as session:
        assert len(session.exec(select(License)).all()) == 2


def test_budget_and_weekly_time(chat, engine):
    chat.onboard()
    chat.say("settings")
    chat.press("Budget")
    assert "Budget saved" in chat.say("free only")
    with new_session(engine) as session:
        assert session.exec(select(Member)).one().budget_per_year == 0


def test_export_holds_my_data(chat):
    chat.onboard()
    chat.say("finished a 3 hour telehealth course yesterday")
    chat.say("export my data")
    [file] = [r for r in chat.replies if isinstance(r, File)]
    data = json.loads(file.content)
    assert data["license"][0]["rule_set_id"] == "CA-LCSW"
    assert data["completion"][0]["hours"] == 3


def row_count(engine) -> int:
    with new_session(engine) as session:
        member_tables = [
            t
            for t in SQLModel.metadata.sorted_tables
            if t.name not in ("workspace", "course", "processedevent")
        ]
        return sum(session.exec(select(func.count()).select_from(t)).one() for t in member_tables)


def test_delete_my_data_really_deletes(chat, engine):
    chat.onboard()
    chat.say("finished a 3 hour telehealth course yesterday")
    chat.say("goals")
    assert row_count(engine) > 0
    chat.say("delete my data")
    assert "nothing was deleted" in chat.say("no")
    assert row_count(engine) > 0
    chat.say("delete my data")
    assert "everything I held about you is deleted" in chat.say("delete")
    assert row_count(engine) == 0
    assert "Which license" in chat.say("hi")  # a fresh start
