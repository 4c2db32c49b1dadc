"""One regular expression for a long list of words, shaped as a tree of shared beginnings.

Python's regex engine tries the branches of ``a|b|c…`` one by one at every position, so a list
of hundreds of names (providers, number words, states) costs hundreds of tries per character of a
long message. The same list written as a tree ("f(?:i(?:ve|fty)|our)") costs one try per letter
matched. It matches what the flat list sorted longest first matches: at each position the
longest word that lets the rest of the pattern match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # marks a word ending at this node


def alternation(words: Iterable[str], *, fold_case: bool = False) -> str:
    """A non-capturing regex matching any of the words, literally, longest first.

    Args:
        words: the literal words (escaped here).
        fold_case: lower-case them first, for a pattern compiled with ``re.I``.
    """
    tree: dict[str, dict] = {}
    for word in filter(None, words):
        node = tree
        for char in word.lower() if fold_case else word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return f"(?:{_branches(tree)})" if tree else "(?!)"


def _branches(node: dict[str, dict]) -> str:
    arms = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not arms:
        return ""
    body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
    if _END in node:  # a word may stop here: try the longer words first, then stop
        return f"(?:{body})?"
    return body
