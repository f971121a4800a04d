"""What the last build made, so the next one can skip what has not changed.

One record of the site's files per output folder (`Saved`), in one git-ignored folder
beside it (`.build-cache/`), with the records of the site's folders and of the spare's
(`SiteFolders`), of the pieces of the files made of pieces, and of the content files as
checked. It is only a hint: deleting it costs one full build; a file that cannot be read
is ignored with a warning; and nothing in it is believed about the site without checking
the live files' size, modification time and inode (Record.matches), nor about the spare
without its folders' (SpareRecord.holds).

This module imports nothing heavy (no Jinja, YAML, Markdown, not even a JSON parser): a
rebuild with nothing changed is decided here from file metadata alone, before the rest of
the build is loaded. The other records are JSON (orjson, imported where they are read or
written).
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import zlib
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

from tracker.settings import PROJECT_DIR, SCHEMA_DIR, TEMPLATE_DIR, Settings

if TYPE_CHECKING:
    from tracker.content.kept import CheckedFiles
    from tracker.content.model import Content, Event, Leader, Source
    from tracker.outputs.reach import Reach, Tokens

FORMAT = 3
SITE_FORMAT = 4
"""The form of the site's record (`Saved.encoded`): another is passed over."""
FOLDERS_FORMAT = 4
"""The form of the record of the site's folders (`save_folders`), framed with a CRC since 4."""
CHECKED_FORMAT = 5
"""The form of what `load_parsed` reads: when it changes, what an earlier build kept is passed over."""
PACKAGE_DIR = PROJECT_DIR / "tracker"


class Record(NamedTuple):
    """What the last build knows about one file it wrote. (A named tuple: a rebuild makes one
    for each of the site's 30,000 files, and a frozen dataclass costs ten times as much to make.)"""

    key: str
    """The digest of what the file was made from (see write.output_key)."""
    digest: str
    """The digest of its bytes."""
    size: int
    mtime_ns: int
    inode: int

    def matches(self, path: Path | str) -> bool:
        """True while the file at `path` is the one recorded (nobody replaced or edited it)."""
        try:
            info = os.stat(path)
        except OSError:
            return False
        return (info.st_size, info.st_mtime_ns, info.st_ino) == (self.size, self.mtime_ns, self.inode)


Manifest = dict[str, Record]
"""Every file the build made, by site-relative path."""


@dataclass(frozen=True)
class Saved:
    """One build's record: what it read, and what it wrote (each file's `Record`, field by
    field in arrays: a rebuild with nothing to do compares the files' metadata with them,
    and makes no object a file; the Records are made only for a build that has something
    to do, `outputs`)."""

    inputs: str
    """A digest of the metadata of everything the build reads (see `Metadata.digest`)."""
    paths: list[str]
    """Every file the build made, site-relative, in the order of the manifest."""
    sizes: array[int]
    mtimes: array[int]
    """Each file's modification time (ns)."""
    inodes: array[int]
    labels: bytes
    """Each file's key, then each one's digest (hex, NUL-separated): decoded only when asked."""

    @classmethod
    def of(cls, inputs: str, outputs: Manifest) -> Saved:
        keys, digests, sizes, mtimes, inodes = zip(*outputs.values()) if outputs else ((),) * 5
        labels = "\0".join([*keys, *digests]).encode("ascii")
        return cls(inputs, list(outputs), array("q", sizes), array("q", mtimes), array("Q", inodes), labels)

    @functools.cached_property
    def _labels(self) -> list[str]:
        labels = self.labels.decode("ascii").split("\0") if self.paths else []
        if len(labels) != 2 * len(self.paths):
            raise ValueError("the record's keys and digests do not match its files")
        return labels

    @property
    def digests(self) -> list[str]:
        """Each file's digest of its bytes, in the order of `paths`."""
        return self._labels[len(self.paths) :]

    @functools.cached_property
    def outputs(self) -> Manifest:
        keys, digests = self._labels[: len(self.paths)], self.digests
        return dict(zip(self.paths, map(Record, keys, digests, self.sizes, self.mtimes, self.inodes), strict=True))

    def live(self, out: Path) -> bool:
        """True while every file recorded is still in `out` as the build left it."""
        return next(self.unlike_live(out), None) is None

    def unlike_live(self, out: Path, skipped: Collection[str] = ()) -> Iterator[str]:
        """The files recorded, but those `skipped`, that are not in `out` as the build left them
        (edited or replaced by hand, or gone)."""
        folder = os.path.join(out, "")
        for path, size, mtime_ns, inode in zip(self.paths, self.sizes, self.mtimes, self.inodes):
            if path in skipped:
                continue
            try:
                info = os.stat(folder + path)
            except OSError:
                yield path
                continue
            if info.st_size != size or info.st_mtime_ns != mtime_ns or info.st_ino != inode:
                yield path

    def encoded(self) -> bytes:
        """The record as `decoded` reads it, `_framed` (the form, the inputs, the counts):
        the paths, the labels and the three arrays. Not JSON: parsing 30,000 rows of JSON,
        and importing a JSON parser, cost more than the rest of a rebuild's decision but its
        `stat`s."""
        paths = "\0".join(self.paths).encode("utf-8", "surrogateescape")
        body = b"".join([paths, self.labels, self.sizes.tobytes(), self.mtimes.tobytes(), self.inodes.tobytes()])
        header: dict[str, str | int] = {
            "format": SITE_FORMAT, "inputs": self.inputs, "files": len(self.paths), "paths": len(paths), "labels": len(self.labels)
        }
        return _framed(header, body)

    @classmethod
    def decoded(cls, data: bytes) -> Saved | None:
        """The record `encoded` wrote; None when it is of another form (an older build's);
        ValueError when its bytes are not those written."""
        header, view = _unframed(data)
        if header.get("format") != str(SITE_FORMAT):
            return None
        counts = [header.get(name, "") for name in ("files", "paths", "labels")]
        if not all(count.isdigit() for count in counts) or "inputs" not in header:
            raise ValueError("its first line is not a record's")
        body = _intact(header, view)
        count, paths_size, labels_size = map(int, counts)
        if len(body) != paths_size + labels_size + 3 * 8 * count:
            raise ValueError("its bytes are not as many as it says")
        paths = str(body[:paths_size], "utf-8", "surrogateescape").split("\0") if count else []
        if len(paths) != count:
            raise ValueError("its files are not as many as it says")
        sizes, mtimes, inodes = array("q"), array("q"), array("Q")
        at = paths_size + labels_size
        for numbers in (sizes, mtimes, inodes):
            numbers.frombytes(body[at : at + 8 * count])
            at += 8 * count
        return cls(header["inputs"], paths, sizes, mtimes, inodes, bytes(body[paths_size : paths_size + labels_size]))


