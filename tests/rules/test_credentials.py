"""Hand-worked scenarios for the credentials beside a license (store/rulesets/credentials/).

Every expected number is worked out from the research text in
shared/research/credentials_beyond_state.yaml (as copied into each rule set) and the engine's
contract (cycle = day after the previous renewal .. renewal day; caps, topic rows, status
thresholds), never from running the engine. Status: hours per month needed = remaining /
max(days_left / 30.4, 1); at_risk when days_left <= 90 or that figure > 1.5 x (total / cycle
months).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from rules.scenario import course_maker
from rules.scenario import license_facts as _lic
from rules.scenario import row as _row
from rules.scenario import totals as _totals

from bot.rules import CompletionFacts, RuleSetError, compute_progress, load_rule_sets
from bot.rules.credentials import read_credential
from bot.rules.notes import license_label
from store.rulesets import RULESETS_DIR

_done = course_maker("")


@pytest.fixture(scope="module")
def sets():
    return load_rule_sets(RULESETS_DIR, with_credentials=True)


def test_credentials_load_beside_the_204_state_rule_sets(sets):
    assert sum(r.kind == "license" for r in sets.values()) == 204  # every state and DC x 4
    credentials = sorted(k for k, r in sets.items() if r.kind == "credential")
    assert credentials == [
        "AAMFT-SUPERVISOR",
        "ABPP-MOC",
        "COUNSELING-COMPACT",
        "NBCC-NCC",
        "PSYPACT-EPASSPORT",
        "PSYPACT-IPC",
    ]
    assert len(sets) == 210
    assert all(sets[k].jurisdiction == "US" and sets[k].sources for k in credentials)


# --- NBCC NCC: 100 h per 5 years; CCMHC holders: 50 of them in the clinical content areas;
# no cap on home study/online. Renewal Mar 31, 2029 -> cycle Apr 1, 2024 .. Mar 31, 2029.
NCC_RENEWAL = date(2029, 3, 31)


def test_ncc_100_hours_any_format_complete(sets):
    # 60 in person + 40 on demand = 100 = total; no home-study cap; not a CCMHC holder.
    done = [_done(1, 60, date(2025, 5, 1)), _done(2, 40, date(2027, 2, 1), "online_async")]
    lic = _lic("LPC", "US", NCC_RENEWAL, {"ccmhc": False})
    p = compute_progress(sets["NBCC-NCC"], lic, done, date(2028, 6, 1))
    assert _totals(p) == (100, 100, 0)
    assert _row(p, "ccmhc_clinical_content").applies is False
    assert p.complete is True and p.status == "complete"


def test_ncc_ccmhc_holder_short_of_the_50_clinical_hours(sets):
    # 70 general + 30 clinical = 100 total met; the CCMHC rule wants 50 clinical: 20 short.
    # Jun 1, 2028 .. Mar 31, 2029 = 303 days; 20 / (303 / 30.4 = 9.97) = 2.01 h a month,
    # under 1.5 x (100 / 60 = 1.67) = 2.5 and more than 90 days left -> on track.
    done = [
        _done(1, 70, date(2025, 5, 1)),
        _done(2, 30, date(2027, 2, 1), "live_online", ["clinical_practice"]),
    ]
    lic = _lic("LPC", "US", NCC_RENEWAL, {"ccmhc": True})
    p = compute_progress(sets["NBCC-NCC"], lic, done, date(2028, 6, 1))
    clinical = _row(p, "ccmhc_clinical_content")
    assert (clinical.required, clinical.earned, clinical.remaining) == (50, 30, 20)
    assert p.total_remaining == 0
    assert p.complete is False and p.status == "on_track"


def test_ncc_course_before_the_cycle_does_not_count(sets):
    # Mar 15, 2024 is before Apr 1, 2024: only the 20 h of Jun 2024 count -> 80 remain.
    done = [_done(1, 10, date(2024, 3, 15)), _done(2, 20, date(2024, 6, 1))]
    lic = _lic("LPC", "US", NCC_RENEWAL, {"ccmhc": False})
    p = compute_progress(sets["NBCC-NCC"], lic, done, date(2025, 1, 1))
    assert _totals(p) == (100, 20, 80)


# --- PSYPACT E.Passport/APIT: 3 h of technology CE each 12-month cycle.
# Renewal Mar 31, 2027 -> cycle Apr 1, 2026 .. Mar 31, 2027.
EPASSPORT_RENEWAL = date(2027, 3, 31)


def test_epassport_three_hours_of_technology_from_a_course_made_for_california(sets):
    # A telehealth course made for California still counts: the E.Passport has no state.
    course = CompletionFacts(
        1, "Telepsychology", 3, date(2026, 6, 1), "live_online", ("telehealth",), "APA", ("CA",)
    )
    lic = _lic("PSYCHOLOGIST", "US", EPASSPORT_RENEWAL)
    p = compute_progress(sets["PSYPACT-EPASSPORT"], lic, [course], date(2026, 12, 1))
    assert _totals(p) == (3, 3, 0)
    assert _row(p, "technology_in_psychology").met is True
    assert p.complete is True


def test_epassport_other_hours_do_not_replace_technology_hours(sets):
    # 2 technology + 5 ethics = 7 >= 3 total, but technology 2 of 3: 1 short.
    done = [
        _done(1, 2, date(2026, 6, 1), "live_online", ["telehealth"]),
        _done(2, 5, date(2026, 7, 1), "live_online", ["ethics"]),
    ]
    lic = _lic("PSYCHOLOGIST", "US", EPASSPORT_RENEWAL)
    p = compute_progress(sets["PSYPACT-EPASSPORT"], lic, done, date(2026, 12, 1))
    assert p.total_remaining == 0
    assert _row(p, "technology_in_psychology").remaining == 1
    assert p.complete is False


# --- PSYPACT IPC/TAP and ABPP MOC: no CE hours in the research -> unknown, never complete.
@pytest.mark.parametrize("rule_set_id", ["PSYPACT-IPC", "ABPP-MOC"])
def test_credentials_with_unknown_hours_never_claim_complete(sets, rule_set_id):
    lic = _lic("PSYCHOLOGIST", "US", date(2027, 3, 31))
    p = compute_progress(sets[rule_set_id], lic, [_done(1, 5, date(2026, 6, 1))], date(2026, 12, 1))
    assert p.total_required is None and p.total_remaining is None
    assert p.total_counted == 5  # what was logged is still shown
    assert p.complete is None and p.status == "unknown"
    assert p.unknown_reasons


# --- AAMFT Approved Supervisor: the 6-hour AAMFT Refresher Course each 5-year term; AAMFT
# is the only provider. Renewal Jun 30, 2029 -> term Jul 1, 2024 .. Jun 30, 2029.
def test_aamft_refresher_from_aamft_completes_the_term(sets):
    done = [_done(1, 6, date(2028, 9, 1), "live_online", ["supervision"], "AAMFT")]
    lic = _lic("LMFT", "US", date(2029, 6, 30))
    p = compute_progress(sets["AAMFT-SUPERVISOR"], lic, done, date(2028, 10, 1))
    assert _totals(p) == (6, 6, 0)
    assert p.complete is True


def test_aamft_refresher_from_another_provider_does_not_count(sets):
    # APA is not AAMFT, and the list is closed: 0 of 6 -> 6 remain.
    done = [_done(1, 6, date(2028, 9, 1), "live_online", ["supervision"], "APA")]
    lic = _lic("LMFT", "US", date(2029, 6, 30))
    p = compute_progress(sets["AAMFT-SUPERVISOR"], lic, done, date(2028, 10, 1))
    assert _totals(p) == (6, 0, 6)
    assert _row(p, "aamft_refresher_course").remaining == 6
    assert p.complete is False


# --- Counseling Compact privilege: no CE of its own (the home license's applies), plus the
# remote state's jurisprudence requirement, unknown to us for every state.
def test_compact_privilege_adds_no_hours_and_never_claims_complete(sets):
    rules = sets["COUNSELING-COMPACT"]
    lic = _lic("LPC", "MN", date(2027, 6, 30))
    p = compute_progress(rules, lic, [_done(1, 10, date(2026, 6, 1))], date(2026, 12, 1))
    assert p.total_required == 0
    jurisprudence = _row(p, "remote_state_jurisprudence")
    assert jurisprudence.applies is None  # how often it is due is unknown
    assert p.complete is None and p.status == "unknown"
    assert p.license_label == "Counseling Compact privilege (MN)"
    assert license_label(rules) == "Counseling Compact privilege"
    assert any("home license" in w for w in rules.warnings)


def test_credentials_by_the_words_clinicians_use():
    assert read_credential("I'm also an NCC") == ("NBCC-NCC", None)
    assert read_credential("I have a PSYPACT E.Passport") == ("PSYPACT-EPASSPORT", None)
    assert read_credential("PSYPACT IPC") == ("PSYPACT-IPC", None)
    assert read_credential("counseling compact privilege") == ("COUNSELING-COMPACT", None)
    assert read_credential("PSYPACT") == (None, None)  # two authorizations: asked
    rule_set_id, said = read_credential("social work compact")
    assert rule_set_id is None and "not yet issuing" in said


def _write(folder: Path, raw: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{raw['id']}.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")


def test_a_credential_must_name_itself_and_sit_in_its_folder(tmp_path):
    raw = yaml.safe_load((RULESETS_DIR / "credentials" / "NBCC-NCC.yaml").read_text())
    _write(tmp_path / "credentials", {**raw, "credential": None})
    with pytest.raises(RuleSetError, match="credential: required"):
        load_rule_sets(tmp_path, with_credentials=True)
    _write(tmp_path / "credentials", {**raw, "jurisdiction": "TX"})
    with pytest.raises(RuleSetError, match="jurisdiction"):
        load_rule_sets(tmp_path, with_credentials=True)
    (tmp_path / "credentials" / "NBCC-NCC.yaml").unlink()
    _write(tmp_path, raw)  # a credential among the state rule sets
    with pytest.raises(RuleSetError, match="kind: 'credential' in the license folder"):
        load_rule_sets(tmp_path)
