"""Issue 20: a certificate file in, one confirmation card, a logged course with its file kept."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from conversation import FRIDAY_NOON_PACIFIC, Conversation
from sqlmodel import select

from bench.certificates.render import Block, Layout, Row, to_pdf
from bot.mentor import Mentor
from bot.messages import Attachment
from handlers.terminal import TerminalChat, certificate_path
from store.db import new_session
from store.models import CertificateFile, Completion, Member
from store.queries.certificates import certificate_content
from store.queries.privacy import member_data

ASWB = (
    "Pacific Learning Institute, #1234, is approved as an ACE provider to offer social work "
    "continuing education by the Association of Social Work Boards (ASWB) Approved Continuing "
    "Education (ACE) program."
)


def award(title: str = "Trauma-Informed Care in Telehealth") -> bytes:
    return to_pdf(
        Layout(
            [
                Block("CERTIFICATE OF COMPLETION", 24, True, gap=6),
                Block("This certifies that", 13),
                Block("Dana Reyes", 20, True),
                Block("has successfully completed", 13),
                Block(title, 16, True),
                Block("Presented by Pacific Learning Institute", 12),
                Block("Date of completion: November 3, 2026", 12),
                Block("CE Hours: 3", 12),
                Block("Format: Live interactive webinar", 11),
                Block(ASWB, 8, align="L"),
                Block("Certificate #: PLI-2026-0457", 9),
            ]
        )
    )


REGISTRATION = Layout(
    [
        Block("Pacific Learning Institute", 14, True, "L"),
        Block("Registration Confirmation", 20, True, "L"),
        Block(
            "Thank you for registering! You are registered for Ethics in Supervision, which takes "
            "place on December 12, 2026 from 9:00 AM to 12:15 PM Pacific. The Zoom link will be "
            "emailed the day before. This live webinar offers 3 CE hours.",
            11,
            align="L",
        ),
        Block("Order #48213   Amount paid: $59.00", 11, align="L"),
    ]
)
GRAND_ROUNDS = Layout(
    [
        Block("CERTIFICATE OF ATTENDANCE", 24, True),
        Block("Grand Rounds: Case Consultation", 16, True),
        Block("Presented by Bay Clinic Training", 12),
        Block("Case discussed: client Maria Lopez, 34, with recurrent panic attacks.", 11, "L"),
        Block("Date: November 5, 2026", 12),
        Block("CE Hours: 1.5", 12),
    ]
)

COLUMNS = (0.62, 0.23, 0.15)
TRANSCRIPT = Layout(
    [
        Block("Coastal CE Collaborative", 16, True, "L", 1),
        Block("CE Transcript", 20, True, "L", 2),
        Block("Learner: Dana Reyes", 11, False, "L", 6),
        Row(("Course Title", "Completed", "Hours"), COLUMNS, bold=True),
        Row(("Motivational Interviewing Basics", "09/08/2026", "2.0"), COLUMNS, 10),
        Row(("Ethics in Supervision", "10/02/2026", "3.0"), COLUMNS, 10),
        Row(("Grief and Loss Across the Lifespan", "10/20/2026", "1.5"), COLUMNS, 10),
        Block("Total hours: 6.5", 11, True, "L", 4),
    ]
)
IN_CEUS = Layout(
    [
        Block("CERTIFICATE OF COMPLETION", 24, True, gap=6),
        Block("This certifies that", 13),
        Block("Dana Reyes", 20, True),
        Block("has successfully completed", 13),
        Block("Couples Therapy Foundations", 16, True),
        Block("Presented by Harbor Training Group", 12),
        Block("Date of completion: October 9, 2026", 12),
        Block("Continuing Education Units: 0.6 CEUs", 12),
    ]
)


@pytest.fixture
def chat(mentor: Mentor) -> Conversation:
    chat = Conversation(mentor)
    chat.onboard()
    return chat


def drop(chat: Conversation, content: bytes, text: str = "", name: str = "cert.pdf") -> str:
    file = Attachment(name=name, mime="application/pdf", file_id="F1", content=content)
    return chat.say(text, attachments=(file,))


def stored(engine) -> tuple[list[Completion], list[CertificateFile]]:
    with new_session(engine) as session:
        courses = list(session.exec(select(Completion).order_by(Completion.id)))
        files = list(session.exec(select(CertificateFile).order_by(CertificateFile.id)))
        return courses, files


class TerminalMember(Conversation):
    """The terminal's member ("dana" at "local"), set up before the piped session starts."""

    def _inbound(self, **fields):
        return replace(super()._inbound(**fields), platform="terminal", workspace_id="local")


