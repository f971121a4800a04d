"""Files to disk, all or nothing: the previous site stays exactly as it was until the new one is complete.

The new site is written into a folder beside `out`, then swapped in. A build killed at any
moment (even by SIGKILL) leaves `out` as it was, or, killed after the swap, complete and new;
what it left beside `out` the next build removes. It removes only what a build made: a
folder named `.<out>-build-<pid>-<random>` with a marker file of the same name plus `.owner`
beside it, and only when the process that made them is gone.

A rebuild stages cheaply. The site before the live one is kept as the spare
(`.<out>-old`): the next build takes it as its staging folder and brings it up to date,
touching only what changed, where a fresh folder needs a directory and a link for every
file, which on a busy disk costs more than the rest of a rebuild. Nothing in the spare is
trusted (a file stays only if it is the very file the live site has, same inode), and
nothing is ever written through a link: every new file is written under a temporary name
and renamed into place, so the live site is never touched before the swap.

What only a build with files to make needs (the workers' multiprocessing, shutil,
tempfile, pickle, ctypes) is imported where it is used: a rebuild with nothing to do
imports this module without them.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import gc
import hashlib
import os
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Generic, NamedTuple, TypeVar, cast

from tracker.outputs.cache import Manifest, PieceIndexes, Record, SpareRecord, site_folders
from tracker.settings import PROJECT_DIR, TEMPLATE_DIR

T = TypeVar("T")
FinishingStep = Callable[[Path], None]
"""Work on the complete staged site before it goes live (e.g. building a search index)."""

OWNER_SUFFIX = ".owner"
OWNER_TEXT = "Made by the visit tracker's build, which deletes it with the folder of the same name.\n"
_RETIRED = "-retired"
"""Ends the name of a folder holding the previous site, set aside during a swap."""


@dataclass(frozen=True)
class Output:
    """One file of the site, not made yet: where it goes, what it is made from, and how."""

    path: str
    """Relative to the site's root: `events/x/index.html`."""
    reads: tuple[Any, ...]
    """Every value the file is made from besides the templates, code and settings (a page
    object, the whole content): equal values make equal bytes, so a rebuild reuses the
    file while they stay equal."""
    make: Callable[[], bytes]
    parts: Callable[[], Parts] | None = None
    """For a file made of many pieces (the site's feed: an entry for each development), its
    parts in order: fixed bytes, and runs of pieces a rebuild may take from the last build's file."""
    whole_site: bool = False
    """A file listing every event (the index, the site's feed and calendar, the data files):
    making one takes tens of megabytes at once, so a parallel build makes these in its own
    process while the workers run, not in a worker that already holds a copy of the pages."""
    home_of_pieces: bool = False
    """A whole-site file whose pieces other files carry too (the site's feed holds every
    entry of every leader's and pair's feed): a parallel build makes it before those others,
    in the same process, so that each piece is made once."""

    @classmethod
    def of_pieces(
        cls,
        path: str,
        reads: tuple[Any, ...],
        parts: Callable[[], Parts],
        whole_site: bool = False,
        home_of_pieces: bool = False,
    ) -> Output:
        """A file made of `parts`; `make` renders every piece afresh (tests, a build without a cache)."""
        return cls(path, reads, functools.partial(_made_afresh, parts), parts, whole_site, home_of_pieces)


class Pieces(NamedTuple):
    """A run of pieces of a file made of many (an entry for each development, a row for each
    event), each kept between builds by what it is made from: a rebuild takes a piece from
    the last build's file while its key is the same, so a file of ten thousand entries
    renders again only the entries whose event changed. A run names its pieces by their keys
    alone, and makes one only when asked: a rebuild after one edit lists every key of the
    site's data files, and makes one event's pieces."""

    keys: Sequence[str]
    """Each piece's key, in order: a digest of everything the piece is made from, besides the
    code, templates and settings (a build with other ones takes no piece from the last)."""
    home: str
    """The file (site-relative) whose last version holds these pieces: the whole site's feed,
    for the entries of any feed. Only those files remember where their pieces lie."""
    make: Callable[[int], bytes]
    """The piece at a position in the run, made afresh."""
    between: bytes = b""
    """What separates two pieces of the run (a comma, a line's end)."""


Parts = list[bytes | Pieces]
"""A file made of pieces, in order: fixed bytes, and runs of pieces."""


