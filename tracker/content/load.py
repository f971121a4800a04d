"""Read content files: YAML in, plain data out, with the line of every value kept.

PyYAML alone loses line numbers, turns `2015-05-09` into a date object and accepts a
key given twice in one mapping. Here we build the values from the parser's events ourselves
so that every value knows its line, dates stay the strings editors wrote, and a repeated key
is an error.

Content arrives by pull request from strangers, so a file is refused before it is built
into Python objects when it could exhaust the build: larger than the size limit, nested
deeper than an entry ever is, holding more values than an entry ever does, or using
anchors, aliases or tags (a "billion laughs" expands a few lines into gigabytes; entries
have no use for any of them). The parser's events are checked in full before the first
value is built from them. Every file under `content/` must be a plain file where an
entry or a rule file belongs, named by a valid ID.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tracker.content.problems import Location, Problem, dotted
from tracker.settings import DEFAULT_MAX_FILE_BYTES

ENTRY_KINDS = ("events", "leaders", "sources")
"""The folders of `content/`, one entry a file."""
RULE_FILES = ("gazetteer.yaml", "ingest-cues.yaml", "publishers.yaml")
"""The YAML files at the top of `content/` that are not entries: the ingester's rules."""
ENTRY_SUFFIXES = (".yaml", ".yml")
ID_FORM = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
"""An entry's ID, which is its file name without the suffix."""

MAX_DEPTH = 10
"""Lists and mappings nest at most this deep; an event's deepest value (a quote's text) is at 4."""
MAX_VALUES = 10_000
"""Values in one file, counting every scalar, list and mapping; a long event has a few hundred."""
_NONCHARACTERS = "".join(chr(plane + last) for plane in range(0, 0x110000, 0x10000) for last in (0xFFFE, 0xFFFF))
_FORBIDDEN_CHARACTERS = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ud800-\\udfff\\ufdd0-\\ufdef{_NONCHARACTERS}]")
"""Control characters (tab, newline and carriage return apart), lone surrogates and Unicode's
non-characters: double-quoted escapes such as `"\\x00"` or `"\\x1b"` would otherwise reach pages
(where HTML calls them errors), the feed (XML forbids most of them) and the calendar."""


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
    """A path as messages show it: relative to the working directory when inside it.

    Only the folder is resolved, so a symbolic link is named as itself, not as its target.
    """
    shown = path.parent.resolve() / path.name
    try:
        return str(shown.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(shown)


@dataclass
class ParsedFiles:
    """Files an earlier build parsed without a problem, so a rebuild need not parse them again.

    Each is JSON text of its size, modification time (ns) and inode, its value and its lines,
    kept by the file's path; it is used only while the file's size, time and inode are the
    same. What this build parses without a problem goes into `now`, for the next build.
    """

    earlier: dict[str, str] = field(default_factory=dict)
    now: dict[str, str] = field(default_factory=dict)

    def find(self, path: Path, stamp: list[int], shown: str) -> Document | None:
        text = self.earlier.get(str(path.absolute()))
        if text is None:
            return None
        kept_stamp, data, lines = json.loads(text)
        if kept_stamp != stamp:
            return None
        self.now[str(path.absolute())] = text
        return Document(shown, path.stem, data, {tuple(location): line for location, line in lines})

    def keep(self, path: Path, stamp: list[int], document: Document) -> None:
        lines = [[list(location), line] for location, line in document.lines.items()]
        self.now[str(path.absolute())] = json.dumps([stamp, document.data, lines], ensure_ascii=False)


def read_document(
    path: Path, max_bytes: int = DEFAULT_MAX_FILE_BYTES, shown: str | None = None, parsed: ParsedFiles | None = None
) -> tuple[Document | None, list[Problem]]:
    """Parse one YAML file. Returns the document, or None with the problems that stopped it.

    `shown` is the path as messages show it, when the caller knows it already; `parsed`
    holds what earlier builds parsed.
    """
    shown = shown or display_path(path)
    try:
        # O_NOFOLLOW: a link swapped in after the folder was listed is still not followed.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as error:
        return None, [Problem(shown, 1, "", f"cannot be read ({error.strerror}); make it a plain, readable file")]
    with open(descriptor, "rb") as file:
        info = os.fstat(file.fileno())
        stamp = [info.st_size, info.st_mtime_ns, info.st_ino]
        found = parsed.find(path, stamp, shown) if parsed is not None else None
        if found is not None:
            return found, []
        raw = file.read(max_bytes + 1)  # never more than the limit, whatever the file's size
    if len(raw) > max_bytes:
        return None, [
            Problem(
                shown, 1, "",
                f"is larger than the limit of {max_bytes:,} bytes (an entry is a few KB: split it, "
                "or raise max_file_bytes under [tool.tracker] in pyproject.toml)",
            )
        ]
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark, as some Windows editors write, is fine
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [Problem(shown, line, "", f"is not UTF-8 text ({error.reason}); save it as UTF-8")]
    events = _checked_events(text, shown)
    if isinstance(events, Problem):
        return None, [events]
    problems: list[Problem] = []
    lines: dict[Location, int] = {}
    loader = _Loader("")  # its resolver and constructor turn the events' scalars into values
    try:
        try:
            data = _Builder(loader, events, lines, problems, shown).document()
        except _Unusual:  # rare: let PyYAML's composer read it, and say what it says
            problems, lines = [], {}
            data = _compose(text, lines, problems, shown)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(shown, error)]
    except yaml.YAMLError as error:
        return None, [Problem(shown, 1, "", f"YAML error: {error}")]
    finally:
        loader.dispose()
    if data is None:
        return None, [Problem(shown, 1, "", "the file is empty (copy an existing entry as a start)")]
    document = Document(shown, path.stem, data, lines)
    if parsed is not None and not problems:
        parsed.keep(path, stamp, document)
    return document, problems