FolderStamps = dict[str, list[int]]
"""Each folder of a site the build made, site-relative ("" for the top), with its inode and
status-change time (ctime, ns). Adding, removing or renaming a file in a folder changes the
folder's ctime, which nobody can set back, so while every folder is as recorded, the site
holds exactly the files the build left in it (their bytes are another matter: a file edited
in place is caught by its own record, `Record.matches`)."""


def site_folders(paths: Iterable[str]) -> set[str]:
    """Every folder that holds `paths` (site-relative files, "/"-separated), "" the top."""
    folders = {""}
    for folder in {path.rpartition("/")[0] for path in paths}:  # not os.path.dirname: 30,000 calls
        while folder not in folders:
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    return folders


def folder_stamps(
    site: Path, paths: Iterable[str], known: FolderStamps | None = None, changed: Collection[str] = ()
) -> FolderStamps | None:
    """The stamps of `site`'s folders that hold `paths` (site-relative files), each taken from
    `known` unless it is the top or among those `changed`; None when one is gone."""
    folders = site_folders(paths)
    top = os.path.join(site, "")
    known = known or {}
    stamps: FolderStamps = {}
    try:
        for folder in sorted(folders):
            stamp = known.get(folder) if folder and folder not in changed else None
            if stamp is None:
                info = os.stat(top + folder, follow_symlinks=False)
                stamp = [info.st_ino, info.st_ctime_ns]
            stamps[folder] = stamp
    except OSError:
        return None
    return stamps


@dataclass(frozen=True)
class SpareRecord:
    """What the spare (the site before the live one, `write._spare`) holds, as recorded when
    it was last live: a build can shape it as the new site from this record, without reading
    every folder of it, while its folders are as recorded."""

    files: dict[str, int]
    """Each file, site-relative, with its inode."""
    folders: FolderStamps

    def holds(self, spare: Path) -> bool:
        """True while every folder of `spare` is as recorded (so it holds exactly `files`)."""
        top = os.path.join(spare, "")
        try:
            for folder, (inode, ctime_ns) in self.folders.items():
                info = os.stat(top + folder, follow_symlinks=False)
                if info.st_ino != inode or info.st_ctime_ns != ctime_ns:
                    return False
        except OSError:
            return False
        return True