class OncePerBuild(Generic[T]):
    """`make(*values)`, kept while it is asked for again with the very same objects (a build's
    content, URLs and keys): the ranking of every development, which the site's feed and
    each leader's and pair's take their entries from, is made once for all of them. Only the
    last build's are kept, until `forget_all` (when every file that takes them is made, and
    when a build starts)."""

    made: ClassVar[list[OncePerBuild[Any]]] = []

    def __init__(self, make: Callable[..., T]) -> None:
        self.make = make
        self.last: tuple[tuple[Any, ...], T] | None = None
        OncePerBuild.made.append(self)

    @classmethod
    def forget_all(cls) -> None:
        for each in cls.made:
            each.forget()

    def __call__(self, *values: Any) -> T:
        last = self.last
        if last is None or len(last[0]) != len(values) or any(one is not other for one, other in zip(last[0], values)):
            last = self.last = (values, self.make(*values))  # the values stay referenced: no other object takes their ids
        return last[1]

    def forget(self) -> None:
        self.last = None


def _made_afresh(parts: Callable[[], Parts]) -> bytes:
    return join_afresh(parts())


def join_afresh(parts: Parts) -> bytes:
    """The file's bytes, every piece made afresh."""
    return join_pieces(parts, lambda run, position: run.make(position))[0]


def join_pieces(
    parts: Parts,
    get: Callable[[Pieces, int], bytes | memoryview],
    home: str = "",
    known: Mapping[str, bytes | memoryview] | None = None,
) -> tuple[bytes, list[str], list[int]]:
    """The file's bytes, each piece taken from `known` (by key) or else got by `get` (its run
    and its position there); and the keys of the pieces whose home is `home`, in order, with
    where each starts and ends, in one list. (A whole-site file has tens of thousands of
    pieces, most of them `known`: a call for each would cost more than the copying.)"""
    known = known or {}
    chunks: list[bytes | memoryview] = []
    keys: list[str] = []
    bounds: list[int] = []
    at = 0
    for part in parts:
        if type(part) is bytes:
            chunks.append(part)
            at += len(part)
            continue
        run = cast(Pieces, part)
        own, between = run.home == home, run.between
        for position, key in enumerate(run.keys):
            if position and between:
                chunks.append(between)
                at += len(between)
            data = known.get(key)
            if data is None:
                data = get(run, position)
            chunks.append(data)
            if own:
                keys.append(key)
                bounds += (at, at + len(data))
            at += len(data)
    return b"".join(chunks), keys, bounds


def frame_of(parts: Parts) -> str:
    """A digest of a file's parts but for its pieces' keys: the fixed bytes, and each run's
    home, length and separator. Two files with one frame hold their pieces in the same
    places, so one is the other with only the pieces whose keys differ replaced."""
    digest = hashlib.blake2b(digest_size=20)
    for part in parts:
        if type(part) is bytes:
            digest.update(b"bytes %d\n" % len(part))
            digest.update(part)
        else:
            run = cast(Pieces, part)
            home = run.home.encode("utf-8")
            digest.update(b"pieces %d from %d %s, between them %d\n" % (len(run.keys), len(home), home, len(run.between)))
            digest.update(run.between)
    return digest.hexdigest()


@dataclass
class _LastFile:
    """The last build's version of a file made of pieces, with its record of where they lie."""

    data: memoryview
    keys: list[str]
    bounds: Sequence[int]
    frame: str | None
    """The last file's `frame_of`, when recorded."""
    _by_key: dict[str, memoryview] | None = None

    def by_key(self) -> dict[str, memoryview]:
        """Its pieces by key (made when first asked: a file spliced needs none)."""
        if self._by_key is None:
            ends = iter(self.bounds)
            self._by_key = {key: self.data[start:end] for key, start, end in zip(self.keys, ends, ends)}
        return self._by_key

    def spliced(self, runs: list[Pieces], get: Callable[[Pieces, int], bytes | memoryview]) -> tuple[bytes, list[str], list[int]]:
        """The file of `runs` (this file's frame): these bytes with only the pieces whose keys
        differ made again, in one pass over where they lie; what `join_pieces` returns."""
        keys: list[str] = []
        changed: list[tuple[int, Pieces, int]] = []  # where in the file, the run, where in the run
        for run in runs:
            offset = len(keys)
            keys += run.keys
            was = self.keys[offset : len(keys)]
            if keys[offset:] != was:  # compared whole first: most runs are unchanged
                changed += [(offset + at, run, at) for at, (new, old) in enumerate(zip(run.keys, was)) if new != old]
        old = self.bounds
        chunks: list[bytes | memoryview] = []
        bounds: list[int] = []
        copied = 0  # of the old bytes, and of their bounds
        shift = 0  # how much longer the new file is so far
        for index, run, at in changed:
            start, end = old[2 * index], old[2 * index + 1]
            piece = get(run, at)
            chunks += (self.data[copied:start], piece)
            bounds += [bound + shift for bound in old[len(bounds) : 2 * index]]
            bounds += (start + shift, start + shift + len(piece))
            shift += len(piece) - (end - start)
            copied = end
        chunks.append(self.data[copied:])
        bounds += [bound + shift for bound in old[len(bounds) :]]
        return b"".join(chunks), keys, bounds


