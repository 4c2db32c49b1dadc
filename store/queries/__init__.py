"""Every query the app runs, grouped by what it is about. Keyword-only, session first."""
