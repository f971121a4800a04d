"""Values that YAML would misread, or that a page must show as text: `new` writes them so
that they read back exactly as typed, for the build (YAML 1.1) and for IDEs (YAML 1.2)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import write_the_todos
from test_schema import as_an_ide_reads

from tracker.cli import main
from tracker.content.validate import validate_content
from tracker.editors.skeletons import scalar

HOSTILE = [
    "- starts like a list item", "? starts like a key", "! a tag", "& an anchor", "* an alias", "% a directive",
    "@ reserved", "` reserved", "a # not a comment", "key: value", "{a flow: mapping}", "[a, flow, list]",
    "'single quoted'", '"double quoted"', "Kim's \"visit\"", "null", "~", "true", "yes", "NO", "on", "1e3",
    "0x10", "0o17", "7:43", "2015-05-09", "1_000", ".inf", "<script>alert(1)</script>", "emoji 🇰🇵 and 김정은",
    "back\\slash", "ends with a colon:",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_scalar_reads_back_as_typed(value: str) -> None:
    assert yaml.safe_load(f"key: {scalar(value)}") == {"key": value}
    assert as_an_ide_reads(f"key: {scalar(value)}") == {"key": value}


@pytest.mark.parametrize("title", HOSTILE)
def test_a_hostile_title_survives_new_and_check(title: str, content_dir: Path) -> None:
    assert main(["new", "event", "--content", str(content_dir), "--title", title, "--date", "2019-04",
                 "--status", "held", "--country", "RU", "--source", "wire-2019-04-22-trip-announced",
                 "--id", "hostile"]) == 0
    assert validate_content(write_the_todos(content_dir)).events["hostile"].title == title
