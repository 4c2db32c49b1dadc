"""Inbounds and replies as kept in the inbox and the outbox: every field, written out by hand."""

from __future__ import annotations

from bot.message_json import (
    inbound_from_json,
    inbound_to_json,
    replies_from_json,
    replies_to_json,
)
from bot.messages import (
    Action,
    Attachment,
    Choice,
    Choices,
    Facts,
    File,
    Form,
    Image,
    Inbound,
    ProgressBar,
    Question,
    Text,
)

INBOUND = Inbound(
    "slack",
    "T1",
    "U1",
    text="finished the ethics course",
    channel_id="D1",
    action=Action("plan.add", "42"),
    form_values={"hours": "6"},
    attachments=(Attachment("cert.pdf", "https://files/1", "application/pdf", "F1", b"%PDF"),),
    event_id="Ev1",
    mentions=("U2",),
    mention_names=("Dana",),
)


def test_an_inbound_keeps_every_field_but_a_files_bytes():
    assert inbound_to_json(INBOUND) == {
        "platform": "slack",
        "workspace_id": "T1",
        "user_id": "U1",
        "text": "finished the ethics course",
        "channel_id": "D1",
        "channel_kind": "dm",
        "action": {"id": "plan.add", "value": "42"},
        "form_values": {"hours": "6"},
        "attachments": (
            {
                "name": "cert.pdf",
                "url": "https://files/1",
                "mime": "application/pdf",
                "file_id": "F1",
            },
        ),
        "event_id": "Ev1",
        "display_name": "",
        "timezone_hint": "",
        "locale": "",
        "shows_images": False,
        "mentions": ("U2",),
        "mention_names": ("Dana",),
        "channel_private": False,
    }
    again = inbound_from_json(inbound_to_json(INBOUND))
    assert again == INBOUND and again.attachments[0].content is None


def test_the_kept_inbound_is_a_copy():
    data = inbound_to_json(INBOUND)
    data["form_values"]["hours"] = "7"
    assert INBOUND.form_values == {"hours": "6"}


def test_replies_keep_their_kind_and_fields_and_pictures_become_words():
    replies = [
        Text("Logged *6 h*."),
        Choices("Add it?", (Choice("Yes", "plan.add", "42"),)),
        Form("Rate", (Question("q1", "Ethics", "rating"),), "assess.save", errors={"q1": "1-5"}),
        Facts((("Hours", "6"),), "Course"),
        ProgressBar("Total", 6.0, None),
        Image(b"png", "Progress chart"),
        File("plan.csv", b"a,b", "text/csv"),
    ]
    assert replies_to_json(replies) == [
        {"kind": "text", "text": "Logged *6 h*."},
        {
            "kind": "choices",
            "prompt": "Add it?",
            "options": ({"label": "Yes", "action_id": "plan.add", "value": "42"},),
        },
        {
            "kind": "form",
            "title": "Rate",
            "questions": (
                {"id": "q1", "label": "Ethics", "kind": "rating", "options": (), "optional": False},
            ),
            "submit_action_id": "assess.save",
            "submit_label": "Save",
            "errors": {"q1": "1-5"},
        },
        {"kind": "facts", "rows": (("Hours", "6"),), "title": "Course"},
        {"kind": "progress", "label": "Total", "done": 6.0, "required": None, "note": ""},
        {"kind": "text", "text": "Progress chart"},
        {
            "kind": "text",
            "text": "(The file plan.csv could not come with this message: ask for it again.)",
        },
    ]
    assert replies_from_json(replies_to_json(replies[:5])) == replies[:5]
