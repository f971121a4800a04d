"""Browse pages: every event of one year, or of one status, on a real page of its own.

The index links to each of them (and to each leader's page), so finding things needs no
JavaScript.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tracker.content.model import Content, Status
from tracker.outputs.urls import Urls

if TYPE_CHECKING:  # pages.py builds these pages, so it imports this module, not the reverse
    from tracker.outputs.pages import EventRow

_STATUS_HEADINGS = {
    Status.RUMOURED: "Rumoured",
    Status.INVITED: "Invitations",
    Status.ANNOUNCED: "Announced",
    Status.CONFIRMED: "Confirmed, not yet held",
    Status.HELD: "Held",
    Status.POSTPONED: "Postponed",
    Status.CANCELLED: "Cancelled",
    Status.DECLINED: "Declined",
}


@dataclass(frozen=True)
class NavLink:
    text: str
    url: str
    key: str
    """What the link selects: a year, a status word or a leader ID (the filter script uses it)."""


@dataclass(frozen=True)
class BrowsePage:
    path: str
    """Site-relative: `years/2015/`, `status/cancelled/`."""
    heading: str
    intro: str
    events: tuple[EventRow, ...]


@dataclass(frozen=True)
class BrowseNav:
    """The index's ways in: each link's text carries its count of events."""

    years: tuple[NavLink, ...]
    statuses: tuple[NavLink, ...]
    leaders: tuple[NavLink, ...]


@dataclass(frozen=True)
class Browse:
    nav: BrowseNav
    pages: tuple[BrowsePage, ...]


def _count(n: int) -> str:
    return f"{n} event{'s' if n != 1 else ''}"


def build_browse(content: Content, rows: Mapping[str, EventRow], urls: Urls) -> Browse:
    by_year: dict[int, list[EventRow]] = {}
    by_status: dict[Status, list[EventRow]] = {}
    involved: Counter[str] = Counter()
    for event in content.events_in_order():  # one pass sorts every event into its lists
        by_year.setdefault(event.date.year, []).append(rows[event.id])
        by_status.setdefault(event.status, []).append(rows[event.id])
        involved.update(set(event.leaders))
    pages: list[BrowsePage] = []
    year_links: list[NavLink] = []
    for year, chosen in sorted(by_year.items()):
        pages.append(BrowsePage(f"years/{year}/", f"Events in {year}", f"{_count(len(chosen))}, in order.", tuple(chosen)))
        year_links.append(NavLink(f"{year} ({len(chosen)})", urls.year(year), str(year)))
    status_links: list[NavLink] = []
    for status in Status:
        chosen = by_status.get(status, [])
        if not chosen:
            continue
        intro = f"{status.meaning} {_count(len(chosen))}."
        pages.append(BrowsePage(f"status/{status.value}/", _STATUS_HEADINGS[status], intro, tuple(chosen)))
        status_links.append(NavLink(f"{status.label} ({len(chosen)})", urls.status(status.value), status.value))
    leader_links = tuple(
        NavLink(f"{leader.name} ({involved[leader.id]})", urls.leader(leader.id), leader.id)
        for leader in sorted(content.leaders.values(), key=lambda leader: (leader.name, leader.id))
    )
    return Browse(BrowseNav(tuple(year_links), tuple(status_links), leader_links), tuple(pages))