class _Pieces:
    """The pieces of this build: those made so far (one entry is in several feeds, made once
    for all), and the last build's files, read back from the live files when first asked
    for. A live file is used only while it is the very file the last build wrote (its size,
    modification time and inode), with the record of its pieces kept for those bytes."""

    def __init__(self, out: Path, previous: Manifest, indexes: PieceIndexes | None) -> None:
        self.out = out
        self.previous = previous
        self.indexes = indexes
        self.last: dict[str, _LastFile | None] = {}
        self.made: dict[str, bytes | memoryview] = {}

    def get(self, run: Pieces, position: int) -> bytes | memoryview:
        """A piece made this build, else the last file's by its key, else made."""
        key = run.keys[position]
        data = self.made.get(key)
        if data is None:
            last = self._last(run.home)
            data = last.by_key().get(key) if last is not None else None
        return data if data is not None else self.make(run, position)

    def make(self, run: Pieces, position: int) -> bytes | memoryview:
        """A piece not in the last file where it would lie: made (once a build). One that lay
        elsewhere in the last file (two events trading places) is made again too: looking
        for it would cost every build an index of the last file's pieces by key."""
        key = run.keys[position]
        data = self.made.get(key)
        if data is None:
            data = self.made[key] = run.make(position)
        return data

    def _last(self, home: str) -> _LastFile | None:
        if home not in self.last:
            self.last[home] = self._read(home)
        return self.last[home]

    def _read(self, home: str) -> _LastFile | None:
        """The last build's file `home` and where its pieces lie (None when it cannot be trusted)."""
        record = self.previous.get(home)
        if self.indexes is None or record is None or not record.matches(self.out / home):
            return None
        index = self.indexes.load(record.digest)
        if index is None:
            return None
        try:
            data = memoryview((self.out / home).read_bytes())
        except OSError:
            return None
        keys, bounds, frame = index
        if len(data) != record.size or list(bounds) != sorted(bounds) or (bounds and (bounds[0] < 0 or bounds[-1] > len(data))):
            return None  # pieces overlapping, out of order or past the file's end: not a record of this file
        return _LastFile(data, keys, bounds, frame)

    def forget(self) -> None:
        """Let go of every piece, made or read back (a forked worker keeps its own copy)."""
        self.made.clear()
        self.last.clear()

    def join(self, output: Output) -> tuple[bytes, str]:
        """Make a file of pieces, and its digest; remember where its own pieces lie, for the next build.

        When the last build's file had the same frame (the same fixed bytes and runs of
        pieces, all its own: the same events in the same order), it is that file with only
        the changed pieces replaced; otherwise it is joined piece by piece, each taken from
        the last file where it is there."""
        assert output.parts is not None
        parts = output.parts()
        frame = frame_of(parts)
        last = self._last(output.path)
        runs = cast(list[Pieces], [part for part in parts if type(part) is not bytes])
        own = all(run.home == output.path for run in runs)
        if last is not None and last.frame == frame and own and sum(len(run.keys) for run in runs) == len(last.keys):
            data, keys, bounds = last.spliced(runs, self.make)
        else:
            data, keys, bounds = join_pieces(parts, self.get, output.path, last.by_key() if last is not None else None)
        digest = file_digest(data)
        if keys and self.indexes is not None:
            self.indexes.save(digest, keys, bounds, frame)
        return data, digest


def file_digest(data: bytes) -> str:
    """What a file's bytes are known by (40 hex digits): SHA-256, which OpenSSL computes with
    the processor's SHA instructions where it has them, twice as fast as BLAKE2b on the
    development machines (a full build digests every file it makes: 590 MB at 10,000 events)."""
    return hashlib.sha256(data).hexdigest()[:40]


@dataclass(frozen=True)
class Written:
    files: int
    """Files in the site (our own, not the finishing steps' nor the MARKER)."""
    written: int
    """Files created or rewritten by this build; the others were kept as they were."""
    changed_folders: frozenset[str] | None = field(default=None, compare=False)
    """The folders (site-relative, "" the top) in which the build added, replaced or removed
    anything, when it brought the spare up to date from its record (`SpareRecord`): every
    other folder of the new site is as that record has it. None when not known (a fresh
    folder, the spare read whole, files made by workers) or when nothing was swapped."""


