"""The search index: Pagefind, run over the finished pages as a finishing step of the write.

Pagefind indexes what sits in `<main data-pagefind-body>` (events, leaders, sources) and
writes its bundle into `pagefind/`; the search page loads it from there through the URL
builder, so it works under a sub-path. The binary comes from the `pagefind[extended]`
Python package and needs no network.
"""

from __future__ import annotations

import sys
from pathlib import Path

BUNDLE = "pagefind"
"""The bundle's folder inside the site; matches Urls.search_bundle()."""


UNUSED = ("pagefind-ui.*", "pagefind-component-ui.*", "pagefind-modular-ui.*", "pagefind-highlight.js")
"""Pagefind's ready-made interfaces: our search page uses its JS API instead (far lighter),
so these (about 400 KB) are not published."""


class SearchIndexError(Exception):
    """Pagefind failed; its own output says why."""


def build_search_index(site: Path) -> None:
    """Index the staged site in place. Raises SearchIndexError if Pagefind fails."""
    import subprocess  # not for a rebuild with nothing to do, which never gets here

    command = [
        sys.executable, "-m", "pagefind",
        "--site", str(site),
        "--output-subdir", BUNDLE,
        "--quiet",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SearchIndexError(f"pagefind failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    for pattern in UNUSED:
        for unused in (site / BUNDLE).glob(pattern):
            unused.unlink()
