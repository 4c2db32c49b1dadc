"""Self-assessment: confidence 1-5 in each competency area, as one form; repeatable.

    form --valid--> saved (shows change since last time)
         --invalid--> form again, naming what to fix
Ratings are private: only the member sees them.
"""

from __future__ import annotations

from bot.declare import ASSESS, SUGGEST, Phrase
from bot.flows.base import Flow, Turn
from bot.messages import Form, Question
from bot.topics import COMPETENCIES
from store.queries.learning import latest_ratings, save_assessment

SCALE = "1 = not confident, 5 = very confident"


def assessment_form(errors: dict[str, str] | None = None) -> Form:
    """One rating question per competency area; `errors` names the answers to fix."""
    questions = tuple(
        Question(id=key, label=label, kind="rating") for key, (label, _) in COMPETENCIES.items()
    )
    title = f"Rate your confidence ({SCALE})"
    return Form(title, questions, ASSESS.act("form"), "Save ratings", errors=errors or {})


class Assessment(Flow):
    name = ASSESS.name
    private = "goals or self-assessments"
    commands = ("assess", "assessment")
    phrases = (Phrase(r"\bself[- ]?assess|\brate my skills\b", 190),)
    section, usage = "You", "assess"
    summary = "rate your confidence across 16 skill areas"
    states = ("form",)

    def start(self, turn: Turn) -> None:
        turn.say(
            f"Quick self-check: {len(COMPETENCIES)} areas, {SCALE}. Be honest — only you see this, "
            "and it helps me suggest courses that matter to you."
        )
        self.go(turn, "form")

    def ask_form(self, turn: Turn) -> None:
        turn.show(assessment_form())

    def on_form(self, turn: Turn) -> None:
        values = turn.inbound.form_values
        if not values:
            turn.say("Please answer the questions in the form (each a number from 1 to 5).")
            self.ask_form(turn)
            return
        ratings, problems = {}, {}
        for key in COMPETENCIES:
            raw = str(values.get(key, "")).strip()
            if raw not in {"1", "2", "3", "4", "5"}:
                problems[key] = "Please choose 1 to 5" + (f" (got '{raw}')" if raw else "")
            else:
                ratings[key] = int(raw)
        if problems:
            listed = (
                f"• {COMPETENCIES[key][0]}: {p[0].lower()}{p[1:]}" for key, p in problems.items()
            )
            turn.say("A few answers need fixing:\n" + "\n".join(listed))
            turn.show(assessment_form(problems))
            return
        before = latest_ratings(turn.session, member_id=turn.member_id)
        save_assessment(turn.session, member_id=turn.member_id, ratings=ratings, now=turn.now)
        turn.finish()
        turn.say("Saved — thank you.")
        if before:
            changes = [
                f"{COMPETENCIES[key][0]}: {before[key]} → {rating}"
                for key, rating in ratings.items()
                if key in before and before[key] != rating
            ]
            turn.say(
                "Since last time:\n" + "\n".join(f"• {c}" for c in changes)
                if changes
                else "No change since last time."
            )
        lowest = sorted(ratings.items(), key=lambda item: item[1])[:3]
        turn.say(
            "Areas to grow: " + ", ".join(f"{COMPETENCIES[k][0]} ({r})" for k, r in lowest) + "."
        )
        turn.offer_next("I'll weigh these in my suggestions.", [("Suggest courses", SUGGEST)])
