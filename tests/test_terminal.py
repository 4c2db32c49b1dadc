"""The terminal adapter drives a whole conversation from piped input."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from conversation import FRIDAY_NOON_PACIFIC
from sqlmodel import select

from bot.messages import ProgressBar
from handlers.terminal import TerminalChat, bar, plain
from store.db import new_session
from store.models.learning import SkillRating

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """LCSW in California
3/31/2027
2
2
300
2
4
1
status
finished 'Dual Relationships: The Ethical Way - Ethical & Clinical Aspects' yesterday, 6 hours
assess
3
3
9
3
3
3
3
3
3
3
3
3
3
3
3
3
3
quit
"""


async def piped(mentor, script: str, exports: Path, *, echo: bool = False) -> str:
    """Dana's whole chat from `script` (Friday noon, Pacific); everything it printed."""
    out = io.StringIO()
    chat = TerminalChat(
        mentor.handle,
        stdin=io.StringIO(script),
        stdout=out,
        user_id="dana",
        display_name="Dana",
        timezone="America/Los_Angeles",
        exports=exports,
        clock=lambda: FRIDAY_NOON_PACIFIC,
        echo=echo,
    )
    await chat.run()
    return out.getvalue()


async def test_piped_conversation_end_to_end(mentor, tmp_path):
    text = await piped(mentor, SCRIPT, tmp_path, echo=True)
    assert "Hi Dana!" in text
    assert "  1) Yes, first renewal" in text  # choices are numbered
    assert "All set!" in text
    assert "Total hours  [--------------------] 0/36 h" in text
    assert (
        "Logged Dual Relationships: The Ethical Way - Ethical & Clinical Aspects: 6 h on Nov 26"
        in text
    )
    assert "Please type a number from 1 to 5 (or cancel to stop)." in text  # a bad rating
    assert "Saved — thank you." in text
    assert "*" not in text  # piped output is plain text
    assert text.rstrip().endswith("Bye — your progress is saved.")


async def _rated_then(mentor, tmp_path, *lines: str) -> str:
    """Dana set up, in the self-check after one rating, then typing `lines`."""
    setup = "LCSW in California\n3/31/2027\nno\nno\n300\n2\n4\n1\nskip\nnone yet\n"
    return await piped(mentor, setup + "assess\n4\n" + "\n".join(lines) + "\n", tmp_path)


async def test_cancel_leaves_the_self_check_and_saves_none_of_it(mentor, tmp_path, engine):
    text = await _rated_then(mentor, tmp_path, "cancel", "status", "quit")
    assert "Stopped — none of those answers was saved." in text
    assert "Please type a number" not in text
    assert "CA LCSW — renews Mar 31, 2027" in text  # the next line is a message again
    with new_session(engine) as session:
        assert session.exec(select(SkillRating)).first() is None


async def test_a_command_in_the_self_check_is_answered(mentor, tmp_path):
    text = await _rated_then(mentor, tmp_path, "status")
    assert "Stopped — none of those answers was saved." in text
    assert "CA LCSW — renews Mar 31, 2027" in text
    assert text.rstrip().endswith("Bye — your progress is saved.")


async def test_quit_in_the_self_check_quits(mentor, tmp_path):
    text = await _rated_then(mentor, tmp_path, "quit", "status")
    assert text.rstrip().endswith("Bye — your progress is saved.")
    assert "CA LCSW — renews" not in text  # nothing after quit is read


async def test_a_rating_in_words_or_mistyped(mentor, tmp_path, engine):
    text = await _rated_then(mentor, tmp_path, "44", "four", *["3"] * 14)
    assert text.count("Please type a number from 1 to 5") == 1  # "44" only
    assert "Saved — thank you." in text
    with new_session(engine) as session:
        ratings = [r.rating for r in session.exec(select(SkillRating).order_by(SkillRating.id))]
    assert ratings == [4, 4] + [3] * 14  # 16 areas: 4, "four", then fourteen 3s


async def test_end_of_input_ends_the_chat(mentor, tmp_path):
    out = io.StringIO()
    chat = TerminalChat(
        mentor.handle, stdin=io.StringIO(""), stdout=out, user_id="dana", exports=tmp_path
    )
    await chat.run()
    assert "Bye" in out.getvalue()


def test_progress_bar_and_plain_text():
    assert bar(ProgressBar("Ethics", 3, 6)) == "Ethics  [##########----------] 3/6 h"
    assert bar(ProgressBar("Total", 4, None)) == "Total: 4 h (requirement unknown)"
    assert plain("say *status* or _help_") == "say status or help"


def test_app_chat_command_runs_on_a_fresh_sqlite_file(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "app.py"), "chat"],
        input="LMFT in Texas\n6/30/2027\nno\nno\nskip\nskip\nany\nclinician\nstatus\nquit\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "TZ": "America/Chicago", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "TX LMFT" in result.stdout and "All set!" in result.stdout
    assert (tmp_path / "ce_mentor.db").exists()


async def test_a_reprompt_shows_its_numbered_options_again(mentor, engine, tmp_path):
    """A wrong answer to a numbered question asks it again with its options, so typing the
    number afterwards still answers it (it used to say "Please answer yes or no" and drop them)."""
    from sqlmodel import select

    from store.db import new_session
    from store.models import License, Member

    script = (
        "LCSW in California\n3/31/2027\nperhaps\n2\nmaybe\n2\n300\n2\nethics\n3\nboss?\n1\nquit\n"
    )
    text = await piped(mentor, script, tmp_path)
    assert text.count("  2) No\n") == 2 and text.count("  2) That's all") == 2
    assert text.count("  3) In person") == 2 and text.count("  1) Clinician") == 2
    with new_session(engine) as session:
        member = session.exec(select(Member)).one()
        license = session.exec(select(License)).one()
    assert license.first_renewal is False
    assert member.preferred_formats == ["in_person"] and member.role == "clinician"
    assert member.onboarded
