"""Words clinicians use for topics, formats and providers, mapped to the shared keys."""

from __future__ import annotations

import itertools
import re

from bot.parsing.providers import find_provider
from bot.topics import FORMATS, TOPICS
from bot.us_states import STATE_NAMES

__all__ = ["find_provider", "infer_format", "infer_topics"]

_TOPIC_WORDS: dict[str, str] = {
    "ethics": r"ethic\w*|law\s*(?:&|and)\s*ethics",
    "professional_boundaries": r"boundar\w+|dual\s+relationship\w*|multiple\s+relationship\w*",
    "suicide_prevention": r"suicid\w*|qpr|amsr|asist\b|cams\b|safetalk|c-?ssrs"
    r"|assess(?:ing)?\s+and\s+managing\s+suicide",
    "trauma": r"(?<!head\s)tra?u?ma\w*|ptsd|tf-?cbt|istss",
    "telehealth": r"tele-?health|tele-?mental|telepsych\w*|teletherapy",
    "cultural_competency": r"(?<!military\s)(?<!native\s)cultur\w*|diversity|multicultural|dei\b",
    "implicit_bias": r"implicit\s+bias|unconscious\s+bias",
    # "my supervisor sent me …" is a person; "ethics for supervisors" is about supervision.
    "supervision": r"supervis(?!or\b)\w*|(?<!my\s)(?<!our\s)(?<!the\s)(?<!her\s)(?<!his\s)supervisor",
    "substance_use": r"substance|addiction|sud\b|alcohol|recovery|co-?occurring|dual\s+diagnos\w*"
    r"|\bsuds?\b|\baod\b"
    r"|opioid\s+use|harm\s+reduction",
    "opioids": r"opioid\w*",
    "domestic_violence": r"domestic\s+violence|\bipv\b|\bdv\b|intimate\s+partner",
    "child_abuse_reporting": r"child\s+abuse|mandated\s+report\w*",
    "human_trafficking": r"trafficking",
    "hiv_aids": r"\bhiv\b|aids\b",
    "grief_loss": r"grief|griev\w*|bereave\w*",
    "self_care": r"burnout|self[- ]?care|compassion\s+fatigue|stress\s+(?:management|mgmt|reduction)",
    "evidence_based_treatment": r"\bdbt\b|\bcbt\b|\bact\b(?!\s+\d)|motivational\s+interview\w*|emdr"
    r"|\bmi\b(?!\s+(?:implicit|law|laws|rules|ethics|jurisprudence|licens\w*|state))"
    r"|\bifs\b|internal\s+family\s+systems|\bcpt\b|cognitive\s+processing",
    "marriage_family_therapy": r"couples\b|couples?\s+(?:therapy|counsel\w*|work)|family\s+therapy"
    r"|family\s+systems|gottman|famil(?:ies)\b|aamft|marriage",
    "children_adolescents": r"child(?:ren)?+(?!'s|\s+(?:abuse|welfare|protective))|adolescen\w*|teens?\b"
    r"|teenagers?|youth|kids?\b|pediatric(?!\s+abusive)|school[- ]age|juvenile|play\s+therapy"
    r"|school\s+counsel\w*",
    "aging_older_adults": r"older\s+adults?|aging|geriatric|elderly|eldercare|elder\s+care|late\s+life",
    "alzheimers_dementia": r"dementia|alzheimer\w*",
    "documentation": r"documentation|record[- ]?keeping|risk\s+management",
    "military_veterans": r"veterans?|military",
    "crisis_management": r"crisis",
    "assessment_diagnosis": r"dsm|diagnos\w*|(?<!risk\s)(?<!suicide\s)assessment",
    "pain_management": r"pain\s+management|chronic\s+pain",
    "pharmacology": r"psychopharm\w*|pharmacolog\w*|ketamine|psychotropic\w*",
    "medical_errors": r"medical\s+errors?",
    "pediatric_head_trauma": r"abusive\s+head\s+trauma|shaken\s+baby",
    "sexual_harassment_prevention": r"sexual\s+harass\w*|harassment\s+prevention",
    "lgbtq_cultural_competency": r"lgbtq?\w*|transgender|gender[- ]affirming|queer",
    "dependent_adult_abuse": r"dependent\s+adult|elder\s+abuse",
    "health_equity": r"health\s+equity",
    "anti_oppressive_practice": r"anti-?oppress\w*|anti-?racis\w*",
    "worker_safety": r"worker\s+safety|workplace\s+(?:safety|violence)|safety\s+awareness",
    "serious_mental_illness": r"serious\s+mental|\bsmi\b|psychosis|schizophren\w*|bipolar",
    "alaska_native_cultures": r"alaska\s+native",
    "dc_public_health_priorities": r"public\s+health\s+priorit\w*",
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
        # Being there: a conference, an in-service, "went to", "was at". A workshop, seminar or
        # grand rounds alone may be online, so they say nothing.
        r"in[- ]?person|on[- ]?site|face[- ]to[- ]face|conferences?\b|conf\b|convention(?![\w-])"
        r"|annual\s+meeting|in-?service|retreat|went\s+to|was\s+at|were\s+at|sat\s+in\s+on",
    ),
    ("live_online", r"\blive\b"),
)
assert {key for key, _ in _FORMAT_WORDS} <= set(FORMATS), "formats must use bot.topics keys"
_FORMAT_RES = tuple((key, re.compile(rf"\b(?:{words})", re.I)) for key, words in _FORMAT_WORDS)


def infer_topics(text: str) -> tuple[str, ...]:
    """Topic keys whose words appear in the text, in TOPICS order (a state's law by its name)."""
    found = {key for key in TOPICS if key in _TOPIC_RES and _TOPIC_RES[key].search(text)}
    for m in itertools.islice(_STATE_LAW.finditer(text), 4):
        code = _state_code(m["state"])
        if f"state_law_{code}" in TOPICS:
            found.add(f"state_law_{code}")
    return tuple(key for key in TOPICS if key in found)


# "Ohio law & rules", "the NC law and ethics course", "Texas jurisprudence", "MA regs".
_STATE_LAW = re.compile(
    r"\b(?P<state>"
    + "|".join(sorted(STATE_NAMES, key=len, reverse=True))
    + r"|(?-i:[A-Z]{2}|NYS))(?:'s)?\s+(?:[\w&]+\s+){0,3}?(?:laws?|rules|regs|regulations|statutes"
    r"|jurisprudence|juris|jp)\b",
    re.I,
)


def _state_code(said: str) -> str:
    said = said.lower()
    return "ny" if said == "nys" else STATE_NAMES.get(said, said).lower()


def infer_format(text: str) -> str:
    """The format key the text implies, most specific wording first; "" when it says none."""
    for key, pattern in _FORMAT_RES:
        if pattern.search(text):
            return key
    if _AT_A_PLACE.search(text) and not _MAYBE_ONLINE.search(text):
        return "in_person"  # "… at Seattle Children's", "at EMDR Consulting in Boulder"
    return ""


# A course said to be at a named place, the sentence's last words or before its town or day.
_AT_A_PLACE = re.compile(
    r"\bat\s+(?:the\s+)?[A-Z][\w'&.-]*(?:\s+(?:of\s+)?[A-Z][\w'&.-]*)*"
    r"(?=\s*(?:$|[,.;)!]|\s+in\s+[A-Z]|\s+\d))"
)
_MAYBE_ONLINE = re.compile(r"\b(?:webinar|online|virtual|zoom|recorded|web|stream)", re.I)
