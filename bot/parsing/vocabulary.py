"""Words clinicians use for topics, formats and providers, mapped to the shared keys."""

from __future__ import annotations

import itertools
import re

from bot.parsing.providers import find_provider
from bot.parsing.wordlist import alternation
from bot.topics import FORMATS, TOPICS
from bot.us_states import STATE_NAMES

__all__ = ["find_provider", "infer_format", "infer_topics"]

_TOPIC_WORDS: dict[str, str] = {
    "ethics": r"ethic\w*|law\s*(?:&|and)\s*ethics|moral\s+injury|informed\s+consent|confidentiality"
    r"|duty\s+to\s+(?:warn|protect)|tarasoff|licensing\s+complaints?",
    "professional_boundaries": r"boundar\w+|dual\s+relationship\w*|multiple\s+relationship\w*"
    r"|gifts?\s+from\s+clients",
    "suicide_prevention": r"suicid\w*|qpr|amsr|asist\b|cams\b|safetalk|c-?ssrs|postvention"
    r"|assess(?:ing)?\s+and\s+managing\s+suicide|lethal\s+means|zero\s+suicide"
    r"|(?-i:SI\b)|suicidal\s+ideation",
    "trauma": r"(?<!head\s)tra?u?ma\w*|ptsd|tf-?cbt|istss"
    r"|complex\s+trauma|c-?ptsd|dissociat\w*|\baces\b"
    r"|adverse\s+childhood",
    "telehealth": r"tele-?health|tele-?medicine|tele-?mental|telepsych\w*|teletherapy|tele-?behavioral"
    r"|tele-?practice|tele-?counsel\w*|tele-?supervision|video\s+(?:therapy|sessions|counsel\w*)"
    r"|online\s+therapy|virtual\s+(?:therapy|care|sessions)|distance\s+counsel\w*",
    "cultural_competency": r"(?<!military\s)(?<!native\s)cultur\w*|diversity|multicultural|dei\b"
    r"|cultural\s+humility|acculturat\w*|bipoc\b",
    "implicit_bias": r"implicit\s+bias|unconscious\s+bias|microaggression\w*",
    # "my supervisor sent me …" is a person; "ethics for supervisors" is about supervision.
    "supervision": r"supervis(?!or\b)\w*|(?<!my\s)(?<!our\s)(?<!the\s)(?<!her\s)(?<!his\s)supervisor",
    "substance_use": r"substance|addiction|sud\b|alcohol|(?<!illness\s)(?<!and\s)recovery"
    r"|co-?occurring|dual\s+diagnos\w*|\bsuds?\b|\baod\b|opioid\s+use|harm\s+reduction"
    r"|\bsbirt\b|medication[- ]assisted|\bmat\b|\bmoud\b|naloxone|narcan|cannabis|marijuana"
    r"|stimulant\s+use|methamphetamine|relapse\s+prevention|12[- ]step|drinking|opiates?\b|vaping"
    r"|nicotine|tobacco|smoking\s+cessation",
    "opioids": r"opioid\w*|opiates?\b|fentanyl|naloxone|narcan|\bmoud\b|buprenorphine|suboxone|methadone",
    "domestic_violence": r"domestic\s+(?:violence|abuse)|\bipv\b|\bdv\b|intimate\s+partner|sexual\s+assault"
    r"|sexual\s+violence|dating\s+violence|family\s+violence|battered|batterer\w*|coercive\s+control"
    r"|rape\b|stalking|partner\s+abuse|abusive\s+relationships?",
    # "mandated reporter" with elder or dependent adult abuse named is theirs, not a child's.
    "child_abuse_reporting": r"child\s+(?:abuse|maltreatment|neglect|sexual\s+abuse|welfare\s+report)"
    r"|mandated\s+report\w*(?!.{0,60}\b(?:elder|dependent\s+adult|adult\s+protective))"
    r"|mandatory\s+report\w*(?!.{0,60}\b(?:elder|dependent\s+adult))|cps\s+report\w*"
    r"|child\s+protective\s+services",
    "human_trafficking": r"trafficking|sex\s+trade|commercial\s+sexual\s+exploitation|\bcsec\b",
    "hiv_aids": r"\bhiv\b|aids\b|\bprep\s+for\s+hiv|(?-i:PrEP)\b",
    "grief_loss": r"grief|griev\w*|bereave\w*|mourning|\bloss\b|death\s+and\s+dying|end[- ]of[- ]life",
    "self_care": r"burnout|self[- ]?care|compassion\s+fatigue|stress\s+(?:management|mgmt|reduction)"
    r"|vicarious\s+trauma|secondary\s+traumatic|clinician\s+wellness|wellbeing|well-being",
    "evidence_based_treatment": r"\bdbt\b|\bcbt\b|\bact\b(?!\s+\d)|motivational\s+interview\w*|emdr"
    r"|\bmi\b(?!\s+(?:implicit|law|laws|rules|ethics|jurisprudence|licens\w*|state))"
    r"|\bifs\b|internal\s+family\s+systems|\bcpt\b|cognitive\s+processing|prolonged\s+exposure"
    r"|\berp\b|exposure\s+and\s+response|exposure\s+therapy|acceptance\s+and\s+commitment"
    r"|dialectical\s+behavio\w*|cognitive[- ]behavio\w*|behavioral\s+activation|\bcft\b"
    r"|schema\s+therapy|solution[- ]focused|\bsfbt\b|\bpcit\b|\bcbt-?i\b|\bcpp\b",
    "marriage_family_therapy": r"couples?\s+(?:therapy|counsel\w*|work)|couples\b|family\s+therapy"
    r"|family\s+systems|gottman|aamft|marriage|marital|premarital|infidelity|affair\s+recovery"
    r"|emotionally\s+focused|\beft\b|co-?parenting|blended\s+famil\w*|structural\s+family"
    r"|bowen|relationship\s+therapy|(?:therapy|work(?:ing)?|counsel\w*)\s+with\s+(?:couples|families)",
    "children_adolescents": r"child(?:ren)?+(?!'s|\s+(?:abuse|welfare|protective|maltreatment"
    r"|neglect|sexual))|adolescen\w*|teens?\b|teenagers?|youth|kids?\b|pediatric(?!\s+abusive)"
    r"|school[- ]age|juvenile|play\s+therapy|school\s+counsel\w*|infants?\b|toddlers?|preschool\w*"
    r"|tweens?\b|minors\b|early\s+childhood|parenting",
    "aging_older_adults": r"older\s+adults?|aging|geriatric|elderly|elders\b|eldercare|elder\s+care"
    r"|late\s+life"
    r"|gero\w*|seniors?\b",
    "alzheimers_dementia": r"dementia|alzheimer\w*|cognitive\s+decline|memory\s+care",
    "documentation": r"documentation|record[- ]?keeping|risk\s+management|progress\s+notes?"
    r"|treatment\s+plans?|clinical\s+(?:notes|records)|charting|soap\s+notes|billing\s+and"
    r"|medical\s+necessity",
    "military_veterans": r"veterans?|military|service\s+members?|armed\s+forces|deployment",
    "crisis_management": r"(?<!in\s)crisis|de-?escalat\w*|critical\s+incident|disaster\s+mental"
    r"|psychological\s+first\s+aid",
    "assessment_diagnosis": r"dsm|diagnos\w*|(?<!risk\s)(?<!suicide\s)(?<!disorder:\s)assessment"
    r"|assessing(?!\s+(?:and\s+managing\s+)?(?:suicid\w*|risk|lethality))"
    r"|differential\s+diagnos\w*|screening\s+tools?|psychological\s+testing",
    "pain_management": r"pain\s+management|chronic\s+pain|pain\s+(?:&|and)\s+symptom",
    "pharmacology": r"psychopharm\w*|pharmacolog\w*|ketamine|psychotropic\w*|lithium"
    r"|mood\s+stabili[sz]er\w*|antidepressant\w*|antipsychotic\w*|\bssris?\b|benzodiazepine\w*"
    r"|(?<!-)(?<!assisted\s)\bmed(?:ication)?s\b|medication\s+management",
    "medical_errors": r"medical\s+errors?|patient\s+safety",
    "pediatric_head_trauma": r"abusive\s+head\s+trauma|shaken\s+baby|pediatric\s+head\s+trauma",
    "sexual_harassment_prevention": r"sexual\s+harass\w*|harassment\s+prevention"
    r"|workplace\s+harassment",
    "lgbtq_cultural_competency": r"lgbtq?\w*|transgender|gender[- ]affirming|queer|nonbinary"
    r"|trans\s+(?:clients?|youth|people|folks|adults|teens|individuals|patients|identities)"
    r"|gender\s+dysphoria|sexual\s+minorit\w*"
    r"|non-binary|gender\s+identity|sexual\s+orientation|gender\s+diverse|two[- ]spirit",
    "dependent_adult_abuse": r"dependent\s+adult|elder\s+(?:abuse|mistreatment|neglect)"
    r"|adult\s+protective|vulnerable\s+adults?",
    "health_equity": r"health\s+equity|health\s+disparit\w*|social\s+determinants"
    r"|health\s+inequit\w*",
    "anti_oppressive_practice": r"anti-?oppress\w*|anti-?racis\w*|systemic\s+racism"
    r"|systemic\s+oppression|white\s+supremacy",
    "worker_safety": r"worker\s+safety|workplace\s+(?:safety|violence)|safety\s+awareness"
    r"|home\s+visit\s+safety|field\s+safety",
    "serious_mental_illness": r"serious\s+mental|\bsmi\b|psychosis|psychotic|schizophren\w*"
    r"|bipolar|first[- ]episode",
    "alaska_native_cultures": r"alaska\s+native",
    "dc_public_health_priorities": r"public\s+health\s+priorit\w*",
}
assert set(_TOPIC_WORDS) <= set(TOPICS), "topic words must use bot.topics keys"
_TOPIC_RES = {key: re.compile(rf"\b(?:{words})", re.I) for key, words in _TOPIC_WORDS.items()}

