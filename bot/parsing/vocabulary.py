"""Words clinicians use for topics, formats and providers, mapped to the shared keys."""

from __future__ import annotations

import itertools
import re

from bot.topics import FORMATS, TOPICS

_TOPIC_WORDS: dict[str, str] = {
    "ethics": r"ethic\w*|law\s*(?:&|and)\s*ethics",
    "professional_boundaries": r"boundar\w+",
    "suicide_prevention": r"suicid\w*|qpr|amsr|assess(?:ing)?\s+and\s+managing\s+suicide",
    "trauma": r"(?<!head\s)tra?u?ma\w*|ptsd|tf-?cbt",
    "telehealth": r"tele-?health|tele-?mental|telepsych\w*|teletherapy",
    "cultural_competency": r"cultur\w*|diversity|multicultural|dei\b",
    "implicit_bias": r"implicit\s+bias|unconscious\s+bias",
    "supervision": r"supervis\w*",
    "substance_use": r"substance|addiction|sud\b|alcohol|recovery|co-?occurring|dual\s+diagnos\w*"
    r"|\bsuds?\b|\baod\b",
    "opioids": r"opioid\w*",
    "domestic_violence": r"domestic\s+violence|\bipv\b|\bdv\b|intimate\s+partner",
    "child_abuse_reporting": r"child\s+abuse|mandated\s+report\w*",
    "human_trafficking": r"trafficking",
    "hiv_aids": r"\bhiv\b|aids\b",
    "grief_loss": r"grief|bereave\w*",
    "self_care": r"burnout|self-?care|compassion\s+fatigue",
    "evidence_based_treatment": r"\bdbt\b|\bcbt\b|\bact\b|motivational\s+interview\w*|\bmi\b|emdr"
    r"|\bifs\b|internal\s+family\s+systems|\bcpt\b|cognitive\s+processing",
    "marriage_family_therapy": r"couples\b|couples?\s+(?:therapy|counsel\w*|work)|family\s+therapy"
    r"|family\s+systems|gottman",
    "children_adolescents": r"child(?:ren)?(?!'s|\s+(?:abuse|welfare|protective))|adolescen\w*|teens?\b|teenagers?|youth|kids?\b"
    r"|pediatric|school[- ]age|juvenile|play\s+therapy",
    "aging_older_adults": r"older\s+adults?|aging|geriatric",
    "alzheimers_dementia": r"dementia|alzheimer\w*",
    "documentation": r"documentation|record[- ]?keeping|risk\s+management",
    "military_veterans": r"veterans?|military",
    "crisis_management": r"crisis",
    "assessment_diagnosis": r"dsm|diagnos\w*|(?<!risk\s)(?<!suicide\s)assessment",
    "pain_management": r"pain\s+management|chronic\s+pain",
    "pharmacology": r"psychopharm\w*|pharmacolog\w*",
    "medical_errors": r"medical\s+errors?",
    "pediatric_head_trauma": r"abusive\s+head\s+trauma|shaken\s+baby",
    "sexual_harassment_prevention": r"sexual\s+harass\w*|harassment\s+prevention",
    "lgbtq_cultural_competency": r"lgbtq?\w*|transgender|gender[- ]affirming|queer",
    "dependent_adult_abuse": r"dependent\s+adult|elder\s+abuse",
    "health_equity": r"health\s+equity",
    "anti_oppressive_practice": r"anti-?oppress\w*|anti-?racis\w*",
    "worker_safety": r"worker\s+safety|workplace\s+(?:safety|violence)|safety\s+awareness",
    "serious_mental_illness": r"serious\s+mental|\bsmi\b|psychosis|schizophren\w*",
}
assert set(_TOPIC_WORDS) <= set(TOPICS), "topic words must use bot.topics keys"
_TOPIC_RES = {key: re.compile(rf"\b(?:{words})", re.I) for key, words in _TOPIC_WORDS.items()}

