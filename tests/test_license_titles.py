"""Onboarding reads a license as clinicians type it: each state's own titles, names, typos."""

from __future__ import annotations

import re

import pytest

from bot.license_titles import LicenseReading, read_license, read_state, untracked_license_note
from bot.us_states import STATE_CODES
from store.rulesets import RULESETS_DIR

RULE_SET_IDS = sorted(path.stem for path in RULESETS_DIR.glob("*.yaml"))
SHORT_TITLE = re.compile(r"\(([A-Z][A-Za-z.\-]*[A-Z.])\)")  # "(LISW-CP)", "(L.C.S.W.)", "(HSPP)"
TRACKS = "I track CE for clinical social workers, counselors, marriage and family therapists"


def _same_rules(rule_sets, one: str, other: str) -> bool:
    """True when two rule sets differ only in id, type and title (Nebraska's one license)."""
    apart = {"id", "license_type", "state_title"}
    return rule_sets[one].model_dump(exclude=apart) == rule_sets[other].model_dump(exclude=apart)


def test_the_walk_sees_every_rule_set():
    assert len(RULE_SET_IDS) == 204  # 50 states and DC, four license types each


@pytest.mark.parametrize("rule_set_id", RULE_SET_IDS)
def test_each_rule_sets_own_title_reads_back_to_it(rule_sets, rule_set_id):
    rules = rule_sets[rule_set_id]
    state, name = rules.jurisdiction, STATE_CODES[rules.jurisdiction]
    head = rules.state_title.split(" (")[0].split(" /")[0].split(";")[0]
    titles = [*SHORT_TITLE.findall(rules.state_title), head]
    for title in titles:
        for typed in (f"{title} in {name}", f"{title}, {state}", f"{state} {title}"):
            kind, read = read_license(typed).kind, read_license(typed).state
            assert read == state, typed
            assert kind is not None, typed
            if kind != rules.license_type:  # only where one license has several rule sets
                assert _same_rules(rule_sets, rule_set_id, f"{state}-{kind}"), typed


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # each state's own titles, with the state as clinicians write it
        ("LIMHP in Nebraska", ("LPC", "NE")),
        ("LMHP, NE", ("LPC", "NE")),
        ("LIMHP with CMFT certification, Nebraska", ("LMFT", "NE")),  # the certification says which
        ("lpcc kentucky", ("LPC", "KY")),
        ("I'm an LICSW in Mass.", ("LCSW", "MA")),
        ("LISW-CP, SC", ("LCSW", "SC")),
        ("LMSW-Clinical Michigan", ("LCSW", "MI")),
        ("LMSW - Clinical, MI", ("LCSW", "MI")),
        ("licensed master's social worker - clinical in michigan", ("LCSW", "MI")),
        ("NY LMHC", ("LPC", "NY")),
        ("LCSW-C maryland", ("LCSW", "MD")),
        ("L.C.S.W. in Tennessee", ("LCSW", "TN")),
        ("CSW-PIP, South Dakota", ("LCSW", "SD")),
        ("LSW in West Virginia", ("LCSW", "WV")),  # WV: same CE for LSW, LGSW, LCSW and LICSW
        ("CSW in Wisconsin", ("LCSW", "WI")),
        ("LP, MN", ("PSYCHOLOGIST", "MN")),
        ("LPCMH delaware", ("LPC", "DE")),
        ("LCMHC in New Hampshire", ("LPC", "NH")),
        ("CPC in Nevada", ("LPC", "NV")),
        ("Licensed Specialist Clinical Social Worker, Kansas", ("LCSW", "KS")),
        ("marriage & family therapist in Oregon", ("LMFT", "OR")),
        # abbreviations of states, with and without dots
        ("LICSW, Wash. D.C.", ("LCSW", "DC")),
        ("LICSW in Washington, D.C.", ("LCSW", "DC")),
        ("LICSW DC", ("LCSW", "DC")),
        ("LMHC in Washington", ("LPC", "WA")),
        ("LCMHC, N. Carolina", ("LPC", "NC")),
        ("psychologist in Penn", ("PSYCHOLOGIST", "PA")),
        ("LPC in W. Virginia", ("LPC", "WV")),
        ("LMFT, Calif.", ("LMFT", "CA")),
        ("counselor in il", ("LPC", "IL")),  # "in" is a word here, not Indiana
        # typos
        ("psychologist in pennsylvnia", ("PSYCHOLOGIST", "PA")),
        ("Californa LMFT", ("LMFT", "CA")),
        ("licsw in masachusetts", ("LCSW", "MA")),
        ("LPC north carolna", ("LPC", "NC")),
        ("lmft tennesee", ("LMFT", "TN")),
        # words that are not states
        ("ok, LCSW in Texas", ("LCSW", "TX")),
        ("OK, LCSW in Texas", ("LCSW", "TX")),
        ("hi, I'm an LPC in Oregon", ("LPC", "OR")),
        ("main LCSW", ("LCSW", None)),
        ("LCSW at the main clinic", ("LCSW", None)),
        ("LCSW in Main", ("LCSW", "ME")),  # the last word, capitalised after "in": clearly meant
        ("an Indian LCSW", ("LCSW", None)),
        ("I'm a MFT in Ohio", ("LMFT", "OH")),  # "a MFT" is no AMFT
        ("LPC IN TX", ("LPC", "TX")),
        ("I'm a therapist", (None, None)),
        ("Texas", (None, "TX")),
    ],
)
def test_phrasings_as_clinicians_type_them(typed, expected):
    reading = read_license(typed)
    assert (reading.kind, reading.state) == expected
    assert reading.note is None