# "Webinar" alone does not say live or recorded, nor "online course" on-demand: format drives
# self-study caps, so such wording leaves the format unknown (asked), never guessed.
_FORMAT_WORDS: tuple[tuple[str, str], ...] = (
    (
        "online_async",
        r"on[- ]?demand|recorded|self[- ]?paced|pre-?recorded|recording|asynch?\w*|replay|podcast",
    ),
    (
        "self_study",
        r"self[- ]?study|home[- ]?study|(?<!in\sthe\s)book|reading|article|journal|correspondence"
        # "read 'The Body Keeps the Score' and took the test": a reading and its test.
        r"|read\b(?=[^.!?]{0,80}\b(?:took|passed|did|finished)\s+(?:the|its)\s+(?:post-?)?"
        r"(?:test|exam|quiz))",
    ),
    (
        "live_online",
        r"live\s+(?:online|webinar|virtual|stream)|zoom|livestream|live-?streamed|virtually"
        r"|virtual\s+(?:conference|workshop|training|seminar|summit|symposium)|(?<!a)synchronous"
        r"|real[- ]time|interactive\s+(?:webinar|online|virtual)",
    ),
    (
        "in_person",
        # Being there: a conference, an in-service, "went to", "was at". A workshop, seminar or
        # grand rounds alone may be online, so they say nothing.
        r"in[- ]?person|on[- ]?site|on\s+campus|face[- ]to[- ]face|conferences?\b|conf\b"
        r"|convention(?![\w-])"
        r"|annual\s+meeting|in-?service|retreat|went\s+to|was\s+at|were\s+at|sat\s+in\s+on"
        r"|back\s+from\s+(?:the|a|an)\b"
        # "the ASCH workshop in Chicago": a course said to be held in a town.
        r"|(?:workshop|training|seminar|intensive|institute|symposium)\s+in\s+"
        r"(?!(?:Spanish|English|French|Mandarin|Person)\b)(?-i:[A-Z][a-z]{2,})\b",
    ),
    ("live_online", r"\blive\b"),
)
assert {key for key, _ in _FORMAT_WORDS} <= set(FORMATS), "formats must use bot.topics keys"
_FORMAT_RES = tuple((key, re.compile(rf"\b(?:{words})", re.I)) for key, words in _FORMAT_WORDS)


