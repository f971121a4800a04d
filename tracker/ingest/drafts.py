"""Stage 6: plans -> YAML text, and the only code that touches content/ on disk.

New entries are written as new files (never over an existing one). An update appends a
timeline entry to an existing event through ruamel.yaml's round trip, so the file keeps
its comments and layout; nothing already in the entry is changed except `status`, which
must follow the last timeline entry. Every guess carries a `# check:` comment.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import io
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString

from tracker.content.model import Content, DatePrecision, PartialDate, Place, country_name
from tracker.ingest.match import goes_before

LOCK_FILE = ".ingest.lock"
"""In the content folder; held by a run that writes (see `locked`)."""

SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/{kind}.schema.json\n"


@dataclass(frozen=True)
class FileChange:
    """One file to create or replace, with its full new text."""

    path: Path
    text: str
    create: bool
    """True for a new file (which must not exist yet)."""
    original: str | None = None
    """For an update, the text it was drafted from: the file must still hold it when written."""


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def yaml_date(date: PartialDate) -> Any:
    """A value ruamel writes unquoted as YYYY, YYYY-MM or YYYY-MM-DD."""
    if date.precision is DatePrecision.DAY:
        return dt.date(date.year, date.month or 1, date.day or 1)
    if date.precision is DatePrecision.MONTH:
        return str(date)
    return date.year


def flow(items: list[Any]) -> CommentedSeq:
    """A list written on one line: [a, b]."""
    node = CommentedSeq(items)
    node.fa.set_flow_style()
    return node


def place_node(place: Place) -> CommentedMap:
    """{city: Moscow, country: RU}, on one line; no city key when there is none."""
    node = CommentedMap({"city": place.city, "country": place.country} if place.city else {"country": place.country})
    node.fa.set_flow_style()
    return node


def folded(text: str) -> FoldedScalarString:
    """Long text as a folded block (>-), the way the hand-written entries have it."""
    value: FoldedScalarString = FoldedScalarString(text)
    return value


def dump(kind: str, data: CommentedMap, doubts: dict[str, str]) -> str:
    """A new entry's text: the schema line, then the mapping with `# check:` comments."""
    for key, why in doubts.items():
        if key not in data:
            continue
        if isinstance(data[key], (FoldedScalarString, CommentedSeq)):
            data.yaml_set_comment_before_after_key(key, before=f"check: {why}")
        else:
            data.yaml_add_eol_comment(f"check: {why}", key)
    out = io.StringIO()
    _yaml().dump(data, out)
    return SCHEMA_LINE.format(kind=kind) + out.getvalue()


def timeline_entry(date: PartialDate, status: str, note: str, source: str, doubt: str | None) -> CommentedMap:
    entry = CommentedMap()
    entry["date"] = yaml_date(date)
    entry["status"] = status
    entry["note"] = folded(note)
    entry["sources"] = flow([source])
    if doubt:
        entry.yaml_add_eol_comment(f"check: {doubt}", "date")
    entry.yaml_add_eol_comment("check: the note quotes the article; say it in our own words", "status")
    return entry


def update_event(path: Path, entry: CommentedMap, source: str, status: str, date: PartialDate) -> str | None:
    """The event file with the report added; None when it already cites `source`.

    A report of the same status whose date is compatible with an existing entry's joins that
    entry's sources (two articles on one announcement); otherwise a new entry goes in date
    order, and `status` follows whatever entry is now last.
    """
    yaml = _yaml()
    data = yaml.load(path.read_text(encoding="utf-8"))
    timeline = data["timeline"]
    for item in timeline:
        if source in [str(s) for s in item.get("sources", [])]:
            return None
    for item in timeline:
        when = PartialDate.parse(str(item["date"]))
        if str(item["status"]) == status and (when.contains(date) or date.contains(when)):
            item["sources"].append(source)
            break
    else:
        position = len(timeline)
        for index, item in enumerate(timeline):
            if goes_before(date, status, PartialDate.parse(str(item["date"])), str(item["status"])):
                position = index
                break
        timeline.insert(position, entry)
        data["status"] = str(timeline[-1]["status"])
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


