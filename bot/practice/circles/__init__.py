"""Learning circles: weekly prompts in a channel, what they say, and what members share."""
