"""Log a completion from one sentence; confirm when unsure; never a silent duplicate.

start --confident--> logged (Undo button)
  |--unsure--> confirm --"log it"--> logged
  |              |--"edit"--> edit --words--> confirm
  |              `--"cancel"--> done
  |--same course, same day--> duplicate --"log again"--> logged
  `--"the ethics one was 2 h"--> correct --"yes"--> logged course changed (never a new one)
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.answers import REMOVE_CHOICES, REMOVE_OR_KEEP, parse_yes_no, remove_or_keep
from bot.declare import LOG, UNDO, Phrase, in_order
from bot.flows.base import CompletionReader, Flow, Turn
from bot.flows.edit_targets import ORDINALS, edited_items, says_something_else
from bot.flows.logging_steps import (
    apply_correction,
    attach_certificate,
    describe,
    from_data,
    logged_course_named,
    parsed_from_logged,
    save_completions,
    to_data,
)
from bot.parsing import ParsedCompletion, apply_edit, parse_completion
from bot.parsing.client_info import about_a_client, looks_like_client_info
from bot.parsing.client_phrases import course_beside_a_client
from bot.parsing.corrections import correction
from bot.parsing.edit import corrected
from bot.parsing.intent import is_completion
from bot.parsing.phrases import normalize
from store.models import Completion
from store.queries.learning import (
    completions_of,
    delete_completion,
    get_completion,
    same_day_completion,
)

CLIENT_INFO = (
    "That message looks like it may contain details about a client, so I haven't stored "
    "any of it. Please tell me only about the course — title, hours and date."
)
EXAMPLE = "_finished the 6h Law & Ethics course yesterday_"
UNDO_AT_ONCE = timedelta(minutes=30)  # a typed *undo* this soon after logging needs no question
AGAIN_OPTIONS = [("Yes, log it again", "yes"), ("No, it's the same one", "no")]
LEFT_OUT = (
    "I left out the part about your client — I keep only what's about you and your learning. "
    "Here's the course without it; check it before I log it."
)


class LogCompletion(Flow, CompletionReader):
    name = LOG.name
    commands = ("log",)
    phrases = (
        # A passed exam is logged, though it has no hours: "passed my JP exam".
        Phrase(
            in_order(
                r"\b(passed|took|completed|finished|did|sat|cleared|aced)\b",
                r"\b(jurisprudence|juris|jp)\b[^.?!]{0,20}\b(exam|examination|test)\b",
            ),
            130,
        ),
        # A certificate sent later is filed with the logged course it belongs to.
        Phrase(
            in_order(r"\battach\b", r"\bcert")
            + "|"
            + in_order(r"\b(here'?s|here is|attached|got)\b", r"\bcert(ificate)?s?\b"),
            250,
        ),
    )
    section, usage = "Courses and plan", "log …"
    summary = "log a course: _finished the 6h ethics course yesterday_ (attach the certificate)"
    states = ("confirm", "correct", "describe", "duplicate")

    def looks_like_completion(self, turn: Turn, text: str) -> bool:
        """Whether free text reports a finished course (used to route messages with no command)."""
        if about_a_client(turn, text, "course"):
            return True  # handled here, so the refusal is said and nothing is stored
        if correction(text, today=turn.today) is not None:
            return True  # "the ethics one was 2 h, not 3": a fix of a logged course
        # What parse_completion would say, without parsing: of the course, beside any client.
        course = course_beside_a_client(text) or text
        return is_completion(normalize(text)) or is_completion(normalize(course))

    def start(self, turn: Turn) -> None:
        if not turn.answer.strip():
            turn.goto(self.name, "describe")
            turn.say(f"What did you finish? Tell me like you'd tell a colleague: {EXAMPLE}")
            return
        self.on_describe(turn)

    def on_describe(self, turn: Turn) -> None:
        if self._correct(turn):
            return
        part = course_part(turn, turn.answer)
        text, left_out = part or (turn.answer, True)
        catalog = turn.services.catalog.entries(turn.session)
        # In this flow the member asked to log: a sentence without a completion verb counts.
        result = parse_completion(text, today=turn.today, catalog=catalog, said_log=True)
        left_out = left_out or result.client_info
        # With the client left out, a course must still be named, or nothing is worth keeping.
        titled = bool(result.items) and all(i.title for i in result.items)
        if part is None or (left_out and not titled):
            turn.finish()
            turn.say(CLIENT_INFO)
            return
        if attach_certificate(turn, text, result, catalog):
            turn.finish()
            return
        if not result.is_completion or not result.items:
            turn.goto(self.name, "describe")
            turn.say(
                "I couldn't find a finished course in that. Tell me the course, hours and when, "
                f"like {EXAMPLE} — or say *cancel*."
            )
            return
        if result.unread_courses:
            turn.say(
                f"That message lists more courses than I read at once, so I've taken the first "
                f"{len(result.items)} — please send the others in another message."
            )
        items = list(result.items)
        earlier = [done for item in items if (done := self._already_logged(turn, item))]
        if earlier:
            done, same_day = earlier[0], earlier[0].completed_on in {i.completed_on for i in items}
            turn.goto(self.name, "duplicate", items=to_data(items))
            again = "Log it again?" if same_day else "Did you take it again? Log it again?"
            turn.offer(
                f"You already logged *{done.title}* on {done.completed_on:%b %-d}. {again}",
                LOG.act("duplicate"),
                AGAIN_OPTIONS,
            )
            return
        if left_out:  # the member's words were changed: they see what is kept before it is
            turn.say(LEFT_OUT)
        elif all(item.confident for item in items):
            save_completions(turn, items)
            turn.finish()
            return
        self._confirm(turn, items)

    def _already_logged(self, turn: Turn, item: ParsedCompletion) -> Completion | None:
        """The same course on the same day, or the same catalog course on any day (a repeat)."""
        if item.completed_on is None:
            return None
        same_day = same_day_completion(
            turn.session,
            member_id=turn.member_id,
            title=item.title,
            completed_on=item.completed_on,
            course_id=item.course_id,
        )
        if same_day is not None or item.course_id is None:
            return same_day
        logged = completions_of(turn.session, member_id=turn.member_id)
        return next((done for done in logged if done.course_id == item.course_id), None)

    def _confirm(self, turn: Turn, items: list[ParsedCompletion]) -> None:
        turn.goto(self.name, "confirm", items=to_data(items))
        for item in items:
            turn.show(describe(item))
        self.ask_confirm(turn)

    def leave(self, turn: Turn) -> None:
        """Courses waiting for a yes are not logged when the member moves on: say so."""
        if turn.state not in ("confirm", "duplicate") or not turn.data.get("items"):
            return
        titles = [item.title or "the course" for item in from_data(turn.data["items"])]
        named = " and ".join(f"*{title}*" for title in titles)
        them = "them" if len(titles) > 1 else "it"
        turn.say(f"(I haven't logged {named} — tell me again when you'd like {them} logged.)")

    def ask_confirm(self, turn: Turn) -> None:
        turn.offer(
            "Shall I log this? Or tell me what to change (_make it 4 hours_, _it was on the 3rd_).",
            LOG.act("confirm"),
            [("Log it", "yes"), ("Edit", "edit"), ("Cancel", "no")],
        )

    def on_confirm(self, turn: Turn) -> None:
        if about_a_client(turn, turn.answer, "course"):
            turn.finish()  # the pending course goes too: nothing of this turn may be kept
            turn.say(CLIENT_INFO)
            return
        items = from_data(turn.data["items"])
        answer = turn.answer.strip().casefold()
        choice = True if answer in ("log it", "log", "save") else parse_yes_no(answer)
        if choice is True:
            need = still_needed(items)
            if need:
                turn.say(need)
                return
            save_completions(turn, items)
            turn.finish()
        elif choice is False:
            turn.finish()
            turn.say("OK, I didn't log it.")
        elif answer == "edit":
            turn.say(
                "What should I change? e.g. _make it 4 hours_, _it was on the 3rd_, _title: Ethics in Telehealth_."
            )
        else:
            self._edit(turn, items)

    def _edit(self, turn: Turn, items: list[ParsedCompletion]) -> None:
        """Apply a change to the course it names ("the second one", "the HIV one"); with
        several courses and none named, a date, format or provider goes to them all, while
        hours or a title are asked about (which one?), never put on the last one by guess."""
        catalog = turn.services.catalog.entries(turn.session)
        picked = edited_items(turn.answer, items)
        edits = {
            i: apply_edit(turn.answer, items[i], today=turn.today, catalog=catalog)
            for i in (picked if picked is not None else range(len(items)))
        }
        changed = {i: e for i, e in edits.items() if e is not None}
        if not changed and says_something_else(turn.answer):
            turn.reroute = (
                True  # "what does my board require?": asked, and the courses said unlogged
            )
            return
        if not changed:
            turn.say("I didn't catch a change there.")
            self.ask_confirm(turn)
            return
        own = [
            i for i, e in changed.items() if (e.hours, e.title) != (items[i].hours, items[i].title)
        ]
        if picked is None and len(items) > 1 and own:
            listed = " or ".join(
                f"_the {ORDINALS[i]} ({item.title})_" for i, item in enumerate(items[:4])
            )
            turn.say(
                f"Which course is that for — {listed}? Say, e.g., _make the {ORDINALS[1]} one 2 hours_."
            )
            self.ask_confirm(turn)
            return
        self._confirm(turn, [changed.get(i, item) for i, item in enumerate(items)])

    def _correct(self, turn: Turn) -> bool:
        """A fix of a logged course: show the change and ask first. True when handled."""
        fix = correction(turn.answer, today=turn.today)
        if fix is None or about_a_client(turn, turn.answer, "course"):
            return False
        done = logged_course_named(turn, fix.course)
        if done is None:
            if not completions_of(turn.session, member_id=turn.member_id):
                return False  # nothing logged yet: read it as a new course
            turn.finish()
            turn.say(
                "I couldn't tell which logged course you mean. Say it with the course's name, "
                "e.g. _the ethics course was 2 hours, not 3_."
            )
            return True
        edited = corrected(fix.change, parsed_from_logged(done), today=turn.today)
        if edited is None:
            return False
        turn.goto(self.name, "correct", completion_id=done.id, items=to_data([edited]))
        turn.say(f"You logged *{done.title}*: {done.hours:g} h on {done.completed_on:%b %-d}.")
        turn.show(describe(replace(edited, doubts=())))
        self.ask_correct(turn)
        return True

    def ask_correct(self, turn: Turn) -> None:
        turn.offer(
            "Change the logged course to this? (Nothing new is added.)",
            LOG.act("correct"),
            [("Yes, change it", "yes"), ("No, leave it", "no")],
        )

    def on_correct(self, turn: Turn) -> None:
        choice = parse_yes_no(turn.answer)
        if choice is None:
            turn.say("Please answer *yes* (change it) or *no* (leave it).")
            self.ask_correct(turn)
            return
        item, completion_id = from_data(turn.data["items"])[0], int(turn.data["completion_id"])
        turn.finish()
        if not choice:
            turn.say("OK, I left it as it was.")
            return
        if not apply_correction(turn, completion_id, item):
            turn.say("That course is no longer in your log.")

    def on_duplicate(self, turn: Turn) -> None:
        again = parse_yes_no(turn.answer)
        if again is None:
            turn.offer(
                "Please answer *yes* (log it again) or *no* (it's the same one).",
                LOG.act("duplicate"),
                AGAIN_OPTIONS,
            )
            return
        items = from_data(turn.data["items"])
        keep = items if again else [item for item in items if not self._already_logged(turn, item)]
        turn.finish()
        if not keep:
            turn.say("OK, nothing new logged.")
            return
        save_completions(turn, keep)


def course_part(turn: Turn, text: str) -> tuple[str, bool] | None:
    """The message without what it says of a client, and whether a client was left out.

    A clause about a client goes whole ("my 3pm, Sarah, cancelled, so I did the 2 h ethics
    course"), a name alone ("… about my client Maria Lopez …"); a colleague's name goes too,
    unsaid (the parser cannot tell them apart). None when nothing of a course is left (a
    client's treatment or course, a session, a birth date): nothing of it is kept.
    """
    kept = course_beside_a_client(text)
    if kept is None or kept == text:
        return None if kept is None else (text, False)
    # The store's reader knows the member's and colleagues' names; a phrase it does not read
    # ("a pt of mine", "my 3pm") is a client's.
    return kept, not looks_like_client_info(text) or about_a_client(turn, text, "course")


def still_needed(items: list[ParsedCompletion]) -> str:
    """What to ask before logging: the hours, the date or both ("" when nothing is missing)."""
    hours = any(item.hours is None for item in items)
    day = any(item.completed_on is None for item in items)
    if hours and day:
        return "I still need the hours and the date — tell me, e.g. _3 hours on Nov 3_."
    if hours:
        return "I still need the hours — tell me, e.g. _3 hours_ or _90 minutes_."
    if day:
        return "I still need the date you finished it — e.g. _yesterday_ or _it was on Nov 3_."
    return ""


class Undo(Flow):
    name = UNDO.name
    commands = ("undo",)
    section, usage = "Courses and plan", "undo"
    summary = "remove the last course you logged"
    actions = ("one",)
    states = ("confirm",)

    def start(self, turn: Turn) -> None:
        logged = completions_of(turn.session, member_id=turn.member_id)
        if not logged:
            turn.say("There's nothing to undo — you haven't logged any courses.")
            return
        last = max(logged, key=lambda done: (done.created_at, done.id))
        if turn.now - last.created_at <= UNDO_AT_ONCE:  # just logged: the one they saw
            self._remove(turn, last)
            return
        turn.goto(self.name, "confirm", completion_id=last.id)
        turn.offer(
            f"The last course you logged is *{last.title}* ({last.hours:g} h, "
            f"{last.completed_on:%b %-d}), logged {last.created_at:%b %-d}. Remove it?",
            UNDO.act("confirm"),
            REMOVE_CHOICES,
        )

    def on_confirm(self, turn: Turn) -> None:
        answer = remove_or_keep(turn.answer)
        done = get_completion(
            turn.session, member_id=turn.member_id, completion_id=turn.data["completion_id"]
        )
        if done is None or answer is False:
            turn.finish()
            turn.say("That course is no longer in your log." if done is None else "Kept it.")
        elif answer:
            turn.finish()
            self._remove(turn, done)
        else:
            turn.offer(REMOVE_OR_KEEP, UNDO.act("confirm"), REMOVE_CHOICES)

    def _remove(self, turn: Turn, done: Completion) -> None:
        delete_completion(turn.session, completion=done)
        turn.say(f"Removed *{done.title}* ({done.hours:g} h, {done.completed_on:%b %-d}).")

    def act_one(self, turn: Turn) -> None:
        """The Undo button under a logged course: remove exactly that one."""
        done = get_completion(
            turn.session, member_id=turn.member_id, completion_id=int(turn.answer or 0)
        )
        if done is None:
            turn.say("That course is no longer in your log.")
            return
        self._remove(turn, done)
