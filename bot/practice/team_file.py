"""Reading a team file (CSV: who reports to whom) for `python app.py team import`.

Columns: platform, workspace, manager, member (required) and manager_name, member_name.
`platform` is slack, teams or terminal; `workspace` the Slack team id (T…) or Teams tenant id;
`manager` and `member` are platform user ids (Slack U…, Teams 29:…), because that is how
the bot knows people (emails would need an extra lookup scope). Every problem is reported
with its line, and nothing is imported unless the whole file is right.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import get_args

from bot.messages import Platform

PLATFORMS = tuple(name for name in get_args(Platform) if name != "test")  # as bot/messages says
REQUIRED = ("platform", "workspace", "manager", "member")
COLUMNS = (*REQUIRED, "manager_name", "member_name")


class TeamFileError(ValueError):
    """The file cannot be imported; `errors` lists every problem, each naming its line."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class TeamLine:
    """One line of the file: `member` reports to `manager` in one workspace."""

    line: int
    platform: str
    workspace: str
    manager: str
    member: str
    manager_name: str = ""
    member_name: str = ""


def read_team_file(text: str) -> list[TeamLine]:
    """Validated lines, or TeamFileError listing every problem."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    header = [h.strip().lower() for h in next(reader, [])]
    errors = [f"line 1: missing required column '{c}'" for c in REQUIRED if c not in header]
    errors += [
        f"line 1: unknown column '{h}' (known: {', '.join(COLUMNS)})"
        for h in header
        if h not in COLUMNS
    ]
    if errors:
        raise TeamFileError(errors)
    lines: list[TeamLine] = []
    previous_end = reader.line_num
    for values in reader:
        number, previous_end = previous_end + 1, reader.line_num
        if not any(v.strip() for v in values):
            continue
        row = {h: v.strip() for h, v in zip(header, values, strict=False)}
        problem = _problem(row, len(values), len(header))
        if problem:
            errors.append(f"line {number}: {problem}")
            continue
        lines.append(TeamLine(number, **{c: row.get(c, "") for c in COLUMNS}))
    errors += _conflicts(lines)
    if not lines and not errors:
        errors.append("the file has a header row but no one in it")
    if errors:
        raise TeamFileError(errors)
    return lines


def _problem(row: dict[str, str], values: int, columns: int) -> str:
    if values > columns:
        return f"{values} values but only {columns} columns"
    missing = [c for c in REQUIRED if not row.get(c)]
    if missing:
        return "empty " + ", ".join(missing)
    if row["platform"].lower() not in PLATFORMS:
        return f"platform '{row['platform']}' is not one of {', '.join(PLATFORMS)}"
    row["platform"] = row["platform"].lower()
    if row["manager"] == row["member"]:
        return f"{row['member']} can't report to themself"
    return ""


def _conflicts(lines: list[TeamLine]) -> list[str]:
    """Someone given two managers, or people reporting to each other in a circle."""
    errors: list[str] = []
    first: dict[tuple[str, str, str], int] = {}
    manager_of: dict[tuple[str, str, str], tuple[str, int]] = {}
    for line in lines:
        key = (line.platform, line.workspace, line.member)
        if key in first and manager_of[key][0] != line.manager:
            errors.append(
                f"line {line.line}: {line.member} already reports to "
                f"{manager_of[key][0]} (line {first[key]})"
            )
            continue
        first.setdefault(key, line.line)
        manager_of[key] = (line.manager, line.line)
    for (platform, workspace, member), (_, number) in manager_of.items():
        chain, boss = {member}, manager_of[(platform, workspace, member)][0]
        while boss not in chain and (platform, workspace, boss) in manager_of:
            chain.add(boss)
            boss = manager_of[(platform, workspace, boss)][0]
        if boss == member:
            errors.append(
                f"line {number}: {member} would end up reporting to themself "
                "through a circle of managers"
            )
    return errors
