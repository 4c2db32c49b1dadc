"""Translation both ways without a server: payloads -> Inbound, Replies -> Block Kit."""

from __future__ import annotations

import pytest
from slack_rig import FIXTURES, fixture, signature, slack_settings
from slack_stub import SlackStub

import app as composition
from bot.flows.assessment import assessment_form
from bot.messages import (
    Action,
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
from handlers import slack
from handlers.slack.inbound import (
    form_values,
    from_button,
    from_command,
    from_message,
    from_submission,
    workspace_of,
)
from handlers.slack.render import (
    fallback_text,
    form_errors,
    message_blocks,
    modal,
    pack,
    unpack,
    uploads,
)

EVERY_ELEMENT = [
    Text("*Hello*"),
    Choices("Pick one", (Choice("Yes", "log.confirm", "1"), Choice("No", "log.confirm", "0"))),
    Facts((("Course", "Law & Ethics"), ("Hours", "6")), title="About to log"),
    ProgressBar("Law & ethics", 3, 6, note="3 h to go"),
    ProgressBar("Unknown board", 2, None),
    Form("Rate yourself", (Question("trauma", "Trauma", "rating"),), "assess.form"),
    Image(b"\x89PNG", "progress chart"),
    File("plan.ics", b"BEGIN:VCALENDAR", "text/calendar", "Your plan"),
]


def test_every_reply_element_is_rendered_or_uploaded_never_dropped():
    (blocks,) = message_blocks(EVERY_ELEMENT)
    text = str(blocks)
    for shown in (
        "*Hello*",
        "Law & Ethics",
        "▓▓▓▓▓░░░░░ 3/6 h",
        "requirement unknown",
        "Open form",
    ):
        assert shown in text
    yes, no = blocks[2]["elements"]
    assert (yes["action_id"], no["action_id"]) == (
        "log.confirm#0",
        "log.confirm#1",
    )  # unique per block
    assert [f.name for f in uploads(EVERY_ELEMENT)] == ["plan.ics", "chart.png"]
    assert "progress chart" in fallback_text(EVERY_ELEMENT)


def test_a_long_answer_is_split_into_messages_of_fifty_blocks():
    chunks = message_blocks([Text(str(n)) for n in range(120)])
    assert [len(chunk) for chunk in chunks] == [50, 50, 20]


def test_a_form_travels_in_its_button_and_becomes_a_modal():
    form = assessment_form({"trauma": "Please choose 1 to 5"})
    value = pack(form)
    assert len(value) <= 2000 and unpack(value) == form
    view = modal(form, "D1")
    assert view["callback_id"] == "ce_form" and len(view["title"]["text"]) <= 24
    assert {b["block_id"] for b in view["blocks"][1:]} == {q.id for q in form.questions}
    assert form_errors(form, "") == {"trauma": "Please choose 1 to 5"}
    plain = Form("Dates", (Question("when", "When?", "date"),), "x.form")
    assert form_errors(plain, "Bad date") == {"when": "Bad date"}
    assert modal(plain, "D1")["blocks"][1]["element"]["type"] == "datepicker"


def test_modal_answers_are_read_whatever_the_input():
    view = fixture("view_submission.json")["view"]
    assert form_values(view) == {"hspI": "test"}
    view["state"]["values"] = {
        "trauma": {"trauma": {"type": "static_select", "selected_option": {"value": "4"}}},
        "when": {"when": {"type": "datepicker", "selected_date": "2027-03-31"}},
    }
    assert form_values(view) == {"trauma": "4", "when": "2027-03-31"}


def test_payloads_become_inbounds():
    body = fixture("message_im.json")
    body["event"]["files"] = [
        {
            "id": "F1",
            "name": "cert.pdf",
            "mimetype": "application/pdf",
            "url_private": "https://files/x",
        }
    ]
    dm = from_message(body["event"], body, "T123ABC456")
    assert (dm.channel_kind, dm.event_id, dm.text) == (
        "dm",
        "Ev0PV52K21",
        "Hello hello can you hear me?",
    )
    assert dm.attachments[0].file_id == "F1" and dm.attachments[0].mime == "application/pdf"
    mention = fixture("app_mention.json")
    said = from_message(mention["event"], mention, "T1", mention=True)
    assert (said.text, said.channel_kind) == ("is it everything a river should be?", "channel")
    press = from_button(fixture("block_actions.json"), "T9TK3CUKW")
    assert press.action == Action("WaXA", "click_me_123") and press.event_id.endswith(
        "1548426417.840180"
    )
    fields = dict(
        p.split("=", 1)
        for p in (FIXTURES / "slash_command.form.txt").read_text().strip().split("&")
    )
    command = from_command(fields, "E0001")
    assert (command.text, command.event_id) == ("94070", "command:" + fields["trigger_id"])
    submitted = fixture("view_submission.json")
    submitted["view"]["private_metadata"] = '{"submit": "assess.form", "channel": "C123"}'
    assert (
        from_submission(submitted, "T111")[1] == ""
    )  # a form opened in a channel answers in the DM
    assert workspace_of("T1", "E1", org_install=True) == "E1"
    assert workspace_of("T1", "E1", org_install=False) == "T1"


def test_signing_matches_slacks_published_example():
    body = (FIXTURES / "slash_command.signing_example.form.txt").read_bytes()
    expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
    assert signature("8f742231b10e8888abcd99yyyzzz85a5", "1531420618", body) == expected


def test_http_mode_refuses_to_start_without_a_signing_secret(mentor, engine):
    settings = slack_settings(SlackStub(url="http://127.0.0.1:9"), slack_signing_secret="")
    runtime = composition.Runtime(settings=settings, engine=engine, mentor=mentor)
    assert slack.register in composition.web_registrars(settings)
    with pytest.raises(SystemExit, match="SLACK_SIGNING_SECRET"):
        composition.build_web_app(runtime, [slack.register])


def test_slack_is_only_hosted_and_sent_to_when_configured():
    assert not slack.slack_configured(composition.Settings(_env_file=None, slack_bot_token=""))
    assert (
        slack.api_url(composition.Settings(_env_file=None, slack_api_url="http://x/api"))
        == "http://x/api/"
    )
