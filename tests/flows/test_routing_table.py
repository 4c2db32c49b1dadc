"""What members type, and the flow each message should reach (None: the log flow reads it as a
possible completion). Written as members write, typos included; each row is what the member
means, not what the router happened to do."""

from __future__ import annotations

import pytest

from bot.intents import classify, interruption

ROUTES: list[tuple[str, str | None]] = [
    # help and greetings
    ("help", "help"),
    ("HELP", "help"),
    ("menu", "help"),
    ("commands", "help"),
    ("/help", "help"),
    ("hlep", None),  # four letters, too far from any command to guess
    ("hi", "greet"),
    ("hello", "greet"),
    ("hey", "greet"),
    ("hey there!", "greet"),
    # status
    ("status", "status"),
    ("stauts", "status"),
    ("statsu", "status"),
    ("progress", "status"),
    ("hours", "status"),
    ("my hours", None),
    ("how am I doing?", "status"),
    ("where do I stand with my CEs", "status"),
    ("how many hours have I logged", "status"),
    ("why?", "status"),
    ("sources", "status"),
    ("details", "status"),
    ("status details", "status"),
    ("why unknown", "status"),
    ("good morning! status", "status"),
    # questions the rules answer
    ("how many more hours do I need?", "question"),
    ("when is my renewal", "question"),
    ("what can you do?", "help"),
    ("good morning", "greet"),
    ("Good afternoon!", "greet"),
    ("how does this work", "help"),
    ("I need a cheap ethics course", "suggest"),
    ("show me free courses", "suggest"),
    ("any good trauma webinars?", "suggest"),
    ("looking for a suicide prevention training", "suggest"),
    ("I need to log a course", None),
    ("when do I renew?", "question"),
    ("whens my CE due", "question"),
    ("what's my renewal date?", "question"),
    ("how long do I have until my renewal", "question"),
    ("when does my license expire?", "question"),
    ("what counts as law and ethics in CA?", "question"),
    ("how many hours do I still need", "question"),
    ("what do I still need", "question"),
    ("how far off am I", "question"),
    ("what does my board require?", "question"),
    ("what are the CE requirements for my license", "question"),
    ("what counts for florida?", "question"),
    ("hours left?", "question"),
    ("does the ethics webinar count for both my licenses?", "question"),
    ("would a recorded webinar count toward my total", "question"),
    ("can I use that course for my LPC too", "question"),
    ("is the PESI course accepted by my board?", "question"),
    ("does it qualify for suicide prevention", "question"),
    ("why is the telehealth hours unknown?", "question"),
    ("why don't you know my total", "question"),
    ("what does unknown mean here", "question"),
    ("how much self-study can I do?", "question"),
    ("is there a limit on home study", "question"),
    ("do on-demand courses count?", "question"),
    # suggest
    ("suggest", "suggest"),
    ("sugest", "suggest"),
    ("suggestions", "suggest"),
    ("recommend something", "suggest"),
    ("courses", "suggest"),
    ("what should I take next", "suggest"),
    ("any suggestions for ethics?", "suggest"),
    ("something cheaper", "suggest"),
    ("anything shorter?", "suggest"),
    ("I'd like something live", "suggest"),
    ("can you recommend a trauma course", "suggest"),
    # plan
    ("plan", "plan"),
    ("my plan", "plan"),
    ("show my plan", "plan"),
    ("make me a plan", "plan"),
    ("make a plan", "plan"),
    ("plan my renewal", "plan"),
    ("paln", None),
    # log
    ("log", "log"),
    ("log the ethics course", "log"),
    ("passed my JP exam", "log"),
    ("took the jurisprudence exam today", None),  # a report first: the log flow reads it
    ("here's the cert for the ethics course", "log"),
    ("attached is my certificate", "log"),
    ("got my certificate for the trauma workshop", "log"),
    ("attach the cert to the telehealth course", "log"),
    ("finished the 6h ethics course yesterday", None),
    ("completed 3 hours of suicide prevention training on 10/2", None),
    ("morning! finally finished the boundaries webinar, 2 hrs", None),
    ("attended a 4 hour workshop on grief last friday", None),
    ("took Relias telehealth 101 (3h) on Monday", None),
    ("knocked out 4 CEs at the grief workshop", None),
    ("did a 30-min webinar on documentation today", None),
    ("watched PESI's 6 hour trauma course over the weekend", None),
    ("finished the ethics course, 3 h, not sure how many hours I still need", None),
    ("the boundaries course I logged was 2 h, not 3", None),
    ("wrapped up the cultural humility series (8 hours) last week", None),
    # undo
    ("undo", "undo"),
    ("undo that", "undo"),
    # goals and self-assessment
    ("goals", "goals"),
    ("goal", "goals"),
    ("my career goals", "goals"),
    ("set my goals", "goals"),
    ("set a goal", "goals"),
    ("assess", "assess"),
    ("assessment", "assess"),
    ("self-assessment", "assess"),
    ("self assess", "assess"),
    ("rate my skills", "assess"),
    # settings
    ("settings", "settings"),
    ("setings", "settings"),
    ("profile", "settings"),
    ("change my renewal date", "settings"),
    ("change my budget to $200", "settings"),
    ("add a license", "settings"),
    ("add another licence", "settings"),
    ("time zone", "settings"),
    ("my timezone is wrong", "settings"),
    ("budget", "settings"),
    ("add a credential", "settings"),
    ("add my NCC", "settings"),
    ("I'm also an NCC", "settings"),
    ("i hold a psypact e.passport", "settings"),
    ("add compact privilege", "settings"),
    ("I am also an NCC", "settings"),
    ("i got my e-passport last month", "settings"),
    ("I have a counseling compact privilege to practice in Colorado", "settings"),
    ("im also a national certified counselor", "settings"),
    ("also an AAMFT approved supervisor", "settings"),
    # onboarding
    ("start", "onboarding"),
    ("restart", "onboarding"),
    ("onboarding", "onboarding"),
    # records
    ("transcript", "transcript"),
    ("my transcript", "transcript"),
    ("export transcript", "transcript"),
    ("download my CE transcript", "transcript"),
    ("send me my transcript please", "transcript"),
    ("audit", "audit"),
    ("audit packet", "audit"),
    ("I need an audit zip for the board", "audit"),
    ("calendar", "calendar"),
    ("my calendar", "calendar"),
    ("calendar link", "calendar"),
    ("add my deadlines to my calendar", "calendar"),
    ("ics", "calendar"),
    ("sync with google calendar", "calendar"),
    ("revoke my calendar link", "calendar_revoke"),
    ("turn off the calendar feed", "calendar_revoke"),
    ("stop the calendar link", "calendar_revoke"),
    # reminders
    ("nudges", "nudges"),
    ("reminders", "nudges"),
    ("snooze", "nudges"),
    ("snooze 1 week", "nudges"),
    ("/snooze 2 weeks", "nudges"),
    ("snooze my reminders until January", "nudges"),
    ("nudge me 9-5", "nudges"),
    ("why no nudge?", "nudges"),
    ("why didn't you remind me", "nudges"),
    ("why haven't you nudged me this week", "nudges"),
    ("nudge settings", "nudges"),
    ("reminder settings", "nudges"),
    ("stop deadline reminders", "nudges"),
    ("mute check-ins", "nudges"),
    ("no more nudges", "nudges"),
    ("turn off reminders", "nudges"),
    ("resume nudges", "nudges"),
    ("turn on deadline reminders", "nudges"),
    ("cancel my plan step reminders", "nudges"),  # a bug: it opened the plan
    ("pause my reminders", "nudges"),
    ("unsubscribe me from inactivity reminders", "nudges"),
    ("check-ins weekly", "nudges"),
    ("monthly check-ins please", "nudges"),
    ("check in", "checkin"),
    ("check-in", "checkin"),
    # colleagues
    ("buddy", "buddy"),
    ("buddy off", "buddy"),
    ("find me a study buddy", "buddy"),
    ("study buddies", "buddy"),
    ("mentor", "mentor"),
    ("mentor stop trauma", "mentor"),
    ("I can mentor in EMDR", "mentor"),
    ("seek a mentor in supervision", "mentor"),
    ("looking for a mentor", "mentor"),
    ("I'd like a mentor for private practice", "mentor"),
    ("offer to mentor new LPCs", "mentor"),
    ("circle", "circle"),
    ("circle start weekly thursday 12:30", "circle"),
    ("circle stop", "circle"),
    ("join the circle", "circle"),
    ("leave this circle", "circle"),
    ("circles", "circle"),
    ("share my last course", "share"),
    ("share the latest one with my circle", "share"),
    ("share it with the circle", "share"),
    ("review", "review"),
    ("review trauma-informed care 4/5 great examples", "review"),
    ("reviews", "review"),
    ("team", "team"),
    ("my team", "team"),
    ("show my reports", "team"),
    ("digest", "digest"),
    # your data
    ("export my data", "export"),
    ("export", "export"),
    ("download my data", "export"),
    ("delete my data", "delete"),
    ("delete all my data", "delete"),
    ("forget me", "delete"),
    ("erase my data", "delete"),
    ("delete", "delete"),
    # cancel
    ("cancel", "cancel"),
    ("nevermind", "cancel"),
    ("never mind", "cancel"),
    ("stop", "cancel"),
    ("quit", "cancel"),
    ("ok stop", "cancel"),
    # nothing to route: the log flow decides (a completion, or "didn't understand")
    ("", None),
    ("thanks!", None),
    ("that puts me at 24 of my 36", None),
    ("I love this bot", None),
]


