"""The client-details reading, and the store's backstop that refuses a write the flows missed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func
from sqlmodel import select

import store.guard  # noqa: F401  (registers the backstop, as every flow's import does)
from store.client_details import client_details, looks_like_client_info, without_client_details
from store.db import new_session
from store.guard import ClientDetailsRefused
from store.models import Completion, Goal, Member, Workspace

NOW = datetime(2026, 11, 27, 20, tzinfo=UTC)

# Real course titles and providers from shared/research (free_courses.yaml, courses_more.yaml),
# chosen for their capitalised words, places, presenters and clinical words.
REAL_COURSES = [
    "TF-CBTWeb 2.0 (Trauma-Focused Cognitive Behavioral Therapy web course)",
    "CPT - An Introduction to Cognitive Processing Therapy",
    "Military Culture: Core Competencies for Healthcare Professionals (4 modules)",
    "National Center for PTSD online continuing education courses (e.g., PTSD 101 modules)",
    "Overview of Management of PTSD and Acute Stress Disorder (DHA-US333)",
    "Star Behavioral Health Providers Tier One: Introduction to Military Culture and the "
    "Military-Connected Experience",
    "PsychArmor Institute online courses (e.g., '15 Things Veterans Want You To Know')",
    "SOAR Online (Stop, Observe, Ask, Respond to Human Trafficking) CE/CME modules",
    "Counseling on Access to Lethal Means (CALM) online course",
    "QPR (Question, Persuade, Refer) Gatekeeper Training for Suicide Prevention",
    "Columbia Protocol (C-SSRS) rater training",
    "Addressing Adverse Childhood Experiences through Trauma-Informed Care",
    "Psychological First Aid (PFA) Online",
    "STRONG STAR Cognitive Processing Therapy (CPT) Learning Community",
    "NYS Child Abuse Identification & Reporting (2 contact hours) - commercial low-cost providers",
    "2024 California Law and Ethics 6-Hour for LMFTs, LPCCs, & LCSWs",
    "Recognizing and Reporting Child Abuse: Mandated and Permissive Reporting",
    "Dynamics of California Clinical Supervision (part of 15-hour new-supervisor package)",
    "Law, Ethics & Supervision: The Use of Authority",
    "Mental Health Counseling for People Living with HIV/AIDS - Part 1",
    "Chronic Pain Syndromes and Interventions: Treating the Whole Person",
    "Preventing Suicide in Emergency Department Patients",
    "Understanding Virginia Counseling Laws and Regulations in Light of the ACA Code of Ethics",
    "Michigan Implicit Bias Training for Healthcare Professionals",
    "Motivational Interviewing - 3-hour introduction with William R. Miller (title as "
    "described on page)",
    "Elite Learning (Benjamin D. Reese, Jr., PsyD)",
    "Program Services (Karen Albig Smith, LMFT)",
    "San Diego Psychological Association (SDPA) CE Committee",
    "U.S. Department of Veterans Affairs, National Center for PTSD",
    "Kate Walker Training (Podia)",
    "HighPass (instructor Benjamin E. Caldwell, PsyD, LMFT)",
    "Health Forum Online (Lauren Lucas, PhD)",
    # …and the brief's own examples.
    "Ethics for Supervisors",
    "PESI",
    "Dr. Jane Doe's Trauma Institute",
]


@pytest.mark.parametrize("text", REAL_COURSES)
def test_real_course_titles_and_providers_read_clean(text: str):
    assert client_details(text, field="course") == ()


def test_every_seed_catalog_course_reads_clean():
    seed = Path(__file__).resolve().parents[1] / "store" / "seed" / "courses.yaml"
    courses = yaml.safe_load(seed.read_text(encoding="utf-8"))
    courses = courses["courses"] if isinstance(courses, dict) else courses
    said = [c[key] for c in courses for key in ("title", "provider") if c.get(key)]
    assert len(said) > 100
    assert [text for text in said if looks_like_client_info(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "help John Smith with his PTSD",
        "John Smith",
        "help john with his ptsd",
        "Maria is struggling with panic attacks",
        "a 34-year-old with bipolar disorder",
        "J.S. relapsed again",
        "DOB 3/14/1985",
        "her SSN is 123-45-6789",
        "my client Maria",
        "my 3pm, Sarah",
        "In today's session she disclosed SI",
    ],
)
def test_client_details_in_a_note_are_found(text: str):
    assert client_details(text, field="note")


@pytest.mark.parametrize(
    "text",
    [
        "Get EMDR certified by June 2027",
        "Grow in trauma work before March 2028",
        "Become a clinical supervisor",
        "Learn the Gottman Method with Dr. Kim",
        "clear and practical for trauma work, great for my adolescent clients",
        "Jane Doe's workshop was the best EMDR training I've had",
        "Grace under pressure: crisis skills for my team",
        "treating 5-year-olds with anxiety",
    ],
)
def test_a_clinicians_own_words_read_clean(text: str):
    assert client_details(text, field="note") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Learning objectives: assess a 7-year-old child for separation anxiety",
        "2. Identify suicidal ideation in session with adolescents.",
        "Participants will be able to treat a 15-year-old with depression.",
    ],
)
def test_a_learning_objective_talks_about_clients_in_general(text: str):
    # Before: "a 7-year-old" beside a clinical word was read as one client's age.
    assert client_details(text, field="course") == ()
    assert client_details(text, field="note")  # a member's own note may describe their client


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Case presented: a 7-year-old child with selective mutism", ["age"]),
        ("Assess my client, a 34-year-old with bipolar disorder", ["age"]),
        ("Objective: assess J.R., a 7-year-old with ADHD", ["initials", "age"]),
    ],
)
def test_a_case_beside_objectives_still_describes_one_client(text: str, kinds: list[str]):
    assert [d.kind for d in client_details(text, field="course")] == kinds


def test_a_bare_full_name_is_a_presenter_only_in_a_course_entry():
    text = "finished the EMDR workshop with Karen Walker"
    assert client_details(text, field="course") == ()
    assert [d.name for d in client_details(text, field="note")] == ["Karen Walker"]


def test_leaving_a_client_out_keeps_the_course():
    text = "finished the 3h ethics course about my client Maria Lopez yesterday"
    details = client_details(text)
    assert all(detail.removable for detail in details)
    assert without_client_details(text, details) == "finished the 3h ethics course yesterday"
    birth = client_details("Client DOB 03/14/1985, finished intake today")
    assert not all(detail.removable for detail in birth)  # a disclosure: nothing to keep


def _member(session, name: str = "Dana Reyes") -> Member:
    space = Workspace(platform="test", external_id="W1", created_at=NOW)
    session.add(space)
    session.flush()
    member = Member(workspace_id=space.id, platform_user_id="U1", display_name=name, created_at=NOW)
    session.add(member)
    session.flush()
    return member


def test_the_store_refuses_a_goal_naming_a_client_that_a_flow_forgot_to_check(engine):
    with new_session(engine) as session:
        member = _member(session)
        session.commit()
        session.add(Goal(member_id=member.id, text="help John Smith with his PTSD", created_at=NOW))
        with pytest.raises(ClientDetailsRefused) as refused:
            session.commit()
        assert "Smith" not in str(refused.value)  # the error names the column, not the text
        session.rollback()
    with new_session(engine) as session:
        assert session.exec(select(func.count()).select_from(Goal)).one() == 0


def test_the_store_refuses_a_changed_title_and_direction(engine):
    with new_session(engine) as session:
        member = _member(session)
        done = Completion(
            member_id=member.id,
            title="Ethics in Telehealth",
            hours=2,
            completed_on=date(2026, 11, 26),
            created_at=NOW,
        )
        session.add(done)
        session.commit()
        done.title = "Ethics in Telehealth for my client Maria"
        with pytest.raises(ClientDetailsRefused):
            session.flush()
        session.rollback()
        member.career_direction = "keep seeing Maria Lopez"
        with pytest.raises(ClientDetailsRefused):
            session.commit()
        session.rollback()
    with new_session(engine) as session:
        assert session.exec(select(Completion.title)).one() == "Ethics in Telehealth"
        assert session.exec(select(Member.career_direction)).one() == ""


def test_the_store_keeps_the_members_own_name_and_a_colleagues(engine):
    with new_session(engine) as session:
        member = _member(session)
        session.add(
            Member(
                workspace_id=member.workspace_id,
                platform_user_id="U2",
                display_name="Priya Patel",
                created_at=NOW,
            )
        )
        session.flush()
        session.add(
            Goal(
                member_id=member.id,
                text="Dana Reyes: co-lead a group with Priya Patel",
                created_at=NOW,
            )
        )
        session.commit()
    with new_session(engine) as session:
        assert session.exec(select(func.count()).select_from(Goal)).one() == 1
