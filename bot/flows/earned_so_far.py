"""Onboarding's last steps: the hours already earned this cycle (after bot/flows/one_time.py).

earned --courses--> the log flow (confirm, duplicates, client details as for any course)
  |--a total, topics named without hours--> earned_topics --hours / skip--> done
  `--a total / none yet / skip--> done

Asked once all licenses are known, so one answer serves them all. Every step can be skipped;
an answer that is none of these (a command, a course report the log flow reads as always)
leaves the questions and is handled as usual. A total is kept whole as soon as it is given
(bot/flows/carried_in.py); the hours said per topic then move out of it.
"""

from __future__ import annotations

import re

from bot.declare import ASSESS, GOALS, STATUS
from bot.flows.base import Turn
from bot.flows.carried_in import (
    Balance,
    balance_records,
    looks_like_total,
    read_balance,
    read_topic_hours,
    says_none,
)
from bot.flows.log_completion import LogCompletion, course_part
from bot.flows.logging_steps import report_standing
from bot.flows.one_time import SKIP, OneTimeSteps, once_answer, one_time_open, said
from bot.parsing import parse_completion
from bot.parsing.client_info import KEEP_IT, about_a_client, instead
from bot.parsing.intent import is_completion
from bot.parsing.phrases import normalize
from bot.topics import topic_label
from store.models import Completion
from store.queries.learning import add_completion, delete_completion, get_completion
from store.queries.members import licenses_of

EARNED = (
    "have you already earned CE hours this renewal cycle? I'll count them, so you don't start "
    "behind. Tell me the courses, one a line — like *6 h ethics course from NASW on March 10* "
    "— or a total, like *about 20 hours so far, including law & ethics*. "
    "Or say *none yet* or *skip*."
)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s*")


def board_labels(turn: Turn) -> dict[str, str]:
    """The topics of the member's own boards, by the boards' labels ("Law and ethics")."""
    labels: dict[str, str] = {}
    for lic in licenses_of(turn.session, member_id=turn.member_id):
        rules = turn.services.rule_sets.get(lic.rule_set_id)
        for topic in rules.topics if rules else ():
            labels.setdefault(topic.key, topic.label)
    return labels


def topic_words(turn: Turn, topics: list[str] | tuple[str, ...]) -> str:
    """Topics by the member's boards' labels, joined with "and"."""
    labels = board_labels(turn)
    return " and ".join(labels.get(t, topic_label(t)) for t in topics)


