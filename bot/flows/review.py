"""Review a course: "review <course> 4/5 great for trauma work", then share it or keep it private.

start --course unclear--> pick (buttons) --> [rating (1-5) if not said] --> share (yes/no) -> done
Shared reviews count in colleagues' suggestion ranking and are posted in the member's circles.
"""

from __future__ import annotations

from bot.answers import parse_choice, parse_yes_no
from bot.declare import REVIEW, Phrase
from bot.flows.base import Flow, Turn
from bot.parsing.client_info import KEEP_IT, about_a_client
from bot.parsing.model import TITLE_AT_MOST
from bot.practice.circles.sharing import LINE_AT_MOST, one_line, queue_share
from bot.practice.peers.reviews import LEADING, course_candidates, read_review
from store.catalog import get_course
from store.queries.learning import completions_of
from store.queries.practice.circles import circles_of_member
from store.queries.practice.reviews import review_by_id, save_review

EXAMPLE = "_review Law & Ethics for Therapists 4/5 clear and practical_"
STARS = [(f"{n} ★", str(n)) for n in range(1, 6)]
SHARE_OPTIONS = [("Share with colleagues", "yes"), ("Keep it private", "no")]
NOTE_LEFT_OUT = (
    "Your note looks like it may mention a client, so I've left it out — the course and your "
    f"stars are kept. {KEEP_IT} A note like _clear and practical for trauma work_ helps your "
    "colleagues most; send the review again to add one."
)


class Review(Flow):
    name = REVIEW.name
    commands = ("review", "reviews")
    always_command = True
    phrases = (Phrase(r"^reviews?\b", 20),)
    section, usage = "Colleagues", "review <course> 4/5 …"
    summary = "rate a course; shared reviews help colleagues' suggestions"
    states = ("course", "pick", "rating", "share")

    def start(self, turn: Turn) -> None:
        said = read_review(turn.answer)
        if not said.course:
            turn.goto(self.name, "course")
            turn.say(f"Which course would you like to review? e.g. {EXAMPLE}")
            return
        if len(said.course) > TITLE_AT_MOST:  # names no course, and would cost a long search
            turn.goto(self.name, "course")
            turn.say(
                f"That's longer than any course title I know ({TITLE_AT_MOST} characters at "
                f"most). Which course would you like to review? e.g. {EXAMPLE}"
            )
            return
        note = said.text
        if note and about_a_client(turn, note, "note"):
            turn.say(NOTE_LEFT_OUT)
            note = ""
        if len(" ".join(note.split())) > LINE_AT_MOST:
            turn.say(
                f"A review keeps a one-line note: I've kept the first {LINE_AT_MOST} characters."
            )
        turn.goto(self.name, "pick", rating=said.rating, text=one_line(note))
        if said.problem:
            turn.say(said.problem)
        self._find(turn, said.course)

    def step(self, turn: Turn) -> None:
        """A new "review …" message starts over, whatever was asked last."""
        if turn.state != "course" and LEADING.match(turn.answer):
            self.start(turn)
            return
        super().step(turn)

    def on_course(self, turn: Turn) -> None:
        self.start(turn)

    def _find(self, turn: Turn, phrase: str) -> None:
        logged = [d.course_id for d in completions_of(turn.session, member_id=turn.member_id)]
        entries = turn.services.catalog.entries(turn.session)
        found, sure = course_candidates(entries, [i for i in logged if i is not None], phrase)
        if not found:
            turn.finish()
            turn.say(
                f"I couldn't find “{phrase}” in the course catalog. Try more of its title, "
                f"like {EXAMPLE}."
            )
            return
        if sure:
            turn.answer = str(found[0].id)
            self.on_pick(turn)
            return
        turn.offer(
            "Which course do you mean?" if len(found) > 1 else "Do you mean this course?",
            REVIEW.act("pick"),
            [(_short(entry.title), str(entry.id)) for entry in found] + [("None of these", "none")],
        )

    def on_pick(self, turn: Turn) -> None:
        number = parse_choice(turn.answer)
        course = get_course(turn.session, number) if number is not None else None
        if course is None:
            turn.finish()
            turn.say(f"OK — tell me the course again with more of its title, like {EXAMPLE}.")
            return
        turn.data.update(course_id=course.id, title=course.title)
        if turn.data.get("rating"):
            self._save(turn)
        else:
            self.go(turn, "rating")

    def ask_rating(self, turn: Turn) -> None:
        turn.offer(f"How many stars (1–5) for *{turn.data['title']}*?", REVIEW.act("rating"), STARS)

    def on_rating(self, turn: Turn) -> None:
        said = read_review(
            f"x {turn.answer.strip()}/5" if turn.answer.strip().isdigit() else turn.answer
        )
        if said.rating is None:
            turn.say("Ratings go from 1 to 5 whole stars — what would you give it?")
            self.ask_rating(turn)
            return
        turn.data["rating"] = said.rating
        self._save(turn)

    def _save(self, turn: Turn) -> None:
        review = save_review(
            turn.session,
            workspace_id=turn.workspace_id,
            member_id=turn.member_id,
            course_id=turn.data["course_id"],
            rating=turn.data["rating"],
            text=turn.data.get("text", ""),
            now=turn.now,
        )
        self.go(turn, "share", review_id=review.id)

    def ask_share(self, turn: Turn) -> None:
        turn.offer(
            f"Saved: *{turn.data['title']}* {turn.data['rating']}/5. Share it with colleagues? "
            "Shared reviews help rank their suggestions and show in your learning circle, if "
            "you are in one — the course, your stars and your note, nothing else.",
            REVIEW.act("share"),
            SHARE_OPTIONS,
        )

    def on_share(self, turn: Turn) -> None:
        choice = parse_yes_no(turn.answer)
        review = review_by_id(
            turn.session, member_id=turn.member_id, review_id=turn.data["review_id"]
        )
        if choice is None or review is None:
            turn.offer(
                "Please answer *yes* (share it) or *no* (keep it private).",
                REVIEW.act("share"),
                SHARE_OPTIONS,
            )
            return
        title = turn.data["title"]
        turn.finish()
        review.shared = choice
        turn.session.add(review)
        if not choice:
            turn.say("Kept private — only you see it. Say the review again any time to change it.")
            return
        circles = circles_of_member(turn.session, member_id=turn.member_id)
        post = {"what": "review", "title": title, "rating": review.rating, "line": review.text}
        key = f"review:{review.id}:{turn.today.isoformat()}"
        queue_share(
            turn.session, member=turn.member, circles=circles, key=key, post=post, now=turn.now
        )
        where = " and it'll show in your circle" if circles else ""
        turn.say(f"🙏 Shared — it now counts in colleagues' suggestions{where}.")


def _short(title: str) -> str:
    """A button label: platforms cut labels at 75 characters."""
    return title if len(title) <= 75 else title[:74].rstrip() + "…"
