"""The flows' declarations agree with their methods, with help, with the App Home and with
every button id in the code: adding a flow is declaring it, and nothing is typed twice."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot import declare
from bot.declare import FlowId, Phrase
from bot.flows import build_flows
from bot.flows.base import CompletionReader, Flow, NudgeExplainer
from bot.flows.help import command_list
from bot.home import MAIN_ACTIONS
from bot.intents import Router, classify

ROOT = Path(__file__).resolve().parents[2]
FLOWS = build_flows()
# Flows that help does not list, and why.
NOT_LISTED = {
    "help": "it is the list",
    "greet": "a greeting shows help",
    "cancel": "said in every question's own words",
    "fallback": "the answer to anything not understood",
    "onboarding": "offered by itself to anyone not set up",
}


def methods(flow: Flow, prefix: str) -> set[str]:
    return {
        name.removeprefix(prefix)
        for name in dir(flow)
        if name.startswith(prefix) and callable(getattr(flow, name))
    }


@pytest.mark.parametrize("name", list(FLOWS))
def test_every_declared_state_has_its_handler_and_every_handler_is_declared(name):
    flow = FLOWS[name]
    assert methods(flow, "on_") == set(flow.states), name
    assert methods(flow, "ask_") <= set(flow.states), name  # a question for a declared state


@pytest.mark.parametrize("name", list(FLOWS))
def test_every_declared_action_runs_a_method_and_every_action_method_is_declared(name):
    flow = FLOWS[name]
    assert methods(flow, "act_") == set(flow.actions), name


def test_every_flow_has_its_id_in_declare_and_every_id_names_a_flow():
    ids = {value.name for value in vars(declare).values() if isinstance(value, FlowId)}
    assert ids == set(FLOWS)


def test_flows_are_named_once_and_the_names_are_what_buttons_use():
    for name, flow in FLOWS.items():
        assert flow.name == name == type(flow).id().name
        assert FLOWS.of(FlowId(name)) is flow


def test_each_capability_belongs_to_exactly_one_flow():
    assert FLOWS.having(CompletionReader) is FLOWS["log"]
    assert FLOWS.having(NudgeExplainer) is FLOWS["nudges"]


def test_every_listed_flow_reaches_help_and_every_unlisted_one_says_why():
    listing = command_list(FLOWS.values())
    for name, flow in FLOWS.items():
        if name in NOT_LISTED:
            assert not flow.section, f"{name} is listed: drop it from NOT_LISTED"
            continue
        assert flow.section in declare.SECTIONS, name
        assert flow.usage and flow.summary, name
        assert f"• *{flow.usage}* — {flow.summary}" in listing, name
        for say, does in flow.more_help:
            assert f"• *{say}* — {does}" in listing, name
    shown = FLOWS["help"]
    assert shown.listing == listing  # what help says is that listing


def test_help_shows_sections_in_order_with_their_flows_under_them():
    listing = command_list(FLOWS.values()).split("\n")
    headings = [line.strip("*") for line in listing if line.startswith("*")]
    assert headings == [s for s in declare.SECTIONS if any(f.section == s for f in FLOWS.values())]
    under = ""
    for line in listing:
        if line.startswith("*"):
            under = line.strip("*")
        elif line.startswith("• *"):
            say = line[3 : line.index("* — ")]
            owners = [f for f in FLOWS.values() if say in (f.usage, *(s for s, _ in f.more_help))]
            assert owners and owners[0].section == under, line


def test_every_app_home_button_names_a_flow_that_starts():
    for label, flow_id in MAIN_ACTIONS:
        flow = FLOWS.of(flow_id)
        assert type(flow).start is not Flow.start, label  # it has its own start


def test_before_onboarding_is_the_flows_that_say_so():
    assert FLOWS.before_onboarding == {
        "help",
        "delete",
        "export",
        "cancel",
        "onboarding",
        "team",
        "digest",
        "circle",
    }


def _button_ids_in(path: Path) -> list[tuple[str, str, int]]:
    """(flow constant, action, line) for each `X.act("y")` and `X.start` in a file."""
    tree = ast.parse(path.read_text())
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "act"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id.isupper()
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((node.func.value.id, node.args[0].value, node.lineno))
        elif (
            isinstance(node, ast.Attribute)
            and node.attr == "start"
            and isinstance(node.value, ast.Name)
            and node.value.id.isupper()
            and isinstance(getattr(declare, node.value.id, None), FlowId)
        ):
            found.append((node.value.id, "start", node.lineno))
    return found


def test_every_button_id_in_the_code_lands_on_a_state_or_an_action_of_its_flow():
    files = sorted((ROOT / "bot").rglob("*.py"))
    checked = 0
    for path in files:
        for constant, action, line in _button_ids_in(path):
            flow_id = getattr(declare, constant, None)
            assert isinstance(flow_id, FlowId), f"{path}:{line}: {constant} is not a flow id"
            flow = FLOWS.of(flow_id)
            where = f"{path.relative_to(ROOT)}:{line}: {flow_id.act(action)}"
            assert action == "start" or action in flow.states or action in flow.actions, where
            checked += 1
    assert checked > 30  # the scan really found the buttons


def test_no_button_id_is_typed_as_a_string():
    names = "|".join(sorted(FLOWS, key=len, reverse=True))
    typed = re.compile(rf"""["']({names})\.[a-z_]+["']""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "bot").rglob("*.py"))
        if path.name != "declare.py"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if typed.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []


class _Stub(Flow):
    def start(self, turn) -> None:  # pragma: no cover - never routed to
        raise AssertionError


def _flow(name: str, **declared) -> Flow:
    return type(name.title(), (_Stub,), {"name": name, **declared})()


def test_two_flows_claiming_one_priority_or_one_command_word_are_refused():
    with pytest.raises(ValueError, match="share priority 5"):
        Router([_flow("a", phrases=(Phrase("x", 5),)), _flow("b", phrases=(Phrase("y", 5),))])
    with pytest.raises(ValueError, match="'go' starts both a and b"):
        Router([_flow("a", commands=("go",)), _flow("b", commands=("go",))])


def test_phrases_are_tried_by_priority_not_by_the_order_flows_are_listed():
    late, early = (
        _flow("late", phrases=(Phrase(r"\bplan\b", 20),)),
        _flow("early", phrases=(Phrase(r"\breminders?\b", 10),)),
    )
    router = Router([late, early])
    assert router.classify("my plan reminders").name == "early"
    assert router.classify("my plan").name == "late"


def test_a_flow_that_does_not_interrupt_leaves_a_short_answer_to_the_flow_in_progress(chat):
    chat.onboard()
    chat.say("goals")  # a question in the goals flow
    answered = chat.say("hi")
    assert "Here's what I can do" not in answered  # "hi" was an answer, not the help menu


def test_the_flows_showing_ones_own_records_are_those_that_say_so():
    assert {name for name, flow in FLOWS.items() if flow.private} == {
        "status",
        "goals",
        "assess",
        "plan",
        "export",
        "transcript",
        "audit",
        "calendar",
        "settings",
        "suggest",
        "nudges",
        "delete",
    }


# Help lines that describe rather than quote a command: any question, a file, the rest of a
# "circle start / join / leave" line (said after "circle").
DESCRIBED = {"ask me", "drop a certificate", "join", "leave"}


def test_what_help_tells_a_member_to_say_reaches_the_flow_it_lists():
    checked = 0
    for name, flow in FLOWS.items():
        said = [flow.usage, *(say for say, _ in flow.more_help)] if flow.section else []
        for line in said:
            for alternative in line.split(" / "):
                typed = alternative.replace("<area>", "trauma").replace("<course>", "ethics")
                typed = typed.replace("…", "").strip()
                if typed in DESCRIBED:
                    continue
                intent = classify(typed)
                assert intent is not None and intent.name == name, (typed, intent)
                checked += 1
    assert checked > 25
