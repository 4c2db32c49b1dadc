"""Fix the typos clinicians make in CE words ("trama-informed", "ethcis", "supervison")."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

# Words of CE titles and topics, spelled right: a word one slip (two, in a long word) from one
# of these, and itself no word here, is that word mistyped.
WORDS = frozenset(
    [
        "ethics",
        "ethical",
        "trauma",
        "traumatic",
        "informed",
        "telehealth",
        "telemental",
        "teletherapy",
        "supervision",
        "supervisor",
        "supervisors",
        "substance",
        "abuse",
        "addiction",
        "boundaries",
        "professional",
        "cultural",
        "culturally",
        "competency",
        "competence",
        "diversity",
        "humility",
        "implicit",
        "suicide",
        "suicidal",
        "prevention",
        "assessment",
        "documentation",
        "management",
        "grief",
        "bereavement",
        "burnout",
        "compassion",
        "fatigue",
        "domestic",
        "violence",
        "adolescents",
        "adolescent",
        "children",
        "treatment",
        "therapy",
        "therapies",
        "therapist",
        "therapists",
        "counselor",
        "counselors",
        "clinician",
        "clinicians",
        "psychologists",
        "cognitive",
        "behavioral",
        "dialectical",
        "motivational",
        "interviewing",
        "mindfulness",
        "anxiety",
        "depression",
        "disorder",
        "disorders",
        "psychosis",
        "schizophrenia",
        "bipolar",
        "dementia",
        "alzheimers",
        "geriatric",
        "veterans",
        "military",
        "opioid",
        "opioids",
        "trafficking",
        "harassment",
        "jurisprudence",
        "clinical",
        "practice",
        "couples",
        "family",
        "families",
        "marriage",
        "mandated",
        "reporting",
        "reporter",
        "abuse",
        "neglect",
        "pharmacology",
        "psychopharmacology",
        "diagnosis",
        "diagnostic",
        "training",
        "course",
        "webinar",
        "workshop",
        "conference",
        "module",
        "certificate",
        "seminar",
        "intensive",
        "recovery",
        "relapse",
        "integrated",
        "equity",
        "inclusion",
        "oppression",
        "racism",
        "transgender",
        "affirming",
        "attachment",
        "perinatal",
        "postpartum",
        "eating",
        "insomnia",
        "hoarding",
        "personality",
        "borderline",
        "obsessive",
        "compulsive",
        "autism",
        "spectrum",
        "caregiving",
        "caregivers",
        "palliative",
        "hospice",
        "chronic",
        "pain",
        "medical",
        "errors",
        # Providers' names typed in lower case ("relais", "hazeldon", "gottmann").
        "relias",
        "hazelden",
        "gottman",
        "psycharmor",
    ]
)
# Everyday words a slip away from a CE word ("recording" ~ "reporting"): never "fixed".
EVERYDAY = frozenset(
    [
        "recording",
        "recordings",
        "recorded",
        "records",
        "reading",
        "readings",
        "session",
        "sessions",
        "lecture",
        "lectures",
        "meeting",
        "meetings",
        "morning",
        "evening",
        "screening",
        "screens",
        "teaching",
        "counseling",
        "counselling",
        "parenting",
        "learning",
        "training",
        "trainings",
        "courses",
        "modules",
        "webinars",
        "workshops",
        "seminars",
        "conferences",
        "certificates",
        "certified",
        "licensing",
        "licensure",
        "renewal",
        "practices",
        "informal",
        "formed",
        "inform",
        "management",
        "managing",
        "medicine",
        "medication",
        "medications",
    ]
)
_WORD = re.compile(r"[A-Za-z]{5,}")
_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _w in WORDS:
    _BY_FIRST[_w[0]] = (*_BY_FIRST.get(_w[0], ()), _w)


# Chat shorthand for title words, written out.
SHORTHAND = {"mgmt": "management", "mgt": "management", "trng": "training", "conf": "conference"}
_SHORTHAND = re.compile(r"\b(" + "|".join(SHORTHAND) + r")\b\.?", re.I)


def fix_typos(text: str) -> str:
    """``text`` with mistyped CE words spelled right, case and everything else kept."""
    text = _SHORTHAND.sub(lambda m: SHORTHAND[m[1].lower()], text)
    return _WORD.sub(_fixed, text)


def _fixed(m: re.Match[str]) -> str:
    said = m[0]
    if any(ch.isupper() for ch in said[1:]):
        return said  # "TheraNest", "PsychArmor": a brand's own spelling, no slip
    lowered = said.lower()
    if lowered in WORDS or lowered in EVERYDAY or (lowered.endswith("s") and lowered[:-1] in WORDS):
        return said
    slips = 1 if len(lowered) < 9 else 2
    best = min(
        _BY_FIRST.get(lowered[0], ()),
        key=lambda w: (OSA.distance(lowered, w, score_cutoff=slips + 1), w),
        default=None,
    )
    if best is None or OSA.distance(lowered, best) > slips or abs(len(best) - len(lowered)) > 2:
        return said
    if best.startswith(lowered) or lowered.startswith(best[:-1]):
        return said  # "veteran", "cultures": another form of the word, not a slip
    return best.capitalize() if said[0].isupper() else best
