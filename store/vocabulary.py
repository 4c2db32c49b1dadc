"""The shared vocabulary: CE topics the boards name, competency areas, course formats.

Rule sets, catalog courses, the completion parser and the recommender all speak these keys,
so a course tagged ``ethics`` counts toward every board's ethics minimum.
"""

from __future__ import annotations

# Canonical CE topic keys -> label shown to clinicians.
TOPICS: dict[str, str] = {
    "ethics": "Ethics / law & ethics",
    "professional_boundaries": "Professional boundaries",
    "state_law_az": "Arizona statutes & rules",
    "state_law_ca": "California law (psychology)",
    "state_law_co": "Colorado jurisprudence",
    "state_law_fl": "Florida laws & rules",
    "state_law_ga": "Georgia law & rules",
    "state_law_ia": "Iowa mental health law & rules",
    "state_law_ky": "Kentucky law & rules",
    "state_law_ma": "Massachusetts law & regulations",
    "state_law_mi": "Michigan law & rules",
    "state_law_nc": "North Carolina law & rules",
    "state_law_nj": "New Jersey law & rules",
    "state_law_ny": "New York law",
    "state_law_oh": "Ohio law & rules",
    "state_law_pa": "Pennsylvania law & regulations",
    "state_law_tn": "Tennessee law & rules",
    "state_law_tx": "Texas jurisprudence",
    "state_law_wa": "Washington law & rules",
    "anti_oppressive_practice": "Systemic oppression & anti-oppressive practice",
    "worker_safety": "Worker safety awareness",
    "alaska_native_cultures": "Alaska Native cultures",
    "dependent_adult_abuse": "Dependent adult abuse identification & reporting",
    "pediatric_head_trauma": "Pediatric abusive head trauma",
    "lgbtq_cultural_competency": "LGBTQ cultural competency",
    "dc_public_health_priorities": "DC public health priorities",
    "suicide_prevention": "Suicide assessment & prevention",
    "cultural_competency": "Cultural competency & diversity",
    "implicit_bias": "Implicit bias",
    "health_equity": "Health equity",
    "telehealth": "Telehealth",
    "supervision": "Clinical supervision",
    "hiv_aids": "HIV/AIDS",
    "domestic_violence": "Domestic & sexual violence",
    "child_abuse_reporting": "Child abuse identification & reporting",
    "human_trafficking": "Human trafficking",
    "medical_errors": "Prevention of medical errors",
    "sexual_harassment_prevention": "Sexual harassment prevention",
    "alzheimers_dementia": "Alzheimer's & dementia",
    "pain_management": "Pain & symptom management",
    "opioids": "Opioids & prescription drugs",
    "pharmacology": "Pharmacology",
    "crisis_management": "Crisis management",
    "marriage_family_therapy": "Marriage & family therapy",
    "clinical_practice": "Clinical practice",
    "trauma": "Trauma & PTSD",
    "substance_use": "Substance use & addiction",
    "military_veterans": "Military & veteran culture",
    "children_adolescents": "Children & adolescents",
    "assessment_diagnosis": "Assessment & diagnosis",
    "evidence_based_treatment": "Evidence-based treatment",
    "documentation": "Documentation & risk management",
    "self_care": "Clinician wellbeing & burnout",
    "aging_older_adults": "Older adults",
    "serious_mental_illness": "Serious mental illness",
    "grief_loss": "Grief & loss",
}

# Competency areas for self-assessment -> the CE topics that build that skill.
COMPETENCIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ethics_law": ("Ethics & law", ("ethics", "professional_boundaries")),
    "suicide_risk": ("Suicide risk assessment", ("suicide_prevention", "crisis_management")),
    "trauma": ("Trauma-informed care", ("trauma",)),
    "cultural_humility": (
        "Cultural humility & diversity",
        ("cultural_competency", "implicit_bias", "health_equity"),
    ),
    "substance_use": ("Substance use & co-occurring disorders", ("substance_use", "opioids")),
    "telehealth": ("Telehealth practice", ("telehealth",)),
    "assessment": ("Assessment & diagnosis", ("assessment_diagnosis",)),
    "evidence_based": ("Evidence-based therapies (CBT, DBT …)", ("evidence_based_treatment",)),
    "couples_family": ("Couples & family work", ("marriage_family_therapy",)),
    "children_youth": ("Children & adolescents", ("children_adolescents", "child_abuse_reporting")),
    "crisis": ("Crisis intervention", ("crisis_management", "domestic_violence")),
    "supervision": ("Clinical supervision", ("supervision",)),
    "documentation": ("Documentation & risk management", ("documentation", "medical_errors")),
    "military": ("Military & veteran clients", ("military_veterans",)),
    "older_adults": ("Older adults & dementia", ("aging_older_adults", "alzheimers_dementia")),
    "self_care": ("Self-care & burnout prevention", ("self_care",)),
}

# Course formats, from least to most interactive.
FORMATS: dict[str, str] = {
    "self_study": "self-study (reading, text)",
    "online_async": "online, on demand",
    "live_online": "live webinar",
    "in_person": "in person",
    "exam": "exam (pass/fail)",
}


def topic_label(key: str) -> str:
    """Human label for a topic key; unknown keys are shown readable rather than dropped."""
    return TOPICS.get(key, key.replace("_", " ").capitalize())


def competency_label(key: str) -> str:
    """Human label for a competency area key."""
    return COMPETENCIES[key][0] if key in COMPETENCIES else key.replace("_", " ").capitalize()
