"""Benchmark: seconds per certificate read (text PDF, scanned page, phone photo) and memory.

    .venv/bin/python bench/certificates_bench.py [--repeat N] [--no-ocr] [--set tuning|fresh|...]

Reads a corpus set (bench/certificates/make_corpus.py's SETS: the generated tuning sets, or
the checked-in fresh held-out files) with read_certificate and prints
p50/p99 per kind of file, the peak Python allocation of one read (tracemalloc), and the peak
resident memory of this process and of its Tesseract children.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.certificates.make_corpus import SETS, TODAY, Sample  # noqa: E402
from bot.certificates import read_certificate, tesseract_path  # noqa: E402


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _time(samples: list[Sample], repeat: int) -> tuple[list[float], float]:
    """Seconds per read, and the largest tracemalloc peak (MB) of one read (a separate pass:
    tracing slows the reads it watches)."""
    read_certificate(samples[0].data, today=TODAY)  # warm: imports, dateparser's first parse
    seconds = []
    for _ in range(repeat):
        for sample in samples:
            start = time.perf_counter()
            read_certificate(sample.data, name=sample.name, today=TODAY)
            seconds.append(time.perf_counter() - start)
    peak = 0.0
    for sample in samples[:5]:
        tracemalloc.start()
        read_certificate(sample.data, name=sample.name, today=TODAY)
        peak = max(peak, tracemalloc.get_traced_memory()[1] / 2**20)
        tracemalloc.stop()
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="reads of each text PDF")
    parser.add_argument("--no-ocr", action="store_true", help="skip scans and photos")
    parser.add_argument("--set", default="tuning", choices=sorted(SETS), help="which files")
    args = parser.parse_args()
    samples = list(SETS[args.set](images=not args.no_ocr and tesseract_path() is not None))
    groups = {
        "text PDF": [s for s in samples if not s.ocr],
        "scanned PDF page": [s for s in samples if s.ocr and s.name.endswith(".pdf")],
        "photo / screenshot": [s for s in samples if s.ocr and not s.name.endswith(".pdf")],
    }
    for label, group in groups.items():
        if not group:
            print(f"{label:20} skipped (no tesseract, or --no-ocr)")
            continue
        seconds, peak = _time(group, args.repeat if label == "text PDF" else 1)
        print(
            f"{label:20} n={len(seconds):3}  p50 {statistics.median(seconds):.3f} s  "
            f"p99 {_percentile(seconds, 0.99):.3f} s  max {max(seconds):.3f} s  "
            f"peak Python alloc {peak:.1f} MB"
        )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"peak RSS: this process {own:.0f} MB (corpus generation included); largest child "
        f"{children:.0f} MB (an upper bound: Linux counts the fork before tesseract is run)"
    )


if __name__ == "__main__":
    main()
