"""The third held-out certificate set (see README.md); make.py writes its files."""