@pytest.mark.parametrize(
    ("typed", "title", "state"),
    [
        ("LMSW in Michigan", "an LMSW's", "MI"),
        ("I'm an LCADC in New Jersey", "an LCADC's", "NJ"),
        ("LADC, Vermont", "an LADC's", "VT"),
        ("LBSW", "an LBSW's", None),
        ("addiction counselor in Ohio", "an addiction counselor's", "OH"),
        ("school counselor, Texas", "a school counselor's", "TX"),
        ("AMFT in California", "an AMFT's", "CA"),
    ],
)
def test_a_title_we_do_not_track_is_explained(typed, title, state):
    reading = read_license(typed)
    assert reading.kind is None and reading.state == state
    assert reading.note is not None and reading.note.startswith(TRACKS)
    assert f"{title} CE rules aren't in my records yet" in reading.note
    assert "you can still log courses" in reading.note
    assert untracked_license_note(typed) == reading.note


def test_a_title_tracked_only_in_some_states_asks_for_the_state():
    note = untracked_license_note("LSW")
    assert note and "I do have them in West Virginia: tell me your state" in note
    assert read_license("LSW in Ohio").kind is None  # Ohio's LSW has CE rules of its own


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("LCSW in Maryland", "the rules I have are for the clinical license, the LCSW-C"),
        ("LCSW, Massachusetts", "the rules I have are for the LICSW"),
        ("LP in New York", "In New York an LP is a licensed psychoanalyst."),
    ],
)
def test_a_title_that_means_another_license_in_that_state_is_explained(typed, says):
    reading = read_license(typed)
    assert reading.kind is None and reading.note and says in reading.note
    assert "you can still log courses" in reading.note


def test_a_tracked_title_wins_over_one_we_do_not_track():
    assert read_license("LMSW and LCSW in Texas") == LicenseReading("LCSW", "TX")


def test_states_alone_by_name_code_abbreviation_and_typo():
    assert [read_state(t) for t in ("new york", "NY", "Mass.", "Californa", "kentuky")] == [
        "NY",
        "NY",
        "MA",
        "CA",
        "KY",
    ]
    assert [read_state(t) for t in ("main", "ok", "indian", "hello", "washing")] == [None] * 5


@pytest.mark.parametrize(
    "unit", ["LCSW in Texas ", "a", "new ", "N. ", "l.c.s.w. ", "pennsylvnia ", "LMSW - "]
)
def test_a_40000_character_message_is_read(unit):
    text = (unit * (40_000 // len(unit) + 1))[:40_000]
    assert isinstance(read_license(text), LicenseReading)


def test_a_long_message_is_read_from_its_start():
    assert read_license("LPC in Ohio. " + "so " * 13_000) == LicenseReading("LPC", "OH")


@pytest.mark.parametrize(
    ("typed", "facts"),
    [
        ("LIMHP in Nebraska", {"ne_limhp": True}),
        ("lmhp, NE", {"ne_limhp": False}),
        ("LMHP, now LIMHP, Nebraska", {"ne_limhp": True}),
        ("LPC in Nebraska", {}),
        ("LCSW in California", {}),
    ],
)
def test_a_title_answers_the_conditions_it_settles(typed, facts):
    assert read_license(typed).facts == facts
