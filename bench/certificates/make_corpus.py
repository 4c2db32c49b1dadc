"""Generate the certificate corpus: each file with the fields it states beside it (issue #20).

    .venv/bin/python bench/certificates/make_corpus.py OUT_DIR [--held-out]

Sets: tuning.py, what the reader was first tuned on; held_out.py, written before the reader in
other layouts and wording (scored blind once, no longer blind); tuning_real.py, real-world shapes
added later to tune on; and fresh (fresh.py), the checked-in held-out files in heldout/ written
by make_heldout.py before the reader was looked at, never tuned on; and heldout3 (heldout3/),
written without reading the reader, with HEIC and rotated photos and scans, for measuring only. The generated sets are made
at test time in memory; only the fresh set's files are checked in.
"""

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.certificates.fresh import fresh, heldout3
from bench.certificates.held_out import held_out
from bench.certificates.samples import TODAY, Course, Sample
from bench.certificates.tuning import tuning
from bench.certificates.tuning_more import tuning_more
from bench.certificates.tuning_real import tuning_real

__all__ = [
    "TODAY",
    "Course",
    "Sample",
    "fresh",
    "held_out",
    "heldout3",
    "tuning",
    "tuning_more",
    "tuning_real",
    "write",
]

SETS: dict[str, Callable[..., Iterator[Sample]]] = {
    "tuning": tuning,
    "tuning_real": tuning_real,
    "tuning_more": tuning_more,  # a third tuning set, layouts the first two lack
    "held_out": held_out,
    "fresh": fresh,  # checked-in files (make_heldout.py), not generated here
    "heldout3": heldout3,  # checked-in files (heldout3/make.py), for measuring only
}


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
