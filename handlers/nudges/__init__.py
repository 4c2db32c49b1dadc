"""Delivering planned nudges: the drain loop, the clock that runs it, the terminal sender."""
