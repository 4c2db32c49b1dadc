"""The vectorised scorer gives every course the same score as the plain-Python statement."""

from __future__ import annotations

import random

import pytest

from bot.recommend import CourseView, LearnerProfile, LicenseNeed, suggest
from bot.recommend.arrays import CatalogArrays
from bot.recommend.model import CourseCatalog, WorkingNeed
from bot.recommend.ranking import reference_scorer
from bot.recommend.vector import vector_scores

TOPICS = ("ethics", "telehealth", "suicide_prevention", "trauma", "supervision", "state_law_tx")
STATES = ((), (), ("CA",), ("TX",), ("FL",), ("CA", "NV"))
FORMATS = ("self_study", "online_async", "live_online", "in_person", "")
BODIES = ((), ("ASWB ACE",), ("NBCC",), ("ASWB ACE", "NBCC"), ("AAMFT",))


def accepts(accepted):
    return lambda bodies: None if not bodies else any(b in accepted for b in bodies)


def random_case(rng: random.Random):
    catalog = [
        CourseView(
            i,
            f"Course {i}",
            "Example CE",
            rng.choice((None, 0.0, 1.0, 2.5, 6.0, 12.0)),
            rng.choice((None, 0.0, 15.0, 49.0, 300.0)),
            rng.choice(FORMATS),
            tuple(rng.sample(TOPICS, rng.randrange(0, 3))),
            rng.choice(BODIES),
            jurisdictions=rng.choice(STATES),
            own=rng.random() < 0.2,
        )
        for i in range(1, 300)
    ]
    licenses = (
        LicenseNeed(
            "CA LCSW",
            accepts({"ASWB ACE"}),
            {"ethics": 6.0, "telehealth": rng.choice((0.0, 3.0))},
            rng.choice((None, 0.0, 20.0)),
            {"self_study": rng.choice((0.0, 2.0)), "online_async": 4.0},
        ),
        LicenseNeed("TX LPC", accepts({"NBCC"}), {"trauma": 2.0}, 10.0),
    )
    profile = LearnerProfile(
        licenses=licenses[: rng.choice((0, 1, 2))],
        skill_gaps={"supervision": 0.7, "ethics": rng.choice((0.0, 0.4))},
        budget_left=rng.choice((None, 100.0)),
        hours_per_week=rng.choice((None, 1.0, 3.0)),
        preferred_formats=rng.choice(((), ("live_online",))),
        peer_ratings={1: (4.6, 5), 7: (2.0, 1), 9999: (5.0, 2)},
    )
    return catalog, profile


@pytest.mark.parametrize("seed", range(12))
def test_vector_scores_equal_the_reference_scores(seed):
    rng = random.Random(seed)
    catalog, profile = random_case(rng)
    cheaper, shorter = rng.random() < 0.5, rng.random() < 0.5
    needs = [
        WorkingNeed(
            n.label,
            n.accepts,
            dict(n.topic_gaps),
            n.hours_remaining,
            dict(n.format_room),
            n.jurisdiction,
        )
        for n in profile.licenses
    ]
    values, counts = vector_scores(
        CatalogArrays(catalog), needs, profile, {}, cheaper=cheaper, shorter=shorter
    )
    score = reference_scorer(needs, profile, {}, cheaper=cheaper, shorter=shorter)
    for index, course in enumerate(catalog):
        expected = score(course)
        assert bool(counts[index]) is (expected is not None), course
        if expected is not None:
            assert values[index] == pytest.approx(expected, abs=1e-9), course
    # And the cached-columns catalog ranks exactly like a plain list.
    plain = suggest(catalog, profile, limit=10, cheaper=cheaper, shorter=shorter)
    cached = suggest(CourseCatalog(catalog), profile, limit=10, cheaper=cheaper, shorter=shorter)
    assert [s.course.id for s in plain] == [s.course.id for s in cached]
