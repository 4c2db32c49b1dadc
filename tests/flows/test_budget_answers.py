"""A budget answer is read as money, or asked again: never a figure of something else."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.flows.profile import yearly_budget
from store.db import new_session
from store.models import Member


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("300", (300, False)),
        ("$1,200 per year", (1200, False)),
        ("about 250 a year", (250, False)),
        ("1.5k", (1500, False)),
        ("300 dollars", (300, False)),
        ("$50 a month", (600, True)),  # 50 x 12
        ("100 monthly", (1200, True)),
        ("0", (0, False)),
    ],
)
def test_amounts_of_money(said, read):
    assert yearly_budget(said) == read


@pytest.mark.parametrize(
    "said", ["a lot", "3 hours", "2 CEs", "my client's 8 week course", "maybe 4 courses"]
)
def test_figures_of_something_else_are_no_budget(said):
    assert yearly_budget(said) is None


def _to_budget(chat):
    for says in ("hi", "LCSW in California", "3/31/2027", "no", "no"):
        chat.say(says)
    assert "spend on CE" in chat.text


def test_a_monthly_budget_is_kept_as_a_year_and_said_so(chat, engine):
    _to_budget(chat)
    answer = chat.say("$50 a month")
    assert "about $600 a year" in answer and "hours a week" in answer
    with new_session(engine) as session:
        assert session.exec(select(Member)).one().budget_per_year == 600


def test_a_figure_of_something_else_is_asked_again(chat, engine):
    _to_budget(chat)
    answer = chat.say("maybe 4 courses")
    assert "amount in dollars" in answer
    with new_session(engine) as session:
        assert session.exec(select(Member)).one().budget_per_year is None
