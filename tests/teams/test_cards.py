"""Every Reply element becomes something a Teams member can see; nothing is dropped."""

from __future__ import annotations

from bot.messages import (
    Choice,
    Choices,
    Facts,
    File,
    Form,
    Image,
    ProgressBar,
    Question,
    Text,
)
from handlers.teams.cards import CARD_TYPE, MAX_INLINE_IMAGE, to_activities


def card_of(replies) -> dict:
    [activity] = to_activities(replies)
    [attachment] = activity["attachments"]
    assert attachment["contentType"] == CARD_TYPE
    return attachment["content"]


def test_text_only_is_a_plain_markdown_message():
    [activity] = to_activities([Text("Your *CA LCSW* is _on track_."), Text("Next: plan.")])
    assert activity["text"] == "Your **CA LCSW** is _on track_.\n\nNext: plan."
    assert "attachments" not in activity
    assert to_activities([]) == []


def test_choices_become_submit_buttons_carrying_the_action():
    card = card_of([Choices("Add it?", (Choice("Add to plan", "suggest.add", "course-7"),))])
    [prompt, buttons] = card["body"]
    assert prompt["text"] == "Add it?"
    [button] = buttons["actions"]
    assert button == {
        "type": "Action.Submit",
        "title": "Add to plan",
        "data": {"ce_action": "suggest.add", "ce_value": "course-7"},
    }


def test_a_form_has_one_input_per_question_and_a_submit():
    questions = (
        Question("trauma", "Trauma-informed care", "rating"),
        Question("format", "Format", "select", ("online", "live")),
        Question("due", "By when", "date", optional=True),
        Question("note", "Anything else", "text", optional=True),
    )
    card = card_of([Form("Rate your confidence", questions, "assess.rate", "Save")])
    inputs = {e["id"]: e for e in card["body"] if "id" in e}
    assert [inputs[q.id]["type"] for q in questions] == [
        "Input.ChoiceSet",
        "Input.ChoiceSet",
        "Input.Date",
        "Input.Text",
    ]
    assert [c["value"] for c in inputs["trauma"]["choices"]] == ["1", "2", "3", "4", "5"]
    assert inputs["trauma"]["isRequired"] and not inputs["due"]["isRequired"]
    assert card["actions"] == [
        {"type": "Action.Submit", "title": "Save", "data": {"ce_action": "assess.rate"}}
    ]


def test_facts_and_progress_are_fact_sets_and_the_summary_reads_as_text():
    replies = [
        Facts((("Course", "Law & Ethics"), ("Hours", "6")), title="Logged"),
        ProgressBar("Total hours", 12, 36, note="on track"),
        ProgressBar("Supervision", 2, None),
    ]
    [activity] = to_activities(replies)
    facts = [
        f
        for e in activity["attachments"][0]["content"]["body"]
        if e["type"] == "FactSet"
        for f in e["facts"]
    ]
    assert {"title": "Hours", "value": "6"} in facts
    assert facts[2]["value"].endswith("12/36 h — on track")
    assert "requirement unknown" in facts[3]["value"]
    assert "Course: Law & Ethics" in activity["summary"]


def test_images_and_files_degrade_to_text_when_too_big():
    small, big = b"\x89PNG" + b"0" * 100, b"\x89PNG" + b"0" * MAX_INLINE_IMAGE
    body = card_of([Image(small, "chart"), Image(big, "Hours by month")])["body"]
    assert body[0]["url"].startswith("data:image/png;base64,")
    assert body[1]["text"] == "_Hours by month_"
    csv = File("plan.csv", b"date,course\n2027-01-01,Ethics\n", "text/csv", "Your plan")
    pdf = File("transcript.pdf", b"%PDF-1.7", "application/pdf")
    texts = [e["text"] for e in card_of([Text("Here:"), csv, pdf])["body"]]
    assert "Your plan: **plan.csv**" in texts[1] and "2027-01-01,Ethics" in texts[2]
    assert "transcript.pdf" in texts[3] and "cannot receive files" in texts[4]
