"""The mentor: flows, rules, parsing and recommendations, free of any chat platform."""
