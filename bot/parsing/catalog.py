"""Match a phrase from a message to a catalog course with rapidfuzz."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

from rapidfuzz import fuzz, process, utils

from bot.parsing.catalog_words import GENERIC, SHORTHAND, TOPICAL
from bot.parsing.model import CatalogEntry

SCORE_CUTOFF = 55.0  # token_set_ratio shortlist floor; word coverage then decides
LOOSE_BELOW = 90.0  # matches under this are shown to the clinician to confirm
ACCEPT_COVERAGE = 0.5  # weighted share of the title's words the message must name
LOOSE_COVERAGE = 0.75
DISTINCTIVE_AT_MOST = 25  # courses a title word may appear in and still point at them
COMMON_IN = 5  # a title word in more courses than this says what kind of course, not which


@dataclass(frozen=True)
class CatalogMatch:
    """The course a phrase names, and how sure the match is (0..100)."""

    entry: CatalogEntry
    score: float
    loose: bool
    topical: bool = False  # only topic words matched: a different course on that topic fits too


class CatalogIndex(Sequence[CatalogEntry]):
    """A catalog with its match strings prepared once; pass it wherever a catalog is taken."""

    def __init__(self, entries: Sequence[CatalogEntry]) -> None:
        self._entries = tuple(entries)
        self._choices = [utils.default_process(f"{e.title} {e.provider}") for e in self._entries]
        # Distinctive title word -> courses with it, so "the QPR thing" finds QPR courses
        # even when the whole phrase scores too low to be shortlisted.
        self._by_word: dict[str, set[int]] = {}
        for i, entry in enumerate(self._entries):
            for word in _content_words(utils.default_process(entry.title)):
                if word not in TOPICAL:
                    self._by_word.setdefault(word, set()).add(i)
        self._words = list(self._by_word)
        # A short form several titles share ("California Law" opens many) names none of them.
        seen: dict[tuple[str, ...], int] = {}
        for entry in self._entries:
            for form in set(_short_forms(entry.title)):
                seen[form] = seen.get(form, 0) + 1
        self._shared = frozenset(form for form, count in seen.items() if count > 1)

    @overload
    def __getitem__(self, i: int) -> CatalogEntry: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[CatalogEntry]: ...
    def __getitem__(self, i):
        return self._entries[i]

    def __len__(self) -> int:
        return len(self._entries)

    def match(self, phrase: str) -> CatalogMatch | None:
        """The best course for ``phrase``: rapidfuzz shortlists, distinctive words decide."""
        query = utils.default_process(phrase)
        words = _content_words(query)
        if not words or not self._entries:
            return None
        shortlist = process.extract(
            " ".join(words),
            self._choices,
            scorer=fuzz.token_set_ratio,
            processor=None,
            score_cutoff=SCORE_CUTOFF,
            limit=8,
        )
        candidates = {i: score for _, score, i in shortlist}
        for i in self._named_by(words):
            if i not in candidates:
                candidates[i] = fuzz.token_set_ratio(" ".join(words), self._choices[i])
        best: CatalogMatch | None = None
        for i, score in candidates.items():
            coverage, shared, hits = _coverage(words, self._entries[i], self._shared)
            rare = any(t in words and len(self._by_word.get(t, ())) == 1 for t in hits) and (
                _own_name(self._entries[i], hits)
            )
            # One shared word ("ethics") names a topic, not a course, unless it is the title
            # or a word only this course has ("Gottman", "SBIRT").
            if coverage < ACCEPT_COVERAGE and not (rare and hits):
                continue
            if shared < 2 and coverage < 1 and not rare:
                continue
            adjusted = round(max(score, 60.0) * (0.5 + 0.5 * min(coverage, 1.0)), 1)
            if best is None or adjusted > best.score:
                loose = score < LOOSE_BELOW or coverage < LOOSE_COVERAGE
                # Only topic words, or words many titles share ("California"): a kind of
                # course is named, and another course of that kind fits the sentence too.
                topical = all(
                    t in TOPICAL or len(self._by_word.get(t, ())) > COMMON_IN for t in hits
                )
                best = CatalogMatch(self._entries[i], adjusted, loose, topical)
        return best

    def _named_by(self, words: list[str]) -> set[int]:
        """Courses whose distinctive title words the query names, typos included."""
        found: set[int] = set()
        for word in words:
            if word in self._by_word:
                # A word in many titles ("anxiety") says too little to make them candidates.
                if len(self._by_word[word]) <= DISTINCTIVE_AT_MOST:
                    found |= self._by_word[word]
            elif len(word) > 3:
                near = process.extract(
                    word, self._words, scorer=fuzz.ratio, score_cutoff=85, limit=3
                )
                for title_word, _, _ in near:
                    if len(self._by_word[title_word]) <= DISTINCTIVE_AT_MOST:
                        found |= self._by_word[title_word]
        return found


def index_for(
    catalog: Sequence[CatalogEntry], cache: dict[int, tuple[Sequence[CatalogEntry], CatalogIndex]]
) -> CatalogIndex:
    """Reuse the index built for this very catalog object; a changed length rebuilds it."""
    if isinstance(catalog, CatalogIndex):
        return catalog
    hit = cache.get(id(catalog))
    # Holding the catalog itself keeps its id from being reused by another object.
    if hit is None or hit[0] is not catalog or len(hit[1]) != len(catalog):
        if len(cache) >= 8:
            cache.clear()
        hit = cache[id(catalog)] = (catalog, CatalogIndex(catalog))
    return hit[1]


def names_opening(phrase: str, entry: CatalogEntry) -> bool:
    """The phrase names the title's own opening words, not just its topic or provider.

    "Law & Ethics" names "Law and Ethics for California Clinicians"; "ethics webinar from
    NASW" does not name "NASW-Illinois Chapter recorded sexual harassment … training".
    """
    words = _content_words(utils.default_process(phrase))
    acronyms = {a.lower() for a in re.findall(r"\b[A-Z]{2,6}\b", entry.title)} - TOPICAL
    for form in _title_forms(entry.title)[1:]:
        title = _content_words(utils.default_process(form))
        if len(title) < 2 and not set(title) & acronyms:
            continue
        if title and all(any(_same(w, t) for w in words) for t in title):
            return True
    return False


def names_most_of(phrase: str, entry: CatalogEntry) -> bool:
    """The phrase names at least half of the title's own words: "QPR gatekeeper training" names
    "QPR Gatekeeper Training for Suicide Prevention"; "DBT" does not name "DBT Part 1: Becoming
    a Competent DBT Individual Therapist"."""
    words = _content_words(utils.default_process(phrase))
    title = _content_words(utils.default_process(entry.title))
    named = sum(any(_same(w, t) for w in words) for t in title)
    return bool(title) and 2 * named >= len(title)


