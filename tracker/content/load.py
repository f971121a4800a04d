"""Read content files: YAML in, plain data out, with the line of every value kept.

PyYAML alone loses line numbers, turns `2015-05-09` into a date object and accepts a
key given twice in one mapping. Here we build the values from the parser's events ourselves
so that every value knows its line, dates stay the strings editors wrote, and a repeated key
is an error.

Content arrives by pull request from strangers, so a file is refused before it is built
into Python objects when it could exhaust the build: larger than the size limit, nested
deeper than an entry ever is, holding more values than an entry ever does, or using
anchors, aliases or tags (a "billion laughs" expands a few lines into gigabytes; entries
have no use for any of them). Each of the parser's events is checked before a value is
built from it. Every file under `content/` must be a plain file where an
entry or a rule file belongs, named by a valid ID.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tracker.content.layout import ENTRY_KINDS, display_path, list_content, missing_folder, shown_folder, split_name
from tracker.content.problems import Location, Problem, dotted
from tracker.settings import DEFAULT_MAX_FILE_BYTES

MAX_DEPTH = 10
"""Lists and mappings nest at most this deep; an event's deepest value (a quote's text) is at 4."""
MAX_VALUES = 10_000
"""Values in one file, counting every scalar, list and mapping; a long event has a few hundred."""
_NONCHARACTERS = "".join(chr(plane + last) for plane in range(0, 0x110000, 0x10000) for last in (0xFFFE, 0xFFFF))
_FORBIDDEN_CHARACTERS = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ud800-\\udfff\\ufdd0-\\ufdef{_NONCHARACTERS}]")
"""Control characters (tab, newline and carriage return apart), lone surrogates and Unicode's
non-characters: double-quoted escapes such as `"\\x00"` or `"\\x1b"` would otherwise reach pages
(where HTML calls them errors), the feed (XML forbids most of them) and the calendar."""
_FORBIDDEN_ASCII = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]")
"""The same, for a text all ASCII."""


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
    text: str | None = None
    """The file as read, when known: a check can tell from it at once that no value can hold
    what it looks for (every character of a value is in the text, or comes from an escape)."""

    def line(self, location: Location) -> int:
        """The line of `location`, or of its nearest parent that has one."""
        while location not in self.lines and location:
            location = location[:-1]
        return self.lines.get(location, 1)


def read_document(
    path: Path | str, max_bytes: int = DEFAULT_MAX_FILE_BYTES, shown: str | None = None, max_values: int = MAX_VALUES
) -> tuple[Document | None, list[Problem]]:
    """Parse one YAML file. Returns the document, or None with the problems that stopped it.

    `shown` is the path as messages show it, when the caller knows it already; `max_values`
    the most values it may hold (a rule file's glossary holds more than any entry).
    """
    path = os.fspath(path)
    shown = shown or display_path(Path(path))
    try:
        # O_NOFOLLOW: a link swapped in after the folder was listed is still not followed.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as error:
        return None, [Problem(shown, 1, "", f"cannot be read ({error.strerror}); make it a plain, readable file")]
    with open(descriptor, "rb") as file:
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
    parsed = _parse(text, shown, max_values)
    if isinstance(parsed, Problem):
        return None, [parsed]
    data, lines, problems = parsed
    if data is None:
        return None, [Problem(shown, 1, "", "the file is empty (copy an existing entry as a start)")]
    return Document(shown, split_name(os.path.basename(path))[0], data, lines, text), problems


Parsed = tuple[Any, dict[Location, int], list[Problem]]
"""A file's value, the line of each of its values, and what is wrong in them."""


def _parse(text: str, path: str, max_values: int = MAX_VALUES) -> Parsed | Problem:
    """The file's value, or why it must not be built into values at all.

    One pass over the parser's events: each is checked as it is read (anchors, aliases, tags,
    nesting, the number of values) before a value is built from it, so what is built stays
    within the limits, and a refused file reports only why it was refused.
    """
    lines: dict[Location, int] = {}
    problems: list[Problem] = []
    # Every character of a value is one of the text's, or comes from an escape (a backslash).
    forbidden = _FORBIDDEN_CHARACTERS if not text.isascii() else _FORBIDDEN_ASCII  # the first is slow
    check_characters = "\\" in text or forbidden.search(text) is not None
    loader = _Loader(text)
    try:
        data = _Reader(loader, path, lines, problems, check_characters, max_values).document()
    except _Refused as refused:
        return refused.problem
    except _Unusual:  # rare: let PyYAML's composer read it, and say what it says
        return _parse_in_two_steps(text, path)
    except yaml.YAMLError as error:
        return _reading_problem(text, path, error)
    finally:
        loader.dispose()
    return data, lines, problems


def _parse_in_two_steps(text: str, path: str) -> Parsed | Problem:
    """What the one pass leaves to PyYAML's composer: every event checked first, then composed."""
    loader = _Loader(text)
    reader = _Reader(loader, path, {}, [], True)
    try:
        while loader.check_event():
            reader.next()
    except _Refused as refused:
        return refused.problem
    except yaml.YAMLError as error:
        return _reading_problem(text, path, error)
    finally:
        loader.dispose()
    lines: dict[Location, int] = {}
    problems: list[Problem] = []
    try:
        data = _compose(text, lines, problems, path)
    except yaml.MarkedYAMLError as error:
        return _syntax_problem(path, error)
    except yaml.YAMLError as error:
        return Problem(path, 1, "", f"YAML error: {error}")
    return data, lines, problems


def _reading_problem(text: str, path: str, error: yaml.YAMLError) -> Problem:
    if isinstance(error, yaml.MarkedYAMLError):
        return _syntax_problem(path, error)
    position = getattr(error, "position", None)  # a ReaderError: a character YAML does not allow
    line = text[:position].count("\n") + 1 if isinstance(position, int) else 1
    reason = str(error).splitlines()[0]
    return Problem(path, line, "", f"cannot be read as YAML: {reason} (remove the character)")


def _syntax_problem(path: str, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    what = error.problem or "invalid YAML"
    if "nesting depth" in what:  # libyaml's own limit, met while it scans ahead of our count
        return _too_deep(path, line)
    return Problem(path, line, "", f"YAML syntax error: {what} (check indentation, colons and quotes)")


def _too_deep(path: str, line: int) -> Problem:
    return Problem(path, line, "", f"nests lists and mappings more than {MAX_DEPTH} deep; no entry does (check the indentation)")


_STR = "tag:yaml.org,2002:str"
_MERGE_KEYS = frozenset(["tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"])
"""`<<` and `=` as keys, which PyYAML's composer treats specially (no entry uses them)."""
_SCALAR, _SEQUENCE_START, _SEQUENCE_END = yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.SequenceEndEvent
_MAPPING_START, _MAPPING_END = yaml.MappingStartEvent, yaml.MappingEndEvent


class _Refused(Exception):
    """A file that must not be built into values (an alias, a tag, too deep, too many values)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class _Unusual(Exception):
    """A file the events alone do not say how to read: a second document, or a `<<` or `=` key."""


class _Resolver(yaml.resolver.Resolver):
    """The loader's resolver on its own, to resolve a scalar without a parser."""


_Resolver.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
_RESOLVER: Any = _Resolver()  # typed loosely, as PyYAML leaves it


@functools.lru_cache(maxsize=4096)
def _plain_tag(value: str) -> str:
    """The tag PyYAML's resolver gives a plain (unquoted) scalar: IDs, dates and words repeat."""
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    return tag


class _Reader:
    """Plain values from a file's events, with the line of each: what composing the node tree
    and `_to_python` would give, in one pass. Each event is checked as it is read.

    This is the inner loop of a clean check (a few hundred events a file): event types are
    compared by identity, and a value's line is taken only where `lines` keeps it."""

    def __init__(
        self, loader: _Loader, path: str, lines: dict[Location, int], problems: list[Problem], check_characters: bool,
        max_values: int = MAX_VALUES,
    ) -> None:
        self.loader = loader
        self.get_event = loader.get_event
        self.path = path
        self.lines = lines
        self.problems = problems
        self.check_characters = check_characters
        """False when no value can hold a forbidden character (the text has none, nor a backslash)."""
        self.depth = 0
        self.values = 0
        self.max_values = max_values

    def next(self) -> Any:
        """The next event, refused when an entry has no use for it or it passes a limit."""
        event = self.get_event()
        kind = type(event)
        if kind is _SCALAR or kind is _MAPPING_START or kind is _SEQUENCE_START:
            if event.anchor is not None or (event.tag is not None and not (kind is _SCALAR and event.tag == "!")):
                raise _Refused(self._refusal(event))
            self.values += 1
            if self.values > self.max_values:
                raise _Refused(
                    Problem(
                        self.path, event.start_mark.line + 1, "",
                        f"holds more than {self.max_values:,} values, more than a file of its kind needs (remove the repetition)",
                    )
                )
            if kind is not _SCALAR:
                self.depth += 1
                if self.depth > MAX_DEPTH:
                    raise _Refused(_too_deep(self.path, event.start_mark.line + 1))
        elif kind is _MAPPING_END or kind is _SEQUENCE_END:
            self.depth -= 1
        elif kind is yaml.AliasEvent:
            raise _Refused(self._refusal(event))
        return event

    def _refusal(self, event: Any) -> Problem:
        line = event.start_mark.line + 1
        if type(event) is yaml.AliasEvent or event.anchor is not None:
            return Problem(
                self.path, line, "",
                "uses a YAML anchor or alias (& or *); entries have no use for them: write the value out in full",
            )
        return Problem(self.path, line, "", f"uses the YAML tag {event.tag}; entries have no use for tags: remove it")

    def document(self) -> Any:
        """The one document's value; None for an empty file."""
        self.next()  # the stream's start
        if type(self.next()) is yaml.StreamEndEvent:
            return None
        event = self.next()
        self.lines[()] = event.start_mark.line + 1
        data = self._value(event, ())
        self.next()  # the document's end
        if type(self.next()) is not yaml.StreamEndEvent:
            raise _Unusual  # a second document: the composer's message names it
        return data

    def _skip(self, event: Any) -> None:
        """Pass over the rest of the value that `event` starts."""
        depth = 0 if type(event) is _SCALAR else 1
        while depth:
            kind = type(self.next())
            if kind is _SEQUENCE_START or kind is _MAPPING_START:
                depth += 1
            elif kind is _SEQUENCE_END or kind is _MAPPING_END:
                depth -= 1

    @staticmethod
    def _tag(event: Any) -> str:
        tag: str | None = event.tag
        if tag is None or tag == "!":  # a quoted or block scalar is text; a plain one is resolved
            return _plain_tag(event.value) if event.implicit[0] else _STR
        return tag

    def _scalar(self, event: Any, tag: str, location: Location) -> Any:
        if tag == _STR:
            value: Any = event.value
            if event.implicit[0]:  # a plain word (an ID, a status) stands once for all its uses
                value = sys.intern(value)
        else:
            node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
            try:
                value = self.loader.construct_object(node)
            except ValueError as error:  # e.g. an integer of more digits than Python converts
                line = event.start_mark.line + 1
                self.problems.append(Problem(self.path, line, dotted(location), f"cannot be read ({error}); put the value in quotes"))
                return None
        if self.check_characters and isinstance(value, str):
            return _without_forbidden(value, event.start_mark.line + 1, location, self.problems, self.path)
        return value

    def _key(self, event: Any, location: Location, line: int) -> str | None:
        """The field name `event` gives in the mapping at `location`; None, with a problem
        (its value to be skipped), when it is none."""
        if type(event) is not _SCALAR:
            self.problems.append(Problem(self.path, line, dotted(location), "a list or mapping is used as a key (write `field: value`)"))
            self._skip(event)
            return None
        tag = self._tag(event)
        if tag in _MERGE_KEYS:
            raise _Unusual
        key = self._scalar(event, tag, location)
        if not isinstance(key, str):
            self.problems.append(Problem(self.path, line, dotted(location), f"the key {key!r} is not a field name"))
            return None
        return key

    def _value(self, event: Any, location: Location) -> Any:
        """The value `event` starts; the caller has noted its line."""
        kind = type(event)
        if kind is _SCALAR:
            return self._scalar(event, self._tag(event), location)
        lines = self.lines
        if kind is _SEQUENCE_START:
            items: list[Any] = []
            while type(item := self.next()) is not _SEQUENCE_END:
                here = location + (len(items),)
                lines[here] = item.start_mark.line + 1
                items.append(self._value(item, here))
            return items
        result: dict[str, Any] = {}
        while type(key_event := self.next()) is not _MAPPING_END:
            line = key_event.start_mark.line + 1
            key = self._key(key_event, location, line)
            if key is not None and key in result:
                self.problems.append(
                    Problem(
                        self.path, line, dotted(location + (key,)),
                        f"is given twice in one mapping (first on line {lines[location + (key,)]}); keep one",
                    )
                )
                key = None
            if key is None:
                self._skip(self.next())
                continue
            here = location + (key,)
            lines[here] = line
            result[key] = self._value(self.next(), here)
        return result


def _compose(text: str, lines: dict[Location, int], problems: list[Problem], path: str) -> Any:
    """The file's value through PyYAML's composer and `_to_python` (for what `_Reader` leaves to it)."""
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
    """A scalar's value, with a problem when it holds what no page or output can carry."""
    line = node.start_mark.line + 1
    try:
        value = loader.construct_object(node)
    except ValueError as error:  # e.g. an integer of more digits than Python converts
        problems.append(Problem(path, line, dotted(location), f"cannot be read ({error}); put the value in quotes"))
        return None
    if isinstance(value, str):
        return _without_forbidden(value, line, location, problems, path)
    return value


def _without_forbidden(value: str, line: int, location: Location, problems: list[Problem], path: str) -> str:
    """The text with a problem when it holds what no page or output can carry.

    Characters no output can carry are dropped from the value (the problem stops the build),
    so that the schema does not report the same value again."""
    found = _FORBIDDEN_CHARACTERS.search(value)
    if found is None:
        return value
    problems.append(
        Problem(
            path, line, dotted(location),
            f"contains U+{ord(found.group()):04X}, a control character or non-character that no page can show (remove it)",
        )
    )
    return _FORBIDDEN_CHARACTERS.sub("", value)
def read_documents(
    content_dir: Path, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
) -> tuple[dict[str, list[Document]], dict[str, set[str]], list[Problem]]:
    """Parse every entry file under `content_dir`, grouped by kind.

    Returns the documents that parsed, the IDs of every entry file (parsed or not, so a
    broken file does not also make every reference to it look wrong), and the problems.
    """
    documents: dict[str, list[Document]] = {kind: [] for kind in ENTRY_KINDS}
    ids: dict[str, set[str]] = {kind: set() for kind in ENTRY_KINDS}
    if not content_dir.is_dir():
        return documents, ids, [missing_folder(content_dir)]
    listing = list_content(content_dir)
    problems = list(listing.problems)
    for kind in ENTRY_KINDS:
        shown = shown_folder(content_dir, kind)
        for name, entry_id, is_link in listing.entries[kind]:
            ids[kind].add(entry_id)
            if is_link:
                continue  # reported by list_content, and never followed
            document, found = read_document(content_dir / kind / name, max_file_bytes, os.path.join(shown, name))
            problems.extend(found)
            if document is not None:
                documents[kind].append(document)
    return documents, ids, problems
