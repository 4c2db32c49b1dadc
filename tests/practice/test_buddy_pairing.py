"""Study-buddy pairing as a pure function: shared requirement or goal, no repeats, odd one out."""

from __future__ import annotations

from bot.practice.peers.buddies import BuddyMatch, BuddySeeker, pair_buddies, reason_words

ETHICS = ("CA", "LCSW", "ethics")


def seeker(member: int, *, short=(), goals=()) -> BuddySeeker:
    return BuddySeeker(member, frozenset(short), frozenset(goals))


def test_two_members_with_a_shared_goal_area_are_paired_on_it():
    pairs = pair_buddies(
        [seeker(1, goals={"trauma", "telehealth"}), seeker(2, goals={"trauma"})], {}
    )
    assert pairs == [BuddyMatch(1, 2, "goal:trauma")]


def test_a_shared_requirement_pairs_and_comes_before_a_shared_goal():
    a = seeker(1, short={ETHICS}, goals={"trauma"})
    b = seeker(2, short={ETHICS}, goals={"trauma"})
    assert pair_buddies([a, b], {}) == [BuddyMatch(1, 2, "requirement:CA:LCSW:ethics")]


def test_the_same_topic_under_another_license_is_not_a_shared_requirement():
    a = seeker(1, short={("CA", "LCSW", "ethics")})
    b = seeker(2, short={("CA", "LMFT", "ethics")})
    assert pair_buddies([a, b], {}) == []


def test_nothing_shared_means_no_pair():
    assert pair_buddies([seeker(1, goals={"trauma"}), seeker(2, goals={"telehealth"})], {}) == []


def test_never_the_same_pair_twice_in_a_row():
    everyone = [seeker(m, goals={"trauma"}) for m in (1, 2, 3, 4)]
    first = pair_buddies(everyone, {})
    assert {(p.first, p.second) for p in first} == {(1, 2), (3, 4)}
    last = {p.first: p.second for p in first} | {p.second: p.first for p in first}
    second = pair_buddies(everyone, last)
    assert len(second) == 2
    assert not {(p.first, p.second) for p in second} & {(1, 2), (3, 4)}
    # Only the last buddy is excluded: a round later the first pair may meet again.
    last = {p.first: p.second for p in second} | {p.second: p.first for p in second}
    assert (1, 2) in {(p.first, p.second) for p in pair_buddies(everyone[:2], last)}


def test_two_people_whose_latest_buddy_was_each_other_wait():
    both = [seeker(1, goals={"trauma"}), seeker(2, goals={"trauma"})]
    assert pair_buddies(both, {1: 2, 2: 1}) == []


def test_the_odd_one_out_waits():
    pairs = pair_buddies([seeker(m, goals={"trauma"}) for m in (1, 2, 3)], {})
    assert len(pairs) == 1
    paired = {pairs[0].first, pairs[0].second}
    assert len(paired) == 2 and paired < {1, 2, 3}


def test_members_with_fewest_options_are_placed_first_so_everyone_gets_a_buddy():
    # 3 shares only with 1; a greedy pass from member 1 would pair 1-2 and strand 3 and 4.
    people = [
        seeker(1, goals={"trauma", "ethics_law"}),
        seeker(2, goals={"ethics_law"}),
        seeker(3, goals={"trauma"}),
        seeker(4, goals={"ethics_law"}),
    ]
    pairs = {(p.first, p.second) for p in pair_buddies(people, {})}
    assert pairs == {(1, 3), (2, 4)}


def test_the_reason_names_only_the_area_or_requirement():
    assert reason_words("goal:trauma") == "you both want to grow in *Trauma-informed care*"
    words = reason_words("requirement:CA:LCSW:ethics")
    assert "Ethics / law & ethics" in words and "CA LCSW" in words
