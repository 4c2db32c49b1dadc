"""How much each reason weighs in a suggestion's score (shared by both scorers)."""

LIVE_FORMATS = frozenset({"live_online", "in_person"})
TOPIC_WEIGHT = 3.0  # an hour toward a topic minimum is worth more than a general hour
TOTAL_WEIGHT = 1.0
UNKNOWN_APPROVAL_FACTOR = 0.5  # might count, might not: half credit until the board says
SKILL_WEIGHT = 4.0
PEER_WEIGHT = 1.5
PEER_PRIOR = 2  # ratings from one or two peers move the score only a little
FREE_BONUS = 1.0
DOLLARS_PER_POINT = 50.0
UNKNOWN_COST_PENALTY = 0.5
PREFERRED_FORMAT_BONUS = 1.5
OWN_CATALOG_BONUS = 2.0  # the practice's own imported courses come before the researched ones
UNKNOWN_HOURS_PENALTY = 0.5
PREFERENCE_BOOST = 4.0  # how much "cheaper" / "shorter" multiply the cost / length terms