@dataclass(frozen=True)
class SiteFolders:
    """The folders of the live site and what the spare holds, as the last build left them."""

    live: FolderStamps | None
    """None when the build cannot vouch for every file in the site (finishing steps, such as
    the search index, add files of their own)."""
    spare: SpareRecord | None

    def after_build(
        self,
        out: Path,
        spare: Path,
        live_before: list[int] | None,
        previous: Manifest,
        manifest: Manifest,
        recorded: bool,
        changed: Collection[str] | None = None,
    ) -> SiteFolders:
        """The record after a build that made `manifest` (`recorded`: every file of the site is
        in it), the live site having been `previous` with its top folder at `live_before`
        (`stamp_of` before the build): as it was when the build swapped nothing; else the new
        site's folders, and, when the swap made the old live site the spare and that site was
        as recorded, its record as the spare's. `changed`, the folders the build changed in
        the spare it brought up to date from this record (`write.Written.changed_folders`):
        only those, and the top, are read again; the others are as this record has them."""
        top = stamp_of(out)
        if top is not None and live_before is not None and top[0] == live_before[0]:
            return self  # nothing swapped: both sites are as they were
        live = None
        if recorded and changed is not None and self.spare is not None:
            live = folder_stamps(out, manifest, self.spare.folders, changed)
        elif recorded:
            live = folder_stamps(out, manifest)
        was_live = stamp_of(spare)
        if self.live is None or live_before is None or self.live[""] != live_before or was_live is None:
            return SiteFolders(live, None)  # the old live site changed since recorded, or was not recorded
        if was_live[0] != live_before[0]:
            return SiteFolders(live, None)  # the spare is not the site that was live
        folders = {**self.live, "": was_live}  # renamed into place: the top folder's ctime changed
        return SiteFolders(live, SpareRecord({path: record.inode for path, record in previous.items()}, folders))


def stamp_of(folder: Path) -> list[int] | None:
    """A folder's inode and ctime (ns); None when it is not there."""
    try:
        info = os.stat(folder, follow_symlinks=False)
    except OSError:
        return None
    return [info.st_ino, info.st_ctime_ns]


def _digest(parts: Iterable[str | bytes]) -> str:
    hasher = hashlib.blake2b(digest_size=20)
    for part in parts:
        hasher.update(part.encode("utf-8") if isinstance(part, str) else part)
        hasher.update(b"\0")
    return hasher.hexdigest()


def _digest_of_digests(digests: list[str]) -> str:
    """A digest of digests (hex, so no separator can occur in one): one update, not one each."""
    return hashlib.blake2b(" ".join(digests).encode("ascii"), digest_size=20).hexdigest()


def _files(folder: str) -> list[str]:
    """Every file under `folder` (a link, never followed, counts as a file; `__pycache__`
    passed over), in a fixed order: each folder's entries sorted by name."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=_name)
    except OSError:
        return []  # as os.walk: a folder that cannot be listed is passed over
    files: list[str] = []
    for entry in entries:
        if not entry.is_dir(follow_symlinks=False):
            files.append(entry.path)
        elif entry.name != "__pycache__":
            files += _files(entry.path)
    return files


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


FileStamp = tuple[int, int, int, int]
"""A file's size, modification time (ns), inode and status-change time (ctime, ns): an edit
changes one of them, even one that keeps the size and sets the modification time back (which
anyone can do; the ctime nobody can set), or a file replaced by another (its inode)."""


@dataclass(frozen=True)
class Metadata:
    """Every file a build reads (the content, our code, templates and schemas), listed and
    `lstat`ed once a build: the decision that nothing changed digests it, and the content
    check takes each file's stamp from it rather than asking the system again."""

    paths: list[str]
    """The content's files, then the code's; each as the walk joined it (`content_dir/events/x.yaml`)."""
    sizes: array[int]
    """Each file's size, and below its modification time, ctime (ns) and inode: arrays of
    numbers (the stat results themselves would hold 12 MB at 10,000 events)."""
    mtimes: array[int]
    ctimes: array[int]
    inodes: array[int]
    content_count: int
    """How many of `paths` are the content's."""

    @classmethod
    def read(cls, content_dir: Path) -> Metadata:
        content = _files(str(content_dir))
        paths = content + [path for folder in _code_folders() for path in _files(str(folder))]
        try:
            stats = list(map(os.lstat, paths))
        except OSError:  # a file went between the listing and its stat: pass it over
            stats, paths, content = cls._one_by_one(paths, len(content))
        return cls(
            paths,
            array("q", [info.st_size for info in stats]),
            array("q", [info.st_mtime_ns for info in stats]),
            array("q", [info.st_ctime_ns for info in stats]),
            array("Q", [info.st_ino for info in stats]),
            len(content),
        )

    @staticmethod
    def _one_by_one(paths: list[str], content_count: int) -> tuple[list[os.stat_result], list[str], list[str]]:
        """The stats of the files still there, the paths of those, and the content's among them."""
        found: list[tuple[int, str, os.stat_result]] = []
        for at, path in enumerate(paths):
            try:
                found.append((at, path, os.lstat(path)))
            except OSError:
                continue
        return [info for _, _, info in found], [path for _, path, _ in found], [path for at, path, _ in found if at < content_count]

    def digest(self, content_dir: Path, settings: Settings, finishing: Iterable[object]) -> str:
        """A digest of everything a build reads, from metadata only: every file's name and
        stamp (`FileStamp`); the settings; the finishing steps' names; the commit checked out
        (the pages show the entries' history); and the Python running us."""
        names = _step_names(finishing)
        hasher = hashlib.blake2b(digest_size=20)
        hasher.update(_digest([sys.version, repr(settings), *names, str(content_dir.resolve()), git_head(content_dir)]).encode())
        hasher.update("\0".join(self.paths).encode("utf-8", "surrogateescape"))
        for numbers in (self.sizes, self.mtimes, self.ctimes, self.inodes):
            hasher.update(numbers.tobytes())
        return hasher.hexdigest()

    @functools.cached_property
    def content(self) -> dict[str, FileStamp]:
        """Each content file's stamp, by its path as the walk joined it."""
        return dict(zip(self.paths[: self.content_count], self._stamps()))

    @property
    def code_files(self) -> list[str]:
        return self.paths[self.content_count :]

    def python_code(self) -> dict[str, FileStamp]:
        """The stamp of each file of our Python code (not the templates nor the schemas)."""
        package = os.path.join(PACKAGE_DIR, "")
        stamps = zip(self.paths, self._stamps())
        return {path: stamp for at, (path, stamp) in enumerate(stamps) if at >= self.content_count and path.startswith(package)}

    def _stamps(self) -> Iterator[FileStamp]:
        """Each file's stamp, in the order of `paths`."""
        return zip(self.sizes, self.mtimes, self.inodes, self.ctimes)


