"""The outbox stays a wing: no import loop through it or the nudges, read statically with ast.

Two loops were broken when the outbox became its own package, and either coming back fails
here: the package loop nudges -> outbox_kinds -> practice -> nudges (bot/nudges imported the
registry of every kind, which imported bot/practice, which imports bot/nudges), and the file
loop bot/nudges/candidates.py <-> sweep.py. Imports under `if TYPE_CHECKING:` and inside
functions count: a loop a type checker or a late import hides is still a loop.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WATCHED = ("bot.outbox", "bot.nudges")


def modules(root: Path, package: str = "bot") -> dict[str, Path]:
    """Every module under `root/package`, by dotted name (a package by its __init__.py)."""
    found = {}
    for path in (root / package).rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported(name: str, path: Path) -> Iterator[str]:
    """The dotted names a module imports, relative imports resolved, `from a import b` as
    both `a` and `a.b` (b may be a module)."""
    here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def module_graph(root: Path, package: str = "bot") -> dict[str, set[str]]:
    """Module -> the modules of `package` it imports."""
    known = modules(root, package)

    def resolve(dotted: str) -> str | None:
        while dotted not in known and "." in dotted:
            dotted = dotted.rsplit(".", 1)[0]
        return dotted if dotted in known else None

    return {
        name: {found for d in imported(name, path) if (found := resolve(d)) not in (None, name)}
        for name, path in known.items()
    }


def package_of(module: str) -> str:
    """`bot.nudges.sweep` -> `bot.nudges`; a top-level module (`bot.outbox_kinds`) is its own."""
    return ".".join(module.split(".")[:2])


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """Package -> the other packages its modules import."""
    packages: dict[str, set[str]] = {package_of(m): set() for m in graph}
    for module, targets in graph.items():
        packages[package_of(module)] |= {package_of(t) for t in targets} - {package_of(module)}
    return packages


def loops(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components with more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(component)
            elif target not in index:
                index[target] = low[target] = len(index)
                stack.append(target)
                on_stack.add(target)
                work.append((target, iter(sorted(graph.get(target, ())))))
            elif target in on_stack:
                low[node] = min(low[node], index[target])
    return found


def watched(component: set[str]) -> bool:
    return any(name == w or name.startswith(w + ".") for name in component for w in WATCHED)


def test_the_graph_really_reads_the_mentor():
    graph = module_graph(ROOT)
    assert len(graph) > 100
    assert "bot.outbox.kinds" in graph["bot.practice.digests.outbox"]
    assert "bot.nudges.zones" in graph["bot.nudges.candidates"]


def test_no_package_loop_runs_through_the_outbox_or_the_nudges():
    through = [c for c in loops(package_graph(module_graph(ROOT))) if watched(c)]
    assert through == []


def test_the_outbox_imports_none_of_the_kinds_that_plan_into_it():
    packages = package_graph(module_graph(ROOT))
    assert packages["bot.outbox"] & {"bot.nudges", "bot.practice"} == set()


def test_no_file_loop_in_the_outbox_or_the_nudges():
    through = [c for c in loops(module_graph(ROOT)) if watched(c)]
    assert through == []


def test_the_check_catches_both_loops(tmp_path):
    files = {
        "bot/__init__.py": "",
        "bot/nudges/__init__.py": "",
        "bot/nudges/service.py": "from bot.outbox_kinds import KINDS\n",
        "bot/nudges/load.py": "",
        "bot/nudges/candidates.py": (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .sweep import Local\n"
        ),
        "bot/nudges/sweep.py": "from bot.nudges import candidates\n",
        "bot/outbox_kinds.py": "from bot.practice.digests import DIGESTS\n",
        "bot/practice/__init__.py": "",
        "bot/practice/digests.py": "def late():\n    from bot.nudges.load import load\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    graph = module_graph(tmp_path)
    assert {"bot.nudges.candidates", "bot.nudges.sweep"} in loops(graph)
    assert {"bot.nudges", "bot.outbox_kinds", "bot.practice"} in loops(package_graph(graph))
