"""'hi' from a member who is set up: where they stand, not the whole menu (that is 'help')."""

from __future__ import annotations


def test_a_set_up_member_saying_hi_hears_where_they_stand(chat):
    chat.onboard("LCSW in California", "3/31/2027")
    chat.say("finished a 6 hour law and ethics webinar on 11/20/2026, live")
    answer = chat.say("hi")
    # CA LCSW: 36 h per cycle; the 6 h logged count -> "6 of 36 h".
    assert "Where you stand:\n• CA LCSW: 6 of 36 h" in answer
    assert "*help* for everything" in answer
    assert "Here's what I can do" not in answer
    assert "Here's what I can do" in chat.say("help")


def test_hi_before_any_license_is_the_menu_or_onboarding(chat):
    assert "Which license" in chat.say("hi")  # a new member: onboarding starts