async def test_log_certificate_path_in_the_terminal_logs_it_and_keeps_the_file_once(
    mentor, engine, tmp_path
):
    pdf = tmp_path / "trauma cert.pdf"
    pdf.write_bytes(award())
    member = TerminalMember(mentor, user="dana")
    member.onboard()
    member.say("cancel")  # any question onboarding leaves open
    script = f"log certificate {pdf}\nLog it\n{pdf}\nquit\n"
    out = io.StringIO()
    chat = TerminalChat(
        mentor.handle,
        stdin=io.StringIO(script),
        stdout=out,
        user_id="dana",
        display_name="Dana Reyes",
        timezone="America/Los_Angeles",
        exports=tmp_path,
        clock=lambda: FRIDAY_NOON_PACIFIC,
        echo=True,
    )
    await chat.run()
    text = out.getvalue()
    for row in (
        "Course: Trauma-Informed Care in Telehealth",
        "Provider: Pacific Learning Institute",
        "Approval: ASWB ACE #1234",
        "Hours: 3",
        "Date: Nov 3, 2026",
        "Format: live interactive webinar",
        "Certificate #: PLI-2026-0457",
    ):
        assert row in text, text
    assert "1) Log it" in text and "2) Edit" in text and "3) Cancel" in text
    assert "Logged Trauma-Informed Care in Telehealth: 3 h on Nov 3" in text
    assert "I already have this certificate" in text  # the same file pasted again
    [done], [file] = stored(engine)
    assert (done.hours, str(done.completed_on), done.format) == (3.0, "2026-11-03", "live_online")
    assert done.approval_body == "ASWB"
    # topics by the title, as a course told in chat: it counts toward trauma and telehealth
    assert sorted(done.topics) == ["telehealth", "trauma"] and "Topics: " in text
    assert file.completion_id == done.id and file.content == pdf.read_bytes()
    assert (done.certificate_name, done.certificate_ref) == (
        "trauma cert.pdf",
        f"certificate:{file.id}",
    )
    with new_session(engine) as session:  # what the audit packet's fetcher hands it
        assert certificate_content(session, member_id=done.member_id, ref=done.certificate_ref)
        assert not certificate_content(
            session, member_id=done.member_id + 1, ref=done.certificate_ref
        )


def test_a_terminal_line_is_a_certificate_path_only_when_it_names_a_file(tmp_path):
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert certificate_path(f"log certificate {pdf}") == pdf
    assert certificate_path(f"'{pdf}'") == pdf  # pasted, as a file manager quotes it
    assert certificate_path(f"log certificate {tmp_path / 'missing.pdf'}") is None
    assert certificate_path("certificate for the ethics course") is None


def test_cancel_keeps_neither_course_nor_file(chat, engine):
    assert "Shall I log this?" in drop(chat, award())
    assert stored(engine)[1]  # kept while the card is open, for the Log it press
    assert "haven't kept the file" in chat.press("Cancel")
    assert stored(engine) == ([], [])


def test_a_course_already_logged_by_sentence_is_recognised(chat, engine):
    chat.say("finished Trauma-Informed Care in Telehealth on Nov 3, 3 hours")
    assert "Already logged: Nov 3" in drop(chat, award())
    assert "already in your log" in chat.press("Log it")
    [done], [file] = stored(engine)  # no second course; the file goes with the first
    assert file.completion_id == done.id and done.certificate_ref == f"certificate:{file.id}"


