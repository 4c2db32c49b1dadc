"""Round 7 of issue #18: parts of a series, a method's letters, year-less days around New Year."""

from __future__ import annotations

from datetime import date

from bot.parsing import parse_completion
from bot.parsing.providers import find_provider, provider_mention

JANUARY = date(2027, 1, 12)  # a Tuesday
OCTOBER = date(2026, 10, 14)  # a Wednesday


def read(text: str, today: date) -> list[tuple[str, str, float | None, date | None]]:
    result = parse_completion(text, today=today)
    assert result.is_completion, text
    return [(i.title, i.provider, i.hours, i.completed_on) for i in result.items]


def test_parts_said_with_their_own_days_are_two_courses_of_the_hours_said_once() -> None:
    text = "took the TBHI telehealth series: part 1 on 9/30 and part 2 on 10/1, 3 hrs each"
    assert read(text, OCTOBER) == [
        ("telehealth series part 1", "TBHI", 3, date(2026, 9, 30)),
        ("telehealth series part 2", "TBHI", 3, date(2026, 10, 1)),
    ]


def test_parts_of_a_quoted_title_take_the_days_listed_after_them_in_order() -> None:
    text = (
        "done with AAMFT's 'Supervision Fundamentals' part 1 and part 2, 2/17 and 2/19, 15 hrs each"
    )
    assert read(text, date(2026, 3, 2)) == [
        ("Supervision Fundamentals part 1", "AAMFT", 15, date(2026, 2, 17)),
        ("Supervision Fundamentals part 2", "AAMFT", 15, date(2026, 2, 19)),
    ]
    # Each part is one day, not a range over both.
    assert all(item.started_on is None for item in parse_completion(text, today=JANUARY).items)


def test_parts_without_a_day_each_are_not_given_days_by_guesswork() -> None:
    # Three parts, two days: which part was which day is not said, so no part gets one alone.
    text = "did part 1, part 2 and part 3 of the PESI trauma course, 3 hrs each, 9/30 and 10/1"
    items = parse_completion(text, today=OCTOBER).items
    assert not any(i.completed_on == date(2026, 9, 30) and i.started_on is None for i in items)


def test_a_method_s_letters_after_a_known_provider_are_the_course_s_words() -> None:
    text = "Jan 4-5: Beck Institute CBT for depression workshop, 12 hrs, zoom"
    said = provider_mention(text)
    assert said is not None and said.name == "Beck Institute"
    assert text[said.start : said.end] == "Beck Institute"  # where it was said, exactly
    [(title, provider, hours, _)] = read(text, JANUARY)
    assert (title, provider, hours) == ("CBT for depression workshop", "Beck Institute", 12)
    # A brand's own letters still belong to its name.
    assert find_provider("did the Praxis CET ethics course, 3 hrs") == "Praxis CET"


def test_a_december_day_said_in_january_is_last_december_without_a_doubt() -> None:
    [item] = parse_completion("finished a 2 hr grief course 12/28", today=JANUARY).items
    assert item.completed_on == date(2026, 12, 28)
    assert not any("still ahead" in doubt for doubt in item.doubts)


def test_a_year_less_day_long_past_when_read_as_last_year_is_still_asked_about() -> None:
    # Sept 1 said on Jan 12: last September, 133 days back, or a slip for a day ahead.
    [item] = parse_completion("finished a 2 hr grief course 9/1", today=JANUARY).items
    assert item.completed_on == date(2026, 9, 1)
    assert any("still ahead" in doubt for doubt in item.doubts)


def test_a_university_s_campus_and_school_are_the_provider_and_no_venue() -> None:
    text = (
        "did Fri 4/3 'Clinical Supervision Fundamentals' with the University of Texas at Austin "
        "Steve Hicks School of Social Work — 6 hrs"
    )
    [item] = parse_completion(text, today=date(2026, 4, 6)).items
    assert item.provider == "University of Texas at Austin Steve Hicks School of Social Work"
    assert item.format == ""  # "at Austin" names the campus, not where it was held


def test_a_university_s_possessive_before_its_institute_is_one_name() -> None:
    text = "course from Northwestern's Family Institute, 'Integrative Couple Therapy', 6 hrs, 3/28"
    assert find_provider(text) == "Northwestern's Family Institute"


def test_hours_and_a_day_said_in_shorthand_are_a_report_without_a_verb() -> None:
    [item] = parse_completion("yest: CAMFT 'Telehealth Law & Ethics' 3 hrs", today=OCTOBER).items
    assert (item.provider, item.hours, item.completed_on) == ("CAMFT", 3, date(2026, 10, 13))
    text = "2 hrs of PESI 'Cognitive Processing Therapy for PTSD' this am (live webcast)"
    [item] = parse_completion(text, today=OCTOBER).items
    assert (item.provider, item.hours, item.completed_on) == ("PESI", 2, OCTOBER)


