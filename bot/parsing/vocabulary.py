"""Words clinicians use for topics, formats and providers, mapped to the shared keys."""

from __future__ import annotations

import re

from bot.topics import FORMATS, TOPICS

_TOPIC_WORDS: dict[str, str] = {
    "ethics": r"ethic\w*|law\s*(?:&|and)\s*ethics",
    "professional_boundaries": r"boundar\w+",
    "suicide_prevention": r"suicid\w*|qpr|amsr|assess(?:ing)?\s+and\s+managing\s+suicide",
    "trauma": r"trauma\w*|ptsd|emdr|tf-?cbt|cpt\b",
    "telehealth": r"tele-?health|tele-?mental|telepsych\w*|teletherapy",
    "cultural_competency": r"cultur\w*|diversity|multicultural|dei\b",
    "implicit_bias": r"implicit\s+bias|unconscious\s+bias",
    "supervision": r"supervis\w*",
    "substance_use": r"substance|addiction|sud\b|alcohol|recovery",
    "opioids": r"opioid\w*",
    "domestic_violence": r"domestic\s+violence|\bipv\b|intimate\s+partner",
    "child_abuse_reporting": r"child\s+abuse|mandated\s+report\w*",
    "human_trafficking": r"trafficking",
    "hiv_aids": r"\bhiv\b|aids\b",
    "grief_loss": r"grief|bereave\w*",
    "self_care": r"burnout|self-?care|compassion\s+fatigue",
    "evidence_based_treatment": r"\bdbt\b|\bcbt\b|\bact\b|motivational\s+interview\w*|\bmi\b",
    "marriage_family_therapy": r"couples?|family\s+therapy|gottman",
    "children_adolescents": r"child(?:ren)?|adolescen\w*|teens?|youth",
    "aging_older_adults": r"older\s+adults?|aging|geriatric",
    "alzheimers_dementia": r"dementia|alzheimer\w*",
    "documentation": r"documentation|record[- ]?keeping|risk\s+management",
    "military_veterans": r"veterans?|military",
    "crisis_management": r"crisis",
    "assessment_diagnosis": r"dsm|diagnos\w*|assessment",
    "pain_management": r"pain\s+management|chronic\s+pain",
    "pharmacology": r"psychopharm\w*|pharmacolog\w*",
    "medical_errors": r"medical\s+errors?",
    "serious_mental_illness": r"serious\s+mental|\bsmi\b|psychosis|schizophren\w*",
}
assert set(_TOPIC_WORDS) <= set(TOPICS), "topic words must use bot.topics keys"
_TOPIC_RES = {key: re.compile(rf"\b(?:{words})", re.I) for key, words in _TOPIC_WORDS.items()}

_FORMAT_WORDS: tuple[tuple[str, str], ...] = (
    ("online_async", r"on[- ]?demand|recorded|self[- ]?paced|pre-?recorded|recording"),
    ("self_study", r"self[- ]?study|home[- ]?study|book|reading|article|journal"),
    ("live_online", r"live\s+(?:online|webinar|virtual)|webinar|zoom|virtual|livestream"),
    (
        "in_person",
        r"in[- ]?person|on[- ]?site|conference|workshop|seminar|retreat|face[- ]to[- ]face",
    ),
    ("online_async", r"online|e-?learning|course\s+online"),
    ("live_online", r"\blive\b"),
)
assert {key for key, _ in _FORMAT_WORDS} <= set(FORMATS), "formats must use bot.topics keys"
_FORMAT_RES = tuple((key, re.compile(rf"\b(?:{words})", re.I)) for key, words in _FORMAT_WORDS)

PROVIDERS = (
    "PESI", "CAMFT", "NBCC", "NASW", "APA", "ASWB", "AAMFT", "ACA", "CE4Less", "Relias",
    "Psychotherapy Networker", "EMDRIA", "QPR Institute", "Zur Institute", "CEUs4Less",
    "Beck Institute", "Gottman Institute", "Cross Country Education", "CounselorCEU", "SAMHSA",
)  # fmt: skip
_PROVIDER_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in PROVIDERS) + r")\b", re.I)
_PROVIDER_BY_LOWER = {p.lower(): p for p in PROVIDERS}


def infer_topics(text: str) -> tuple[str, ...]:
    """Topic keys whose words appear in the text, in TOPICS order."""
    return tuple(key for key in TOPICS if key in _TOPIC_RES and _TOPIC_RES[key].search(text))


def infer_format(text: str) -> str:
    """The format key the text implies, most specific wording first; "" when it says none."""
    for key, pattern in _FORMAT_RES:
        if pattern.search(text):
            return key
    return ""


def find_provider(text: str) -> str:
    """A well-known CE provider named in the text, spelled canonically, or ""."""
    m = _PROVIDER_RE.search(text)
    return _PROVIDER_BY_LOWER[m[1].lower()] if m else ""