def test_the_table_is_large_enough_to_mean_something():
    assert len(ROUTES) >= 150
    assert len({text for text, _ in ROUTES}) == len(ROUTES)  # no row said twice


@pytest.mark.parametrize(("text", "flow"), ROUTES)
def test_each_message_reaches_the_flow_it_means(text, flow):
    intent = classify(text)
    assert (intent.name if intent else None) == flow


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("status", "status"),
        ("cancel", "cancel"),
        ("delete my data", "delete"),
        ("circle start weekly thursday 12:30", "circle"),  # a command at any length
        ("review the ethics course 5/5 clear and practical", "review"),
        ("I think the course was about 3 hours long", None),  # an answer, not a command
        ("my plan is to finish by March", None),  # longer than a command: an answer
    ],
)
def test_in_the_middle_of_a_flow_only_short_commands_interrupt(text, flow):
    intent = interruption(text)
    assert (intent.name if intent else None) == flow


def test_cancel_my_plan_step_reminders_turns_those_reminders_off(chat):
    chat.onboard()
    answer = chat.say("cancel my plan step reminders")
    assert "no more step reminders" in answer
    assert "Your plan" not in answer
    assert "🔔 step reminders are on" in chat.say("turn on plan step reminders")


@pytest.mark.parametrize(
    "text",
    [
        "I also finished the 3 hour ethics webinar for my NCC yesterday",
        "im an LPC, got 3 NCC hours at the ethics webinar",
        "does the compact privilege course count?",
    ],
)
def test_a_course_naming_a_credential_is_not_adding_one(text):
    intent = classify(text)
    assert intent is None or intent.name != "settings"
