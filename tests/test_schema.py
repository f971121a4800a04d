"""The JSON Schemas under schema/ serve two readers: the build's validator and editors' IDEs
(yaml-language-server in VS Code). These tests prove both read every fixture the same way,
that every content file points its IDE at the right schema, and that the schemas carry
what an IDE shows (a description on every field, the allowed values)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema
import pytest
import yaml
from conftest import FIXTURE_CONTENT, REPO
from test_validate import CASES

from tracker.content.layout import ENTRY_KINDS
from tracker.content.load import read_document
from tracker.content.schema import DATE_PATTERN, SCHEMA_DIR, SCHEMA_FILES, load_schema, schema_problems

CONTENT_FILES = sorted(
    path for folder in (REPO / "content", FIXTURE_CONTENT) for kind in ENTRY_KINDS for path in (folder / kind).glob("*.yaml")
)


class Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2's core schema, as yaml-language-server reads a file: `2015-05-09` and `NO`
    stay strings; only true/false, null, and plain numbers are resolved."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("null", r"^(?:~|null|Null|NULL|)$", "~nN"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
]:
    Yaml12Loader.add_implicit_resolver(f"tag:yaml.org,2002:{tag}", re.compile(pattern), list(first))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^$"), [""])
Yaml12Loader.add_constructor("tag:yaml.org,2002:bool", lambda loader, node: node.value.lower() == "true")
Yaml12Loader.add_constructor(
    "tag:yaml.org,2002:int", lambda loader, node: int(node.value, 0) if node.value[:2] in ("0o", "0x") else int(node.value)
)
Yaml12Loader.add_constructor(
    "tag:yaml.org,2002:float", lambda loader, node: float(node.value.lower().replace(".inf", "inf").replace(".nan", "nan"))
)


def as_an_ide_reads(text: str) -> Any:
    return yaml.load(text, Yaml12Loader)  # noqa: S506 - a SafeLoader subclass


def test_the_yaml_12_reading() -> None:
    assert as_an_ide_reads("a: 2015-05-09\nb: NO\nc: yes\nd: 2015\ne: true\nf: ~\ng: 7:43\n") == {
        "a": "2015-05-09", "b": "NO", "c": "yes", "d": 2015, "e": True, "f": None, "g": "7:43",
    }


# Where YAML 1.1 (the build) and 1.2 (the IDE) read a plain value differently. The build is
# the stricter reader and says how to fix it; an IDE shows no squiggle there.
YAML_11_ONLY = {"Norway read as false by YAML"}


def _cases() -> list[tuple[str, str, str]]:
    valid = [(f"valid {path.relative_to(REPO)}", path.parent.name, path.read_text(encoding="utf-8")) for path in CONTENT_FILES]
    broken = [(name, file.split("/")[0], text) for name, file, text, _ in CASES if _is_yaml_data(text)]
    return valid + broken


def _is_yaml_data(text: str) -> bool:
    """Broken YAML and empty files never reach a schema, in the build or in an IDE."""
    try:
        return yaml.compose(text, yaml.SafeLoader) is not None
    except yaml.YAMLError:
        return False


@pytest.mark.parametrize(("name", "kind", "text"), _cases(), ids=[case[0] for case in _cases()])
def test_the_ide_and_the_validator_agree(name: str, kind: str, text: str, tmp_path: Path) -> None:
    path = tmp_path / kind / "example.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    document, _ = read_document(path)
    assert document is not None
    validator_says_invalid = bool(schema_problems(document, kind))
    ide_says_invalid = any(jsonschema.Draft202012Validator(load_schema(kind)).iter_errors(as_an_ide_reads(text)))
    if name in YAML_11_ONLY:
        assert (validator_says_invalid, ide_says_invalid) == (True, False)
    else:
        assert validator_says_invalid == ide_says_invalid
    if name.startswith("valid"):
        assert not validator_says_invalid


@pytest.mark.parametrize("path", CONTENT_FILES, ids=[str(p.relative_to(REPO)) for p in CONTENT_FILES])
def test_every_content_file_names_its_schema_on_the_first_line(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix, _, schema = first.partition("$schema=")
    assert prefix == "# yaml-language-server: "
    assert not schema.startswith("/")  # relative, so it works in every clone
    assert (path.parent / schema).resolve() == SCHEMA_DIR / SCHEMA_FILES[path.parent.name]


def _properties(node: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every property of a schema, however deeply nested, with its dotted name."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        for name, child in node.get("properties", {}).items():
            found.append((f"{where}{name}", child))
        for key, child in node.items():
            if key == "properties":
                for name, grandchild in child.items():
                    found += _properties(grandchild, f"{where}{name}.")
            elif isinstance(child, (dict, list)):
                found += _properties(child, where)
    elif isinstance(node, list):
        for child in node:
            found += _properties(child, where)
    return found


@pytest.mark.parametrize("kind", ENTRY_KINDS)
def test_the_schemas_give_an_ide_what_it_shows(kind: str) -> None:
    schema = load_schema(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    undescribed = sorted(name for name, child in _properties(schema) if "description" not in child)
    assert undescribed == []
    # A date's pattern is the one the validator turns into "write 2015-05-09".
    dates = [d for d in schema.get("$defs", {}).values() if "YYYY" in str(d.get("x-fix", ""))]
    assert dates and all(d["pattern"] == DATE_PATTERN for d in dates)


@pytest.fixture
def compiled_in(tmp_path: Path) -> Any:
    """The schemas' compiled checks kept in a fresh folder, compiled afresh in memory."""
    from tracker.content import schema

    def keep(folder: Path | None) -> None:
        schema._quick_check.cache_clear()
        schema.keep_compiled_in(folder)

    yield keep
    keep(None)


def _event_problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "event.yaml"
    path.write_text(text, encoding="utf-8")
    document, problems = read_document(str(path), 100_000, "events/event.yaml")
    assert document is not None and not problems
    return [f"{problem.field}: {problem.message}" for problem in schema_problems(document, "events")]


def test_a_kept_compiled_check_finds_what_a_fresh_one_does(
    tmp_path: Path, compiled_in: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = min((FIXTURE_CONTENT / "events").glob("*.yaml")).read_text(encoding="utf-8")
    compiled_in(None)
    fresh = _event_problems(tmp_path, "title: 3\n")
    assert fresh  # the schema refuses it
    kept = tmp_path / "cache"
    compiled_in(kept)
    assert _event_problems(tmp_path, "title: 3\n") == fresh
    (written,) = kept.glob("schema-events-*.code")
    with monkeypatch.context() as patched:  # a later run takes the kept code and compiles nothing
        patched.setattr(fastjsonschema, "compile_to_code", None)
        compiled_in(kept)
        assert _event_problems(tmp_path, "title: 3\n") == fresh
        assert _event_problems(tmp_path, good) == []
    assert list(kept.glob("schema-events-*.code")) == [written]
    written.write_bytes(written.read_bytes()[:-10])  # cut short, as by a full disk: never run
    compiled_in(kept)
    assert _event_problems(tmp_path, "title: 3\n") == fresh
    assert "warning: ignoring the build cache" in capsys.readouterr().err
    compiled_in(kept)  # written again whole
    assert _event_problems(tmp_path, "title: 3\n") == fresh
    assert capsys.readouterr().err == ""
