"""Colleagues meeting colleagues: study buddies, mentoring introductions, course reviews."""
