"""Score readings against the corpus's expected fields, field by field.

.venv/bin/python -m bench.certificates.score [tuning] [held_out] [fresh] [round5] [round6] [round7] [round8] [round8b] [round8c] [round8b_check] [--misses]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from bench.certificates.make_corpus import TODAY, Sample
from bot.certificates import CertificateCourse, read_certificate

FIELDS = (
    "title",
    "provider",
    "approvals",
    "hours",
    "hours_by_board",
    "ceus",
    "start",
    "end",
    "format",
    "certificate_number",
)


def _norm(value: object) -> object:
    if isinstance(value, str):
        return re.sub(r"[^a-z0-9]+", " ", value.casefold()).strip()
    return value


def _got(course: CertificateCourse, name: str) -> object:
    value = getattr(course, name)
    if name == "approvals":
        return sorted((a.body, a.number) for a in value)
    if name == "hours_by_board":
        return {b.body: b.hours for b in value}
    return value


def _want(expected: dict, name: str) -> object:
    value = expected[name]
    if name == "approvals":
        return sorted((a, n) for a, n in value)
    if name in ("start", "end") and value:
        return date.fromisoformat(value)
    return value


def score(samples: Iterable[Sample], *, timeout: float = 30.0) -> dict[str, tuple[int, int]]:
    """Per field: (right, asked). "kind" and "names_a_client" per file; the rest per course."""
    return score_with_misses(samples, timeout=timeout)[0]


def score_with_misses(
    samples: Iterable[Sample], *, timeout: float = 30.0
) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """The scores, and one line per field read wrong (for tuning on the tuning set only)."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for sample in samples:
        reading = read_certificate(sample.data, name=sample.name, today=TODAY, ocr_timeout=timeout)
        expected = sample.expected()
        _count(tally, misses, sample.name, "kind", reading.kind, sample.kind)
        _count(
            tally,
            misses,
            sample.name,
            "names_a_client",
            reading.names_a_client,
            sample.names_a_client,
        )
        if sample.kind not in ("completion", "transcript"):
            continue
        for i, want in enumerate(expected["courses"]):
            got = reading.courses[i] if i < len(reading.courses) else CertificateCourse()
            for name in FIELDS:
                _count(
                    tally, misses, f"{sample.name}#{i}", name, _got(got, name), _want(want, name)
                )
    return {k: (v[0], v[1]) for k, v in tally.items()}, misses


def _count(
    tally: dict[str, list[int]], misses: list[str], where: str, name: str, got: object, want: object
) -> None:
    tally[name][1] += 1
    if _norm(got) == _norm(want):
        tally[name][0] += 1
    else:
        misses.append(f"{where} {name}: got {got!r} want {want!r}")


def _main(argv: list[str]) -> None:
    from bench.certificates.make_corpus import SETS
    from bench.certificates.tuning_round5 import round5_check, tuning_round5
    from bench.certificates.tuning_round6 import round6_check, tuning_round6
    from bench.certificates.tuning_round7 import round7_check, tuning_round7
    from bench.certificates.tuning_round8 import round8_check, tuning_round8
    from bench.certificates.tuning_round8b import round8b_check, tuning_round8b, tuning_round8c

    sets = {
        **SETS,
        "round5": tuning_round5,
        "round5_check": round5_check,
        "round6": tuning_round6,
        "round6_check": round6_check,
        "round7": tuning_round7,
        "round7_check": round7_check,
        "round8": tuning_round8,
        "round8_check": round8_check,
        "round8b": tuning_round8b,
        "round8c": tuning_round8c,
        "round8b_check": round8b_check,
    }
    names = [a for a in argv if not a.startswith("--")] or ["tuning"]
    results = {n: score_with_misses(sets[n]()) for n in names}
    print(f"{'field':20}" + "".join(f"{n:>14}" for n in names))
    for field_name in ("kind", "names_a_client", *FIELDS):
        cells = []
        for n in names:
            right, asked = results[n][0].get(field_name, (0, 0))
            cells.append(f"{right}/{asked}".rjust(14))
        print(f"{field_name:20}" + "".join(cells))
    if "--misses" in argv:  # the tuning sets' only: a held-out set's misses are not looked at
        for n in names:
            print("\n".join(f"{n}: {line}" for line in results[n][1]))


if __name__ == "__main__":
    import sys

    _main(sys.argv[1:])
