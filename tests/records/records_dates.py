"""The fixed dates the records tests are worked out against."""

from datetime import date

RENEWAL = date(2027, 3, 31)
TODAY = date(2026, 11, 27)
