"""The certificate's own number over other numbers printed on it, a state board's provider number
beside its approval, and learning objectives that talk about clients in general (issue #20).

Each expected value is what the text prints, read by hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.certificates import Approval, read_text
from bot.flows.certificate_card import shown_of

TODAY = date(2025, 6, 1)
HEAD = "Birch Lane Institute\nCertificate of Completion\nThis certifies that\nJo Park\n"
COURSE = "has completed\nGrief Work with Older Adults\nMarch 3, 2025 | 2 CE hours\n"
TEXAS = "Texas State Board of Social Worker Examiners"


def _course(text: str):
    return read_text(text, today=TODAY).courses[0]


@pytest.mark.parametrize(
    "numbers",
    [
        "CE Broker Tracking #: 20-881234\nCertificate No.: BLI-2025-0042",
        "Certificate No.: BLI-2025-0042\nCE Broker Tracking #: 20-881234",
        "Tracking # 20-881234 | Certificate # BLI-2025-0042",
        "Verification code: 20-881234\nCert. ID: BLI-2025-0042",
        "License #: LCSW-20-881234\nCertificate No. BLI-2025-0042",
    ],
)
def test_the_certificates_own_number_beats_the_others(numbers):
    # Before: the first labelled number printed, the CE Broker tracking number among them.
    assert _course(HEAD + COURSE + numbers).certificate_number == "BLI-2025-0042"


def test_a_tracking_number_alone_is_still_read_and_a_license_number_never():
    assert _course(HEAD + COURSE + "CE Broker Tracking #: 20-881234").certificate_number == (
        "20-881234"
    )
    assert _course(HEAD + COURSE + "License #: LCSW-20881234").certificate_number is None


def test_a_verification_code_beats_a_tracking_number():
    numbers = "CE Broker Tracking #: 20-881234\nVerification code: VX-40417"
    assert _course(HEAD + COURSE + numbers).certificate_number == "VX-40417"


@pytest.mark.parametrize(
    "statement",
    [
        f"Approved by the {TEXAS}, Provider #1234.",
        f"Birch Lane Institute is approved by the {TEXAS} Provider #1234 to offer CE.",
        f"Approved by the {TEXAS} | Provider #1234",
        f"Approved by the {TEXAS}\nProvider #1234",
        f"This program is approved by the {TEXAS}. Provider #1234.",
    ],
)
def test_a_provider_number_beside_a_state_boards_approval_is_on_the_card(statement):
    # Before: "Provider" was read into the board's name and the number after it was lost.
    course = _course(HEAD + COURSE + statement)
    assert course.approvals == (Approval(TEXAS, "1234"),)
    assert shown_of(course)["approvals"] == f"{TEXAS} #1234"


def test_a_board_named_without_a_number_keeps_none():
    course = _course(HEAD + COURSE + f"This program is approved by the {TEXAS}.")
    assert course.approvals == (Approval(TEXAS, None),)


@pytest.mark.parametrize(
    "objectives",
    [
        "Learning objectives:\n1. Assess a 7-year-old child for separation anxiety.\n"
        "2. Identify suicidal ideation in session with adolescents.",
        "Participants will be able to assess a 7-year-old child presenting with trauma.",
        "This course uses the case of a 12-year-old with ADHD to teach parent training.",
    ],
)
def test_learning_objectives_about_clients_in_general_name_no_client(objectives):
    # Before: "a 7-year-old" beside a clinical word was taken for one client's age.
    assert not read_text(HEAD + COURSE + objectives, today=TODAY).names_a_client


@pytest.mark.parametrize(
    "case",
    [
        "Case presented: a 7-year-old child with selective mutism",
        "Client J.R., 34-year-old male, panic disorder",
        "Objectives: assess Maria Lopez for panic disorder",
        "Assess my client, a 34-year-old with bipolar disorder",
    ],
)
def test_a_case_form_describing_one_client_still_names_a_client(case):
    assert read_text(HEAD + COURSE + case, today=TODAY).names_a_client
