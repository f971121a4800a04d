"""Docs that drift fail loudly: every field documented, every command the README names real."""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO

from tracker.cli import COMMANDS, make_parser
from tracker.content.model import Status
from tracker.content.validate import validate_content
from tracker.settings import SETTING_NAMES

README = (REPO / "README.md").read_text(encoding="utf-8")
DESIGN = (REPO / "DESIGN.md").read_text(encoding="utf-8")


def test_the_readme_gives_the_two_commands() -> None:
    assert "make site" in README and "make test" in README


def test_every_command_is_in_the_readme_and_every_readme_command_exists() -> None:
    named = set(re.findall(r"python build\.py (?:\[build\] )?\[?([a-z]+)", README)) - {"build"}
    assert named == set(COMMANDS) - {"build"}
    help_text = make_parser().format_help()
    assert all(command in help_text for command in COMMANDS)


@pytest.mark.parametrize("kind", ["event", "leader", "source"])
def test_every_schema_field_is_documented_in_design(kind: str) -> None:
    schema = json.loads((REPO / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    fields = set(schema["properties"])
    for definition in schema.get("$defs", {}).values():
        fields |= set(definition.get("properties", {}))
    missing = sorted(f for f in fields if not re.search(rf"^\s*(- )?{f}:|[{{ ,]{f}:", DESIGN, re.MULTILINE))
    assert missing == []


def test_every_setting_is_in_the_readme() -> None:
    assert all(f"`{name}`" in README for name in SETTING_NAMES)


# --- every option the README, CONTRIBUTING.md and the code's docstrings show is real ---


def _help(command: list[str]) -> str:
    parser = make_parser()
    for name in command:
        parser = next(
            action.choices[name] for action in parser._actions if isinstance(action, argparse._SubParsersAction)
        )
    return parser.format_help()


CODE = sorted(path.relative_to(REPO).as_posix() for path in (REPO / "tracker").rglob("*.py"))
COMMAND_LINE = re.compile(r"python build\.py ((?:\[?[a-z]+\]? ?)[^`\n]*)")


@pytest.mark.parametrize(
    "doc", ["README.md", "CONTRIBUTING.md"] + [path for path in CODE if COMMAND_LINE.search((REPO / path).read_text())]
)
def test_every_command_line_in_the_docs_matches_its_help(doc: str) -> None:
    text = (REPO / doc).read_text(encoding="utf-8")
    lines = COMMAND_LINE.findall(text)
    assert lines
    for line in lines:
        words = line.replace("[", " ").replace("]", " ").replace("\\|", "|").split()
        command = [words[0]] if words[0] in COMMANDS else []
        if command == ["new"] and len(words) > 1:
            command += [kind for kind in words[1].split("|") if kind in ("event", "leader", "source")][:1]
        help_text = _help(command)
        for option in re.findall(r"(--[a-z-]+)", line):
            assert option in help_text, f"{doc}: `python build.py {line}` uses {option}, which {command} --help lacks"


def test_the_contributing_examples_pass_check(tmp_path: Path) -> None:
    """The example entries in CONTRIBUTING.md are valid, so copying them never fails."""
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    examples = re.findall(r"`(content/[a-z]+/[a-z0-9-]+\.yaml)`:\n\n```yaml\n(.*?)```", text, re.DOTALL)
    assert [path for path, _ in examples] == [
        "content/sources/independent-2015-05-01-kim-snubs-putin.yaml",
        "content/events/kim-jong-un-victory-day-2015.yaml",
    ]
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    for path, example in examples:
        (tmp_path / path).write_text(example, encoding="utf-8")
    validate_content(content)


def test_the_contributing_status_table_lists_every_status() -> None:
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert re.findall(r"^\| `([a-z]+)` \|", text, re.MULTILINE) == [status.value for status in Status]


@pytest.mark.parametrize("module", CODE)
def test_every_field_docstring_sits_under_its_own_field(module: str) -> None:
    """A string after a field documents that field; two strings in a row mean one of them
    has lost its field."""
    tree = ast.parse((REPO / module).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.ClassDef, ast.Module)):
            for before, after in zip(node.body, node.body[1:]):
                strings = [isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and isinstance(s.value.value, str)
                           for s in (before, after)]
                assert strings != [True, True], f"{module}:{after.lineno}: a docstring with no field of its own"


ISSUE_NUMBER = re.compile(r"\b[Ii]ssues? #?[0-9]+")


def test_code_speaks_of_the_product_not_of_issue_numbers() -> None:
    """Code, comments, the Makefile, CI scripts and the stylesheet say what a thing does;
    which issue asked for it is git history's business."""
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    found = []
    for name in tracked:
        path = REPO / name
        if name.endswith(".md") or name.startswith(("tests/fixtures/", "content/")) or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found += [f"{name}:{n}: {line.strip()}" for n, line in enumerate(text.splitlines(), 1) if ISSUE_NUMBER.search(line)]
    assert found == []


def test_the_readme_maps_every_module_of_the_package() -> None:
    """The map in "How the code is laid out" names each module, so a newcomer finds them all."""
    section = README.split("## How the code is laid out", 1)[1].split("\n## ", 1)[0]
    missing = [
        path for path in CODE
        if not path.endswith("__init__.py") and f"`{Path(path).name}`" not in section and f"`{path}`" not in section
    ]
    assert missing == []
