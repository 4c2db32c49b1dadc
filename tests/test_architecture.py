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