class WriteError(Exception):
    """A file could not be written; nothing was (what had been is put back)."""


@contextmanager
def locked(content_dir: Path) -> Iterator[None]:
    """Hold the content folder's ingest lock: one run at a time reads, drafts and writes.

    A run reads the entries, drafts into a copy and then writes; a second run reading in
    between would draft from a stale copy and undo the first one's update. The lock is
    an fcntl lock on LOCK_FILE, which the system releases when the process ends, however
    it ends; the empty file stays (removing it would race with a run about to lock it).
    """
    if not content_dir.is_dir():
        yield  # nothing to lock, nor to write: reading the content reports the missing folder
        return
    path = content_dir / LOCK_FILE
    try:
        handle = path.open("a")
    except OSError as error:
        raise WriteError(f"{path}: cannot make the ingest lock ({error.strerror or error}); nothing was written") from error
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for another ingest to finish ({path} is locked)", file=sys.stderr, flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def apply_changes(changes: list[FileChange]) -> None:
    """Write every file or none; raise WriteError, naming the file, when one cannot be.

    First every precondition is checked (a new file's name is free, an updated file still
    holds the text the update was drafted from) and every text is written to a temporary
    file beside its target, with the target's mode. Only then are they moved into place:
    a new file by a hard link, which fails rather than replace a file that appeared since,
    an update by an atomic rename. If one of those fails, the ones already in place are
    put back as they were.
    """
    staged: list[tuple[FileChange, str]] = []
    try:
        for change in changes:
            _check_still_free_or_unchanged(change)
        for change in changes:
            staged.append((change, _stage(change)))
        done: list[FileChange] = []
        for change, temporary in staged:
            try:
                _commit(change, temporary)
            except OSError as error:
                _roll_back(done)
                raise WriteError(f"{change.path}: cannot write ({error.strerror or error}); nothing was written") from error
            done.append(change)
    finally:
        for _, temporary in staged:
            Path(temporary).unlink(missing_ok=True)


def _check_still_free_or_unchanged(change: FileChange) -> None:
    if change.create:
        if change.path.exists():
            raise WriteError(f"{change.path}: already exists, and ingest never overwrites a file; nothing was written")
        return
    try:
        now = change.path.read_text(encoding="utf-8")
    except OSError as error:
        raise WriteError(f"{change.path}: cannot read ({error.strerror or error}); nothing was written") from error
    if now != change.original:
        raise WriteError(f"{change.path}: changed on disk while ingest was drafting (run ingest again); nothing was written")


def _stage(change: FileChange) -> str:
    """The change's text in a temporary file beside its target, with the mode it will have."""
    try:
        change.path.parent.mkdir(parents=True, exist_ok=True)
        mode = change.path.stat().st_mode & 0o7777 if not change.create else 0o666 & ~_umask()
        handle, temporary = tempfile.mkstemp(dir=change.path.parent, prefix=f".{change.path.name}.", suffix=".tmp")
    except OSError as error:
        raise WriteError(f"{change.path}: cannot write ({error.strerror or error}); nothing was written") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(change.text)
        os.chmod(temporary, mode)  # mkstemp makes it 0600
    except (OSError, UnicodeError) as error:
        Path(temporary).unlink(missing_ok=True)
        why = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise WriteError(f"{change.path}: cannot write ({why}); nothing was written") from error
    return temporary


def _commit(change: FileChange, temporary: str) -> None:
    if change.create:
        os.link(temporary, change.path)  # fails if the name was taken meanwhile
    else:
        os.replace(temporary, change.path)


