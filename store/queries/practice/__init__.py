"""Group-practice reads and writes: teams, circles, study buddies, mentoring, reviews."""
