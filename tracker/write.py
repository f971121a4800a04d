"""Files to disk, all or nothing: the previous site stays exactly as it was until the new one is complete."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from tracker.render import SiteFiles

FinishingStep = Callable[[Path], None]
"""Work on the complete staged site before it goes live (e.g. building a search index)."""


def write_site(files: SiteFiles, out: Path, finishing: Iterable[FinishingStep] = ()) -> None:
    """Write `files` into a folder beside `out`, run the finishing steps, then swap it in.

    If anything fails before the swap, the staged folder is removed and `out` is untouched.
    """
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-", dir=out.parent))
    try:
        for relative, data in sorted(files.items()):
            target = staged / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
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
