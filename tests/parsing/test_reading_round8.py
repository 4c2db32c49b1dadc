"""Round 8 of issue #18: clients around a course, "used the time for", dates people type."""

from __future__ import annotations

from datetime import date

import pytest

from bot.parsing import parse_completion

FEBRUARY = date(2027, 2, 16)  # a Tuesday


def read(text: str, today: date) -> list[tuple[str, str, float | None, date | None]]:
    result = parse_completion(text, today=today)
    assert result.is_completion, text
    return [(i.title, i.provider, i.hours, i.completed_on) for i in result.items]


@pytest.mark.parametrize(
    ("text", "course"),
    [
        (
            "Between clients today I squeezed in a 1h ethics webinar from NASW",
            ("ethics webinar", "NASW", 1, FEBRUARY),
        ),
        (
            "saw 6 clients today and still finished the 3h telehealth course from PESI",
            ("telehealth course", "PESI", 3, FEBRUARY),
        ),
        (
            "after back-to-back clients, finally did a 2 hr boundaries course yesterday",
            ("boundaries course", "", 2, date(2027, 2, 15)),
        ),
    ],
)
def test_clients_as_the_days_work_around_a_course_leave_it_the_members(
    text: str, course: tuple[str, str, float, date]
) -> None:
    assert read(text, FEBRUARY) == [course]
    assert "client" not in course[0] and "patient" not in course[0]


@pytest.mark.parametrize(
    "text",
    [
        "my colleague finished the 3h telehealth course today",
        "my supervisee did a 2 hr ethics course yesterday",
        "saw my client today, she finished her 8-week DBT group",
    ],
)
def test_a_course_done_by_someone_else_is_still_not_the_members(text: str) -> None:
    assert not parse_completion(text, today=FEBRUARY).is_completion


@pytest.mark.parametrize(
    ("text", "course"),
    [
        (
            "no-show at 10 today so used the time for a 1.5 hr grief webinar from the Dougy Center",
            ("grief webinar", "Dougy Center", 1.5, FEBRUARY),
        ),
        (
            "used my lunch hour for the 1 hr telehealth module on Relias today",
            ("telehealth module", "Relias", 1, FEBRUARY),
        ),
    ],
)
def test_what_the_time_was_used_for_is_the_course(
    text: str, course: tuple[str, str, float, date]
) -> None:
    assert read(text, FEBRUARY) == [course]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # The hours after a dash are no day of a range ("12/17 — 1" is not the 1st).
        ("got my cert for the NASW ethics webinar from 1/27 — 1.5 hrs", None, date(2027, 1, 27)),
        (
            "Tues 2/9 + Wed 2/10: DBT intensive from PESI, 12 hrs",
            date(2027, 2, 9),
            date(2027, 2, 10),
        ),
        # Day first, as only it can be: there is no 13th month.
        ("14.1.2027 — 'Grief After Suicide', AFSP, 2 hrs", None, date(2027, 1, 14)),
        ("on valentine's day I did the 2 hr Gottman webinar", None, date(2027, 2, 14)),
        ("did the 3 hr ethics course on MLK day", None, date(2027, 1, 18)),
        ("on halloween I did a 1 hr grief webinar, Dougy Center", None, date(2026, 10, 31)),
        ("finished the 2 hr course on mother's day", None, date(2026, 5, 10)),
    ],
)
def test_days_said_as_people_say_them(text: str, first: date | None, last: date) -> None:
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert (item.started_on, item.completed_on) == (first, last)


def test_a_week_said_by_its_first_day_is_asked_not_read_as_that_day() -> None:
    text = "week of 2/1 I did the 4 hr DV course from the National Domestic Violence Hotline"
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert item.completed_on is None
    assert any("date" in doubt for doubt in item.doubts)


def test_a_titles_ampersand_or_hours_split_no_course() -> None:
    text = "2/10 'Ethics in Supervision' NASW-CT 3 hrs, 2/11 'Trauma & the Body' Relias 2 hrs"
    assert read(text, FEBRUARY) == [
        ("Ethics in Supervision", "NASW-CT", 3, date(2027, 2, 10)),
        ("Trauma & the Body", "Relias", 2, date(2027, 2, 11)),
    ]
    text = "Feb 1-3, 'Clinical Supervision 30-hr Training' from the University of Georgia, 30 hrs"
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert (item.title, item.hours, item.started_on) == (
        "Clinical Supervision 30-hr Training",
        30,
        date(2027, 2, 1),
    )