def output_key(output: Output, salt: bytes) -> str:
    """A digest of everything `output` is made from. `salt` stands for the code, templates and
    settings. Equal values pickle to equal bytes; the rare unequal pickle of equal values only
    costs a render, whose bytes are compared anyway. What an output reads is small (the
    digests of the entities a page shows, `pages.PageSpec`), so keying every file is cheap."""
    import pickle

    return hashlib.blake2b(salt + pickle.dumps(output.reads, protocol=5), digest_size=20).hexdigest()


def write_site(
    outputs: Iterable[Output],
    out: Path,
    finishing: Iterable[FinishingStep] = (),
    previous: Manifest | None = None,
    salt: bytes = b"",
    indexes: PieceIndexes | None = None,
    spare: SpareRecord | None = None,
    carried: Manifest | None = None,
) -> tuple[Manifest, Written]:
    """Stage every output in a folder beside `out`, run the finishing steps, then swap it in.

    `previous` describes the live site (from the last build): its files are reused where
    their inputs or bytes are unchanged, and a file of pieces takes the unchanged ones from
    its live version (`indexes` says where they lie; made for the same `salt`). `spare` is what
    the last build recorded of the spare, if anything. `carried` are live files kept as they
    are without an output listed for them (their records, checked by the caller to describe
    the live files). When nothing at all changed, the live site is left as it is and nothing
    is swapped. If anything fails before the swap, the staged folder is removed and `out` is
    untouched.
    """
    out = out.resolve()
    check_output_folder(out)
    previous = previous or {}
    out.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(out)
    staging = _Staging(out, spare)
    pieces = _Pieces(out, previous, indexes)
    marker = Output(MARKER, (), lambda: MARKER_TEXT.encode("utf-8"))
    try:
        records: dict[str, Record | None] = {}  # in the outputs' order, whatever order they are made in
        for path, record in (carried or {}).items():
            records[path] = staging.keep(path, record)
        to_make: list[_Job] = []
        live = os.path.join(out, "")  # a string: 30,000 path objects cost more than the checks
        for output in (*outputs, marker):
            old = previous.get(output.path)
            if old is not None and not old.matches(live + output.path):
                old = None  # changed by hand or gone: never trusted
            key = output_key(output, salt)
            if old is not None and old.key == key:
                records[output.path] = staging.keep(output.path, old)
            else:
                records[output.path] = None
                to_make.append((output, key, old))
        staging.paths = records.keys()  # the new site's files: all the spare may keep
        from tracker import workers  # multiprocessing: only for a build with files to make

        cores = workers.cores()
        if cores > 1 and len(to_make) >= PARALLEL_FROM and workers.may_fork():
            staging.open()
            staging.changed = None  # the workers' writes are theirs to know
            with no_full_collections():  # the workers, forked within, inherit the collector's settings
                made = _make_in_parallel(to_make, staging, pieces, cores)
        elif len(to_make) < PARALLEL_FROM:  # a rebuild: the few files an edit reaches
            # Making a file of pieces builds tens of thousands of short-lived objects, and each
            # of the collector's full passes walks them all, to free nothing they hold: the
            # little cyclic garbage of a few files' rendering waits for the end.
            from tracker.content.kept import collector_paused  # loaded by now: the content was read

            with collector_paused():
                made = [_make(staging, pieces, job) for job in to_make]
        else:  # a full build on one core
            with no_full_collections():
                made = [_make(staging, pieces, job) for job in to_make]
        for (output, _, _), record in zip(to_make, made, strict=True):
            records[output.path] = record
        manifest = {path: record for path, record in records.items() if record is not None}
        assert len(manifest) == len(records)
        if staging.folder is None and manifest.keys() == previous.keys() | (carried or {}).keys() and out.is_dir():
            return manifest, Written(len(manifest) - 1, 0)  # the live site is already this site
        staged = staging.open()
        for step in finishing:
            step(staged)
        staged.chmod(0o755)  # mkdtemp makes it private; a site is for everyone to read
    except BaseException:
        staging.discard()
        raise
    assert staging.owner is not None
    _swap(staged, staging.owner, out)
    changed = frozenset(staging.changed) if staging.changed is not None else None
    return manifest, Written(len(manifest) - 1, staging.written, changed)


PARALLEL_FROM = 1000
"""A build that has at least this many files to make (a full build, or an edit that many
pages show) shares them among the machine's cores; fewer are not worth starting processes for."""

_Job = tuple[Output, str, Record | None]
"""An output to make, its key, and the live file's record where there is one to compare with."""

