"""Docs that drift fail loudly: every field documented, every command the README names real."""

from __future__ import annotations

import json
import re

import pytest

from conftest import REPO
from tracker.cli import COMMANDS, make_parser
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
