"""Files to disk, all or nothing: the previous site stays exactly as it was until the new one is complete."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from tracker.render import TEMPLATE_DIR, SiteFiles
from tracker.settings import PROJECT_DIR

FinishingStep = Callable[[Path], None]
"""Work on the complete staged site before it goes live (e.g. building a search index)."""


def write_site(files: SiteFiles, out: Path, finishing: Iterable[FinishingStep] = ()) -> None:
    """Write `files` into a folder beside `out`, run the finishing steps, then swap it in.

    If anything fails before the swap, the staged folder is removed and `out` is untouched.
    """
    out = out.resolve()
    check_output_folder(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-", dir=out.parent))
    try:
        for relative, data in sorted(files.items()):
            target = staged / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (staged / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        for step in finishing:
            step(staged)
        staged.chmod(0o755)  # mkdtemp makes it private; a site is for everyone to read
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    _swap(staged, out)


def _swap(staged: Path, out: Path) -> None:
    """Replace `out` with `staged` by two renames, so `out` is never half-written."""
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
        shutil.rmtree(staged, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)


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