def infer_topics(text: str) -> tuple[str, ...]:
    """Topic keys whose words appear in the text, in TOPICS order (a state's law by its name)."""
    # "not sure if this counts for my ethics requirement": the member's requirement, not the
    # course's subject.
    text = _REQUIREMENT_TALK.sub(" ", text)
    found = {key for key in TOPICS if key in _TOPIC_RES and _TOPIC_RES[key].search(text)}
    laws = itertools.chain(_STATE_LAW.finditer(text), _LAW_OF_STATE.finditer(text))
    for m in itertools.islice(laws, 4):
        code = _state_code(m["state"])
        if f"state_law_{code}" in TOPICS:
            found.add(f"state_law_{code}")
    return tuple(key for key in TOPICS if key in found)


_REQUIREMENT_TALK = re.compile(
    r"\b(?:my|our|the\s+state'?s?|the\s+board'?s?)\s+(?:[\w&/-]+\s+){0,3}?(?:requirements?|reqs?"
    r"|renewal|mandate)\b"
    # "does that count toward my ethics?": the member's requirement again.
    r"|\b(?:count|counts|counted|apply|applies)\s+(?:toward|towards|for|to)\s+(?:my|our|the)\s+"
    r"[\w&/-]+(?:\s+(?:hours?|hrs?|credits?|ces?|ceus?|req|reqs))?",
    re.I,
)
# "Ohio law & rules", "the NC law and ethics course", "Texas jurisprudence", "MA regs".
_STATE_LAW = re.compile(
    r"\b(?P<state>"
    + alternation(STATE_NAMES, fold_case=True)
    + r"|(?-i:[A-Z]{2}|NYS))(?:'s)?\s+(?:[\w&]+\s+){0,3}?(?:laws?|rules|regs|regulations|statutes"
    r"|jurisprudence|juris|jp)\b",
    re.I,
)

