"""Benchmarks: python bench/run.py --help."""
