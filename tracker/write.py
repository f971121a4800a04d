"""Files to disk, all or nothing: the previous site stays exactly as it was until the new one is complete.

The new site is always staged in a fresh folder beside `out` and swapped in by renames.
A rebuild stages cheaply: a file whose inputs are unchanged, or whose new bytes equal the
live file's, is hard-linked from the live site instead of written. Nothing ever writes
through such a link (new files are written under new names), so the live site is never
touched before the swap, and a killed build leaves it complete.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from tracker.render import TEMPLATE_DIR, Output
from tracker.settings import PROJECT_DIR

FinishingStep = Callable[[Path], None]
"""Work on the complete staged site before it goes live (e.g. building a search index)."""


@dataclass(frozen=True)
class Record:
    """What the last build knows about one file it wrote."""

    key: str
    """The digest of what the file was made from (see `output_key`)."""
    digest: str
    """The digest of its bytes."""
    size: int
    mtime_ns: int
    inode: int

    def matches(self, path: Path) -> bool:
        """True while the file at `path` is the one recorded (nobody replaced or edited it)."""
        try:
            info = path.stat()
        except OSError:
            return False
        return (info.st_size, info.st_mtime_ns, info.st_ino) == (self.size, self.mtime_ns, self.inode)


Manifest = dict[str, Record]
"""Every file the build made, by site-relative path."""


@dataclass(frozen=True)
class Written:
    files: int
    """Files in the site (our own, not the finishing steps' nor the MARKER)."""
    written: int
    """Files created or rewritten by this build; the others were kept as they were."""


def output_key(output: Output, salt: bytes) -> str:
    """A digest of everything `output` is made from. `salt` stands for the code, templates and
    settings. Equal values pickle to equal bytes; the rare unequal pickle of equal values only
    costs a render, whose bytes are compared anyway."""
    return hashlib.blake2b(salt + pickle.dumps(output.reads, protocol=5), digest_size=20).hexdigest()


def write_site(
    outputs: Iterable[Output],
    out: Path,
    finishing: Iterable[FinishingStep] = (),
    previous: Manifest | None = None,
    salt: bytes = b"",
) -> tuple[Manifest, Written]:
    """Stage every output in a folder beside `out`, run the finishing steps, then swap it in.

    `previous` describes the live site (from the last build): its files are reused where
    their inputs or bytes are unchanged. When nothing at all changed, the live site is left
    as it is and nothing is swapped. If anything fails before the swap, the staged folder is
    removed and `out` is untouched.
    """
    out = out.resolve()
    check_output_folder(out)
    previous = previous or {}
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = _Staging(out)
    manifest: Manifest = {}
    marker = Output(MARKER, (), lambda: MARKER_TEXT.encode("utf-8"))
    try:
        for output in (*outputs, marker):
            live = out / output.path
            old = previous.get(output.path)
            if old is not None and not old.matches(live):
                old = None  # changed by hand or gone: never trusted
            key = output_key(output, salt)
            if old is not None and old.key == key:
                manifest[output.path] = staging.keep(output.path, old)
                continue
            data = output.make()
            digest = hashlib.blake2b(data, digest_size=20).hexdigest()
            if old is not None and old.digest == digest:
                manifest[output.path] = staging.keep(output.path, Record(key, digest, old.size, old.mtime_ns, old.inode))
                continue
            manifest[output.path] = staging.write(output.path, data, key, digest)
        if staging.folder is None and manifest.keys() == previous.keys() and out.is_dir():
            return manifest, Written(len(manifest) - 1, 0)  # the live site is already this site
        staged = staging.open()
        staging.prune(manifest)
        for step in finishing:
            step(staged)
        staged.chmod(0o755)  # mkdtemp makes it private; a site is for everyone to read
    except BaseException:
        staging.discard()
        raise
    _swap(staged, out)
    return manifest, Written(len(manifest) - 1, staging.written)


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

    def __init__(self, out: Path) -> None:
        self.out = out
        self.folder: Path | None = None
        self.recycled = False
        self.kept: list[tuple[str, int]] = []
        self.made: set[Path] = set()
        self.written = 0

    def open(self) -> Path:
        if self.folder is None:
            spare = _spare(self.out)
            if (spare / MARKER).is_file() and not spare.is_symlink():
                self.folder, self.recycled = spare, True
            else:
                self.folder = Path(tempfile.mkdtemp(prefix=f".{self.out.name}-new-", dir=self.out.parent))
            self.made.add(self.folder)
            for path, inode in self.kept:
                self._link(path, inode)
        return self.folder

    def _target(self, path: str) -> Path:
        assert self.folder is not None
        target = self.folder / path
        if target.parent not in self.made:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.made.add(target.parent)
        return target

    def _link(self, path: str, inode: int) -> None:
        live, target = self.out / path, self._target(path)
        if self.recycled:
            try:
                if target.stat().st_ino == inode:
                    return  # already the live file itself
            except FileNotFoundError:
                pass
            temporary = target.with_name(f".{target.name}.new")
            temporary.unlink(missing_ok=True)
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
        temporary = target.with_name(f".{target.name}.new")
        temporary.write_bytes(data)
        os.replace(temporary, target)  # a new inode: a link to the live file is replaced, not written through
        info = target.stat()
        self.written += path != MARKER  # bookkeeping, not a file of the site
        return Record(key, digest, info.st_size, info.st_mtime_ns, info.st_ino)

    def prune(self, keep: Iterable[str]) -> None:
        """In a recycled folder, remove every file and folder the new site does not have."""
        if not self.recycled or self.folder is None:
            return
        wanted = {str(self.folder / path) for path in keep}
        removed: set[str] = set()
        for root, folders, files in os.walk(self.folder, topdown=False):
            used = any(os.path.join(root, name) not in removed for name in folders)
            for name in files:
                if os.path.join(root, name) in wanted:
                    used = True
                else:
                    os.unlink(os.path.join(root, name))
            if not used and root != str(self.folder):
                os.rmdir(root)
                removed.add(root)

    def discard(self) -> None:
        """After a failure: a fresh folder goes; the spare stays, to be checked again next time."""
        if self.folder is not None and not self.recycled:
            shutil.rmtree(self.folder, ignore_errors=True)


def _spare(out: Path) -> Path:
    """Where the site before the live one is kept, for the next build to bring up to date."""
    return out.parent / f".{out.name}-old"


def _reuse(live: Path, target: Path) -> None:
    """Put the live file into the staged site: a hard link, or a copy where links fail."""
    try:
        os.link(live, target)
    except OSError:
        shutil.copy2(live, target)  # its new inode makes the next build check it afresh


def _swap(staged: Path, out: Path) -> None:
    """Replace `out` with `staged` by renames, so `out` is never half-written; the old site
    becomes the spare when the spare's place is free or ours, and is removed otherwise."""
    if not out.exists():
        staged.rename(out)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out.name}-old-", dir=out.parent))
    retired.rmdir()
    out.rename(retired)
    try:
        staged.rename(out)
    except BaseException:
        retired.rename(out)
        if staged != _spare(out):
            shutil.rmtree(staged, ignore_errors=True)
        raise
    spare = _spare(out)
    if spare.exists() and (spare.is_symlink() or not (spare / MARKER).is_file()):
        shutil.rmtree(retired, ignore_errors=True)  # not ours: leave it, keep no spare
        return
    if spare.exists():
        shutil.rmtree(spare, ignore_errors=True)  # an older spare, left by a fresh staging
    retired.rename(spare)


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
