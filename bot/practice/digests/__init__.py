"""Managers' team digests: built set-based, scheduled, drawn, and sent through the outbox."""
