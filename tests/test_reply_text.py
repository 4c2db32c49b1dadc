"""Reply -> plain text exists once (handlers/text.py); each platform passes what differs."""

from __future__ import annotations

from bot.messages import Choice, Choices, Facts, File, Form, Image, ProgressBar, Question, Text
from handlers.slack.render import fallback_text, plain_messages
from handlers.teams.cards import as_text
from handlers.text import reply_text

PICK = Choices("Which license?", (Choice("LCSW", "x.a"), Choice("LMFT", "x.b")))
HOURS = Facts(rows=(("Ethics", "3 h"), ("Total", "20 h")), title="Your hours")


def bar(progress: ProgressBar) -> str:
    return f"<{progress.label}>"


def test_each_element_has_one_plain_text_form():
    assert reply_text(Text("Hello *there*"), bar=bar) == "Hello *there*"
    assert reply_text(PICK, bar=bar) == "Which license? [LCSW] [LMFT]"
    assert reply_text(PICK, bar=bar, buttons=None) == "Which license?"
    assert reply_text(HOURS, bar=bar) == "Your hours\nEthics: 3 h\nTotal: 20 h"
    assert reply_text(Facts(rows=(("A", "1"),)), bar=bar) == "A: 1"  # no title, no blank line
    assert reply_text(ProgressBar("Ethics", 3, 6), bar=bar) == "<Ethics>"
    assert reply_text(Image(b"png", alt_text="hours by month"), bar=bar) == "hours by month"
    assert reply_text(File("log.csv", b"a,b", "text/csv"), bar=bar) == "log.csv"
    assert reply_text(File("log.csv", b"a,b", "text/csv", title="Your log"), bar=bar) == "Your log"


def test_slack_and_teams_flatten_through_it_as_before():
    form = Form("Rate it", (Question("stars", "How useful?", kind="rating"),), "rate.submit")
    assert fallback_text([PICK, HOURS]) == "Which license?\nYour hours\nEthics: 3 h\nTotal: 20 h"
    assert plain_messages([PICK]) == ["Which license?\n[LCSW] [LMFT]"]
    assert as_text(PICK) == "Which license? [LCSW] [LMFT]"
    assert as_text(form) == "Rate it How useful?"
    assert fallback_text([form]) == "Rate it"
