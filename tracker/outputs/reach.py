"""Which outputs read which entry, kept from one build for the next, so that a rebuild after
an edit lists (declares, keys, lays out) only the outputs the edit reaches, not the 30,000
it does not.

What an output reads (`write.Output.reads`) holds, besides fixed values, the digests of the
entries it shows (`cache.EntityDigests`: an event in full, as lists show it, or with the
leaders and sources it names; a leader; a source; all of them at once) and an event's
content version: each such value is a *token*. Everything else the pages, feeds, calendars,
citations and data files read (their addresses, a leader's links to the pairs, the counts on
the lists, an event's history from git, which events a page or feed carries and in what
order) follows from the *frame*: which entries there are, how they are linked, their dates
and statuses, the leaders' names, the history from git, and the code, templates and settings
(the salt). So while the frame is the same, an output none of whose tokens changed reads
what it read last time, and its file is the last build's.

The record is a hint like the rest of the cache: it is used only by the build right after
the one that made it (the one whose record of files, `cache.Saved`, it sits beside), only
while the frame and the set of tokens are the same, and only for the outputs that asked
(`Selection`: the page of the latest changes, which shows the titles of the entries they
name, and the few fixed files are always listed). Anything else, or a record that cannot be
read (with a warning), and the build lists every output.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from tracker.content.model import Event, Leader, Source
    from tracker.content.provenance import Provenance
    from tracker.outputs.cache import EntityDigests
    from tracker.outputs.write import Output

Tokens = dict[str, dict[str, str]]
"""Each kind of token ("event", "listed", "shown", "version", "leader", "source", and
"everything" with the one ID "") -> each entry's ID -> its value this build."""


def token(kind: str, entry_id: str) -> str:
    """A token's name, as the record of readers keys it."""
    return f"{kind} {entry_id}"


def tokens_of(digests: EntityDigests, versions: dict[str, str]) -> Tokens:
    """Every token of this build: the values that stand for one entry, or all, in what outputs read."""
    return {"event": digests.events, "listed": digests.listed, "shown": digests.shown, "version": versions,
            "leader": digests.leaders, "source": digests.sources, "everything": {"": digests.everything}}


def entry_frame(kind: str, entry: Event | Leader | Source) -> str:
    """One entry's part of the frame (`kind` its folder: "events", "leaders" or "sources"): its
    ID and file; an event's dates, status, leaders, sources and related events; a leader's
    name. Made once an entry, kept with its file's record (`cache.EntityDigests`)."""
    if kind == "events":
        e = cast("Event", entry)
        framed: tuple[object, ...] = (kind, e.id, e.origin.path, e.date, e.end, e.status, e.leaders, e.visitor, e.host, e.sources, e.related)
    elif kind == "leaders":
        framed = (kind, entry.id, entry.origin.path, cast("Leader", entry).name)
    else:
        framed = (kind, entry.id, entry.origin.path)
    # repr, not pickle: a pickle tells apart equal strings that are one object from those that are two
    return hashlib.blake2b(repr(framed).encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()


def frame_of(digests: EntityDigests, provenance: Provenance, salt: str) -> str:
    """A digest of everything the outputs `Selection` asks about read besides their tokens:
    which entries there are and what links them (each entry's `entry_frame`), the history
    from git, and the salt."""
    history = hashlib.blake2b(repr(provenance.changes).encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()
    return hashlib.blake2b(" ".join([salt, history, *sorted(digests.frames)]).encode(), digest_size=20).hexdigest()


@dataclass
class Selection:
    """Which of the outputs it is asked about a build lists: all (`reached` None), recording
    which those are, or only those `reached`."""

    reached: Collection[str] | None = None
    asked: list[str] = field(default_factory=list)
    """With every output listed, the paths of those asked about: the ones a next build may skip."""

    def __call__(self, path: str) -> bool:
        """Whether to list the output at `path` (site-relative file)."""
        if self.reached is None:
            self.asked.append(path)
            return True
        return path in self.reached


@dataclass(frozen=True)
class Reach:
    """One build's record of which outputs read each token."""

    inputs: str
    """The build's `cache.Metadata.digest`: the record is only for the build that recorded its files with it."""
    frame: str
    tokens: Tokens
    paths: list[str]
    """The outputs that read any token (site-relative files), each once."""
    readers: dict[str, str]
    """Token name -> the outputs that read it, as their places in `paths`, separated by
    spaces: one short string a token, split only for the tokens that changed."""

    def reached(self, inputs: str, frame: str, tokens: Tokens) -> set[str] | None:
        """The outputs that read a token whose value changed since this record
        (for a build after the one recorded as `inputs`); None when the record cannot tell
        (another build's record, another frame, other entries)."""
        if inputs != self.inputs or frame != self.frame or tokens.keys() != self.tokens.keys():
            return None
        places: set[str] = set()
        readers = self.readers
        for kind, values in tokens.items():
            earlier = self.tokens[kind]
            if earlier.keys() != values.keys():
                return None
            for entry_id, value in values.items():
                if earlier[entry_id] != value and (name := token(kind, entry_id)) in readers:
                    places.update(readers[name].split())
        try:
            return {self.paths[int(place)] for place in places}
        except (ValueError, IndexError):  # not the places of paths: `from_json` checked the rest
            return None

    @classmethod
    def of(cls, inputs: str, frame: str, tokens: Tokens, outputs: Iterable[Output]) -> Reach:
        """The record after a build that listed every output: which of `outputs` (those
        `Selection` asked about) read each token."""
        paths: list[str] = []
        readers: dict[str, str] = {}
        named = {value: (kind, entry_id) for kind, values in tokens.items() for entry_id, value in values.items()}
        for output in outputs:
            place = f"{len(paths)} "
            found = False
            for value in set(_strings(output.reads)):
                if value in named:
                    name = token(*named[value])
                    readers[name] = readers.get(name, "") + place
                    found = True
            if found:
                paths.append(output.path)
        return cls(inputs, frame, tokens, paths, readers)

    def after(self, inputs: str, tokens: Tokens) -> Reach:
        """The record after a build that listed only what this record said an edit reached: the
        same readers (with the frame the same, each output reads the same tokens, only their
        values changed) and this build's values."""
        return Reach(inputs, self.frame, tokens, self.paths, self.readers)

    def as_json(self) -> dict[str, Any]:
        return {"inputs": self.inputs, "frame": self.frame, "tokens": self.tokens, "paths": self.paths, "readers": self.readers}

    @classmethod
    def from_json(cls, raw: Any) -> Reach:
        """Read back from `as_json`; ValueError when it is not such a record."""
        inputs, frame, tokens, paths, readers = raw["inputs"], raw["frame"], raw["tokens"], raw["paths"], raw["readers"]
        if not (type(inputs) is str and type(frame) is str and type(tokens) is dict and type(paths) is list and type(readers) is dict):
            raise ValueError("not a record of what outputs read")
        if not all(type(values) is dict and all(type(value) is str for value in values.values()) for values in tokens.values()):
            raise ValueError("a token's value is not a string")
        if not all(type(path) is str for path in paths) or not all(type(places) is str for places in readers.values()):
            raise ValueError("an output's file or a token's readers are not a string")
        return cls(inputs, frame, tokens, paths, readers)


def _strings(value: object) -> Iterator[str]:
    """Every string in what an output reads, inside tuples, lists and dicts."""
    if type(value) is str:
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
