"""Block Kit within Slack's limits: long plans and digests are paged, never refused.

The Web API stub refuses blocks over Slack's documented limits (slack_stub.refusal: 50 blocks
a message, 3,000 characters a section, 25 elements an action block, buttons of 75/2,000).
"""

from __future__ import annotations

from datetime import date, timedelta

from slack_member import DM, USER, SlackMember, block_text, buttons
from slack_stub import refusal
from sqlmodel import Session, select

from bot.messages import Choice, Choices, ProgressBar, Text
from bot.practice.digests.build import Digest, Period, Renewal, ReportStanding
from bot.practice.digests.view import digest_replies
from handlers.delivery import Recipient
from handlers.slack.blocks import as_mrkdwn, rich_text
from handlers.slack.render import message_blocks, page_text
from handlers.slack.sender import SlackSender
from store.models import Member, PlanStep

TEXT_LIMIT, BLOCK_LIMIT, FALLBACK_LIMIT = 3000, 50, 40_000


def assert_within_limits(posts) -> None:
    """Every message went with blocks Slack accepts, and a fallback text within its limit."""
    for post in posts:
        blocks = post.data["blocks"]
        assert refusal("chat.postMessage", post.data) == ""
        assert 0 < len(blocks) <= BLOCK_LIMIT
        for block in blocks:
            assert len(as_mrkdwn(block)) <= TEXT_LIMIT, block["type"]
        assert 0 < len(post.data["text"]) <= FALLBACK_LIMIT


async def test_a_plan_of_eighty_steps_is_paged_and_each_step_keeps_its_buttons(
    server, stub, engine
):
    dana = SlackMember(server, stub)
    await dana.onboard()
    today = date.today()
    titles = [f"Step {n:02d}: Trauma-informed care for adolescents, part {n}" for n in range(80)]
    with Session(engine) as session:
        member = session.exec(select(Member).where(Member.platform_user_id == USER)).one()
        for n, title in enumerate(titles):
            due = today + timedelta(days=n + 1)
            session.add(PlanStep(member_id=member.id, title=title, hours=1, due_date=due))
        session.commit()
    await dana.say("plan")
    posts = dana.last
    # "*Your plan*", 80 steps of a prompt and a row of buttons, the closing line: 162 blocks.
    assert [len(p.data["blocks"]) for p in posts] == [49, 50, 50, 13]
    assert_within_limits(posts)
    assert all(p.data["channel"] == DM for p in posts)
    shown = dana.text
    assert [title for title in titles if title in shown] == titles  # all, in order
    for post in posts:  # a page never ends between a step and its Done / Remove
        blocks = post.data["blocks"]
        for at, block in enumerate(blocks):
            if as_mrkdwn(block).split(". by ")[0].isdigit():
                assert [b["text"]["text"] for b in buttons(blocks[at + 1])] == ["Done", "Remove"]
    assert posts[0].data["text"].startswith("*Your plan*\n1. by ")  # each page's own words
    assert posts[1].data["text"].startswith("25. by ")


def sixty_people() -> Digest:
    names = [f"Alexandria Montgomery-Worthington {n:02d}" for n in range(60)]
    reports = tuple(ReportStanding(n, name, "at_risk", n >= 30) for n, name in enumerate(names))
    renewals = tuple(
        Renewal(name, "LCSW (California)", date(2027, 1, 15), 44, 24.0, "at_risk") for name in names
    )
    period = Period(date(2026, 11, 23), date(2026, 11, 30))
    return Digest(1, period, reports, renewals, 12.5, 3, (("Law and ethics", 2),))


