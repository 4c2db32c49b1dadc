"""Issue 7 in conversation: certificates sent later, repeats, client details, time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conversation import Conversation
from sqlmodel import select

from store.db import new_session
from store.models import Completion, ConversationState
from store.queries.privacy import member_data

ETHICS = "Finished 'Dual Relationships: The Ethical Way - Ethical & Clinical Aspects' yesterday, 6 hours, online"


def logged(engine) -> list[Completion]:
    with new_session(engine) as session:
        return list(session.exec(select(Completion).order_by(Completion.id)))


def test_a_certificate_sent_later_is_kept_with_the_logged_course(chat, engine):
    chat.onboard()
    chat.say(ETHICS)
    answer = chat.say("status")
    assert "no certificate on file" in answer
    # how to send it, with the course's own name rather than a "<course>" placeholder
    assert "send the file with _certificate for the " in answer and "<course>" not in answer
    assert "Dual Relationships: The Ethical Way - Ethical & Clinical Aspects (Nov 26)" in chat.text
    answer = chat.attach("here's my certificate for The Ethical Way", "cert.pdf", "F123")
    assert "Certificate saved" in answer
    [done] = logged(engine)
    assert (done.certificate_name, done.certificate_ref) == ("cert.pdf", "F123")
    assert "no certificate on file" not in chat.say("status")


def test_a_certificate_named_without_a_file_asks_for_the_file_and_logs_nothing_new(chat, engine):
    chat.onboard()
    chat.say(ETHICS)
    answer = chat.say("got my certificate for The Ethical Way")
    assert "Send the certificate file" in answer
    assert len(logged(engine)) == 1


def test_a_deliberate_repeat_on_another_day_is_asked_about(chat, engine):
    chat.onboard()
    chat.say(
        "Finished 'Dual Relationships: The Ethical Way - Ethical & Clinical Aspects' Nov 2, 6 hours"
    )
    answer = chat.say(ETHICS)
    assert "already logged" in answer and "take it again" in answer
    chat.say("no")
    assert len(logged(engine)) == 1
    chat.say(ETHICS)
    chat.press("Yes, log it again")
    assert len(logged(engine)) == 2


def test_client_details_in_an_edit_are_not_kept(chat, engine):
    chat.onboard()
    chat.say("watched an ethics webinar")
    answer = chat.say("my client sarah disclosed abuse last session, make it 2 hours")
    assert "details about a client" in answer
    assert logged(engine) == []
    with new_session(engine) as session:
        states = session.exec(select(ConversationState)).all()
    assert all("sarah" not in str(state.data).lower() for state in states)


def test_course_words_about_clients_still_log(chat, engine):
    chat.onboard()
    answer = chat.say("finished my client-centered therapy course yesterday, 3 hrs")
    assert "details about a client" not in answer
    if "Shall I log this" in answer:
        chat.press("Log it")
    [done] = logged(engine)
    assert done.hours == 3


def test_two_courses_with_hours_each_are_two_completions(chat, engine):
    chat.onboard()
    answer = chat.say("finished a grief webinar and a boundaries webinar yesterday, 2 hours each")
    if "Shall I log this" in answer:
        chat.press("Log it")
    assert [(d.hours, d.completed_on) for d in logged(engine)] == [(2, date(2026, 11, 26))] * 2


def test_today_is_the_members_day_not_utc(mentor, engine):
    late_friday_pacific = datetime(2026, 11, 28, 6, 30, tzinfo=UTC)  # Sat in UTC
    chat = Conversation(mentor, now=late_friday_pacific)
    chat.onboard()
    chat.say("finished Ethics in Telehealth today, 3 hrs")
    if "Shall I log this" in chat.text:
        chat.press("Log it")
    [done] = logged(engine)
    assert done.completed_on == date(2026, 11, 27)


def test_the_export_names_courses_without_a_certificate(chat, engine):
    chat.onboard()
    chat.say(ETHICS)
    [done] = logged(engine)
    with new_session(engine) as session:
        from store.models import Member

        member = session.exec(select(Member)).one()
        data = member_data(session, member=member)
    assert [row["id"] for row in data["completions_without_certificate"]] == [done.id]


def test_a_certificate_that_names_no_course_is_asked_about(chat, engine):
    chat.onboard()
    chat.say(ETHICS)
    answer = chat.attach("here's my certificate", "cert.pdf", "F9")
    assert "Which course is this certificate for?" in answer
    assert "Dual Relationships: The Ethical Way - Ethical & Clinical Aspects" in answer
    [done] = logged(engine)
    assert done.certificate_ref == ""


def test_the_provider_alone_names_the_course_for_its_certificate(chat, engine):
    chat.onboard()
    chat.say("finished a 3 hr telehealth course from PESI yesterday")
    if "Shall I log this" in chat.text:
        chat.press("Log it")
    answer = chat.attach("got my certificate for the PESI course", "pesi.pdf", "F7")
    assert "Certificate saved" in answer
    [done] = logged(engine)
    assert done.certificate_ref == "F7"
