"""House rules a machine can check: the mentor knows no chat platform."""

from __future__ import annotations

import ast
from pathlib import Path

FORBIDDEN = ("slack_bolt", "slack_sdk", "botbuilder", "botframework", "apscheduler", "aiohttp")
ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_bot_imports_no_platform_sdk_scheduler_or_web_framework():
    files = sorted((ROOT / "bot").rglob("*.py"))
    assert len(files) > 20  # the check really looked at the mentor's code
    leaks = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in imported_modules(path)
        if name.split(".")[0] in FORBIDDEN
    }
    assert leaks == set()


def test_the_check_catches_a_leak(tmp_path):
    leaky = tmp_path / "leaky.py"
    leaky.write_text("from slack_sdk import WebClient\nimport aiohttp.web\n")
    assert {"slack_sdk", "aiohttp.web"} <= imported_modules(leaky)


def test_store_has_the_only_sql():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "bot").rglob("*.py")
        if {"sqlmodel", "sqlalchemy"} & {n.split(".")[0] for n in imported_modules(path)}
        and "select" in path.read_text()
    ]
    assert offenders == []


def test_dependencies_point_down_only():
    upward = {
        f"{path.relative_to(ROOT)}: {name}"
        for layer, above in (("store", ("bot", "handlers")), ("bot", ("handlers",)))
        for path in (ROOT / layer).rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in above
    }
    assert upward == set()


def platform_names_compared(path: Path) -> set[str]:
    """String constants that are exactly a chat platform's name in `path`."""
    tree = ast.parse(path.read_text(), filename=str(path))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in ("slack", "teams")
    }


def test_the_mentor_asks_capabilities_never_platform_names():
    """Only bot/messages.py (the neutral model: which platforms exist, what each can show)
    names a platform; everything else asks `capabilities_of(platform)`. The parser is apart:
    there "teams" is a word clinicians write (a webinar on Zoom or Teams)."""
    named = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "bot").rglob("*.py"))
        if path != ROOT / "bot" / "messages.py" and "parsing" not in path.parts
        for name in platform_names_compared(path)
    }
    assert named == set()


def test_the_platform_name_check_catches_one(tmp_path):
    leaky = tmp_path / "leaky.py"
    leaky.write_text('SHOWS = {"slack"}\nif platform == "teams":\n    pass\n')
    assert platform_names_compared(leaky) == {"slack", "teams"}