# "Law and Ethics for California MFTs", "jurisprudence for Texas LPCs": the law, then whose.
_LAW_OF_STATE = re.compile(
    r"\b(?:laws?|jurisprudence|juris|rules\s+and\s+regulations|statutes)\s+(?:[\w&]+\s+){0,3}?"
    r"(?:for|in|of)\s+(?:the\s+state\s+of\s+)?(?P<state>"
    + alternation(STATE_NAMES, fold_case=True)
    + r"|(?-i:[A-Z]{2}|NYS))\b",
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
    text = _CAMPUS_AT.sub("University of ", text)  # "University of Texas at Austin": no venue
    if (_AT_A_PLACE.search(text) or _ATTENDED.search(text)) and not _MAYBE_ONLINE.search(text):
        # "… at Seattle Children's", "at EMDR Consulting in Boulder", "attended grand rounds"
        return "in_person"
    return ""


_ATTENDED = re.compile(r"\battended\b", re.I)
_CAMPUS_AT = re.compile(r"\bUniversity\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+at\s+")


# A course said to be at a named place, the sentence's last words or before its town or day.
_AT_A_PLACE = re.compile(
    r"\bat\s+(?:the\s+)?[A-Z][\w'&.-]*(?:\s+(?:of\s+)?[A-Z][\w'&.-]*)*"
    r"(?:\s+(?:hospital|clinic|medical\s+center|health\s+system|university|college|library))?"
    r"(?=\s*(?:$|[,.;:)!—–]|\s+in\s+[A-Z]|\s+\d|\s+on\s+\d|\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\b|\s+(?:today|yesterday|tonight|this|last)\b))"
)
_MAYBE_ONLINE = re.compile(r"\b(?:webinar|online|virtual|zoom|recorded|web|stream)", re.I)