class EarnedSoFarSteps(OneTimeSteps):
    """The steps onboarding ends with (a base of Onboarding; its states are onboarding's)."""

    def begin_earned_so_far(self, turn: Turn) -> None:
        """Ask about the one-time trainings when any are open, then the hours earned."""
        once = one_time_open(turn)
        if once:
            self.go(turn, "once", once=once)
        else:
            self.go(turn, "earned")

    def after_one_time(self, turn: Turn) -> None:
        self.go(turn, "earned")

    def hold_course(self, turn: Turn, text: str) -> bool:
        """A course told in the middle of setting up (say, to the formats question) is not an
        answer: keep it, to log once set up, and say so. True when it was a course."""
        said = normalize(text)
        mine = is_completion(said)
        # "born in may" answers; "my client finished her 8 week DBT course" is no answer (not
        # "$8") and is not kept either
        theirs = not mine and is_completion(said, said_log=True)
        if not mine and not (theirs and about_a_client(turn, text, "course")):
            return False
        part = course_part(turn, text)  # a client's part is never kept in the state
        if part is None and not mine:
            turn.say(
                "That sounds like someone else's course, with details about a client, so I "
                f"haven't kept it. {KEEP_IT}"
            )
            return True
        if part is None or about_a_client(turn, part[0], "course"):
            turn.say(
                "That sounds like a course you finished. Tell me again once we're set up, "
                "leaving out anything about clients, and I'll log it."
            )
            return True
        course, left_out = part
        turn.data["held_courses"] = [*turn.data.get("held_courses", []), course.strip()]
        turn.say(
            "That sounds like a course you finished — I'll hold on to it and log it as soon "
            "as we're set up."
            + (
                " I left out the part about your client: I keep only the course."
                if left_out
                else ""
            )
        )
        return True

    def close(self, turn: Turn) -> None:
        """Leave onboarding: log the courses told during setup, or offer the usual next steps."""
        if turn.data.get("held_courses"):
            turn.say("Now what you told me you finished while we were setting up:")
            self._log(turn, "")
            return
        turn.finish()
        turn.offer_next(
            "What next?",
            [("Set career goals", GOALS), ("Rate my skills", ASSESS), ("My status", STATUS)],
        )

    def ask_earned(self, turn: Turn) -> None:
        if turn.data.get("once"):  # right after the one-time question
            turn.say(f"And {EARNED}")
        else:
            turn.say(
                f"One more question, so your status starts from where you really are: {EARNED}"
            )

    def on_earned(self, turn: Turn) -> None:
        text = turn.answer.strip()
        if said(text) in SKIP or once_answer(text) == "skip":
            turn.say(
                "Skipped."
                if turn.data.get("held_courses")
                else "Skipped — log a course any time, like _finished the 6h Law & Ethics "
                "course yesterday_."
            )
            self.close(turn)
            return
        if says_none(text):
            turn.say("OK — starting from zero this cycle.")
            self.close(turn)
            return
        if looks_like_total(text):  # before courses: "I've earned about 20 h so far" is a total
            self._total(turn, text)
            return
        log = LogCompletion()
        if "\n" not in text and log.looks_like_completion(turn, text):
            self._log_and_close(turn, text)  # with any courses told during setup
            return
        lines = [_BULLET.sub("", line).strip() for line in text.splitlines()]
        courses = "; ".join(line for line in lines if line)
        if not is_completion(normalize(courses)):  # "6 h ethics in March": said as done
            courses = f"finished {courses}"
        parsed = parse_completion(courses, today=turn.today)
        if parsed.items and all(item.hours is not None for item in parsed.items):
            self._log_and_close(turn, courses)
            return
        if turn.data.get("held_courses"):  # not read: the held courses are not lost with it
            turn.say("I couldn't read that as hours or courses — tell me later with *log …*.")
            self._log(turn, "")
            return
        turn.reroute = True

    def _log_and_close(self, turn: Turn, text: str) -> None:
        """Log what was told (confirmed, duplicates and client details as for any course); when
        it is logged at once, setup ends with its usual next steps, not with the log's alone."""
        held = bool(turn.data.get("held_courses"))
        self._log(turn, text)
        if not turn.flow and not held:  # nothing left to confirm
            self.close(turn)

    def _log(self, turn: Turn, text: str) -> None:
        """Leave onboarding into the log flow with `text` and the courses held during setup."""
        told = [*turn.data.get("held_courses", []), text]
        turn.finish()
        turn.answer = "; ".join(part for part in told if part)
        LogCompletion().start(turn)

    def _total(self, turn: Turn, text: str) -> None:
        if about_a_client(turn, text, "note"):
            turn.say(instead("answer", "*about 20 hours so far, including law & ethics*"))
            return
        balance = read_balance(text)
        if balance is None:
            turn.say(
                "I couldn't read a total there. Tell me the hours, like *about 20 hours so far*, "
                "and any topics with their hours, like *including 6 h law & ethics* — or *skip*."
            )
            return
        self._keep(turn, balance)

    def _keep(self, turn: Turn, balance: Balance) -> None:
        labels = {t: topic_words(turn, [t]) for t in balance.topic_hours}
        rows = balance_records(balance, member_id=turn.member_id, on=turn.today, labels=labels)
        for row in rows:
            add_completion(turn.session, completion=row)
        given = ", ".join(f"{h:g} h {labels[t]}" for t, h in balance.topic_hours.items())
        turn.say(
            f"Noted: {balance.total:g} h earned this cycle"
            + (f", including {given}" if given else "")
            + ". I keep it as a self-reported total, and your transcript lists it that way — "
            "keep the certificates in case of an audit."
        )
        general = next((row for row in rows if not row.topics), None)
        board = board_labels(turn)  # a topic no board of theirs asks for needs no hours
        still = [topic for topic in balance.topics_open if topic in board]
        if still and general is not None:
            self.go(turn, "earned_topics", open=still, balance_id=general.id)
            return
        report_standing(turn)
        self.close(turn)

    def ask_earned_topics(self, turn: Turn) -> None:
        topics = turn.data["open"]
        names = topic_words(turn, topics)
        example = "*6*" if len(topics) == 1 else "*6 law & ethics, 3 telehealth*"
        turn.say(
            f"How many of those hours were {names}? Tell me now, so nothing counts twice later "
            f"— e.g. {example}. Or say *skip*: {names} then stays open until you log a course "
            "for it, and these hours count toward your total only."
        )

    def on_earned_topics(self, turn: Turn) -> None:
        topics, text = tuple(turn.data["open"]), turn.answer.strip()
        if said(text) in SKIP or once_answer(text) in ("unsure", "skip"):
            turn.say(f"OK — {topic_words(turn, topics)} stays open until you log a course for it.")
            report_standing(turn)
            self.close(turn)
            return
        if not re.search(r"\d", text):
            turn.reroute = True
            return
        general = get_completion(
            turn.session, member_id=turn.member_id, completion_id=turn.data["balance_id"]
        )
        hours = read_topic_hours(text, topics)
        if general is None or hours is None or sum(hours.values()) > general.hours:
            turn.say("I couldn't match that to the total — how many hours of each? (or *skip*)")
            return
        self._split(turn, general, hours)
        still = [t for t in topics if t not in hours]
        if still:
            turn.say(f"{topic_words(turn, still)} stays open until you log a course for it.")
        report_standing(turn)
        self.close(turn)

    def _split(self, turn: Turn, general: Completion, hours: dict[str, float]) -> None:
        """Move the hours the member gave per topic out of the general balance."""
        labels = {t: topic_words(turn, [t]) for t in hours}
        part = Balance(total=sum(hours.values()), topic_hours=hours)
        for row in balance_records(
            part, member_id=turn.member_id, on=general.completed_on, labels=labels
        ):
            add_completion(turn.session, completion=row)
        general.hours = round(general.hours - part.total, 2)
        if general.hours <= 0:
            delete_completion(turn.session, completion=general)
        else:
            turn.session.add(general)
        given = ", ".join(f"{h:g} h {labels[t]}" for t, h in hours.items())
        turn.say(f"Noted: {given}, within the total.")