_WORK: tuple[list[_Job], _Staging, _Pieces] | None = None
"""What the worker processes make: set before they fork, so they inherit it unpickled."""


def _make(staging: _Staging, pieces: _Pieces, job: _Job) -> Record:
    """Make one output; keep the live file if its bytes are the same, else stage the new ones."""
    output, key, old = job
    if output.parts is None:
        data = output.make()
        digest = file_digest(data)
    else:
        data, digest = pieces.join(output)
    if old is not None and old.digest == digest:
        return staging.keep(output.path, Record(key, digest, old.size, old.mtime_ns, old.inode))
    return staging.write(output.path, data, key, digest)


def _make_in_parallel(jobs: list[_Job], staging: _Staging, pieces: _Pieces, cores: int) -> list[Record]:
    """Make every job, most in worker processes forked from this one (they inherit the content
    and pages as they are, nothing pickled), each taking slices of the list and staging the
    files itself; the records come back in the list's order, so the manifest does not depend
    on which worker finished first.

    While the workers run, this process makes the files of pieces and the whole-site files:
    first those whose pieces other files carry (the site's feed and calendar), then those
    others (each leader's and pair's feed and calendar), joined from the pieces just made, so
    that each piece is made once and no worker holds any; then the other whole-site files,
    each one's pieces forgotten before the next. Its peak is its pages plus one such file,
    not a worker's copy of them plus its own files plus one."""
    from tracker import workers

    global _WORK
    homes = [at for at, (output, _, _) in enumerate(jobs) if output.whole_site and output.home_of_pieces]
    sharing = [at for at, (output, _, _) in enumerate(jobs) if output.parts is not None and not output.whole_site]
    alone = [at for at, (output, _, _) in enumerate(jobs) if output.whole_site and not output.home_of_pieces]
    ours = {*homes, *sharing, *alone}
    forked = [job for at, job in enumerate(jobs) if at not in ours]
    _WORK = (forked, staging, pieces)
    made: dict[int, Record] = {}
    try:
        with workers.forked_pool(cores) as pool:
            from_workers = pool.imap(_make_slice, workers.slices(len(forked), cores, 200))  # the workers start at once
            for at in homes + sharing:
                made[at] = _make(staging, pieces, jobs[at])
            pieces.forget()
            OncePerBuild.forget_all()  # no file made after these takes a feed's or calendar's pieces
            for at in alone:
                made[at] = _make(staging, pieces, jobs[at])
                pieces.forget()  # each whole-site file's pieces are its own kind: kept, they would add to the next one's peak
            made_forked = [record for part in from_workers for record in part]
    finally:
        _WORK = None
    staging.written += sum(  # counted here: the workers' own counts stay in the workers; a kept file keeps its inode
        output.path != MARKER and (old is None or record.inode != old.inode)
        for (output, _, old), record in zip(forked, made_forked, strict=True)
    )
    in_order = iter(made_forked)
    return [made[at] if at in ours else next(in_order) for at in range(len(jobs))]


@contextlib.contextmanager
def no_full_collections() -> Iterator[None]:
    """Keep the garbage collector to its young generations while the files are made.

    What making a file allocates is freed as soon as the file is written, nearly all of it
    by reference counting; what lives on (the pieces made, the texts converted, the rows
    rendered) is hundreds of thousands of objects that no collection frees. After the
    build's freeze (`pipeline.build_site`), the collector counts only what is not frozen
    and so walks all of that in a full collection every hundred young ones: a tenth of a
    second to a second each, several seconds a process over a build of 10,000 events.
    Young collections still free the cycles a page's rendering makes."""
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], _NEVER)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


_NEVER = 1 << 30
"""A count of young collections that no build reaches."""


def fewer_young_collections() -> None:
    """Within `no_full_collections`, which restores the thresholds as it found them: a young
    collection only every `_YOUNG` objects made, not every 700. For a rebuild of the few
    outputs an edit reaches, nearly all it makes from the listing on (the pages' site-wide
    structures, the keys of every piece of the whole-site files, the records) lives to its
    end, and its 220 young collections from there walked it again and again (0.043 s of a
    rebuild after one edit at 10,000 events; two collections now, 0.03 s)."""
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, _YOUNG), *older)


_YOUNG = 50_000
"""Objects made between two young collections in a rebuild of a few outputs: what cycles
a page's rendering leaves waits at most that long to be freed."""


def _make_slice(bounds: tuple[int, int]) -> list[Record]:
    assert _WORK is not None
    jobs, staging, pieces = _WORK
    return [_make(staging, pieces, job) for job in jobs[bounds[0] : bounds[1]]]


