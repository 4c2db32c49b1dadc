"""Rebuild store/seed/courses.yaml from the course research (run by hand when it changes).

    python -m store.seed.convert_research FREE MORE
    (FREE, MORE: free_courses.yaml and courses_more.yaml from the shared research folder)

Research tags become the shared topic keys; "free" becomes cost 0 (the wording kept in
cost_note); a price given as one exact amount becomes that number, anything else (ranges,
"plus a CE fee", packages) stays unknown with the wording kept. Unknown hours, price or
approval stay unknown. Dated or past events, retired pages, entries with no delivery format
and listings whose only credit is nursing or medical are left out of the catalog (they must
not be suggested as counting for a therapist's board); each is listed under `left_out` with
the reason, for the next reader of the research.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

from store.catalog.records import CourseRecord
from store.vocabulary import TOPICS

OUT = Path(__file__).resolve().parent / "courses.yaml"

TAGS = {
    "law_and_ethics": "ethics",
    "laws_and_ethics": "ethics",
    "regulatory": "ethics",
    "risk_management": "documentation",
    "assessment": "assessment_diagnosis",
    "screening": "assessment_diagnosis",
    "suicide_risk_screening": "suicide_prevention",
    "lethal_means_counseling": "suicide_prevention",
    "safety_planning": "suicide_prevention",
    "gatekeeper": "suicide_prevention",
    "cultural_competence": "cultural_competency",
    "diversity": "cultural_competency",
    "CLAS": "cultural_competency",
    "lgbtq": "cultural_competency",
    "veterans": "military_veterans",
    "military": "military_veterans",
    "military_culture": "military_veterans",
    "PTSD": "trauma",
    "trauma_informed": "trauma",
    "trauma_informed_care": "trauma",
    "acute_stress": "trauma",
    "ACEs": "trauma",
    "toxic_stress": "trauma",
    "victim_centered": "trauma",
    "mandated_reporter": "child_abuse_reporting",
    "new_york_mandatory": "child_abuse_reporting",
    "aging": "aging_older_adults",
    "dementia": "alzheimers_dementia",
    "grief": "grief_loss",
    "psychopharmacology": "pharmacology",
    "couples": "marriage_family_therapy",
    "family_therapy": "marriage_family_therapy",
    "emotionally_focused_therapy": "marriage_family_therapy",
    "clinician_self_care": "self_care",
    "self_compassion": "self_care",
    "co_occurring_disorders": "substance_use",
    "co_occurring": "substance_use",
    "substance_use_disorders": "substance_use",
    "psychosis": "serious_mental_illness",
    "depression": "clinical_practice",
    "eating_disorders": "clinical_practice",
    "hoarding": "clinical_practice",
    "perinatal_mental_health": "clinical_practice",
    "disaster_mental_health": "crisis_management",
    "psychological_first_aid": "crisis_management",
    **{
        name: "evidence_based_treatment"
        for name in (
            "cbt",
            "dbt",
            "act",
            "emdr",
            "cpt",
            "CPT",
            "prolonged_exposure",
            "tf_cbt",
            "TF-CBT",
            "motivational_interviewing",
            "mindfulness",
            "brief_therapy",
            "evidence_based_practices",
            "clinical_practice_guideline",
            "collaborative_care",
            "group_therapy",
        )
    },
}
FORMATS = {
    "online self-paced": "online_async",
    "live webinar": "live_online",
    "in person": "in_person",
}
# Courses meant for one state whose research entry names no jurisdiction.
JURISDICTIONS = {
    "ny-ocfs-mandated-reporter": ["NY"],
    "ny-child-abuse-providers": ["NY"],
    "tx-hhsc-heart": ["TX"],
    "txhealthsteps-aces": ["TX"],
    "aces-aware-ca": ["CA"],
    "sdpa-ca-cpd": ["CA"],
}
PAST = "a dated or past event, or a page that has expired or closed"
MEDICAL = "its only credit is nursing or medical (CME/CNE), not a therapist board's CE"
LEFT_OUT = {
    "phcoe-ptsd-cpg-overview": PAST,
    "cdc-epic-pfa": PAST,
    "sdpa-ca-cpd": PAST,
    "pef-ny-professional-boundaries-ethics": PAST,
    "mcasa-htcc-human-trafficking-mh-series": PAST,
    "trf-pesi-traumatic-stress-studies-certificate": PAST,
    "cbi-act-for-therapists-live-2025": PAST,
    "cha-mbct-teacher-training-intensive": PAST,
    "adaa-prolonged-grief-webinar-shear": PAST,
    "attc-co-occurring-epl-15h": PAST,
    "cbi-dbt-4day-intensive-2023": PAST,
    "alignedbh-dbt-part1-how-dbt-thinks": PAST,
    "cbi-mindfulness-based-psychotherapy-2023": PAST,
    "upmc-grief-continuum-hospice": PAST,
    "centralizedtraining-cpt-virtual-june-2025": PAST,
    "practiceground-dbt-session-rating-bootcamp": PAST,
    "smicaladviser-treatment-adherence-smi": PAST,
    "harvard-lgbtq-health-definitions": PAST,
    "uwcne-hoarding-disorder-geriatric": PAST,
    "pcss-sud101": MEDICAL,
    "nursingcecentral-mi-implicit-bias-2h": MEDICAL,
    "relias-pa-child-abuse-3h": MEDICAL,
    "aetc-national-hiv-curriculum": MEDICAL,
    "acog-perinatal-mh-emodule": MEDICAL,
    "aaaceus-depression-older-adults-2025": MEDICAL,
    "aaaceus-depression-veteran-population": MEDICAL,
    "clinicaltools-sbirt-core": MEDICAL,
    "columbia-prepared-eating-disorders": MEDICAL,
    "protrainings-mental-health-aging": MEDICAL,
    "pedagogy-mi-implicit-bias-2h": MEDICAL,
    "ce4less-pa-child-abuse-2h": MEDICAL,
    "relias-law-ethics-standards-care-bh": MEDICAL,
    "pdr-nutrition-eating-disorders": MEDICAL,
    "cssrs-training": "a certificate, not a CE course (per the research)",
}
EXACT_PRICE = re.compile(r"^\$(\d+(?:\.\d+)?)$")


def convert(entry: dict[str, Any]) -> dict[str, Any]:
    """One research entry as a seed course (raises on anything the catalog would refuse)."""
    tags = entry.get("topic_tags") or []
    states = [s.upper() for s in entry.get("jurisdictions") or JURISDICTIONS.get(entry["id"], [])]
    states += [t[-2:].upper() for t in tags if t.lower().startswith("state_law_")]
    topics = [TAGS.get(t, t.lower()) for t in tags]
    topics = [t for t in dict.fromkeys(topics) if t in TOPICS]
    cost_text = str(entry.get("cost") or "").strip()
    cost: float | None = None
    price = EXACT_PRICE.match(cost_text)
    if cost_text.lower().startswith("free") and "$" not in cost_text:
        cost = 0.0
    elif price:
        cost = float(price.group(1))
    hours = entry.get("ce_hours")
    course = {
        "slug": entry["id"],
        "title": entry["title"],
        "provider": entry.get("provider") or "Provider not identified (see sources)",
        "hours": float(hours) if isinstance(hours, int | float) else None,
        "cost_usd": cost,
        "cost_note": cost_text[:300],
        "format": FORMATS[entry["format"]],
        "approval_bodies": list(entry.get("approval_bodies") or []),
        "topics": topics,
        "jurisdictions": sorted(set(states)),
        "url": entry.get("url") or "",
        "status": _status(entry)[:300],
        "sources": list(entry.get("source") or []),
        "confidence": entry["confidence"],
    }
    CourseRecord.model_validate(course)
    return course


def _status(entry: dict[str, Any]) -> str:
    meets = f"; meets (per provider): {entry['meets']}" if entry.get("meets") else ""
    return f"{entry.get('status') or 'status unknown'}{meets}"


def main(paths: list[str]) -> None:
    # Entries already in the seed keep their hand-checked conversion (cost and hour notes).
    kept = {c["slug"]: c for c in yaml.safe_load(OUT.read_text(encoding="utf-8"))["courses"]}
    courses, left_out = [], []
    for path in paths:
        for entry in yaml.safe_load(Path(path).read_text(encoding="utf-8"))["courses"]:
            reason = LEFT_OUT.get(entry["id"]) or ("" if entry.get("format") else "no format")
            if reason:
                left_out.append({"slug": entry["id"], "title": entry["title"], "reason": reason})
            elif entry["id"] in kept and not kept[entry["id"]].get("sample"):
                states = convert({**entry, "format": "online self-paced"})
                courses.append({**kept[entry["id"]], "jurisdictions": states["jurisdictions"]})
            else:
                courses.append(convert(entry))
    header = (__doc__ or "").strip().splitlines()
    text = "".join(f"# {line}".rstrip() + "\n" for line in header)
    document = {"courses": courses, "left_out": left_out}
    OUT.write_text(text + yaml.safe_dump(document, sort_keys=False, width=100), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
