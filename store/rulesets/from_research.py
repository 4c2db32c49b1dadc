"""Write each rule set's `clock:` and `pending_changes:` from the research (run by hand).

    python -m store.rulesets.from_research [RESEARCH_FOLDER]   (default ../shared/research)

Clocks (bot/rules/clock.py): the research gives each record's `renewal_date_basis` and, in `renewal_date_notes`, the words
a clock is read from ("Biennium ends March 31 of odd-numbered years"); the readings are the
table below, one row per rule set, made by hand from those notes (shared/research/
ce_requirements.yaml and ce_requirements_more.yaml). Where a license renews on a different
day or more often than its CE period ends, the clock is the CE period's end (the deadline
hours count toward) and `note` says what the license does. Not `confirmed`: the date rests
on a CE provider's summary, an older copy or an inference. Every rule set not listed keeps
the default, `unknown` (onboarding asks the date and says the board's clock is unknown).
Pending or recent changes (`pending_or_recent_changes` in the research) are copied word for
word into `pending_changes` (status tells the member "a change is pending or recent — check
your board"), and the copies an earlier conversion kept among `warnings` are taken out there.
`board_site` is the first research source on the board's or state agency's own site, shown
where the bot tells a member to check with the board (null where the research has none).
Re-running replaces those blocks and changes nothing else in the files.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

HERE = Path(__file__).resolve().parent


def fixed(month: int, day: int, years: str | int | None = None, **more: Any) -> dict[str, Any]:
    """A fixed date; `years` "odd"/"even", a 3-year anchor year, or None (yearly, or asked)."""
    clock: dict[str, Any] = {"basis": "fixed_date", "month": month, "day": day}
    if isinstance(years, str):
        clock["parity"] = years
    elif isinstance(years, int):
        clock["anchor_year"] = years
    return {**clock, **more}


def birth_month(years: str | None = None, **more: Any) -> dict[str, Any]:
    return {"basis": "birth_month", **({"parity": years} if years else {}), **more}


BIRTHDAY = {"basis": "birthday"}
ANNIVERSARY = {"basis": "anniversary"}
SOFT: dict[str, Any] = {"confirmed": False}
ODD, EVEN = "odd", "even"

CLOCKS: dict[str, dict[str, Any]] = {
    # ce_requirements.yaml (15 states)
    **dict.fromkeys(["CA-LCSW", "CA-LPC", "CA-LMFT", "CA-PSYCHOLOGIST"], ANNIVERSARY),
    "TX-LCSW": birth_month(**SOFT),  # older rule 781.508, "presumed still in effect"
    "TX-PSYCHOLOGIST": birth_month(**SOFT),  # CE provider page
    **dict.fromkeys(["NY-LCSW", "NY-LPC", "NY-LMFT", "NY-PSYCHOLOGIST"], ANNIVERSARY),
    **dict.fromkeys(["FL-LCSW", "FL-LPC", "FL-LMFT"], fixed(3, 31, ODD)),
    "FL-PSYCHOLOGIST": fixed(5, 31, EVEN, **SOFT),  # CE provider summary
    "IL-LCSW": fixed(11, 30, ODD),  # 68 IAC 1470.95(a)(3)
    "IL-LPC": fixed(3, 31, ODD, **SOFT),  # older rule text and CE trackers
    "IL-LMFT": fixed(2, 28, ODD),  # 68 IAC 1283.110
    "IL-PSYCHOLOGIST": fixed(9, 30, EVEN),  # 68 IAC 1400.20
    **dict.fromkeys(["PA-LCSW", "PA-LPC", "PA-LMFT"], fixed(2, 28, ODD)),
    "PA-PSYCHOLOGIST": fixed(11, 30, ODD),
    **dict.fromkeys(["OH-LCSW", "OH-LPC", "OH-LMFT"], ANNIVERSARY),
    "OH-PSYCHOLOGIST": fixed(8, 31, EVEN),  # ORC 4732.141
    **dict.fromkeys(["WA-LCSW", "WA-LPC", "WA-LMFT"], BIRTHDAY),
    "MA-LCSW": BIRTHDAY,
    **dict.fromkeys(["MA-LPC", "MA-LMFT"], fixed(12, 31, ODD)),
    "MA-PSYCHOLOGIST": fixed(6, 30, EVEN),
    "NC-LCSW": ANNIVERSARY,
    "NC-LPC": fixed(6, 30),  # 21 NCAC 53 .0604; year parity not retrieved: asked
    "NC-LMFT": fixed(6, 30),  # yearly, expired July 1 if not renewed by June 30
    "NC-PSYCHOLOGIST": fixed(10, 1, EVEN),  # G.S. 90-270.14
    **dict.fromkeys(["GA-LCSW", "GA-LPC", "GA-LMFT"], fixed(9, 30, EVEN)),
    "GA-PSYCHOLOGIST": fixed(12, 31, EVEN),
    "NJ-LCSW": fixed(8, 31, EVEN, **SOFT),  # CE provider page, 2024
    **dict.fromkeys(["CO-LCSW", "CO-LPC", "CO-LMFT", "CO-PSYCHOLOGIST"], fixed(8, 31, ODD, **SOFT)),
    **dict.fromkeys(["AZ-LCSW", "AZ-LPC", "AZ-LMFT"], ANNIVERSARY),
    "MI-LCSW": ANNIVERSARY,
    "MI-PSYCHOLOGIST": ANNIVERSARY,
    # ce_requirements_more.yaml (35 states and DC)
    "AL-LCSW": ANNIVERSARY,
    "AL-LPC": fixed(7, 31),  # 255-X-7-.01; odd years only per one blog: asked
    "AL-PSYCHOLOGIST": fixed(
        9,
        30,
        **SOFT,
        note="The license itself renews each October 15; CE is counted to September 30.",
    ),
    "AK-PSYCHOLOGIST": fixed(6, 30, ODD, **SOFT),
    "AR-LCSW": ANNIVERSARY,
    "AR-PSYCHOLOGIST": fixed(6, 30),  # yearly, licenses active July 1 - June 30
    "CT-LPC": birth_month(),  # Regs. 20-195cc-1(8): last day of the birth month, yearly
    "DE-LCSW": fixed(1, 31, ODD, **SOFT),
    **dict.fromkeys(["DE-LPC", "DE-LMFT"], fixed(9, 30, EVEN)),  # 3000-12.1
    "DE-PSYCHOLOGIST": fixed(7, 31, ODD),  # 3500-10.1.1
    "DC-LCSW": fixed(7, 31, ODD, **SOFT),  # board policy quoted by a CE provider
    "DC-LPC": fixed(12, 31, EVEN),  # 17 DCMR 6601.1 (2015 copy)
    "DC-LMFT": fixed(12, 31, **SOFT),  # year parity not retrieved: asked
    "DC-PSYCHOLOGIST": fixed(12, 31, ODD, **SOFT),
    "HI-LCSW": fixed(6, 30, 2025, **SOFT),  # "next 2025" (CE provider); 2019-2022 (NASW-HI)
    "HI-LPC": fixed(6, 30, 2026, **SOFT),  # one licensing-guide site: 2023 cycle start
    "HI-LMFT": fixed(12, 31, 2019),  # DCCA text: first triennium ended 12/31/2019
    "HI-PSYCHOLOGIST": fixed(6, 30, EVEN, **SOFT),
    "ID-LCSW": BIRTHDAY,
    **dict.fromkeys(["IN-LCSW", "IN-LPC", "IN-LMFT"], fixed(3, 31, EVEN)),
    "IN-PSYCHOLOGIST": fixed(8, 31, EVEN),
    "IA-LCSW": fixed(12, 31, EVEN),  # 481-895.7(1)
    **dict.fromkeys(["IA-LPC", "IA-LMFT"], fixed(9, 30, EVEN)),
    "IA-PSYCHOLOGIST": fixed(6, 30, EVEN),
    "KS-LCSW": ANNIVERSARY,  # K.S.A. 65-6313(a)
    "KY-LCSW": ANNIVERSARY,
    "KY-LPC": fixed(10, 31, **SOFT),  # yearly (pdresources 2017)
    "KY-PSYCHOLOGIST": ANNIVERSARY,
    "LA-LCSW": fixed(
        6, 30, note="CE is counted over the fiscal year, July 1 to June 30 (LAC 46:XXV.317.F)."
    ),
    "LA-LPC": fixed(6, 30),  # LAC 46:LX.707.A.4; which years not stated: asked
    "LA-LMFT": fixed(12, 31, **SOFT),  # which years not stated: asked
    "LA-PSYCHOLOGIST": fixed(
        6,
        30,
        **SOFT,
        note="The license itself renews every year (July 31); CE is reported every other year, "
        "by license number (odd numbers in odd years).",
    ),
    "ME-LCSW": ANNIVERSARY,
    **dict.fromkeys(["ME-LPC", "ME-LMFT"], fixed(12, 31)),  # 32 M.R.S. 13860(1); asked
    "ME-PSYCHOLOGIST": fixed(
        4,
        30,
        EVEN,
        note="The license itself renews every April 30; CE is attested at even-year renewals.",
    ),
    "MD-LCSW": fixed(10, 31),  # COMAR 10.42.06.03B; which year not retrieved: asked
    "MD-PSYCHOLOGIST": fixed(
        3, 31, **SOFT, note="The year goes by license number: odd digits odd years, even even."
    ),
    "MN-LCSW": birth_month(),  # 148E.070: last day of the birth month, second year
    "MN-LMFT": fixed(
        12, 31, ODD, note="The license itself renews every year; CE is reported in odd years."
    ),
    "MS-LCSW": fixed(4, 30, **SOFT),
    "MS-LPC": fixed(6, 30),  # 2201-6.1B / 6.2A; which years not stated: asked
    "MS-PSYCHOLOGIST": fixed(6, 30, ODD),  # 3201-12.5A
    "MO-LPC": fixed(6, 30),  # 20 CSR 2095-1.064(3); asked
    "MO-LMFT": fixed(2, 28, EVEN, **SOFT),  # older CE-provider blog
    "MO-PSYCHOLOGIST": fixed(
        11,
        30,
        ODD,
        **SOFT,
        note="The license itself renews January 31 of the even year; CE is counted to "
        "November 30 of the odd year before it.",
    ),
    **dict.fromkeys(["NE-LCSW", "NE-LPC", "NE-LMFT"], fixed(9, 1, EVEN)),  # DHHS answer
    "NV-LCSW": BIRTHDAY,
    "NV-PSYCHOLOGIST": fixed(1, 1, ODD),  # NRS 641.220
    **dict.fromkeys(["NH-LCSW", "NH-LPC", "NH-LMFT"], ANNIVERSARY),  # Mhp 401.01
    "NM-LCSW": fixed(6, 30),  # renewal year follows initial licensure: asked
    **dict.fromkeys(["NM-LPC", "NM-LMFT"], fixed(9, 30)),  # 16.27.3.13 NMAC; asked
    "ND-LCSW": fixed(12, 31, ODD),  # one licensing period for all licenses
    "ND-LMFT": fixed(12, 31, ODD),  # 111-02-01-06: attest in each odd year
    "ND-PSYCHOLOGIST": fixed(
        10,
        31,
        **SOFT,
        note="The license itself renews every January 1; your 2-year CE cycle runs from "
        "November 1 of the year you were licensed.",
    ),
    "OK-LCSW": fixed(12, 31, **SOFT),  # yearly (CE providers)
    "OK-LPC": fixed(6, 30, **SOFT),  # yearly, July 1 - June 30 (not in a renewal rule)
    "OK-PSYCHOLOGIST": fixed(12, 31),  # 575:10-1-8(b): the calendar year
    "OR-LCSW": birth_month(),  # board: 2-year licenses, which year is the licensee's
    **dict.fromkeys(
        ["OR-LPC", "OR-LMFT"],
        birth_month(
            EVEN, note="The license itself renews every year; CE is reported at even-year renewals."
        ),
    ),
    "RI-LCSW": fixed(5, 1, ODD, **SOFT),
    "RI-PSYCHOLOGIST": fixed(6, 30, EVEN, **SOFT),  # 2012 regulations quoted by RIPA
    "SC-LCSW": fixed(12, 31, EVEN, **SOFT),
    "SC-PSYCHOLOGIST": fixed(11, 30, ODD, **SOFT),
    "SD-PSYCHOLOGIST": fixed(6, 30),  # ARSD 20:60:10:03: yearly from July 1
    **dict.fromkeys(
        ["TN-LCSW", "TN-LPC"],
        fixed(
            12,
            31,
            note="CE counts over the two calendar years before your renewal year; the license "
            "itself renews later, in the renewal year.",
        ),
    ),
    "TN-PSYCHOLOGIST": fixed(
        12,
        31,
        note="CE counts over the two calendar years before your renewal year; the license "
        "itself renews on your birthday in the renewal year.",
    ),
    **dict.fromkeys(
        ["UT-LCSW", "UT-LPC", "UT-LMFT", "UT-PSYCHOLOGIST"], fixed(9, 30, EVEN, **SOFT)
    ),
    "VT-LMFT": fixed(11, 30, EVEN, **SOFT),
    "VT-PSYCHOLOGIST": fixed(
        12,
        31,
        ODD,
        **SOFT,
        note="The license itself renews January 31 of the even year; CE is due December 31 "
        "of the odd year before it.",
    ),
    "VA-LCSW": fixed(
        6,
        30,
        EVEN,
        **SOFT,
        note="The license itself renews every year; CE is due at even-year renewals.",
    ),
    **dict.fromkeys(["VA-LPC", "VA-LMFT", "VA-PSYCHOLOGIST"], fixed(6, 30)),  # yearly
    "WV-LCSW": ANNIVERSARY,
    "WV-LPC": fixed(
        6,
        30,
        ODD,
        note="The license itself renews every June 30; CE is reported for the two years "
        "ending at odd-year renewals.",
    ),
    "WV-PSYCHOLOGIST": ANNIVERSARY,  # 17-3-20.1: two years after granting
    "WI-LCSW": fixed(2, 28, ODD, **SOFT),
    "WI-PSYCHOLOGIST": fixed(9, 30, ODD),  # Psy 4.01
    **dict.fromkeys(["WY-LCSW", "WY-LPC", "WY-LMFT"], BIRTHDAY),
}


PENDING_PREFIX = "Pending or recent change: "
# Hosts on a state's domain that publish laws and rules, not a board's own pages.
NOT_A_BOARD = (
    "leg",
    "senate",
    "house",
    "capitol",
    "gencourt",
    "ilga.",
    "moga.",
    "lrc.",
    "le.utah",
    "cga.ct",
    "sec.state",
    "sos.",
    "oah.",
    "dsd.state.md",
    "townhall",
    "rules.",
    "register",
    "code",
    "regulations",
    "law",
    "revisor",
    "lis.",
    "cdn.",
    "aws.",
    "ars.",
    "srca.",
)
# Paths on an agency's host that hold rule text or proposals rather than the board's pages.
NOT_A_BOARD_PAGE = ("/sos/", "proposal", "admincode")


def board_site(sources: list[str]) -> str | None:
    """The first of the record's sources on the board's or state agency's own site (a .gov
    or state .us host, or a board's domain) that is not a legislature's or code publisher's
    page; None when the research has none (never a guessed address)."""
    for url in sources:
        host = (urlsplit(url.casefold()).hostname or "").removeprefix("www.")
        official = host.endswith(".gov") or (".state." in f".{host}" and host.endswith(".us"))
        rules = any(mark in host for mark in NOT_A_BOARD) or any(
            mark in url.casefold() for mark in NOT_A_BOARD_PAGE
        )
        if (official or "board" in host) and not rules:
            return url
    return None


def research_records(folder: Path) -> dict[str, dict[str, Any]]:
    """Every research record by id, from both research files in `folder`."""
    records: dict[str, dict[str, Any]] = {}
    for name in ("ce_requirements.yaml", "ce_requirements_more.yaml"):
        for record in yaml.safe_load((folder / name).read_text(encoding="utf-8"))["records"]:
            records[record["id"]] = record
    return records


def pending_and_warnings(record: dict[str, Any], warnings: list[str]) -> tuple[list, list]:
    """The record's pending or recent changes, word for word, and the warnings left once the
    copies of them an earlier conversion kept as warnings are taken out."""
    pending = list(record.get("pending_or_recent_changes") or [])
    copies = set(pending) | {PENDING_PREFIX + change for change in pending}
    return pending, [warning for warning in warnings if warning not in copies]


def replace_block(text: str, key: str, value: Any, before: str) -> str:
    """`text` with its top-level `key:` block replaced (or added before the `before:` key)."""
    lines = text.splitlines(keepends=True)
    kept: list[str] = []
    at, skipping = None, False
    for line in lines:
        if line.startswith(f"{key}:"):
            at, skipping = len(kept), True
            continue
        if skipping and line.startswith((" ", "- ")):
            continue
        skipping = False
        kept.append(line)
    if at is None:
        at = next(i for i, line in enumerate(kept) if line.startswith(f"{before}:"))
    block = yaml.safe_dump({key: value}, sort_keys=False, width=100, allow_unicode=True)
    return "".join(kept[:at]) + block + "".join(kept[at:])


def main(research: Path) -> None:
    records = research_records(research)
    for path in sorted(HERE.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        text = replace_block(
            text, "clock", CLOCKS.get(path.stem, {"basis": "unknown"}), "total_hours"
        )
        current = yaml.safe_load(text)
        pending, warnings = pending_and_warnings(records[path.stem], current.get("warnings") or [])
        if pending:
            text = replace_block(text, "warnings", warnings, "gaps")
            text = replace_block(text, "pending_changes", pending, "warnings")
        sources = records[path.stem]["source"]
        site = board_site(sources if isinstance(sources, list) else [sources])
        text = replace_block(text, "board_site", site, "cycle_months")
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "research")