def _roll_back(done: list[FileChange]) -> None:
    """Put back the files of `done` as they were before apply_changes (best effort)."""
    for change in reversed(done):
        try:
            if change.create:
                change.path.unlink()
            else:
                restore = _stage(FileChange(change.path, change.original or "", False, change.original))
                os.replace(restore, change.path)
        except (OSError, WriteError) as error:
            print(f"error: {change.path}: could not be put back ({error}); restore it with git", file=sys.stderr)


def _umask() -> int:
    """The process's umask (the mode new files get is 0666 without it); reading it means setting it."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _name(leader: str | None, leaders: dict[str, str]) -> str:
    return leaders.get(leader or "", leader or "")


def changes_for(analysis: Any, sid: str, title: str, plans: list[Any], content_dir: Path, content: Content) -> list[FileChange]:
    """The files one article adds or changes in `content_dir` (which holds `content`):
    its source, new events, updated events."""
    names = {leader.id: leader.name for leader in content.leaders.values()}
    source = analysis.source
    published: PartialDate = analysis.published.date
    changes: list[FileChange] = []

    data = CommentedMap()
    data["publisher"] = source.publisher or "Unidentified publisher"
    data["title"] = title
    data["published"] = yaml_date(published)
    if source.time:
        data["time"] = DoubleQuotedScalarString(source.time)
    if source.author:
        data["author"] = source.author
    if source.url:
        data["url"] = source.url
    data["language"] = "en"
    doubts = {}
    if not source.publisher:
        doubts["publisher"] = "no publisher found in the text; name it"
    if not source.title:
        doubts["title"] = "the article has no headline; this is its first words"
    if analysis.published.how:
        doubts["published"] = f"inferred: {analysis.published.how}"
    changes.append(FileChange(content_dir / "sources" / f"{sid}.yaml", dump("source", data, doubts), True))

    for plan in plans:
        draft = plan.draft
        publisher = source.publisher or "an unidentified publisher"
        evidence = " ".join(draft.evidence.split())
        note = f"{publisher} reports the {draft.kind.replace('-', ' ')} as {draft.status.value}: \"{evidence}\""
        date_doubt = "the article's date, inferred" if analysis.published.how else None
        entry = timeline_entry(draft.reported, draft.status.value, note, sid, date_doubt)
        path = content_dir / "events" / f"{plan.event_id}.yaml"
        if plan.action == "update":
            if plan.notes:
                # The event's own fields stay as they are; the editor decides on differences.
                entry.yaml_add_eol_comment(f"check: {'; '.join(plan.notes)}", "sources")
            text = update_event(path, entry, sid, draft.status.value, draft.reported)
            if text is not None:
                changes.append(FileChange(path, text, False))
            continue
        event = CommentedMap()
        event["title"] = event_title(draft, names)
        event["kind"] = draft.kind
        event["status"] = draft.status.value
        event["date"] = yaml_date(draft.stand_in_date)
        if draft.end:
            event["end"] = yaml_date(draft.end)
        if draft.visitor:
            event["visitor"] = draft.visitor
        if draft.host:
            event["host"] = draft.host
        event["leaders"] = flow(list(draft.leaders))
        event["place"] = place_node(draft.place)
        event["summary"] = folded(
            f"{event['title']}: reported as {draft.status.value} by {publisher} ({published})."
        )
        event["timeline"] = CommentedSeq([entry])
        doubts = dict(draft.doubts)
        doubts["summary"] = "drafted by the ingester; write it in our own words"
        changes.append(FileChange(path, dump("event", event, doubts), True))
    return changes


def event_title(draft: Any, names: dict[str, str]) -> str:
    where = draft.place.city or country_name(draft.place.country)
    if draft.kind == "embassy-visit":
        return f"{_name(draft.visitor, names)} visits an embassy in {where}"
    if draft.visitor and draft.kind in ("visit", "ceremony"):
        return f"{_name(draft.visitor, names)}'s trip to {where}"
    people = " and ".join(_name(leader, names) for leader in ([draft.visitor, draft.host] if draft.visitor and draft.host else draft.leaders))
    return f"{people} meet in {where}"