def test_a_certificate_naming_a_client_is_not_kept_and_the_member_is_told(chat, engine):
    answer = drop(chat, to_pdf(GRAND_ROUNDS))
    assert "haven't kept the file" in answer and "without the client's details" in answer
    assert "Maria" not in answer
    assert stored(engine)[1] == []
    chat.say("title: Grand Rounds")
    chat.press("Log it")
    [done], files = stored(engine)
    assert (done.title, done.hours, done.certificate_ref) == ("Grand Rounds", 1.5, "")
    assert files == []


def test_a_registration_confirmation_is_refused_kindly(chat, engine):
    answer = drop(chat, to_pdf(REGISTRATION), name="registration.pdf")
    assert "registration confirmation" in answer and "course still ahead" in answer
    assert "certificate of completion" in answer
    assert stored(engine) == ([], [])


def test_a_file_that_is_no_certificate_gets_a_kind_answer(chat, engine):
    answer = drop(chat, b"just some notes, not a PDF at all", name="notes.pdf")
    assert "sentence" in answer
    assert stored(engine) == ([], [])


def test_a_certificate_for_a_logged_course_keeps_its_bytes_with_it(chat, engine):
    chat.say("finished Ethics in Supervision on Nov 3, 3 hours")
    answer = drop(chat, award("Ethics in Supervision"), "here's the cert for Ethics in Supervision")
    assert "Certificate saved with *Ethics in Supervision*" in answer
    [done], [file] = stored(engine)
    assert file.completion_id == done.id and done.certificate_ref == f"certificate:{file.id}"


def test_delete_my_data_removes_certificate_files_and_export_has_them(chat, engine):
    drop(chat, award())
    chat.press("Log it")
    with new_session(engine) as session:
        [done] = session.exec(select(Completion)).all()
        member = session.get(Member, done.member_id)
        exported = member_data(session, member=member)
    [row] = exported["certificatefile"]
    assert row["completion_id"] == done.id and row["size"] == len(award())
    chat.say("delete my data")
    assert "everything I held about you is deleted" in chat.say("delete")
    assert stored(engine) == ([], [])


def test_a_transcript_logs_its_new_courses_together_and_skips_one_already_logged(chat, engine):
    chat.say("finished Ethics in Supervision on Oct 2, 3 hours")
    card = drop(chat, to_pdf(TRANSCRIPT), name="transcript.pdf")
    assert card.count("Here's what your certificate says") == 3
    assert "Already logged: Oct 2" in card and "Shall I log these?" in card
    chat.press("Log it")
    courses, [file] = stored(engine)
    assert [(c.title, c.hours, str(c.completed_on)) for c in courses] == [
        ("Ethics in Supervision", 3.0, "2026-10-02"),
        ("Motivational Interviewing Basics", 2.0, "2026-09-08"),
        ("Grief and Loss Across the Lifespan", 1.5, "2026-10-20"),
    ]
    assert file.completion_id == courses[1].id  # one file, kept with the first course it logged
    assert courses[0].certificate_ref == ""
    assert {c.certificate_ref for c in courses[1:]} == {f"certificate:{file.id}"}


def test_a_bare_ceu_figure_is_asked_about_before_logging(chat, engine):
    card = drop(chat, to_pdf(IN_CEUS))
    assert "Hours: 0.6 CEUs — how many hours is that?" in card
    assert "I still need" in chat.press("Log it")
    assert "Hours: 6" in chat.say("make it 6 hours")
    chat.press("Log it")
    [done], [file] = stored(engine)
    assert (done.title, done.hours, file.completion_id) == (
        "Couples Therapy Foundations",
        6.0,
        done.id,
    )


def test_a_client_naming_certificate_for_a_logged_course_keeps_no_bytes(chat, engine):
    chat.say("finished Grand Rounds on Nov 5, 1.5 hours")
    answer = drop(chat, to_pdf(GRAND_ROUNDS), "here's the cert for Grand Rounds")
    assert "haven't kept the file" in answer
    [done], files = stored(engine)
    assert files == [] and done.certificate_ref == "F1"  # the platform's reference only
