"""Hypothesis: whatever a member types about a course, the log flow answers and never crashes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.messages import Attachment

FRAGMENTS = st.sampled_from(
    [
        "finished",
        "completed",
        "got my certificate for",
        "the",
        "Law and Ethics",
        "QPR",
        "ethics in telehealth",
        "3 hrs",
        "0.6 CEUs",
        "90 min",
        "each",
        "and",
        ",",
        "yesterday",
        "11/3",
        "Nov 3-4",
        "Dec 15",
        "last Friday",
        "this week",
        "my client",
        "Sarah",
        "session",
        "DOB",
        "make it 4 hours",
        "it was on the 3rd",
        "yes",
        "no",
        "Log it",
        "cancel",
        "✅",
        "🎉",
    ]
)
MESSAGE = st.one_of(
    st.lists(FRAGMENTS, min_size=1, max_size=8).map(" ".join),
    st.text(min_size=1, max_size=60).filter(str.strip),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(turns=st.lists(st.tuples(MESSAGE, st.booleans()), min_size=1, max_size=4))
def test_every_message_gets_an_answer(chat, turns):
    if not chat.text:
        chat.onboard()
    for text, with_file in turns:
        files = (Attachment(name="cert.pdf", file_id="F1"),) if with_file else ()
        answer = chat.say(text, attachments=files)
        assert answer.strip(), f"no answer to {text!r}"
    chat.say("cancel")
