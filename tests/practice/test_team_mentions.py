"""Who was @mentioned, from real Slack and Teams payload shapes: ids in order, never the bot."""

from __future__ import annotations

import json
from pathlib import Path

from botbuilder.schema import Activity

from handlers.slack.inbound import from_command, from_message
from handlers.teams.inbound import to_inbound

SLACK = Path("/work/shared/fixtures/slack")
TEAMS = Path("/work/shared/fixtures/teams")
BOT = "U0LAN0Z89"  # the app_mention fixture mentions the bot first


def slack(name: str) -> dict:
    return json.loads((SLACK / name).read_text())


def slash_command(text: str, **fields: str) -> dict:
    raw = (SLACK / "slash_command.form.txt").read_text().strip()
    command = dict(pair.split("=", 1) for pair in raw.split("&"))
    return {**command, "text": text, **fields}


def test_a_channel_mention_names_the_people_but_not_the_bot():
    body = slack("app_mention.json")
    body["event"]["text"] = f"<@{BOT}> team add <@U0MGR> <@U0AAA|ana> <@U0BBB>"
    inbound = from_message(body["event"], body, "T1", mention=True, bot_user_id=BOT)
    assert inbound.mentions == ("U0MGR", "U0AAA", "U0BBB")
    assert inbound.mention_names == ("", "ana", "")
    assert inbound.text == "team add"


def test_a_direct_message_with_mentions_keeps_the_words_and_the_ids():
    body = slack("message_im.json")
    body["event"]["text"] = "team remove <@U0AAA>"
    inbound = from_message(body["event"], body, "T1")
    assert (inbound.text, inbound.mentions) == ("team remove", ("U0AAA",))
    body["event"]["text"] = "Hello hello can you hear me?"
    assert from_message(body["event"], body, "T1").text == "Hello hello can you hear me?"


def test_an_escaped_slash_command_carries_mentions_and_where_it_was_typed():
    command = slash_command(
        "team add <@U0MGR|dana> <@U0AAA|ana> <@U0MGR|dana>", channel_name="privategroup"
    )
    inbound = from_command(command, "T1")
    assert inbound.mentions == ("U0MGR", "U0AAA")  # once each, in order
    assert inbound.mention_names == ("dana", "ana")
    assert inbound.text == "team add"
    assert (inbound.channel_id, inbound.channel_private) == (command["channel_id"], True)
    public = from_command(slash_command("digest here"), "T1")
    assert (public.mentions, public.channel_private) == ((), False)


def test_teams_mention_entities_without_the_bot():
    activity = json.loads((TEAMS / "message_channel_mention.json").read_text())
    bot = activity["recipient"]["id"]
    activity["text"] = "<at>ridotest</at> team add <at>Dana</at> <at>Ana</at>"
    activity["entities"] += [
        {
            "type": "mention",
            "text": "<at>Dana</at>",
            "mentioned": {"id": "29:dana", "name": "Dana"},
        },
        {"type": "mention", "text": "<at>Ana</at>", "mentioned": {"id": "29:ana", "name": "Ana"}},
    ]
    inbound = to_inbound(Activity().deserialize(activity))
    assert inbound is not None and bot not in inbound.mentions
    assert inbound.mentions == ("29:dana", "29:ana")
    assert inbound.mention_names == ("Dana", "Ana")
    assert inbound.text == "team add"


def test_the_manifest_asks_slack_to_escape_mentions_in_commands():
    import yaml

    manifest = yaml.safe_load(Path("deploy/slack-manifest.yml").read_text())
    [command] = manifest["features"]["slash_commands"]
    assert command["should_escape"] is True
