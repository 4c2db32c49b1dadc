"""The corpus's vocabulary: a course as a certificate states it, a sample file, and the pools."""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

TODAY = date(2025, 6, 1)  # the reading day every expected field is worked out against


@dataclass
class Course:
    """What one certificate says about one course: the expected fields."""

    title: str
    provider: str
    hours: float | None = None
    ceus: float | None = None
    hours_by_board: dict[str, float] = field(default_factory=dict)
    approvals: list[tuple[str, str | None]] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    format: str | None = None
    certificate_number: str | None = None


@dataclass
class Sample:
    """One corpus file and what a careful reader finds in it."""

    name: str
    data: bytes
    kind: str
    courses: list[Course] = field(default_factory=list)
    names_a_client: bool = False
    ocr: bool = False

    def expected(self) -> dict:
        def course(c: Course) -> dict:
            d = asdict(c)
            d["start"] = c.start.isoformat() if c.start else None
            d["end"] = c.end.isoformat() if c.end else None
            d["approvals"] = [list(a) for a in c.approvals]
            return d

        return {
            "kind": self.kind,
            "names_a_client": self.names_a_client,
            "courses": [course(c) for c in self.courses],
        }


TITLES = [
    "Law and Ethics for California Clinicians",
    "Suicide Risk Assessment and Safety Planning",
    "Cultural Humility in Clinical Practice",
    "Telehealth Best Practices for Therapists",
    "Motivational Interviewing Foundations",
    "Trauma-Focused CBT with Children",
    "Clinical Supervision Essentials",
    "Ethics of Dual Relationships",
    "Perinatal Mood and Anxiety Disorders",
    "Grief and Bereavement Counseling",
    "Treating Insomnia with CBT-I",
    "Substance Use Disorders and Co-occurring Conditions",
]
TWO_LINE = [
    ("Trauma-Informed Care for Adolescents:", "Engagement, Assessment and Safety Planning"),
    ("Dialectical Behavior Therapy Skills:", "Emotion Regulation in Group Settings"),
]
PROVIDERS = [
    "Pacific Counseling Institute",
    "Northstar CE Academy",
    "Riverbend Training Center",
    "Mindful Practice Seminars",
    "Evergreen Behavioral Health Education",
]
NAMES = ["Jordan Avery Lee", "Samantha Ortiz, LCSW", "Dana Whitfield, LPC", "Priya Raman, LMFT"]


def date_text(d: date, style: int) -> str:
    return [
        f"{d:%B} {d.day}, {d.year}",
        f"{d:%m/%d/%Y}",
        d.isoformat(),
        f"{d.day} {d:%B} {d.year}",
    ][style % 4]


def _aswb(provider: str, number: str) -> str:
    return (
        f"{provider}, provider #{number}, is approved as an ACE provider to offer social work "
        "continuing education by the Association of Social Work Boards (ASWB) Approved "
        "Continuing Education (ACE) program. Approval period: 01/01/2024 - 01/01/2027."
    )


def _nbcc(provider: str, number: str) -> str:
    return (
        f"{provider} has been approved by NBCC as an Approved Continuing Education Provider, "
        f"ACEP No. {number}. Programs that do not qualify for NBCC credit are clearly identified."
    )


def _apa(provider: str) -> str:
    return (
        f"{provider} is approved by the American Psychological Association to sponsor continuing "
        f"education for psychologists. {provider} maintains responsibility for this program."
    )


def _nysed(provider: str, number: str) -> str:
    return (
        f"{provider} is recognized by the New York State Education Department's (NYSED) State "
        f"Board for Social Work as an approved provider of continuing education for licensed "
        f"social workers #{number}."
    )


def statement(body: str, provider: str, number: str | None) -> str:
    if body == "ASWB ACE":
        return _aswb(provider, number or "")
    if body == "NBCC ACEP":
        return _nbcc(provider, number or "")
    if body == "APA":
        return _apa(provider)
    return _nysed(provider, number or "")


def make_course(rng: random.Random, i: int, **over) -> Course:
    provider = PROVIDERS[i % len(PROVIDERS)]
    end = TODAY - timedelta(days=rng.randint(5, 300))
    approvals = [
        [("ASWB ACE", str(rng.randint(1000, 1999)))],
        [("NBCC ACEP", str(rng.randint(5000, 7999)))],
        [("APA", None)],
        [("NYSED", f"SW-{rng.randint(100, 999):04d}")],
        [("ASWB ACE", str(rng.randint(1000, 1999))), ("NBCC ACEP", str(rng.randint(5000, 7999)))],
    ][i % 5]
    c = Course(
        title=TITLES[i % len(TITLES)],
        provider=provider,
        hours=rng.choice([1.0, 1.5, 2.0, 3.0, 6.0]),
        approvals=approvals,
        start=end,
        end=end,
        format=[None, "live interactive webinar", "on-demand", "in person"][i % 4],
        certificate_number=f"CE-{rng.randint(10000, 99999)}" if i % 3 else None,
    )
    for k, v in over.items():
        setattr(c, k, v)
    return c