class _Staging:
    """The new site's folder beside `out`, made only once some file differs from the live one.

    Until then, the files to keep are only remembered; if none differs, nothing is staged.
    The folder is the spare (the site before last, kept by the last swap) when there is
    one: bringing it up to date touches only what changed, where a fresh folder needs a
    directory and a link for every file, which on a busy disk costs more than the rest of
    a rebuild. Nothing in it is trusted (a file stays only if it is the very file the live
    site has, same inode), and nothing is written through a link: every new file is written
    under a temporary name and renamed into place.
    """

    def __init__(self, out: Path, spare: SpareRecord | None = None) -> None:
        self.out = out
        self.spare = spare
        """What the spare holds, as recorded when it was last live (trusted only while its folders are as recorded)."""
        self.paths: Collection[str] = ()
        """Every file of the new site (site-relative), known before the folder is opened."""
        self.folder: Path | None = None
        self.owner: Path | None = None
        self.recycled = False
        self.kept: list[tuple[str, int]] = []
        self.made: set[str] = set()
        """The folders known to exist in the staged site (strings: a fresh site links 30,000
        files, and path objects for each cost more than the links)."""
        self.changed: set[str] | None = None
        """With the spare brought up to date from its record, the folders (site-relative) in
        which this process added, replaced or removed anything (`Written.changed_folders`)."""
        self.written = 0

    def open(self) -> Path:
        if self.folder is None:
            self.folder, self.owner = _claim(self.out)
            spare = spare_folder(self.out)
            kept = self.kept
            if _is_spare(spare):
                known = self.spare is not None and self.spare.holds(spare)  # before the rename changes its top's ctime
                spare.rename(self.folder)  # claimed first: a build killed from here on leaves it to be cleaned
                self.recycled = True
                self.changed = set() if known else None
                kept = self._sweep_known() if known else self._sweep()
            else:
                self.folder.mkdir()
            self.made.add(str(self.folder))
            for path, inode in kept:
                self._link(path, inode, checked=True)
        return self.folder

    def _sweep(self) -> list[tuple[str, int]]:
        """Shape the recycled spare as the new site in one pass over it: remove every file and
        folder the new site does not have, and see which files to keep already are the live
        ones (same inode, read from the folder's listing, with a `stat` only where the listing
        disagrees); return the files to keep that are not."""
        import shutil

        assert self.folder is not None
        top = str(self.folder)
        prefix = os.path.join(top, "")
        files = {prefix + path for path in self.paths}  # strings, not 30,000 path objects
        folders = {top}
        for path in {os.path.dirname(path) for path in files}:
            while path not in folders:
                folders.add(path)
                path = os.path.dirname(path)
        to_keep = {prefix + path: inode for path, inode in self.kept}
        in_place: set[str] = set()
        below = [top]
        while below:
            with os.scandir(below.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        if entry.path in folders:
                            below.append(entry.path)
                        else:
                            shutil.rmtree(entry.path)
                    elif entry.path not in files:
                        os.unlink(entry.path)
                    elif (inode := to_keep.get(entry.path)) is not None and (
                        entry.inode() == inode or os.stat(entry.path, follow_symlinks=False).st_ino == inode
                    ):
                        in_place.add(entry.path)
        return [(path, inode) for path, inode in self.kept if prefix + path not in in_place]

    def _sweep_known(self) -> list[tuple[str, int]]:
        """`_sweep` from the record of what the spare holds, without reading its folders:
        remove what the new site does not have; return the files to keep that the spare does
        not already hold as the live ones (same inode)."""
        import shutil

        assert self.folder is not None and self.spare is not None
        prefix = os.path.join(self.folder, "")
        folders = site_folders(self.paths)
        changed = self.changed if self.changed is not None else set()
        for folder in self.spare.folders:  # the topmost of those the new site does not have, whole
            if folder not in folders and (parent := folder.rpartition("/")[0]) in folders:
                shutil.rmtree(prefix + folder)
                changed.add(parent)
        held = self.spare.files
        for path in held.keys() - self.paths:
            if (parent := path.rpartition("/")[0]) in folders:
                os.unlink(prefix + path)
                changed.add(parent)
        return [(path, inode) for path, inode in self.kept if held.get(path) != inode]

    def _target(self, path: str) -> str:
        """Where the file at `path` goes in the staged site, its folder made; it is about to be written there."""
        assert self.folder is not None
        target = os.path.join(self.folder, path)
        parent = os.path.dirname(target)
        if self.changed is not None:  # the file goes into its folder, and any folder made goes into its own
            folder = path.rpartition("/")[0]
            self.changed.add(folder)
            if parent not in self.made:
                while folder:
                    folder = folder.rpartition("/")[0]
                    self.changed.add(folder)
        if parent not in self.made:
            try:  # one system call for most folders (an event's, in `events/`), where makedirs makes three
                os.mkdir(parent)
            except FileExistsError:  # made by another worker, or in the recycled spare
                pass
            except FileNotFoundError:
                os.makedirs(parent, exist_ok=True)
            self.made.add(parent)
        return target

    def _link(self, path: str, inode: int, checked: bool = False) -> None:
        """Put the live file at `path` into the staged site, unless it is already there
        (`checked`: known not to be)."""
        if self.recycled and not checked:
            assert self.folder is not None
            try:  # most files of a recycled spare: checked with one stat, no path objects made
                if os.stat(os.path.join(self.folder, path), follow_symlinks=False).st_ino == inode:
                    return  # already the live file itself
            except FileNotFoundError:
                pass
        live, target = os.path.join(self.out, path), self._target(path)
        if self.recycled:
            temporary = _temporary(target)
            _unlink(temporary)
            _reuse(live, temporary)
            os.replace(temporary, target)
        else:
            _reuse(live, target)

    def keep(self, path: str, record: Record) -> Record:
        """Carry the live file over unchanged."""
        if self.folder is None:
            self.kept.append((path, record.inode))
        else:
            self._link(path, record.inode)
        return record

    def write(self, path: str, data: bytes, key: str, digest: str) -> Record:
        self.open()
        target = self._target(path)
        if self.recycled:
            temporary = _temporary(target)
            _unlink(temporary)  # never open an old one: it could be a link to a live file
            info = _create(temporary, data)
            os.replace(temporary, target)  # a new inode: a link to the live file is replaced, not written through
        else:  # a fresh folder holds only what this build put there, and each file once: no link to write through
            info = _create(target, data)
        self.written += path != MARKER  # bookkeeping, not a file of the site
        return Record(key, digest, info.st_size, info.st_mtime_ns, info.st_ino)

    def discard(self) -> None:
        """After a failure: a fresh folder goes; the spare goes back, to be checked again next time."""
        if self.folder is None or self.owner is None:
            return
        if self.recycled and not spare_folder(self.out).exists():
            self.folder.rename(spare_folder(self.out))
            self.owner.unlink()
        else:
            _remove(self.folder, self.owner)


def spare_folder(out: Path) -> Path:
    """Where the site before the live one is kept, for the next build to bring up to date."""
    return out.parent / f".{out.name}-old"


def _is_spare(folder: Path) -> bool:
    """A spare we made: a real folder holding our MARKER."""
    return folder.is_dir() and not folder.is_symlink() and (folder / MARKER).is_file()


def _keep_as_spare(previous: Path, owner: Path, out: Path) -> None:
    """The previous site, set aside by the swap, becomes the spare (or goes, when the place is taken)."""
    spare = spare_folder(out)
    if spare.exists() or spare.is_symlink():
        _remove(previous, owner)  # not ours, or a spare we could not use: keep only one
        return
    previous.rename(spare)
    owner.unlink()


def _temporary(target: str) -> str:
    """The name a file is written under before it is renamed into place."""
    folder, name = os.path.split(target)
    return os.path.join(folder, f".{name}.new")


def _create(path: str, data: bytes) -> os.stat_result:
    """Write `data` into a new file at `path` (never an existing one, nor through a link); its
    metadata as written, from the open file rather than by its name again."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
        return os.fstat(descriptor)
    finally:
        os.close(descriptor)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _reuse(live: str, target: str) -> None:
    """Put the live file into the staged site: a hard link, or a copy where links fail."""
    try:
        os.link(live, target)
    except OSError:
        import shutil

        shutil.copy2(live, target)  # its new inode makes the next build check it afresh


def _claim(out: Path) -> tuple[Path, Path]:
    """A fresh folder name beside `out`, marked as ours before the folder exists.

    The marker's name holds our process ID, so that it says whose it is from the moment it
    exists (a build killed before writing its text still leaves a marker we recognise).
    """
    import tempfile

    descriptor, name = tempfile.mkstemp(prefix=f".{out.name}-build-{os.getpid()}-", suffix=OWNER_SUFFIX, dir=out.parent)
    with open(descriptor, "w", encoding="utf-8") as marker:
        marker.write(OWNER_TEXT)
    owner = Path(name)
    return owner.with_name(owner.name.removesuffix(OWNER_SUFFIX)), owner


def _remove(folder: Path, owner: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    owner.unlink(missing_ok=True)


def _swap(staged: Path, owner: Path, out: Path) -> None:
    """Make `staged` the live `out` so that `out` is never missing nor half-written."""
    if not out.exists():
        staged.rename(out)
        owner.unlink()
        return
    if _exchange(staged, out):  # one atomic step: `staged` now holds the previous site
        _keep_as_spare(staged, owner, out)
        return
    # No atomic exchange here (not Linux, or a file system without it): two renames. Should
    # the build die between them, the marker says so and the next build puts the site back.
    retired = staged.with_name(staged.name + _RETIRED)
    retired_owner = retired.with_name(retired.name + OWNER_SUFFIX)
    retired_owner.write_text(OWNER_TEXT, encoding="utf-8")
    out.rename(retired)
    try:
        staged.rename(out)
    except BaseException:
        retired.rename(out)
        _remove(staged, owner)
        retired_owner.unlink()
        raise
    owner.unlink()
    _keep_as_spare(retired, retired_owner, out)


def clean_leftovers(out: Path) -> None:
    """Remove what killed builds left beside `out`; put back a previous site set aside, if `out` is gone.

    A folder is removed only when it has our name, our marker beside it (`<name>.owner`, named
    with the builder's process ID and holding OWNER_TEXT, or the start of it when the build
    died writing it), and that process is no longer running: two builds at once leave each
    other alone.
    """
    mark = re.compile(rf"\.{re.escape(out.name)}-build-([0-9]+)-[A-Za-z0-9_]+({_RETIRED})?{re.escape(OWNER_SUFFIX)}")
    for owner in sorted(out.parent.glob(f".{out.name}-build-*{OWNER_SUFFIX}")):
        named = mark.fullmatch(owner.name)
        if named is None or owner.is_symlink() or not owner.is_file() or _running(int(named.group(1))):
            continue
        try:
            if not OWNER_TEXT.startswith(owner.read_text(encoding="utf-8")):
                continue
        except (OSError, UnicodeDecodeError):
            continue
        folder = owner.with_name(owner.name.removesuffix(OWNER_SUFFIX))
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            continue
        if named.group(2) and folder.is_dir() and not out.exists():
            folder.rename(out)  # the previous site, set aside by a build that died mid-swap
            owner.unlink()
            continue
        _remove(folder, owner)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own earlier marker cannot be in use: we are not writing yet
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@functools.cache
def _renameat2() -> Any:
    """The C library's renameat2, or None where there is none."""
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return None


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where that is not available."""
    import ctypes

    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


MARKER = ".tracker-build"
"""Written into every site the build makes: the next build may replace a folder holding it."""
MARKER_TEXT = "Made by the visit tracker's build (python build.py), which replaces this folder whole.\n"

_PROJECT_MARKS = (".git", "content", "templates")
"""A folder holding one of these is somebody's project, never a site to replace."""


class OutputFolderError(Exception):
    """The output folder is one the build must not replace."""


def check_output_folder(out: Path, content_dir: Path | None = None) -> None:
    """Raise OutputFolderError unless `out` may be replaced whole by a new site.

    It may not be, hold or lie inside what the build reads (the project, its content and
    templates); it may not look like a project; and if it exists, it must be empty or
    hold the MARKER of a previous build.
    """
    out = out.resolve()
    read = {PROJECT_DIR: "the project", TEMPLATE_DIR: "the templates", PROJECT_DIR / "content": "the content"}
    if content_dir is not None:
        read.setdefault(content_dir.resolve(), "the content")
    fix = "the build replaces its output folder whole: choose a folder of its own, e.g. site"

    def refuse(why: str, how: str = fix) -> OutputFolderError:
        return OutputFolderError(f"cannot write the site into {out}: it {why} ({how})")

    for folder, what in read.items():
        if out == folder or out in folder.parents:
            raise refuse(f"{'is' if out == folder else 'holds'} {what} ({folder}), which the build reads")
    for folder in read:
        if folder != PROJECT_DIR and folder in out.parents:
            raise refuse(f"is inside {folder.name}/, which the build reads")
    if out.exists() and not out.is_dir():
        raise refuse("is a file, not a folder", "choose a folder, e.g. site")
    for mark in _PROJECT_MARKS:
        if (out / mark).exists():
            raise refuse(f"holds {mark}/, so it looks like a project, not a built site")
    if out.is_dir() and not (out / MARKER).is_file() and any(out.iterdir()):
        raise refuse(
            f"is not empty and has no {MARKER}, so the build did not make it",
            "the build replaces its output folder whole: empty it yourself, or choose another folder",
        )
