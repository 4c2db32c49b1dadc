"""The Slack bench's long-message load: 40,000-character messages of every shape, spread evenly."""

from __future__ import annotations

from bench.parser_lengths import SHAPES
from bench.slack_bench import long_texts, mixed_scripts

WORK = ("help", "status", "plan", "settings")


def test_long_messages_are_slacks_longest_in_every_shape() -> None:
    texts = long_texts(len(SHAPES))

    assert {len(text) for text in texts} == {40_000}
    assert texts == [make(40_000) for make in SHAPES.values()]


def test_a_quarter_of_sixteen_members_ten_messages_are_long_and_every_shape_is_sent() -> None:
    scripts = mixed_scripts(16, WORK, 10, 0.25)

    sent = [text for script in scripts for text in script]
    longs = [text for text in sent if len(text) == 40_000]
    assert [len(script) for script in scripts] == [10] * 16
    assert len(longs) == 40  # 160 messages, a quarter of them
    assert {make(40_000) for make in SHAPES.values()} <= set(longs)  # 25 shapes within 40
    # Every fourth message of all is long: member 0's 4th and 8th, member 1's 2nd, 6th, 10th.
    assert [n for n, text in enumerate(scripts[0]) if len(text) == 40_000] == [3, 7]
    assert [n for n, text in enumerate(scripts[1]) if len(text) == 40_000] == [1, 5, 9]
    # The short ones are the members' work in turn, where no long one took their place.
    assert scripts[0][:3] == ["help", "status", "plan"]


def test_without_a_share_every_message_is_the_members_work() -> None:
    scripts = mixed_scripts(3, WORK, 5, 0.0)

    assert scripts == [["help", "status", "plan", "settings", "help"]] * 3