@pytest.mark.parametrize(
    ("text", "format_"),
    [
        ("read 'Attached' and passed the post-test from PDResources, 6 hrs, 2/1", "self_study"),
        ("2/2: 'Play Therapy Basics', University of Iowa, 6 hrs, on campus", "in_person"),
        # A reading said without its test, or a test alone, says no format.
        ("did the 2 hr test-taking anxiety webinar from ADAA on 2/3", ""),
    ],
)
def test_format_from_a_reading_with_its_test_and_from_a_campus(text: str, format_: str) -> None:
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert item.format == format_


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("spent saturday at the NAMI Oregon conference, 6 CE hrs", "NAMI Oregon"),
        ("2/4 psychiatry grand rounds from UCLA Health today, 1 hr", "UCLA Health"),
        ("did the 2 hr CE4Less Texas jurisprudence course on 2/8", "CE4Less"),
    ],
)
def test_a_known_names_state_affiliate_or_health_system_is_its_name(
    text: str, provider: str
) -> None:
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert item.provider == provider


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("'Law and Ethics for Washington Counselors', 3 hrs, 2/8", {"ethics", "state_law_wa"}),
        ("did 2 hrs of jurisprudence for TX LPCs on 2/8", {"state_law_tx"}),
        ("'Assessing Trauma in Adults', 2 hrs, 2/8", {"assessment_diagnosis", "trauma"}),
        ("'Assessing and Managing Suicide Risk', 6.5 hrs, 2/8", {"suicide_prevention"}),
    ],
)
def test_topics_of_a_states_law_said_after_and_of_assessing(text: str, topics: set[str]) -> None:
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert set(item.topics) == topics


@pytest.mark.parametrize(
    "text",
    [
        "did maybe 5 hrs of stuff in january, can you tell me what's logged?",
        "finished chapter 2 of the self study book on ethics, 4 to go",
    ],
)
def test_asking_what_is_logged_or_a_chapter_read_is_no_course(text: str) -> None:
    assert not parse_completion(text, today=FEBRUARY).is_completion


def test_an_and_after_the_first_courses_day_starts_the_second_course() -> None:
    text = "did the Ohio Counseling Association webinar on ethics, 3 hrs, 2/4 and their grief one 2/6, 2 hrs"
    assert read(text, FEBRUARY) == [
        ("webinar on ethics", "Ohio Counseling Association", 3, date(2027, 2, 4)),
        ("grief", "Ohio Counseling Association", 2, date(2027, 2, 6)),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hi! Just wanted to log my CE: Grief After Loss, 3 hours, Feb 9th, PESI",
            "Grief After Loss",
        ),
        (
            "fyi 2/10 — 1 hr suicide risk training from the Zero Suicide Institute",
            "suicide risk training",
        ),
        ("took a 2 hr DEI training from my hospital's HR on 2/11", "DEI training"),
    ],
)
def test_openers_labels_and_an_unnamed_giver_are_no_part_of_a_title(text: str, title: str) -> None:
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert item.title == title


def test_the_last_module_of_a_series_is_done_and_an_earlier_one_is_not() -> None:
    assert parse_completion(
        "finished module 4 of 4 of the PESI DBT series, 3 hrs", today=FEBRUARY
    ).is_completion
    assert not parse_completion(
        "finished module 2 of 4 of the PESI DBT series", today=FEBRUARY
    ).is_completion


def test_a_report_opening_with_did_and_its_hours_keeps_its_question_apart() -> None:
    text = "did 2 hrs on grief 2/3, does that count toward my ethics?"
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert (item.title, item.hours, item.topics) == ("grief", 2, ("grief_loss",))
    assert not parse_completion("did the ethics course count?", today=FEBRUARY).is_completion


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("the 40 hr DV training is done as of 2/5", "domestic violence"),
        ("finished an hour-long webinar on boundaries 2/8", "webinar on boundaries"),
    ],
)
def test_as_of_and_long_are_no_title(text: str, title: str) -> None:
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert title in item.title and "as" not in item.title.split() and "long" not in item.title


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Finally got my cert for the 6 hr ethics course from CE4Less. Took it on 2/4.", 4),
        ("did the 2 hr grief webinar on 2-9.", 9),
    ],
)
def test_a_date_that_ends_a_sentence_is_read(text: str, day: int) -> None:
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert item.completed_on == date(2027, 2, day)


