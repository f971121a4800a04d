"""What each content file became once checked on its own, kept between builds.

A rebuild reads and checks again only the files whose size, modification time (ns),
inode or ctime changed, and those that came or went; the checks across files (a duplicate ID, a
reference to an entry that does not exist) run over these records, not over the files. A
record is used only while its file's metadata, and the path messages name it by, are the
same; the whole is kept only for the same code, settings and libraries (`BuildCache`
checks the salt), so a clean check and an incremental one find the same problems and
build the same model.

The records are pickled: a rebuild needs the model's objects themselves, and unpickling
them is about forty times faster than building them again. They are split into a few
shards by path, so a rebuild after one edit writes one shard again, not all of them.
"""

from __future__ import annotations

import contextlib
import gc
import pickle
import zlib
from collections.abc import Iterator
from typing import Any
from dataclasses import dataclass, field, replace

from tracker.content.model import Event, Leader, Source
from tracker.content.problems import Problem

Stamp = tuple[int, int, int, int]
"""A file's size, modification time (ns), inode and status-change time (ctime, ns): a changed
file changes one of them, even where its size is the same and its modification time was set
back (nobody can set the ctime). As `cache.FileStamp`, which the build's walk makes."""
SHARDS = 16
"""How many pieces the records are kept in."""


Reference = tuple[int, str, str, str]
"""An ID an event names, which the checks across files look up among the entries: its line,
its field in dotted form (`timeline[1].sources[0]`), the folder the entry must be in
("events", "leaders" or "sources") and the ID. A tuple, not a class: a hundred thousand of
them are kept, and plain tuples unpickle in half the time."""


@dataclass(frozen=True)
class CheckedFile:
    """What one content file became once checked on its own."""

    kind: str
    id: str
    path: str
    """As messages show it."""
    parsed: bool
    """Whether it parsed; only then does it count as a second file with the same ID."""
    problems: tuple[Problem, ...]
    """What the file has wrong in itself, whatever the other files say."""
    entry: Leader | Source | Event | None
    """The entry in the model; None when the file's problems stopped it."""
    references: tuple[Reference, ...] = ()
    """The IDs an event names (when its fields have the right shape)."""
    digests: tuple[str, ...] = ()
    """The entry's digests, as the build keys its outputs by them (`cache.EntityDigests`):
    made once, then kept with the record, so a rebuild digests only the entries that changed."""
    version: str = ""
    """An event's content version (`provenance.content_version` of its file's bytes), once
    read: kept with the record, so a rebuild reads again only the files that changed."""


def shard_of(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogateescape")) % SHARDS


@dataclass
class CheckedFiles:
    """The records an earlier build kept, by the file's path inside `content/`, and those of
    this build (`now`), for the next."""

    earlier: dict[str, tuple[Stamp, CheckedFile]] = field(default_factory=dict)
    now: dict[str, tuple[Stamp, CheckedFile]] = field(default_factory=dict)
    stale: set[int] = field(default_factory=set)
    """The shards to write again: one of their files was checked again, or could not be read."""

    def find(self, key: str, stamp: Stamp, shown: str) -> CheckedFile | None:
        """The record of the file at `key`, while its metadata and shown path are the same."""
        kept = self.earlier.get(key)
        if kept is None or kept[0] != stamp or kept[1].path != shown:
            return None
        self.now[key] = kept
        return kept[1]

    def keep(self, key: str, stamp: Stamp, checked: CheckedFile) -> None:
        self.now[key] = (stamp, checked)
        self.stale.add(shard_of(key))

    def by_entry(self) -> dict[tuple[str, str], tuple[str, CheckedFile]]:
        """This build's records of entries, by kind and ID: (the file's key, its record)."""
        return {(record.kind, record.id): (key, record) for key, (_, record) in self.now.items() if record.entry is not None}

    def amend(self, key: str, **derived: Any) -> None:
        """Keep what the build derived from the file at `key` alone (`digests`, `version`)
        with its record, for the next build."""
        stamp, record = self.now[key]
        self.keep(key, stamp, replace(record, **derived))

    def add(self, records: dict[str, tuple[Stamp, CheckedFile]]) -> None:
        """Take in one shard's records (`shard`, or `unpickled`)."""
        self.earlier.update(records)

    def changed_shards(self) -> set[int]:
        """The shards whose records differ from the earlier build's."""
        gone = {shard_of(key) for key in self.earlier.keys() - self.now.keys()}
        return self.stale | gone

    def shard(self, shard: int) -> dict[str, tuple[Stamp, CheckedFile]]:
        """This build's records in one shard."""
        return {key: kept for key, kept in self.now.items() if shard_of(key) == shard}


def unpickled(payload: bytes | memoryview) -> dict[str, tuple[Stamp, CheckedFile]]:
    """One shard's records, pickled (`pickle.dumps` of `CheckedFiles.shard`)."""
    with collector_paused(freeze=True):
        records = pickle.loads(payload)
    if not isinstance(records, dict):
        raise ValueError("not a record of checked files")
    return records


@contextlib.contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """Hold the garbage collector off while many objects that all live on are made: its
    collections would walk them again and again, and free none.

    With `freeze`, what was made is then frozen out of its reach (`gc.freeze()`), or the
    first collection after would walk it all at once: for a build, which unfreezes at its
    end (`pipeline.build_site`). Frozen objects are still freed when no longer used, but
    garbage in a cycle frozen with them is not, so other callers leave the collector as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def libraries() -> str:
    """The versions of what reads and checks the files: new ones may say something else."""
    import sys
    from importlib.metadata import version

    return " ".join([sys.version, *(version(name) for name in ("pyyaml", "jsonschema", "fastjsonschema", "pycountry"))])