async def test_a_digest_of_sixty_people_reaches_slack_whole(stub):
    async def token(_workspace: str) -> str:
        return "xoxb-test"

    manager = Recipient(1, "slack", "T123ABC456", "UMGR")
    digest = sixty_people()
    result = await SlackSender(stub.api_url, token).send(manager, digest_replies(digest))
    assert result.status == "sent"
    posts = stub.called("chat.postMessage")
    assert_within_limits(posts)
    shown = "\n".join(block_text(p.data["blocks"]) for p in posts)
    for report in digest.reports:  # every renewal line, nobody cut off at 3,000 characters
        line = f"• {report.name} — LCSW (California), renews Jan 15 (44 days): 24 h short"
        assert line in shown
    unreachable = ", ".join(r.name for r in digest.reports[:30])
    assert f"*I can't reach:* {unreachable} — they haven't" in shown
    # The heading is 32 characters with its break, a renewal line 96 with its bullet and
    # break: 32 + 30 × 96 = 2,912 (a 31st: 3,008 > 3,000), then the other 30 in a second block.
    renewal_blocks = [b for p in posts for b in p.data["blocks"] if "renews Jan 15" in as_mrkdwn(b)]
    assert [len(b["elements"][-1]["elements"]) for b in renewal_blocks] == [30, 30]
    assert renewal_blocks[0]["elements"][0]["type"] == "rich_text_section"  # with its heading


def test_a_list_becomes_rich_text_and_reads_back_the_same():
    said = (
        "*Renewals in the next 90 days:*\n• Ana — _LCSW_, renews Jan 15: complete\n"
        "• Ben — see <https://bbs.ca.gov|the board> or https://example.org/ce.\n"
        "Then:\n1. Log the course\n2. Send the `certificate`"
    )
    (block,) = rich_text(said)
    heading, bullets, then, numbered = block["elements"]
    assert heading["elements"] == [
        {"type": "text", "text": "Renewals in the next 90 days:", "style": {"bold": True}},
        {"type": "text", "text": "\n"},
    ]
    assert bullets["style"] == "bullet" and len(bullets["elements"]) == 2
    assert {"type": "link", "url": "https://bbs.ca.gov", "text": "the board"} in (
        bullets["elements"][1]["elements"]
    )
    assert {"type": "link", "url": "https://example.org/ce"} in bullets["elements"][1]["elements"]
    assert numbered["style"] == "ordered" and "offset" not in numbered
    assert then["type"] == "rich_text_section"
    assert as_mrkdwn(block) == said


def test_a_long_numbered_list_carries_its_numbering_into_the_next_block():
    lines = [f"{n}. " + "x" * 99 for n in range(1, 81)]
    blocks = rich_text("\n".join(lines))
    # An item is its number, 99 characters and a break: 103 for 1-9, 104 from 10 on.
    # 9 × 103 + 19 × 104 = 2,903 (a 29th: 3,007 > 3,000); then 28 × 104 = 2,912; then 24.
    lists = [b["elements"][0] for b in blocks]
    assert [len(x["elements"]) for x in lists] == [28, 28, 24]
    assert [x.get("offset", 0) for x in lists] == [0, 28, 56]
    assert "\n".join(as_mrkdwn(b) for b in blocks) == "\n".join(lines)


def test_progress_bars_are_one_list_and_long_text_is_split_not_cut():
    bars = [ProgressBar(f"Topic {n}", n, 6) for n in range(7)]
    (blocks,) = message_blocks([Text("*LCSW — California*"), *bars])
    assert [b["type"] for b in blocks] == ["section", "rich_text"]
    assert len(blocks[1]["elements"][0]["elements"]) == 7
    assert "• *Topic 3*  ▓▓▓▓▓░░░░░ 3/6 h" in as_mrkdwn(blocks[1])  # 3/6 rounds to 5 of 10
    long = "\n".join(f"{n:03d} " + "y" * 95 for n in range(70))  # 70 lines of 99 characters
    (page,) = message_blocks([Text(long)])
    # 30 lines are 30 × 99 + 29 = 2,999 characters: sections of 30, 30 and 10 lines.
    assert [as_mrkdwn(b).count("\n") + 1 for b in page] == [30, 30, 10]
    assert "\n".join(as_mrkdwn(b) for b in page) == long


def test_a_reply_is_not_torn_from_its_buttons_at_a_page_break():
    replies = [Text(f"line {n}") for n in range(49)]
    replies.append(Choices("Ready?", (Choice("Yes", "a"), Choice("No", "b"))))
    first, second = message_blocks(replies)
    assert len(first) == 49 and [b["type"] for b in second] == ["section", "actions"]
    assert page_text(second) == "Ready?"  # the fallback is that page's words, not the first's