def test_a_symposium_spent_on_a_day_is_a_report_whose_hours_are_asked() -> None:
    text = "spent sept 19 at Mount Sinai's 'Eating Disorders Across the Lifespan' symposium"
    result = parse_completion(text, today=OCTOBER)
    assert result.is_completion
    [item] = result.items
    assert item.hours is None and item.completed_on == date(2026, 9, 19)


def test_a_whole_requirement_met_or_a_course_denied_is_no_course() -> None:
    for text in (
        "finished my 36 hrs for this cycle!!!",
        "my teammate asked if I'd done the harassment training yet, I haven't",
    ):
        assert not parse_completion(text, today=OCTOBER).is_completion, text
    # A course beside the total is still one.
    text = "finished the 3 hr ethics course, that puts me at 24 of my 36"
    assert parse_completion(text, today=OCTOBER).is_completion


def test_words_left_of_a_date_are_no_title_and_a_method_s_letters_are_spelled_out() -> None:
    text = "good morning! last Thu and Fri I was at the ADAA conference in Boston, 11.5 CE hours"
    [(title, provider, hours, day)] = read(text, date(2026, 11, 17))
    assert (title, provider, hours, day) == (
        "ADAA conference in Boston",
        "ADAA",
        11.5,
        date(2026, 11, 13),
    )
    text = "did an intro to IFS last week with the IFS Institute, 14 hrs, Sept 21-22"
    [(title, provider, _, _)] = read(text, OCTOBER)
    assert (title, provider) == ("intro to Internal Family Systems (IFS)", "IFS Institute")


def test_a_place_before_a_colon_is_where_the_course_was_held() -> None:
    text = "April 2-3 at the Cape Cod Institute: 'Brief Therapy for Anxiety', 15 hrs"
    [item] = parse_completion(text, today=date(2026, 4, 6)).items
    assert (item.provider, item.format) == ("Cape Cod Institute", "in_person")


def test_a_course_sponsored_by_a_provider_names_it_and_an_approver_stays_none() -> None:
    assert find_provider("finished the CAMFT-sponsored ethics course, 6 hrs, 11/1") == "CAMFT"
    assert find_provider("the APA-sponsored course, 2 hrs") == ""


def test_plain_words_for_topics() -> None:
    cases = {
        "did 2 hrs on domestic abuse screening yesterday": "domestic_violence",
        "did a 1 hr course on vaping and teens yesterday": "substance_use",
        "did a 1 hr course on opiate withdrawal yesterday": "opioids",
        "did a 2 hr telemedicine ethics course yesterday": "telehealth",
    }
    for text, topic in cases.items():
        [item] = parse_completion(text, today=OCTOBER).items
        assert topic in item.topics, text


def test_a_range_said_day_first_keeps_its_first_day() -> None:
    for text in (
        "finished a 12 hr training 5-6 Nov",
        "finished a 12 hr training 5th & 6th of November",
    ):
        [item] = parse_completion(text, today=date(2026, 11, 17)).items
        assert (item.started_on, item.completed_on) == (date(2026, 11, 5), date(2026, 11, 6))
    # Hours before a single day are no range's first day.
    [item] = parse_completion("did the ethics course, 3 hrs on 5 Nov", today=OCTOBER).items
    assert (item.hours, item.started_on) == (3, None)


def test_a_thing_on_a_subject_is_named_by_its_subject() -> None:
    [(title, _, hours, _)] = read("did the thing about grief, 2 hrs, 11/16", date(2026, 11, 17))
    assert (title, hours) == ("grief", 2)
    # A name that starts with the word keeps it.
    [(title, _, _, _)] = read("did the Thing Explainer course 2 hrs 11/16", date(2026, 11, 17))
    assert title == "Thing Explainer course"


def test_hours_got_from_a_course_and_a_weekend_said_read_as_a_report() -> None:
    today = date(2026, 11, 17)
    [(title, provider, hours, _)] = read("got 2 CEs from the AFSP webinar yesterday", today)
    assert (title, provider, hours) == ("AFSP webinar", "AFSP", 2)
    text = "six hours of DBT training with Behavioral Tech over the weekend"
    [item] = parse_completion(text, today=today).items
    assert (item.hours, item.started_on, item.completed_on) == (
        6,
        date(2026, 11, 14),
        date(2026, 11, 15),
    )
    text = "ok so I finally got around to the suicide prevention course, 2 hrs, monday"
    assert read(text, today)[0][0] == "suicide prevention course"


def test_a_known_provider_s_possessive_joins_only_a_capitalised_organisation() -> None:
    assert find_provider("did NASW's CE on ethics, 3 hrs, 11/3") == "NASW"
    assert find_provider("did PESI's program on trauma, 3 hrs") == "PESI"
