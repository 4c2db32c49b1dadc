"""Generate the certificate corpus: each file with the fields it states beside it (issue #20).

    .venv/bin/python bench/certificates/make_corpus.py OUT_DIR [--held-out]

Two sets: tuning.py, what the reader was tuned on, and held_out.py, written before the reader in
other layouts and wording and scored only at the end. Files are made at test time (tests and
bench generate them in memory); no binaries are checked in.
"""

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.certificates.held_out import held_out
from bench.certificates.samples import TODAY, Course, Sample
from bench.certificates.tuning import tuning

__all__ = ["TODAY", "Course", "Sample", "held_out", "tuning", "write"]

SETS: dict[str, Callable[[], Iterator[Sample]]] = {"tuning": tuning, "held_out": held_out}


def write(out: Path, which: str = "tuning") -> list[Path]:
    """Write a set's files into ``out``, each with ``<name>.json`` of its expected fields."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for sample in SETS[which]():
        path = out / sample.name
        path.write_bytes(sample.data)
        expected = sample.expected() | {"ocr": sample.ocr}
        (out / f"{sample.name}.json").write_text(json.dumps(expected, indent=1))
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "certificate_corpus")
    written = write(target, "held_out" if "--held-out" in sys.argv else "tuning")
    print(f"{len(written)} certificates written to {target}")
