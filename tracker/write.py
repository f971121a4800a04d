"""Files to disk, all or nothing: the previous site stays exactly as it was until the new one is complete.

The new site is written into a folder beside `out`, then swapped in. A build killed at any
moment (even by SIGKILL) leaves `out` as it was, or, killed after the swap, complete and new;
what it left beside `out` the next build removes. It removes only what a build made: a
folder named `.<out>-build-<pid>-<random>` with a marker file of the same name plus `.owner`
beside it, and only when the process that made them is gone.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tracker.render import TEMPLATE_DIR, SiteFiles
from tracker.settings import PROJECT_DIR

FinishingStep = Callable[[Path], None]
"""Work on the complete staged site before it goes live (e.g. building a search index)."""

OWNER_SUFFIX = ".owner"
OWNER_TEXT = "Made by the visit tracker's build, which deletes it with the folder of the same name.\n"
_RETIRED = "-retired"
"""Ends the name of a folder holding the previous site, set aside during a swap."""


def write_site(files: SiteFiles, out: Path, finishing: Iterable[FinishingStep] = ()) -> None:
    """Write `files` into a folder beside `out`, run the finishing steps, then swap it in.

    If anything fails before the swap, the staged folder is removed and `out` is untouched.
    """
    out = out.resolve()
    check_output_folder(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(out)
    staged, owner = _claim(out)
    staged.mkdir()
    try:
        for relative, data in sorted(files.items()):
            target = staged / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (staged / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        for step in finishing:
            step(staged)
        staged.chmod(0o755)
    except BaseException:
        _remove(staged, owner)
        raise
    _swap(staged, owner, out)


def _claim(out: Path) -> tuple[Path, Path]:
    """A fresh folder name beside `out`, marked as ours before the folder exists.

    The marker's name holds our process ID, so that it says whose it is from the moment it
    exists (a build killed before writing its text still leaves a marker we recognise).
    """
    descriptor, name = tempfile.mkstemp(prefix=f".{out.name}-build-{os.getpid()}-", suffix=OWNER_SUFFIX, dir=out.parent)
    with open(descriptor, "w", encoding="utf-8") as marker:
        marker.write(OWNER_TEXT)
    owner = Path(name)
    return owner.with_name(owner.name.removesuffix(OWNER_SUFFIX)), owner


def _remove(folder: Path, owner: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    owner.unlink(missing_ok=True)


def _swap(staged: Path, owner: Path, out: Path) -> None:
    """Make `staged` the live `out` so that `out` is never missing nor half-written."""
    if not out.exists():
        staged.rename(out)
        owner.unlink()
        return
    if _exchange(staged, out):  # one atomic step: `staged` now holds the previous site
        _remove(staged, owner)
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
    _remove(retired, retired_owner)


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
_renameat2: Any
try:
    _renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
except (AttributeError, OSError):
    _renameat2 = None


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where that is not available."""
    if _renameat2 is None:
        return False
    if _renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
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
