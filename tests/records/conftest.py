"""A clinician with a CA LCSW license and a few logged courses, straight in the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from records_dates import RENEWAL

from store.db import new_session
from store.models import Completion, License, Member, PlanStep, Workspace


@dataclass(frozen=True)
class Clinician:
    member_id: int
    license_id: int


def _course(member_id: int, title: str, hours: float, on: date, **fields) -> Completion:
    return Completion(member_id=member_id, title=title, hours=hours, completed_on=on, **fields)


@pytest.fixture
def clinician(engine) -> Clinician:
    """Dana: 6 h law & ethics (with a certificate), 3 h suicide prevention, 4 h general, one old course."""
    with new_session(engine) as session:
        workspace = Workspace(platform="test", external_id="W1")
        session.add(workspace)
        session.flush()
        member = Member(
            workspace_id=workspace.id,
            platform_user_id="U1",
            display_name="Dana Reyes",
            timezone="America/Los_Angeles",
            onboarded=True,
        )
        session.add(member)
        session.flush()
        lic = License(
            member_id=member.id,
            license_type="LCSW",
            jurisdiction="CA",
            renewal_date=RENEWAL,
            rule_set_id="CA-LCSW",
        )
        session.add(lic)
        session.flush()
        session.add_all(
            [
                _course(
                    member.id,
                    "Law & Ethics — California’s 2026 update",
                    6,
                    date(2026, 2, 10),
                    provider="CAMFT",
                    approval_body="CAMFT",
                    format="live_online",
                    topics=["ethics"],
                    certificate_name="ethics.pdf",
                    certificate_ref="F123",
                ),
                _course(
                    member.id,
                    "Suicide Risk Assessment",
                    3,
                    date(2026, 5, 4),
                    provider="PESI",
                    approval_body="ASWB",
                    format="online_async",
                    topics=["suicide_prevention"],
                ),
                _course(
                    member.id,
                    "Trauma-Informed CBT",
                    4,
                    date(2026, 8, 20),
                    provider="NASW",
                    approval_body="NASW",
                    format="in_person",
                    topics=["trauma"],
                ),
                _course(
                    member.id,
                    "Old cycle course",
                    5,
                    date(2024, 1, 5),
                    provider="NASW",
                    approval_body="NASW",
                    format="in_person",
                ),
            ]
        )
        session.add(
            PlanStep(
                member_id=member.id,
                license_id=lic.id,
                title="HIV/AIDS update",
                hours=7,
                due_date=date(2027, 1, 15),
            )
        )
        session.commit()
        return Clinician(member.id, lic.id)