def _syntax_problem(path: str, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    what = error.problem or "invalid YAML"
    if "nesting depth" in what:  # libyaml's own limit, met while it scans ahead of our count
        return _too_deep(path, line)
    return Problem(path, line, "", f"YAML syntax error: {what} (check indentation, colons and quotes)")


def _too_deep(path: str, line: int) -> Problem:
    return Problem(path, line, "", f"nests lists and mappings more than {MAX_DEPTH} deep; no entry does (check the indentation)")


def _checked_events(text: str, path: str) -> list[Any] | Problem:
    """The parser's events, or why the file must not be built into objects at all.

    Reads the events (cheap: no value is constructed) and stops at the first anchor, alias or
    tag, or when the nesting or the number of values passes its limit. The values are then
    built from these events, so a file is parsed once.
    """
    loader = _Loader(text)
    depth = values = 0
    events: list[Any] = []
    try:
        while loader.check_event():
            event = loader.get_event()
            events.append(event)
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return Problem(
                    path, line, "",
                    "uses a YAML anchor or alias (& or *); entries have no use for them: write the value out in full",
                )
            if getattr(event, "tag", None) and not (isinstance(event, yaml.ScalarEvent) and event.tag == "!"):
                return Problem(path, line, "", f"uses the YAML tag {event.tag}; entries have no use for tags: remove it")
            if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                values += 1
                if values > MAX_VALUES:
                    return Problem(
                        path, line, "",
                        f"holds more than {MAX_VALUES:,} values; no entry needs so many (remove the repetition)",
                    )
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    return _too_deep(path, line)
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError as error:
        return _syntax_problem(path, error)
    except yaml.YAMLError as error:
        position = getattr(error, "position", None)  # a ReaderError: a character YAML does not allow
        line = text[:position].count("\n") + 1 if isinstance(position, int) else 1
        reason = str(error).splitlines()[0]
        return Problem(path, line, "", f"cannot be read as YAML: {reason} (remove the character)")
    finally:
        loader.dispose()
    return events


_MERGE_KEYS = frozenset(["tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"])
"""`<<` and `=` as keys, which PyYAML's composer treats specially (no entry uses them)."""


class _Unusual(Exception):
    """A file the events alone do not say how to read: a second document, or a `<<` or `=` key."""


@dataclass
class _Builder:
    """Plain values from a file's checked events, with the line of each: what composing the
    node tree and `_to_python` would give, without parsing the file again."""

    loader: _Loader
    events: list[Any]
    lines: dict[Location, int]
    problems: list[Problem]
    path: str
    position: int = 0

    def _next(self) -> Any:
        event = self.events[self.position]
        self.position += 1
        return event

    def document(self) -> Any:
        """The one document's value; None for an empty file."""
        self._next()  # the stream's start
        if isinstance(self.events[self.position], yaml.StreamEndEvent):
            return None
        self._next()  # the document's start
        data = self._value(self._next(), ())
        self._next()  # the document's end
        if not isinstance(self.events[self.position], yaml.StreamEndEvent):
            raise _Unusual  # a second document: the composer's message names it
        return data

    def _scalar_node(self, event: Any) -> yaml.ScalarNode:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        return yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)

    def _skip(self, event: Any) -> None:
        """Pass over the rest of the value that `event` starts."""
        depth = 0 if isinstance(event, yaml.ScalarEvent) else 1
        while depth:
            event = self._next()
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1

    def _value(self, event: Any, location: Location) -> Any:
        self.lines.setdefault(location, event.start_mark.line + 1)
        if isinstance(event, yaml.ScalarEvent):
            return _scalar(self.loader, self._scalar_node(event), location, self.problems, self.path)
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Any] = []
            while not isinstance(self.events[self.position], yaml.SequenceEndEvent):
                items.append(self._value(self._next(), location + (len(items),)))
            self._next()
            return items
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        while not isinstance(self.events[self.position], yaml.MappingEndEvent):
            key_event = self._next()
            line = key_event.start_mark.line + 1
            if not isinstance(key_event, yaml.ScalarEvent):
                self.problems.append(Problem(self.path, line, dotted(location), "a list or mapping is used as a key (write `field: value`)"))
                self._skip(key_event)
                self._skip(self._next())
                continue
            key_node = self._scalar_node(key_event)
            if key_node.tag in _MERGE_KEYS:
                raise _Unusual
            key = _scalar(self.loader, key_node, location, self.problems, self.path)
            if not isinstance(key, str):
                self.problems.append(Problem(self.path, line, dotted(location), f"the key {key!r} is not a field name"))
                self._skip(self._next())
                continue
            if key in first_seen:
                self.problems.append(
                    Problem(
                        self.path, line, dotted(location + (key,)),
                        f"is given twice in one mapping (first on line {first_seen[key]}); keep one",
                    )
                )
                self._skip(self._next())
                continue
            first_seen[key] = line
            self.lines[location + (key,)] = line
            result[key] = self._value(self._next(), location + (key,))
        self._next()
        return result


