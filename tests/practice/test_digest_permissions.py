"""Permissions: who may change a team, and that no command shows a manager another team's data,
or anyone's goals or self-assessment."""

from __future__ import annotations

import json
import uuid

from conversation import Conversation, as_text
from sqlmodel import select

from bot.messages import File
from practice.team_fixtures import SECRET_COURSE, SECRET_GOAL, make_practice
from store.db import new_session
from store.models import DigestPreferences, Member

# Everything a member can say that could show data, each aimed at someone else.
COMMANDS = [
    "status",
    "goals",
    "assess",
    "plan",
    "suggest",
    "digest",
    "team",
    "my team",
    "settings",
    "export my data",
    "export transcript",
    "audit packet",
    "calendar",
    "why no nudge?",
    "how am i doing",
    "digest settings",
    "review",
]


def said_by(mentor, user: str, text: str, *mentioned: str, name: str = "") -> tuple[str, bytes]:
    """One message with @mentions (named `name`, else by their ids); reply text and files."""
    chat = Conversation(mentor, user=user, workspace="W1")
    names = tuple(name or m[1:].title() for m in mentioned)
    chat.say(text, mentions=mentioned, mention_names=names, event_id=uuid.uuid4().hex)
    assert chat.replies, f"no answer to {text!r}"
    files = b"".join(r.content for r in chat.replies if isinstance(r, File))
    return chat.text, files


def manager_of(engine, name: str) -> int | None:
    """The manager id of the practice member called `name` (platform user id U<NAME>)."""
    user = f"U{name.upper()}"
    with new_session(engine) as session:
        return session.exec(select(Member.manager_id).where(Member.platform_user_id == user)).one()


def test_no_command_shows_a_manager_another_teams_data_or_anyones_goals(mentor, engine):
    make_practice(engine)
    for command in COMMANDS:
        for target in ("UZED", "UMO", "UANA"):
            text, files = said_by(mentor, "UMGR", command, target, name="Colleague")
            shown = text + files.decode("latin-1")
            for secret in (SECRET_COURSE, SECRET_GOAL, "Zed", "trauma"):
                assert secret not in shown, (command, target, secret)


def test_asking_about_someone_else_gets_a_kind_no(mentor, engine):
    make_practice(engine)
    text, _ = said_by(mentor, "UMGR", "status", "UZED")
    assert "only ever show people their own status" in text
    text, _ = said_by(mentor, "UMGR", "goals", "UANA")  # even one's own report
    assert "goals or self-assessments" in text and SECRET_GOAL not in text
    text, _ = said_by(mentor, "UMGR", "digest", "UZED")
    assert "isn't on your team, so I can't share anything about them" in text
    text, _ = said_by(mentor, "UMGR", "team", "UCARA")
    assert text == "• Cara — ⚠️ at risk"


def test_a_clinician_cannot_make_themself_anyones_manager(mentor, engine):
    practice = make_practice(engine)
    text, _ = said_by(mentor, "UANA", "team add", "UANA", "UZED")
    assert "Only an admin can set up someone else's team" in text
    text, _ = said_by(mentor, "UANA", "team add", "UMGR", "UBEN")
    assert "Ask your practice's CE Mentor admin" in text
    assert manager_of(engine, "Zed") == practice.ids["Mo"]
    assert manager_of(engine, "Ben") == practice.ids["Mia"]
    with new_session(engine) as session:
        assert session.get(Member, practice.ids["Ana"]).role == "clinician"


def test_a_manager_adds_only_unassigned_people_and_removes_only_their_own(mentor, engine):
    practice = make_practice(engine)
    text, _ = said_by(mentor, "UMGR", "team add", "UMGR", "UZED", "UNEWBIE")
    assert "Zed already reports to someone else" in text
    assert "Newbie now report to" in text.replace("Done — ", "")
    assert manager_of(engine, "Zed") == practice.ids["Mo"]
    with new_session(engine) as session:
        newbie = session.exec(select(Member).where(Member.platform_user_id == "UNEWBIE")).one()
        assert (newbie.manager_id, newbie.onboarded) == (practice.ids["Mia"], False)
    text, _ = said_by(mentor, "UMGR", "team remove", "UZED")
    assert "isn't on your team" in text and manager_of(engine, "Zed") == practice.ids["Mo"]
    text, _ = said_by(mentor, "UMGR", "team remove", "UBEN")
    assert "no longer report" in text and manager_of(engine, "Ben") is None
    text, _ = said_by(mentor, "UMGR", "team add", "UMO", "UBEN")  # someone else's team
    assert "Only an admin" in text and manager_of(engine, "Ben") is None


def test_an_admin_sets_up_any_team_and_makes_the_manager(mentor, engine):
    practice = make_practice(engine)
    with new_session(engine) as session:
        session.get(Member, practice.ids["Gus"]).role = "admin"
        session.commit()
    text, _ = said_by(mentor, "UGUS", "team add", "UNEWBOSS", "UZED", "UBEN")
    assert "Zed, Ben now report to Newboss" in text
    with new_session(engine) as session:
        boss = session.exec(select(Member).where(Member.platform_user_id == "UNEWBOSS")).one()
        assert boss.role == "manager" and not boss.onboarded
    assert manager_of(engine, "Zed") == manager_of(engine, "Ben") == boss.id
    text, _ = said_by(mentor, "UGUS", "team remove", "UZED")
    assert "no longer report" in text and manager_of(engine, "Zed") is None


def test_a_manager_without_licenses_is_not_sent_to_onboarding(mentor, engine):
    practice = make_practice(engine)
    with new_session(engine) as session:
        session.get(Member, practice.ids["Mia"]).onboarded = False
        session.commit()
    chat = Conversation(mentor, user="UMGR", workspace="W1")
    assert "Where everyone stands" in chat.say("digest")
    assert "• Ana — ✅ complete" in chat.say("team")
    assert all("license" not in as_text(r).casefold() for r in chat.replies)


def test_a_managers_digest_settings_are_exported_and_deleted_with_them(mentor, engine):
    practice = make_practice(engine)
    chat = Conversation(mentor, user="UMGR", workspace="W1")
    assert "Friday at 08:00" in chat.say("digest friday 8am biweekly")
    chat.say("export my data")
    [export] = [r for r in chat.replies if isinstance(r, File)]
    [prefs] = json.loads(export.content)["digestpreferences"]
    assert (prefs["cadence"], prefs["weekday"], prefs["local_minutes"]) == ("biweekly", 4, 480)
    chat.say("delete my data")
    assert "everything I held about you is deleted" in chat.press("Delete everything")
    with new_session(engine) as session:
        assert session.get(DigestPreferences, practice.ids["Mia"]) is None
        assert session.get(Member, practice.ids["Ana"]).manager_id is None