# "Webinar" alone does not say live or recorded, nor "online course" on-demand: format drives
# self-study caps, so such wording leaves the format unknown (asked), never guessed.
_FORMAT_WORDS: tuple[tuple[str, str], ...] = (
    ("online_async", r"on[- ]?demand|recorded|self[- ]?paced|pre-?recorded|recording|asynch?\w*"),
    ("self_study", r"self[- ]?study|home[- ]?study|book|reading|article|journal"),
    (
        "live_online",
        r"live\s+(?:online|webinar|virtual|stream)|zoom|livestream|live-?streamed|virtually"
        r"|virtual\s+(?:conference|workshop|training|seminar|summit)",
    ),
    (
        "in_person",
        r"in[- ]?person|on[- ]?site|conference|workshop|seminar|retreat|face[- ]to[- ]face"
        r"|grand\s+rounds",
    ),
    ("live_online", r"\blive\b"),
)
assert {key for key, _ in _FORMAT_WORDS} <= set(FORMATS), "formats must use bot.topics keys"
_FORMAT_RES = tuple((key, re.compile(rf"\b(?:{words})", re.I)) for key, words in _FORMAT_WORDS)

PROVIDERS = (
    "PESI", "CAMFT", "NBCC", "NASW", "APA", "ASWB", "AAMFT", "ACA", "CE4Less", "Relias",
    "Psychotherapy Networker", "EMDRIA", "QPR Institute", "Zur Institute", "CEUs4Less",
    "Beck Institute", "Gottman Institute", "Cross Country Education", "CounselorCEU", "SAMHSA",
    "NetCE", "CE Learning Systems", "Continuing Ed Courses", "CEU Fast", "Mindsplain",
    "TZK Seminars", "Allied CE", "Sounds True", "NICABM", "Linehan Institute", "Behavioral Tech",
    "PsychoHairapy", "SAMHSA", "AFSP", "NAADAC", "ATTC", "Sage Institute", "Onward Psychology",
    "CEUnits", "ContinuingEdCourses.net", "PESI UK", "Hazelden", "Hazelden Betty Ford",
    "IFS Institute", "Sex Therapy Training Institute", "Motivational Interviewing Network",
    "MINT", "TF-CBT Web", "Medical University of South Carolina", "Institute for Brain Potential",
    "Psych Hub", "Simple Practice Learning", "SimplePractice", "Therapy Wisdom", "Therapist Aid",
    "Anxiety and Depression Association of America", "ADAA", "ISTSS", "APA Services",
)  # fmt: skip
_PROVIDER_RE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(set(PROVIDERS), key=len, reverse=True)) + r")\b",
    re.I,
)
_PROVIDER_BY_LOWER = {p.lower(): p for p in PROVIDERS}
# An approval body ("NBCC-approved", "approved by ASWB ACE") approves the course; it is not who
# gave it, and is kept as the approval instead (bot.rules.normalize_approval_body).
_APPROVED_BEFORE = re.compile(
    r"\b(?:approved|accredited|certified|sponsored)\s+(?:by|through|with)\s+$", re.I
)
_APPROVED_AFTER = re.compile(
    r"^\s*(?:-|\s)?\s*(?:approved|accredited|ace\b|credits?\b|ce\s+credits?|ceus?\b|hours?\b)",
    re.I,
)
# "from Hopewell Counseling Institute", "through Riverside Grand Rounds": a named provider.
_NAMED_AFTER = re.compile(
    r"(?<!approved )(?<!accredited )\b(?:from|by|through|via|thru|hosted\s+by|put\s+on\s+by"
    r"|offered\s+by)\s+(?:the\s+)?(?P<name>[A-Z][\w&.'-]*(?:\s+(?:of|for|and|&|on|the)?\s*"
    r"[A-Z][\w&.'-]*){0,5})"
)
_NOT_A_NAME = re.compile(
    r"^(?:I|Me|My|Dr|Zoom|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?"
)


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
    """The CE provider named in the text, spelled canonically when well known, or "".

    An approval body named as such ("NBCC-approved") is not the provider.
    """
    for m in itertools.islice(_PROVIDER_RE.finditer(text), PROVIDERS_TRIED):
        before, after = text[max(m.start() - 30, 0) : m.start()], text[m.end() : m.end() + 20]
        if _APPROVED_AFTER.match(after) or _APPROVED_BEFORE.search(before):
            continue
        return _PROVIDER_BY_LOWER[m[1].lower()]
    for m in itertools.islice(_NAMED_AFTER.finditer(text), PROVIDERS_TRIED):
        name = m["name"].rstrip(" .'-")
        if not _NOT_A_NAME.match(name) and not _APPROVED_AFTER.match(text[m.end() :][:20]):
            return name
    return ""


PROVIDERS_TRIED = 6  # names tried in one message: a report names one or two providers
