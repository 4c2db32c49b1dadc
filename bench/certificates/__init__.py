"""A generated corpus of CE certificates with the fields each one states (issue #20)."""
