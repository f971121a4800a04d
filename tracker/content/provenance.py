"""Where each entry's text stands: a content version per event and the commits that changed it.

This is the build's one look at git, and its one read of the entries' bytes after
validation: `read_provenance` runs once at the top of the build and the rest of the
program gets plain data. Outside a git checkout, without git, or in a shallow clone
(whose oldest commit would claim to have added every file) the history is empty and the
pages say nothing about it; nothing fails. Dates are the commits' own, never the clock,
so the same checkout builds the same pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.content.model import Content

if TYPE_CHECKING:
    from tracker.content.kept import CheckedFiles

VERSION_LENGTH = 12
"""Hex digits of the SHA-256 kept as a content version: short to quote, ample for one entry's edits."""

ENTRY_FOLDERS = ("events", "leaders", "sources")
"""The folders of entries a reader sees; changes to the ingester's rules beside them are not news to readers."""

_RECORD, _FIELD = "\x1e", "\x1f"
_LOG_FORMAT = f"--format={_RECORD}%H{_FIELD}%cs{_FIELD}%s"


@dataclass(frozen=True)
class Change:
    """One commit that changed the content."""

    commit: str
    """The full hash."""
    date: dt.date
    """The commit's date (committer date: when it landed)."""
    message: str
    """Its first line."""
    files: tuple[str, ...]
    """The files it touched, relative to the content folder and under their current names (`events/x.yaml`)."""


@dataclass(frozen=True)
class Provenance:
    """What the build knows about the entries beyond their content."""

    versions: dict[str, str] = field(default_factory=dict)
    """Event ID -> the first hex digits of the SHA-256 of its file's bytes."""
    changes: tuple[Change, ...] = ()
    """Every commit that changed the content, newest first; empty outside git."""

    def changes_to(self, path: str) -> tuple[Change, ...]:
        """The commits that changed one file (content-relative, e.g. `events/x.yaml`), newest first."""
        return self._by_file.get(path, ())

    @cached_property
    def _by_file(self) -> dict[str, tuple[Change, ...]]:
        by_file: dict[str, list[Change]] = {}
        for change in self.changes:
            for path in change.files:
                by_file.setdefault(path, []).append(change)
        return {path: tuple(changes) for path, changes in by_file.items()}


def content_path(origin_path: str) -> str:
    """An entry's file relative to the content folder: `.../content/events/x.yaml` -> `events/x.yaml`."""
    # String operations, not pathlib: this runs for every entry of every build.
    folder, name = os.path.split(origin_path)
    return f"{os.path.basename(folder)}/{name}"


def content_version(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:VERSION_LENGTH]


def read_provenance(content_dir: Path, content: Content, git: str = "git", kept: CheckedFiles | None = None) -> Provenance:
    """Hash each event's file and read the content folder's history from git, once. With
    `kept`, the records of the files the content was read from, only the files whose records
    hold no version yet are read (and their versions kept with the records)."""
    folder = str(content_dir)  # joined as strings: 10,000 path objects cost more than the reading
    known = kept.by_entry() if kept is not None else {}
    versions = {}
    for event_id, event in sorted(content.events.items()):
        key, record = known.get(("events", event_id), ("", None))
        if record is not None and record.version:
            versions[event_id] = record.version
            continue
        version = versions[event_id] = content_version(_read_bytes(os.path.join(folder, content_path(event.origin.path))))
        if kept is not None and key:
            kept.amend(key, version=version)
    return Provenance(versions, read_changes(content_dir, git))


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def read_changes(content_dir: Path, git: str = "git") -> tuple[Change, ...]:
    """The commits that changed the content's entries, newest first, from one `git log`; () when git cannot tell."""

    def run(*args: str) -> str | None:
        try:
            done = subprocess.run(
                [git, "-c", "core.quotepath=off", *args],
                cwd=content_dir, capture_output=True, check=False, encoding="utf-8", errors="replace",
            )
        except OSError:  # no git on this machine
            return None
        return done.stdout if done.returncode == 0 else None

    if run("rev-parse", "--is-shallow-repository") != "false\n":
        return ()  # not a checkout, or a shallow one
    log = run("log", "--no-merges", "-z", "--name-status", "--find-renames", "--relative", _LOG_FORMAT, "--", *ENTRY_FOLDERS)
    return parse_log(log) if log else ()


def parse_log(log: str) -> tuple[Change, ...]:
    """Read `git log -z --name-status` output, newest first, following renames to today's names.

    `git log --follow` follows one file only; one log of the whole folder, walked newest
    first, follows them all: a file renamed from `old` keeps its history under its new name.
    """
    current: dict[str, str] = {}
    """A name as a commit saw it -> the file's name now."""
    changes = []
    for record in log.split(_RECORD)[1:]:
        header, _, rest = record.partition("\0")
        commit, date, message = header.split(_FIELD, 2)
        tokens = iter(token for token in rest.lstrip("\n").split("\0") if token)
        files: list[str] = []
        for status in tokens:
            if status[0] in "RC":  # renamed or copied: old name, then new name
                old, new = next(tokens), next(tokens)
                now = current.get(new, new)
                if status[0] == "R":
                    current[old] = now
            else:
                name = next(tokens)
                now = current.get(name, name)
            files.append(now)
        changes.append(Change(commit, dt.date.fromisoformat(date), message, tuple(dict.fromkeys(files))))
    return tuple(changes)