def shares_subject(title: str, provider: str, entry: CatalogEntry) -> bool:
    """The member's title and the catalog's share a word of their own, beyond either provider:
    "ethics webinar" (NASW) and "NASW-Illinois Chapter recorded sexual harassment prevention
    training" share none, so the second is not worth offering for the first."""
    said = set(_content_words(utils.default_process(title)))
    said -= set(_content_words(utils.default_process(provider)))
    named = set(_content_words(utils.default_process(entry.title)))
    named -= set(_content_words(utils.default_process(entry.provider or "")))
    return any(_same(w, t) for w in said for t in named)


def _content_words(text: str) -> list[str]:
    words = (SHORTHAND.get(w, w) for w in re.findall(r"[a-z0-9]+", text))
    return [w for w in words if w not in GENERIC and len(w) > 1]


def _coverage(
    words: list[str], entry: CatalogEntry, shared_forms: frozenset[tuple[str, ...]] = frozenset()
) -> tuple[float, int, list[str]]:
    """Best weighted share of a title's words the query names, over the title's short forms.

    People say "Gottman Level 1" for "Gottman Level 1: Bridging the Couple Chasm" and "AMSR"
    for "Assessing and Managing Suicide Risk (AMSR)"; acronyms in a title count extra. A short
    form of topic words only, or one other titles share, is not this course's name.
    """
    acronyms = {a.lower() for a in re.findall(r"\b[A-Z]{2,6}\b", entry.title)} - TOPICAL
    provider = _content_words(utils.default_process(entry.provider))
    best: tuple[float, int, list[str]] = (0.0, 0, [])
    for number, form in enumerate(_title_forms(entry.title)):
        title = _content_words(utils.default_process(form))
        if number and (all(t in TOPICAL for t in title) or tuple(title) in shared_forms):
            continue
        hits = [t for t in dict.fromkeys(title) if any(_same(w, t) for w in words)]
        # A provider runs many courses: naming it helps a little, never decides alone.
        by_provider = [t for t in provider if t not in title and t in words]
        total = sum(_weight(t, acronyms) for t in dict.fromkeys(title)) + 0.5 * len(by_provider)
        got = sum(_weight(t, acronyms) for t in hits) + 0.5 * len(by_provider)
        shared = len(hits) + (1 if set(hits) & acronyms else 0)
        if total and (got / total, shared) > best[:2]:
            best = (got / total, shared, hits)
    return best


def _own_name(entry: CatalogEntry, hits: list[str]) -> bool:
    """A hit that is the title's acronym ("SBIRT") or the provider's own name ("Gottman")."""
    acronyms = {a.lower() for a in re.findall(r"\b[A-Z]{2,6}\b", entry.title)} - TOPICAL
    provider = set(_content_words(utils.default_process(entry.provider)))
    return any(t in acronyms or t in provider for t in hits)


def _short_forms(title: str) -> list[tuple[str, ...]]:
    """A title's short forms (not the whole title) as content words."""
    forms = [tuple(_content_words(utils.default_process(f))) for f in _title_forms(title)[1:]]
    whole = tuple(_content_words(utils.default_process(title)))
    return [form for form in forms if form and form != whole]


def _title_forms(title: str) -> list[str]:
    forms = [title, re.split(r"[:(]|\s[-–—]\s", title)[0]]
    forms += re.findall(r"\(([^)]+)\)", title)
    # People name a long title by its opening words: "grief & loss" for "Grief and Loss
    # Across the Lifespan". Two content words at least, so one topic word never suffices.
    opening = re.match(r"^\W*(\w+(?:\W+(?:and|&|of|in|for|the)\W+|\W+)\w+)", title, re.I)
    if opening and len(title.split()) > 3:
        forms.append(opening[1])
    return [f for f in forms if f.strip()]


def _weight(word: str, acronyms: set[str]) -> float:
    return 3.0 if word in acronyms else 0.5 if word in TOPICAL else 1.0


def _same(word: str, title_word: str) -> bool:
    """Equal, or a typo of it ("ethcis")."""
    return word == title_word or (len(word) > 3 and fuzz.ratio(word, title_word) >= 80)
