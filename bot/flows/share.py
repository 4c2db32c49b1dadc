"""Share a finished course with my circle — opt-in, per course, after logging it.

"Share with my circle" button (or "share my last course") -> line: one line on what they took
from it (or skip) -> queued for each circle the member sits in: title, hours, that line.
"""

from __future__ import annotations

import re

from bot.declare import SHARE, Phrase
from bot.flows.base import Flow, Turn
from bot.parsing.client_info import KEEP_IT, about_a_client
from bot.practice.circles.sharing import LINE_AT_MOST, one_line, queue_share
from store.queries.learning import get_completion
from store.queries.practice.circles import circles_of_member
from store.queries.practice.reviews import last_completion

SKIP = {"skip", "no", "none", "nothing", "-", "no thanks"}
NOT_IN_A_CIRCLE = (
    "You're not in a learning circle yet — join one in its channel by saying "
    "*@CE Mentor circle join* there."
)
CLIENT_INFO = (
    "That line looks like it may include details about a client, so I haven't shared "
    f"anything. {KEEP_IT} Say it again without them, e.g. _practical tools for my "
    "telehealth sessions_ — or *skip*."
)


class Share(Flow):
    name = SHARE.name
    phrases = (Phrase(r"\bshare (my |the )?(last|latest|recent)\b|^share\b.*\bcircle\b", 30),)
    section, usage = "Colleagues", "share my last course"
    summary = "share a finished course with your circle (you choose each time)"
    states = ("line",)
    actions = ("completion",)

    def start(self, turn: Turn) -> None:
        done = last_completion(turn.session, member_id=turn.member_id)
        if done is None:
            turn.say("You haven't logged a course yet — tell me what you finished first.")
            return
        turn.answer = str(done.id)
        self.act_completion(turn)

    def act_completion(self, turn: Turn) -> None:
        """The "Share with my circle" button under a logged course; its value is the course's id."""
        done = get_completion(
            turn.session, member_id=turn.member_id, completion_id=int(turn.answer or 0)
        )
        if done is None:
            turn.say("That course is no longer in your log.")
            return
        if not circles_of_member(turn.session, member_id=turn.member_id):
            turn.say(NOT_IN_A_CIRCLE)
            return
        self.go(turn, "line", completion_id=done.id, title=done.title, hours=done.hours)

    def ask_line(self, turn: Turn) -> None:
        turn.offer(
            f"Sharing *{turn.data['title']}* ({turn.data['hours']:g} h). In one line, what did "
            "you take from it? (Optional — it's posted as you write it.)",
            SHARE.act("line"),
            [("Share without a line", "skip"), ("Don't share", "cancel")],
        )

    def on_line(self, turn: Turn) -> None:
        answer = turn.answer.strip()
        if any(re.search(p.pattern, answer.casefold()) for p in self.phrases):  # said again
            self.start(turn)
            return
        if answer.casefold() == "cancel":
            turn.finish()
            turn.say("OK, nothing shared.")
            return
        if about_a_client(turn, answer, "note"):
            turn.say(CLIENT_INFO)
            self.ask_line(turn)
            return
        if len(" ".join(answer.split())) > LINE_AT_MOST:  # posted as written: not cut short
            turn.say(
                f"That's more than a line ({LINE_AT_MOST} characters at most) — could you say "
                "it in a sentence?"
            )
            self.ask_line(turn)
            return
        line = "" if answer.casefold() in SKIP else one_line(answer)
        circles = circles_of_member(turn.session, member_id=turn.member_id)
        post = {
            "what": "completion",
            "title": turn.data["title"],
            "hours": turn.data["hours"],
            "line": line,
        }
        queue_share(
            turn.session,
            member=turn.member,
            circles=circles,
            key=f"completion:{turn.data['completion_id']}",
            post=post,
            now=turn.now,
        )
        turn.finish()
        where = "your circle" if len(circles) == 1 else f"your {len(circles)} circles"
        turn.say(
            f"📣 Shared with {where}: the course, its hours"
            + (" and your line." if line else ".")
            + " It'll appear there in a moment."
        )
