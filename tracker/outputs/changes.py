"""The corrections log as readers see it: each event's changes, and the latest site-wide.

Pure: the history read by provenance.py in, plain page objects out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tracker.content.model import PartialDate
from tracker.content.provenance import Change, Provenance

LATEST = 50
"""How many changes the site-wide page lists."""

SHORT_COMMIT = 10
"""Hex digits of a commit's hash shown, enough to find it with `git show`."""


@dataclass(frozen=True)
class ChangedEntry:
    text: str
    """The entry's title or name, or the file's name when it no longer exists."""
    url: str | None
    """Its page, when it has one now."""


@dataclass(frozen=True)
class ChangeRow:
    """One commit, as a line of a corrections log."""

    date_text: str
    date_iso: str
    message: str
    commit: str
    """The commit's hash, shortened."""
    entries: tuple[ChangedEntry, ...]
    """What it changed (the site-wide page shows these; an event page needs not)."""


@dataclass(frozen=True)
class ChangesPage:
    rows: tuple[ChangeRow, ...]
    """The latest changes, newest first; empty when the site was built outside git."""
    total: int
    """How many changes the history holds in all."""


def change_row(change: Change, entries: tuple[ChangedEntry, ...] = ()) -> ChangeRow:
    date = PartialDate.from_date(change.date)
    return ChangeRow(date.display(), str(date), change.message, change.commit[:SHORT_COMMIT], entries)


def changes_page(provenance: Provenance, page_of: dict[str, ChangedEntry]) -> ChangesPage:
    """The latest changes site-wide; `page_of` maps content-relative files to the entries' pages."""

    def entry(path: str) -> ChangedEntry:
        return page_of.get(path) or ChangedEntry(Path(path).name, None)

    rows = tuple(
        change_row(change, tuple(entry(path) for path in change.files)) for change in provenance.changes[:LATEST]
    )
    return ChangesPage(rows, len(provenance.changes))
