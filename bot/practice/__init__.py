"""Group practices: teams and managers' digests, learning circles, study buddies, mentors."""
