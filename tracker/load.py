"""Read content files: YAML in, plain data out, with the line of every value kept.

PyYAML alone loses line numbers, turns `2015-05-09` into a date object and accepts a
key given twice in one mapping. Here we compose the node tree ourselves so that every
value knows its line, dates stay the strings editors wrote, and a repeated key is an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tracker.problems import Location, Problem, dotted

ENTRY_KINDS = ("events", "leaders", "sources")
"""The folders of `content/`, one entry a file."""


# libyaml's parser is about ten times faster than PyYAML's pure-Python one; the wheels ship it.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader that leaves dates as the strings the editor wrote."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Document:
    """One content file, parsed."""

    path: str
    """As shown in messages."""
    id: str
    """The file stem, which is the entry's ID."""
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)
    """The 1-based line of each value (for a mapping entry, the line of its key)."""

    def line(self, location: Location) -> int:
        """The line of `location`, or of its nearest parent that has one."""
        while location not in self.lines and location:
            location = location[:-1]
        return self.lines.get(location, 1)


def display_path(path: Path) -> str:
    """A path as messages show it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def read_document(path: Path, shown: str | None = None) -> tuple[Document | None, list[Problem]]:
    """Parse one YAML file. Returns the document, or None with the problems that stopped it.

    `shown` is the path as messages show it, when the caller knows it already.
    """
    shown = shown or display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return None, [Problem(shown, 1, "", f"is not UTF-8 text ({error.reason}); save it as UTF-8")]
    loader = _Loader(text)
    problems: list[Problem] = []
    lines: dict[Location, int] = {}
    try:
        node = loader.get_single_node()
        data = _to_python(loader, node, (), lines, problems, shown) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        what = error.problem or "invalid YAML"
        return None, [Problem(shown, line, "", f"YAML syntax error: {what} (check indentation, colons and quotes)")]
    except yaml.YAMLError as error:
        return None, [Problem(shown, 1, "", f"YAML error: {error}")]
    finally:
        loader.dispose()
    if data is None:
        return None, [Problem(shown, 1, "", "the file is empty (copy an existing entry as a start)")]
    return Document(shown, path.stem, data, lines), problems


def _to_python(
    loader: _Loader,
    node: yaml.Node,
    location: Location,
    lines: dict[Location, int],
    problems: list[Problem],
    path: str,
) -> Any:
    lines.setdefault(location, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                problems.append(Problem(path, line, dotted(location), f"the key {key!r} is not a field name"))
                continue
            if key in first_seen:
                problems.append(
                    Problem(
                        path,
                        line,
                        dotted(location + (key,)),
                        f"is given twice in one mapping (first on line {first_seen[key]}); keep one",
                    )
                )
                continue
            first_seen[key] = line
            lines[location + (key,)] = line
            result[key] = _to_python(loader, value_node, location + (key,), lines, problems, path)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _to_python(loader, item, location + (index,), lines, problems, path)
            for index, item in enumerate(node.value)
        ]
    return loader.construct_object(node)


def entry_files(content_dir: Path, kind: str) -> list[Path]:
    """The entry files of one kind, sorted so that every run reads them in one order."""
    folder = content_dir / kind
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in (".yaml", ".yml"))


def read_content(content_dir: Path) -> tuple[dict[str, list[Document]], dict[str, set[str]], list[Problem]]:
    """Parse every entry file under `content_dir`, grouped by kind.

    Returns the documents that parsed, the IDs of every entry file (parsed or not, so a
    broken file does not also make every reference to it look wrong), and the problems.
    """
    documents: dict[str, list[Document]] = {kind: [] for kind in ENTRY_KINDS}
    ids: dict[str, set[str]] = {kind: set() for kind in ENTRY_KINDS}
    problems: list[Problem] = []
    if not content_dir.is_dir():
        problems.append(Problem(display_path(content_dir), 0, "", "no such content folder (give --content DIR)"))
        return documents, ids, problems
    shown_dir = Path(display_path(content_dir))  # once: resolving every file's path was slow
    for kind in ENTRY_KINDS:
        for path in entry_files(content_dir, kind):
            ids[kind].add(path.stem)
            document, found = read_document(path, str(shown_dir / kind / path.name))
            problems.extend(found)
            if document is not None:
                documents[kind].append(document)
    return documents, ids, problems