def _step_names(finishing: Iterable[object]) -> list[str]:
    """The finishing steps by name: a different step makes a different site."""
    return [getattr(step, "__qualname__", repr(step)) for step in finishing]


def _code_folders() -> tuple[Path, ...]:
    return (PACKAGE_DIR, TEMPLATE_DIR, SCHEMA_DIR)


def code_salt(settings: Settings, finishing: Iterable[object], code_files: Iterable[str]) -> str:
    """What every output depends on: our code, templates and schemas (the bytes of
    `code_files`, `Metadata.code_files`), the settings, and the finishing steps' names."""
    names = _step_names(finishing)
    return _digest([repr(settings), *names, *(part for path in code_files for part in (path, Path(path).read_bytes()))])


def git_head(content_dir: Path) -> str:
    """The commit checked out, which the pages' history of changes comes from; "" outside git.

    Read from the repository's files where they are plain (HEAD naming a branch whose ref is
    a file or in packed-refs); otherwise asked of git, which costs a process.
    """
    try:
        return _read_head(content_dir.resolve())
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    import subprocess  # seldom needed: not imported by a rebuild with nothing to do

    try:
        done = subprocess.run(
            ["git", "-C", str(content_dir), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
        )
    except OSError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _read_head(folder: Path) -> str:
    """HEAD's commit from the files of the repository holding `folder`; ValueError when unsure."""
    for candidate in (folder, *folder.parents):
        dot_git = candidate / ".git"
        if dot_git.is_dir():
            git_dir = dot_git
            break
        if dot_git.is_file():  # a worktree or submodule: "gitdir: <path>"
            pointer = dot_git.read_text(encoding="utf-8").strip()
            if not pointer.startswith("gitdir: "):
                raise ValueError(pointer)
            git_dir = (candidate / pointer.removeprefix("gitdir: ")).resolve()
            break
    else:
        return ""  # not in a repository
    common = git_dir
    if (git_dir / "commondir").is_file():
        common = (git_dir / (git_dir / "commondir").read_text(encoding="utf-8").strip()).resolve()
    head = (git_dir / "HEAD").read_text(encoding="utf-8").strip()
    if not head.startswith("ref: "):
        return _commit(head)
    ref = head.removeprefix("ref: ")
    for place in (git_dir, common):
        if (place / ref).is_file():
            return _commit((place / ref).read_text(encoding="utf-8").strip())
    packed = common / "packed-refs"
    if packed.is_file():
        for line in packed.read_text(encoding="utf-8").splitlines():
            if line.endswith(f" {ref}") and not line.startswith(("#", "^")):
                return _commit(line.split(" ", 1)[0])
    raise ValueError(f"no commit for {ref}")  # a branch with no commit yet, or a layout we do not know


def _commit(text: str) -> str:
    if len(text) not in (40, 64) or any(c not in "0123456789abcdef" for c in text):
        raise ValueError(text)
    return text


def value_digest(value: object) -> str:
    """A digest of a value of the model: equal values pickle to equal bytes."""
    import pickle

    return hashlib.blake2b(pickle.dumps(value, protocol=5), digest_size=20).hexdigest()


def _as_listed(event: Event) -> tuple[object, ...]:
    """What the pages that list events show of one (its row, its mark on a timeline, how its
    leaders took part), besides its leaders' names: not its summary, nor its timeline's notes."""
    timeline = tuple((entry.date, entry.status) for entry in event.timeline)
    return (event.id, event.title, event.kind, event.status, event.date, event.end, event.place,
            event.visitor, event.host, event.leaders, event.attendance, timeline)


@dataclass(frozen=True)
class EntityDigests:
    """A digest of every event, leader and source, made once a build: an output declares
    the entities it reads by their digests, which are cheap to compare with the last build's."""

    events: dict[str, str]
    leaders: dict[str, str]
    sources: dict[str, str]

    listed: dict[str, str]
    """Each event as the pages that list it show it (its row, its mark on a timeline, how its
    leaders took part, the names of its leaders), without what only its own page shows (its
    summary, the notes of its timeline): an edited summary leaves the lists as they were."""
    shown: dict[str, str]
    """Each event's digest together with those of every leader and source it names: what
    one event's entry in a feed, a calendar or a data file, and its page, are made from."""
    frames: list[str]
    """Each entry's part of the frame (`reach.entry_frame`), in no particular order."""

    @classmethod
    def of(cls, content: Content, kept: CheckedFiles | None = None, earlier: Tokens | None = None) -> EntityDigests:
        """The digests of every entry of `content`; with `kept`, the records of the files the
        content was read from, only those of the entries whose files changed are made (and
        kept with their records, for the next build); with `earlier`, the last build's digests
        (`reach.Tokens`), an event's digests with its leaders' names or with all it names are
        taken from there while the event and those it names have the digests they had."""
        from tracker.outputs.reach import entry_frame

        known = kept.by_entry() if kept is not None else {}
        frames: list[str] = []

        def digests(kind: str, entry_id: str, entry: Event | Leader | Source) -> tuple[str, ...]:
            """The entry in full, as lists show it (an event), and its part of the frame, last."""
            key, record = known.get((kind, entry_id), ("", None))
            if record is not None and record.digests:
                made = record.digests
            else:
                made = (value_digest(entry),)
                if kind == "events":  # and as lists show it
                    made += (value_digest(_as_listed(cast("Event", entry))),)
                made += (entry_frame(kind, entry),)
                if kept is not None and key:
                    kept.amend(key, digests=made)
            frames.append(made[-1])
            return made

        events = {event_id: digests("events", event_id, event) for event_id, event in content.events.items()}
        leaders = {leader_id: digests("leaders", leader_id, leader)[0] for leader_id, leader in content.leaders.items()}
        names = {leader_id: leader.name for leader_id, leader in content.leaders.items()}
        sources = {source_id: digests("sources", source_id, source)[0] for source_id, source in content.sources.items()}
        in_full = {event_id: made[0] for event_id, made in events.items()}
        earlier = earlier or {}
        before = {kind: earlier.get(kind, {}) for kind in ("event", "listed", "shown", "leader", "source")}
        same_leaders, same_sources = before["leader"] == leaders, before["source"] == sources
        listed, shown = {}, {}
        for event_id, event in content.events.items():
            same = same_leaders and before["event"].get(event_id) == in_full[event_id]
            known_listed, known_shown = before["listed"].get(event_id), before["shown"].get(event_id)
            if same and known_listed:
                listed[event_id] = known_listed
            else:
                listed[event_id] = _digest([events[event_id][1], *(names[leader_id] for leader_id in event.leaders)])
            if same and same_sources and known_shown:
                shown[event_id] = known_shown
            else:
                shown[event_id] = _event_as_shown(event, in_full, leaders, sources)
        return cls(in_full, leaders, sources, listed, shown, frames)

    @functools.cached_property
    def everything(self) -> str:
        """All of the content at once: what a whole-site data file reads."""
        return value_digest((sorted(self.events.items()), sorted(self.leaders.items()), sorted(self.sources.items())))


def _event_as_shown(event: Event, events: dict[str, str], leaders: dict[str, str], sources: dict[str, str]) -> str:
    """The event's digest together with those of every leader and source it names."""
    named = sorted({*event.leaders, *(leader for leader in (event.visitor, event.host) if leader)})
    return _digest_of_digests([events[event.id], *(leaders[i] for i in named), *(sources[i] for i in event.sources)])


PIECES_SUFFIX = ".pieces"
"""Ends the name of a record of where a file's pieces lie (`PieceIndexes`)."""


@dataclass(frozen=True)
class PieceIndexes:
    """Where the pieces of each file made of pieces lie (write.Pieces), one record a file,
    named by the digest of the file's bytes: a rebuild reads a piece back from the live
    file only when that file is the one the record describes. Each is sealed (`write_sealed`):
    damaged, it could parse and yet place a piece wrongly."""

    cache: BuildCache
    folder: Path
    salt: str
    """The code, templates and settings the pieces were made with; others make other pieces."""

    def _file(self, digest: str) -> Path:
        return self.folder / f"{digest}{PIECES_SUFFIX}"

    def load(self, digest: str) -> tuple[list[str], array[int], str | None] | None:
        """The keys of the pieces of the file whose bytes have `digest`, in order, where each
        starts and ends, in one list, and the file's frame (`write.frame_of`) where recorded;
        None (with a warning when unreadable) if unknown."""
        kept = self.cache.read_or_ignore(self._file(digest), self._decode, "making its pieces again")
        return kept[1] if kept is not None and kept[0] == self.salt else None

    def _decode(self, sealed: bytes) -> tuple[str, tuple[list[str], array[int], str | None]] | None:
        """The salt and the index of a sealed record of pieces; None when of another form or salt."""
        import orjson

        raw = orjson.loads(unseal(sealed))
        if raw.get("format") != FORMAT or raw.get("salt") != self.salt:
            return None
        keys, bounds, frame = raw["keys"], array("q", raw["bounds"]), raw.get("frame")  # not whole numbers: TypeError
        if type(keys) is not list or not all(type(key) is str for key in keys) or len(bounds) != 2 * len(keys):
            raise ValueError("not a key for each start and end")
        if frame is not None and type(frame) is not str:
            raise ValueError("its frame is not a digest")
        return self.salt, (keys, bounds, frame)

    def save(self, digest: str, keys: list[str], bounds: list[int], frame: str) -> None:
        """Record the pieces' `keys`, in order, where each starts and ends, in one list, and the file's frame."""
        import orjson

        record = {"format": FORMAT, "salt": self.salt, "keys": keys, "bounds": bounds, "frame": frame}
        path = self._file(digest)
        self.cache.remember_written(path, write_sealed(path, orjson.dumps(record)), (self.salt, (keys, array("q", bounds), frame)))


Kept = TypeVar("Kept")
"""What a file of the cache is read into."""


DAMAGE = (OSError, ValueError, TypeError, KeyError, AttributeError, OverflowError)
"""What reading a damaged or foreign file of the cache raises."""


def ignore_damaged(path: Path, error: BaseException, instead: str) -> None:
    """Say that a file of the cache is ignored, why, and what the build does instead."""
    print(f"warning: ignoring the build cache {path} ({error}); {instead}", file=sys.stderr)


@dataclass(frozen=True)
class BuildCache:
    folder: Path
    memory: dict[Path, tuple[FileStamp, Any]] | None = field(default=None, compare=False, repr=False)
    """What this process last read from or wrote to each file of the cache, with the file's
    stamp then (`remembering`): a long-lived process, the preview, takes the object back
    while the file on disk is still that one, rather than read and decode it again. None:
    every load reads its file."""

    @classmethod
    def beside(cls, out: Path, remembering: bool = False) -> BuildCache:
        """The cache folder next to the output folder: `site/` -> `.build-cache/`; `remembering`
        what it reads and writes, for a process that builds again and again."""
        return cls(out.resolve().parent / ".build-cache", {} if remembering else None)

    def read(self, path: Path, decode: Callable[[bytes], Kept | None]) -> Kept | None:
        """What `decode` makes of the bytes of the file at `path` (None: there is no such file,
        or it is of another form); `decode` raises when they are damaged. Remembered, it is
        what this process last read from or wrote to `path`, while the file is still that one
        (its size, modification time, inode and ctime), and nothing is read."""
        known = self.memory.get(path) if self.memory is not None else None
        if known is not None:
            try:
                if _file_stamp(os.stat(path)) == known[0]:
                    return cast("Kept", known[1])
            except OSError:
                return None
        if not path.is_file():
            return None
        with open(path, "rb") as stream:
            stamp = _file_stamp(os.fstat(stream.fileno()))  # before reading: a change after it changes the stamp
            data = stream.read()
        value = decode(data)
        if value is not None and self.memory is not None:
            self.memory[path] = (stamp, value)
        return value

    def read_or_ignore(self, path: Path, decode: Callable[[bytes], Kept | None], instead: str) -> Kept | None:
        """`read`, with a damaged file ignored: None, and a warning saying what the build does `instead`."""
        try:
            return self.read(path, decode)
        except DAMAGE as error:
            ignore_damaged(path, error, instead)
            return None

    def _file(self, out: Path) -> Path:
        resolved = out.resolve()
        return self.folder / f"{resolved.name}-{_digest([str(resolved)])[:12]}.record"

    def load(self, out: Path) -> Saved | None:
        """The last build's record for `out`, or None (with a warning when it is unreadable)."""
        return self.read_or_ignore(self._file(out), Saved.decoded, "building everything")

    def save(self, out: Path, saved: Saved) -> None:
        """Write the record atomically: a killed build leaves the old record or the new one.
        The records of pieces of files no longer in the site go."""
        self._write_bytes(self._file(out), saved.encoded(), saved)
        live = {f"{digest}{PIECES_SUFFIX}" for digest in saved.digests}
        pieces = self._pieces_folder(out)
        for path in pieces.iterdir() if pieces.is_dir() else ():
            if path.name not in live and not path.name.startswith("."):  # a hidden one is being written
                path.unlink(missing_ok=True)

    def _reach_file(self, out: Path) -> Path:
        return self.folder / f"reach-{self._file(out).stem}.json"

    def load_reach(self, out: Path) -> Reach | None:
        """Which outputs of `out` read which entry, as the last build recorded it; None (with a
        warning when the record is unreadable) if there is no such record."""
        return self.read_or_ignore(self._reach_file(out), _decode_reach, "listing every output")

    def save_reach(self, out: Path, reach: Reach) -> None:
        """A line of JSON (format, the CRC of the rest), then the record as JSON."""
        import orjson

        self._write_bytes(self._reach_file(out), _framed({"format": FORMAT}, orjson.dumps(reach.as_json())), reach)

    def _folders_file(self, out: Path) -> Path:
        return self.folder / f"folders-{self._file(out).stem}.json"

    def load_folders(self, out: Path) -> SiteFolders:
        """The folders of the live site and of the spare as the last build left them; nothing
        known (with a warning when the record is unreadable) if there is no such record."""
        return self.read_or_ignore(self._folders_file(out), _decode_folders, "reading the spare site whole") or SiteFolders(None, None)

    def save_folders(self, out: Path, folders: SiteFolders) -> None:
        import orjson

        record = orjson.dumps({"live": folders.live, "spare": folders.spare})
        self._write_bytes(self._folders_file(out), _framed({"format": FOLDERS_FORMAT}, record), folders)

    def _pieces_folder(self, out: Path) -> Path:
        return self.folder / f"{self._file(out).stem}-pieces"

    def piece_indexes(self, out: Path, salt: str) -> PieceIndexes:
        """Where the pieces of the files of `out` made of pieces lie, for a build with `salt`."""
        return PieceIndexes(self, self._pieces_folder(out), salt)

    def _parsed_folder(self, content_dir: Path) -> Path:
        resolved = content_dir.resolve()
        return self.folder / f"parsed-{resolved.name}-{_digest([str(resolved)])[:12]}"

    def load_parsed(self, content_dir: Path, salt: str) -> CheckedFiles:
        """What each content file became once checked, as the last build kept it, if it ran
        the same code, settings and libraries (`salt`). A shard that cannot be read, or whose
        bytes are not those written, is ignored with a warning: its files are checked again.

        Each shard is a line of JSON (format, salt, the CRC of the rest), then the records
        pickled; nothing is unpickled before the line says it was written by this code and is
        whole (a CRC, not a digest: a third of the time, and no digest kept beside the data
        could stop someone who can write to the folder anyway)."""
        from tracker.content.kept import SHARDS, CheckedFiles, collector_paused, libraries, unpickled  # only a build that reads content needs it

        checked = CheckedFiles()
        folder = self._parsed_folder(content_dir)
        salt = _digest([salt, libraries()])

        def decode(data: bytes) -> tuple[str, dict[str, Any]] | None:
            header, payload = _unframed(data)
            if header.get("format") != str(CHECKED_FORMAT) or header.get("salt") != salt:
                return None  # other code, settings or libraries: not a fault
            return salt, unpickled(_intact(header, payload))

        for shard in range(SHARDS):
            path = folder / f"{shard:02d}.pickle"
            try:
                kept = self.read(path, decode)
                if kept is None or kept[0] != salt:
                    checked.stale.add(shard)
                    continue
                with collector_paused(freeze=True):  # out of the collector's reach until the build ends, as unpickled
                    checked.add(kept[1])
            except Exception as error:  # whatever a damaged file makes unpickling raise
                ignore_damaged(path, error, "checking its content files again")
                checked.stale.add(shard)
        return checked

    def save_parsed(self, content_dir: Path, salt: str, checked: CheckedFiles) -> None:
        """Write again the shards whose records changed."""
        import pickle

        from tracker.content.kept import libraries

        folder = self._parsed_folder(content_dir)
        salt = _digest([salt, libraries()])
        for shard in sorted(checked.changed_shards()):
            records = checked.shard(shard)
            payload = pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
            framed = _framed({"format": CHECKED_FORMAT, "salt": salt}, payload)
            self._write_bytes(folder / f"{shard:02d}.pickle", framed, (salt, records))

    def _write_bytes(self, path: Path, data: bytes, remembered: object = None) -> None:
        """Write `data` atomically; remember `remembered`, what it was made from, as that file's."""
        self.remember_written(path, write_atomically(path, data), remembered)

    def remember_written(self, path: Path, inode: int, value: object) -> None:
        """Keep `value`, just written to `path` as the file with `inode`, while that file is there."""
        if value is None or self.memory is None:
            return
        try:
            info = os.stat(path)
        except OSError:
            return
        if info.st_ino == inode:  # still the file written, not one put in its place since
            self.memory[path] = (_file_stamp(info), value)


def _decode_reach(data: bytes) -> Reach | None:
    import orjson

    from tracker.content.kept import collector_paused
    from tracker.outputs.reach import Reach

    header, body = _unframed(data)
    if header.get("format") != str(FORMAT):
        return None
    with collector_paused():  # tens of thousands of strings, all kept: no collection to run over them
        return Reach.from_json(orjson.loads(_intact(header, body)))


def _framed(header: dict[str, str | int], body: bytes) -> bytes:
    """A line of `name=value` words (`header`: the record's form, what else its reader needs
    before the body, and the CRC of the body), then `body`. Plain words, not JSON: a
    rebuild with nothing to do reads the site's record without importing a JSON parser."""
    line = " ".join(f"{name}={value}" for name, value in {**header, "crc32": zlib.crc32(body)}.items())
    return line.encode("ascii") + b"\n" + body


def _unframed(data: bytes) -> tuple[dict[str, str], memoryview]:
    """The header (its values as text) and body of a `_framed` record; the header's form is
    the caller's to check (a record of another form has none it knows: passed over). The
    body is a view of `data`, not a copy: a copy of a record of megabytes, freed while the
    build goes on, left the heap that much larger at the build's peak."""
    ends = data.find(b"\n")
    line, body = (data, memoryview(b"")) if ends < 0 else (data[:ends], memoryview(data)[ends + 1 :])
    words = (word.partition("=") for word in line.decode("ascii", "replace").split(" "))
    return {name: value for name, _, value in words}, body


def _intact(header: dict[str, str], body: memoryview) -> memoryview:
    """`body`, when its CRC is the header's; else ValueError: damage (a full disk) that left it
    readable would have it taken for another record."""
    if header.get("crc32") != str(zlib.crc32(body)):
        raise ValueError("its bytes are not those written")
    return body


def _decode_folders(data: bytes) -> SiteFolders | None:
    """The record `save_folders` wrote, framed with its CRC: damage is caught by the CRC, not
    by checking each of its 60,000 numbers' type (which took longer than parsing them)."""
    import orjson

    header, body = _unframed(data)
    if header.get("format") != str(FOLDERS_FORMAT):
        return None
    raw = orjson.loads(_intact(header, body))
    spare = raw["spare"]
    return SiteFolders(raw["live"], SpareRecord(spare["files"], spare["folders"]) if spare is not None else None)


def _file_stamp(info: os.stat_result) -> FileStamp:
    return (info.st_size, info.st_mtime_ns, info.st_ino, info.st_ctime_ns)


_SEAL_SIZE = 20


def write_sealed(path: Path, data: bytes) -> int:
    """Write `data` atomically, after a digest of it, for `read_sealed` to check. Returns the
    new file's inode."""
    return write_atomically(path, hashlib.blake2b(data, digest_size=_SEAL_SIZE).digest() + data)


def read_sealed(path: Path) -> bytes:
    """The data `write_sealed` wrote to `path`; ValueError when the file's bytes are not those
    written (cut short or changed on disk): code kept in the cache is never run unchecked."""
    return unseal(path.read_bytes())


def unseal(sealed: bytes) -> bytes:
    """The data of a file's bytes as `write_sealed` wrote them; ValueError when they are not."""
    digest, data = sealed[:_SEAL_SIZE], sealed[_SEAL_SIZE:]
    if hashlib.blake2b(data, digest_size=_SEAL_SIZE).digest() != digest:
        raise ValueError("its bytes are not those written")
    return data


def write_atomically(path: Path, data: bytes) -> int:
    """Write `data` to `path` (its folder made if need be): a killed build leaves the old file
    or the new one. Returns the new file's inode."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".cache-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            inode = os.fstat(stream.fileno()).st_ino
        os.replace(temporary, path)
        return inode
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
