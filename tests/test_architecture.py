"""The house rules of the package layout, read from the source's own import statements.

- The core (everything in ``bot`` but ``bot.slack``) never imports Slack code.
- Packages only import downwards: each layer below may be used by those above it.
- No import cycles between packages or between the top-level modules.
- A module over 400 lines says at its top why it is that long.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
SLACK_LIBRARIES = ("slack_bolt", "slack_sdk")
#: lowest first: a unit may import its own layer and those before it, never one after
LAYERS: list[set[str]] = [
    {"bot", "bot.errors", "bot.config", "bot.logs"},
    {"bot.fetch"},
    {"bot.analysis"},
    {"bot.knowledge"},
    {"bot.checks"},
    {"bot.analyzer", "bot.store", "bot.cache", "bot.request", "bot.analysis_pool", "bot.feedback",
     "bot.checker", "bot.render", "bot.queue", "bot.worker", "bot.cli"},
    {"bot.slack", "bot.__main__"},
]  # fmt: skip
#: the entry point wires the core's command line to the Slack wing (``serve``)
ENTRY_POINTS = {"bot.__main__"}
LONG = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (imports inside functions count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _unit(module: str) -> str:
    """The unit a module belongs to: its subpackage (``bot.fetch``), or itself if top-level."""
    return ".".join(module.split(".")[:2])


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(BOT.rglob("*.py"))}


def _layer(unit: str) -> int:
    for i, layer in enumerate(LAYERS):
        if unit in layer:
            return i
    raise AssertionError(f"{unit} is in no layer: add it to LAYERS in {__file__}")


def _edges() -> dict[str, set[str]]:
    """unit -> the units it imports."""
    modules = _modules()
    edges: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for imported in _imports(path):
            if imported in modules and imported != name:
                a, b = _unit(name), _unit(imported)
                if a != b:
                    edges[a].add(b)
    return edges


def test_the_core_never_imports_slack():
    offenders = []
    for name, path in _modules().items():
        if _unit(name) == "bot.slack" or name in ENTRY_POINTS:
            continue
        for imported in _imports(path):
            if imported.split(".")[0] in SLACK_LIBRARIES or imported.startswith("bot.slack"):
                offenders.append(f"{name} imports {imported}")
    assert not offenders, offenders


def test_packages_import_only_downwards():
    upward = [
        f"{a} imports {b}"
        for a, targets in _edges().items()
        for b in targets
        if _layer(b) > _layer(a)
    ]
    assert not upward, upward


def test_there_are_no_import_cycles():
    edges = _edges()
    cycles: list[list[str]] = []

    def visit(unit: str, path: list[str], on_path: set[str], done: set[str]) -> None:
        for nxt in sorted(edges.get(unit, ())):
            if nxt in on_path:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in done:
                visit(nxt, [*path, nxt], on_path | {nxt}, done)
        done.add(unit)

    done: set[str] = set()
    for start in sorted(edges):
        if start not in done:
            visit(start, [start], {start}, done)
    assert not cycles, cycles


def test_long_modules_say_why():
    unexplained = []
    for name, path in _modules().items():
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > LONG and not any("Long because" in line for line in lines[:30]):
            unexplained.append(f"{name}: {len(lines)} lines")
    assert not unexplained, unexplained


@pytest.mark.parametrize(
    ("source", "finds"),
    [
        ("import slack_sdk\n", "slack_sdk"),
        ("def f():\n    from slack_bolt import App\n", "slack_bolt"),
        ("from bot.slack.desk import Desk\n", "bot.slack.desk"),
    ],
)
def test_the_import_reader_sees_every_form(tmp_path: Path, source: str, finds: str):
    """The rules above are only as good as the reader: it must see nested imports too."""
    path = tmp_path / "m.py"
    path.write_text(source)
    assert finds in _imports(path)