@pytest.mark.parametrize(
    ("text", "title", "provider", "format_"),
    [
        (
            "did 'Ethics for Social Workers' (3 hrs) from ASWB-approved provider Social Work Academy 2/2",
            "Ethics for Social Workers",
            "Social Work Academy",
            "",
        ),
        (
            "heyyy so I did the thing — 3 hrs of telehealth training with TBHI on 2/3",
            "telehealth training",
            "TBHI",
            "",
        ),
        (
            "2 more in the books: 'Grief A' 2/2 1h and 'Grief B' 2/3 1h, both from PESI",
            "Grief A",
            "PESI",
            "",
        ),
        (
            "added 2 hrs today of self-study on ethics from PDR",
            "self-study on ethics",
            "PDR",
            "self_study",
        ),
    ],
)
def test_approvals_idioms_and_added_say_what_they_say(
    text: str, title: str, provider: str, format_: str
) -> None:
    item = parse_completion(text, today=FEBRUARY).items[0]
    assert (item.title, item.provider, item.format) == (title, provider, format_)


@pytest.mark.parametrize(
    "text",
    [
        "Sarah from my office finished the trauma webinar, 2 hrs",
        "I'm taking the 2 hr grief webinar later today",
    ],
)
def test_a_colleague_named_by_her_office_or_a_course_still_ahead_is_not_logged(text: str) -> None:
    assert not parse_completion(text, today=FEBRUARY).is_completion


def test_a_day_still_ahead_said_beside_the_courses_day_is_not_its_day() -> None:
    text = "I finished the ethics course today, 2 hrs, doing the next one tomorrow"
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert item.completed_on == FEBRUARY


@pytest.mark.parametrize(
    ("text", "title", "topics"),
    [
        ("did 2 hrs on SI risk assessment 2/3", "SI risk assessment", {"suicide_prevention"}),
        (
            "did a 2 hr course on working with BIPOC clients 2/3",
            "course on working with BIPOC clients",
            {"cultural_competency"},
        ),
        (
            "did 2 hrs on veterans with PTSD 2/3",
            "veterans with PTSD",
            {"military_veterans", "trauma"},
        ),
        (
            "did 2 hr on medication management for depression 2/3",
            "medication management for depression",
            {"pharmacology"},
        ),
    ],
)
def test_clinical_letters_and_words_name_their_topic_and_stay_in_the_title(
    text: str, title: str, topics: set[str]
) -> None:
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert (item.title, set(item.topics)) == (title, topics)


@pytest.mark.parametrize(
    ("text", "title", "provider"),
    [
        ("did 2 hrs of ethics on relais 2/3", "ethics", "Relias"),
        ("did the hazeldon opioid course 3 hrs 2/3", "opioid course", "Hazelden"),
        ("did a 2 hr ethics webinar from the state board 2/3", "ethics webinar", ""),
        (
            "did the 2hr grief webinar put on by my county's behavioral health dept on 2/3",
            "grief webinar",
            "",
        ),
    ],
)
def test_a_providers_typo_is_its_name_and_an_unnamed_giver_no_title(
    text: str, title: str, provider: str
) -> None:
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert (item.title, item.provider) == (title, provider)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("did 2 hrs of ethics the weekend before last", date(2027, 2, 6), date(2027, 2, 7)),
        ("did 2 hrs of ethics February third", None, date(2027, 2, 3)),
        ("did 2 hrs of ethics on jan twenty-first", None, date(2027, 1, 21)),
        ("did 2 hrs of grief training on sunday night", None, date(2027, 2, 14)),
    ],
)
def test_more_days_as_people_say_them(text: str, first: date | None, last: date) -> None:
    (item,) = parse_completion(text, today=FEBRUARY).items
    assert (item.started_on, item.completed_on) == (first, last)
    assert "night" not in item.title and "weekend" not in item.title


def test_a_weekday_before_a_range_is_its_first_days() -> None:
    (item,) = parse_completion("did 2 hrs of ethics mon 2/8 and tues 2/9", today=FEBRUARY).items
    assert (item.started_on, item.completed_on, item.doubts) == (
        date(2027, 2, 8),
        date(2027, 2, 9),
        (),
    )


def test_a_question_before_a_colon_leaves_the_report_after_it_and_a_colleague_stays_one() -> None:
    assert parse_completion(
        "how about this: finished the 3 hr ethics course yesterday", today=FEBRUARY
    ).is_completion
    assert not parse_completion(
        "Update on my supervisee: finished her 40 hr DV training today", today=FEBRUARY
    ).is_completion