def _compose(text: str, lines: dict[Location, int], problems: list[Problem], path: str) -> Any:
    """The file's value through PyYAML's composer and `_to_python` (for what `_Builder` leaves to it)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return _to_python(loader, node, (), lines, problems, path) if node is not None else None
    finally:
        loader.dispose()


def _to_python(
    loader: _Loader,
    node: yaml.Node,
    location: Location,
    lines: dict[Location, int],
    problems: list[Problem],
    path: str,
) -> Any:
    line = node.start_mark.line + 1
    lines.setdefault(location, line)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(path, line, dotted(location), "a list or mapping is used as a key (write `field: value`)"))
                continue
            key = _scalar(loader, key_node, location, problems, path)
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
    return _scalar(loader, node, location, problems, path)


def _scalar(loader: _Loader, node: yaml.Node, location: Location, problems: list[Problem], path: str) -> Any:
    """A scalar's value, with a problem when it holds what no page or output can carry.

    Characters no output can carry are dropped from the value (the problem stops the build),
    so that the schema does not report the same value again."""
    line = node.start_mark.line + 1
    try:
        value = loader.construct_object(node)
    except ValueError as error:  # e.g. an integer of more digits than Python converts
        problems.append(Problem(path, line, dotted(location), f"cannot be read ({error}); put the value in quotes"))
        return None
    if isinstance(value, str):
        found = _FORBIDDEN_CHARACTERS.search(value)
        if found:
            problems.append(
                Problem(
                    path, line, dotted(location),
                    f"contains U+{ord(found.group()):04X}, a control character or non-character that no page can show (remove it)",
                )
            )
            return _FORBIDDEN_CHARACTERS.sub("", value)
    return value


def entry_files(content_dir: Path, kind: str) -> list[Path]:
    """The entry files of one kind, sorted so that every run reads them in one order.

    Symbolic links are listed (their names are IDs) but never read.
    """
    folder = content_dir / kind
    if not folder.is_dir() or folder.is_symlink():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in ENTRY_SUFFIXES and (p.is_file() or p.is_symlink()))


def layout_problems(content_dir: Path) -> list[Problem]:
    """Files under `content_dir` that are not what they seem.

    A symbolic link anywhere (it could publish a file from outside the repository), a YAML file
    outside the entry folders or with a suffix in capitals, any other file in an entry folder
    (each would be silently ignored; hidden files such as .gitkeep apart),
    an entry named by no valid ID or by a name Windows reserves, and two entries whose names
    differ only in case (they collide on macOS and Windows checkouts).
    """
    problems: list[Problem] = []
    for folder, subfolders, file_names in os.walk(content_dir):
        here = Path(folder)
        files = set(file_names)  # looked up once a name: a list made this quadratic in a folder's size
        for name in sorted(subfolders + file_names):
            path = here / name
            if path.is_symlink():
                problems.append(
                    Problem(display_path(path), 1, "", "is a symbolic link; content must be plain files (put the file itself here)")
                )
            elif name in files and name.lower().endswith(ENTRY_SUFFIXES) and not name.endswith(ENTRY_SUFFIXES):
                problems.append(
                    Problem(
                        display_path(path), 1, "",
                        f"ends in {path.suffix}, which the build does not read (rename it to {path.stem}.yaml)",
                    )
                )
            elif name in files and not name.startswith(".") and not name.lower().endswith(ENTRY_SUFFIXES) and _in_entry_folder(content_dir, path):
                problems.append(
                    Problem(
                        display_path(path), 1, "",
                        "is not an entry, so the build ignores it (entries are YAML files ending in .yaml: rename or remove it)",
                    )
                )
            elif name in files and name.endswith(ENTRY_SUFFIXES) and not _belongs(content_dir, path):
                problems.append(
                    Problem(
                        display_path(path), 1, "",
                        f"is not in an entry folder, so it would be ignored (move it into content/{'/, content/'.join(ENTRY_KINDS)}/)",
                    )
                )
        subfolders[:] = [name for name in subfolders if not (here / name).is_symlink()]
    for kind in ENTRY_KINDS:
        seen: dict[str, Path] = {}
        for path in entry_files(content_dir, kind):
            if not ID_FORM.match(path.stem):
                fixed = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "an-id"
                problems.append(
                    Problem(
                        display_path(path), 1, "",
                        f"the file name {path.stem!r} is not a valid ID "
                        f"(use lowercase letters, digits and single hyphens: rename it to {fixed}.yaml)",
                    )
                )
            elif path.stem.upper() in _WINDOWS_DEVICES:
                problems.append(
                    Problem(
                        display_path(path), 1, "",
                        f"the ID {path.stem!r} names a device on Windows, where the file cannot be checked out "
                        f"(rename it, e.g. to {path.stem}-1.yaml)",
                    )
                )
            folded = path.stem.casefold()
            if folded in seen and seen[folded].stem != path.stem:
                problems.append(
                    Problem(
                        display_path(path), 1, "",
                        f"differs only in case from {display_path(seen[folded])}; the two collide on macOS and "
                        "Windows (keep one)",
                    )
                )
            seen.setdefault(folded, path)
    return problems


_WINDOWS_DEVICES = frozenset(["CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))])
"""File names Windows reserves, whatever the suffix: `nul.yaml` cannot exist in a Windows checkout."""


def _in_entry_folder(content_dir: Path, path: Path) -> bool:
    relative = path.relative_to(content_dir).parts
    return len(relative) == 2 and relative[0] in ENTRY_KINDS


def _belongs(content_dir: Path, path: Path) -> bool:
    """Whether a YAML file sits where one is read: directly in an entry folder, or a rule file at the top."""
    return _in_entry_folder(content_dir, path) or (path.parent == content_dir and path.name in RULE_FILES)


def read_documents(
    content_dir: Path, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, parsed: ParsedFiles | None = None
) -> tuple[dict[str, list[Document]], dict[str, set[str]], list[Problem]]:
    """Parse every entry file under `content_dir`, grouped by kind (reusing what `parsed` holds).

    Returns the documents that parsed, the IDs of every entry file (parsed or not, so a
    broken file does not also make every reference to it look wrong), and the problems.
    """
    documents: dict[str, list[Document]] = {kind: [] for kind in ENTRY_KINDS}
    ids: dict[str, set[str]] = {kind: set() for kind in ENTRY_KINDS}
    problems: list[Problem] = []
    if not content_dir.is_dir():
        problems.append(Problem(display_path(content_dir), 0, "", "no such content folder (give --content DIR)"))
        return documents, ids, problems
    problems.extend(layout_problems(content_dir))
    for kind in ENTRY_KINDS:
        # Each folder resolved once, not each file: resolving was a tenth of a large build.
        shown_folder = Path(display_path(content_dir / kind / "_")).parent
        for path in entry_files(content_dir, kind):
            ids[kind].add(path.stem)
            if path.is_symlink():
                continue  # reported by layout_problems, and never followed
            document, found = read_document(path, max_file_bytes, str(shown_folder / path.name), parsed)
            problems.extend(found)
            if document is not None:
                documents[kind].append(document)
    return documents, ids, problems
