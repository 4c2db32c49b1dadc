"""Persistence: SQLModel tables, every query, Alembic migrations and seed data."""
