"""One page for every two leaders who share an event: their whole record at a glance.

Every event of the two, in both directions; how many were held, cancelled or declined;
how long each summit came after the one before; who travelled to whom, and so whose turn
it is by the custom of return visits. A pair's path puts the two IDs in sorted order
(`pairs/kim-jong-un--vladimir-putin/`), so each pair has one address.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from collections.abc import Mapping
from typing import TYPE_CHECKING

from tracker.content.model import Content, Event, Leader, Status
from tracker.outputs.lead_lag import interval
from tracker.outputs.timeline_svg import TimelineMark
from tracker.outputs.urls import Follow, Urls

if TYPE_CHECKING:  # pages.py builds these pages, so it imports this module, not the reverse
    from tracker.outputs.pages import EventRow


@dataclass(frozen=True)
class PairLeader:
    id: str
    name: str
    url: str


@dataclass(frozen=True)
class HeldMeeting:
    """A meeting that took place, with how long it came after the one before."""

    row: EventRow
    since: str
    """"First recorded meeting", or "First since April 2019 (about 4 years)"."""
    travelled: str | None
    """"Kim Jong Un to Vladimir Putin"; None when neither travelled to the other."""


@dataclass(frozen=True)
class Direction:
    """Held visits one way: who travelled to whom, how often, when."""

    text: str
    """"Kim Jong Un to Vladimir Putin"."""
    count: int
    dates: tuple[str, ...]
    """"April 2019", …, oldest first."""


@dataclass(frozen=True)
class PairPage:
    path: str
    """Site-relative: `pairs/kim-jong-un--vladimir-putin/`."""
    url: str
    first: PairLeader
    second: PairLeader
    heading: str
    counts: tuple[tuple[str, int], ...]
    """(status word, count): held, cancelled and declined always; others when there are some."""
    count_text: str
    """"3 events"."""
    held: tuple[HeldMeeting, ...]
    visits: tuple[Direction, Direction]
    """First to second, and second to first."""
    next_visit: str | None
    """Whose turn it is by the custom of return visits; None when neither has visited."""
    events: tuple[EventRow, ...]
    """Every event the two share, oldest first, whatever became of it."""
    timeline: tuple[TimelineMark, ...]
    follow: Follow
    """The pair's own feed and calendar."""


@dataclass(frozen=True)
class PairIndexRow:
    heading: str
    url: str
    summary: str
    """"3 events: 1 held, 1 cancelled, 0 declined"."""


def pair_count_text(events: list[Event]) -> str:
    """"3 events"."""
    return f"{len(events)} event{'s' if len(events) != 1 else ''}"


def _pair_leader(leader: Leader, urls: Urls) -> PairLeader:
    return PairLeader(leader.id, leader.name, urls.leader(leader.id))


def _counts(events: list[Event]) -> tuple[tuple[str, int], ...]:
    always = (Status.HELD, Status.CANCELLED, Status.DECLINED)
    counts = [(status.value, sum(e.status is status for e in events)) for status in always]
    postponed = sum(e.status is Status.POSTPONED for e in events)
    planned = sum(not e.status.called_off and e.status is not Status.HELD for e in events)
    counts += [(word, n) for word, n in (("postponed", postponed), ("still planned", planned)) if n]
    return tuple(counts)


def _held(events: list[Event], rows: Mapping[str, EventRow], names: dict[str, str]) -> tuple[HeldMeeting, ...]:
    meetings = []
    previous: Event | None = None
    for event in (e for e in events if e.status is Status.HELD):
        if previous is None:
            since = "First recorded meeting"
        else:
            gap = interval(previous.end or previous.date, event.date)
            since = f"First since {previous.date.display()}" + (f" ({gap})" if gap else "")
        travelled = None
        if event.visitor in names and event.host in names:
            travelled = f"{names[event.visitor]} to {names[event.host]}"
        meetings.append(HeldMeeting(rows[event.id], since, travelled))
        previous = event
    return tuple(meetings)


def pair_page(
    first: Leader, second: Leader, events: list[Event], rows: Mapping[str, EventRow], marks: Mapping[str, TimelineMark], urls: Urls
) -> PairPage:
    names = {first.id: first.name, second.id: second.name}
    held_visits = [e for e in events if e.status is Status.HELD and e.visitor in names and e.host in names]
    visits = tuple(
        Direction(
            f"{visitor.name} to {host.name}",
            len(chosen),
            tuple(e.date.display() for e in chosen),
        )
        for visitor, host in ((first, second), (second, first))
        for chosen in [[e for e in held_visits if e.visitor == visitor.id]]
    )
    next_visit = None
    if held_visits:
        last = held_visits[-1]
        assert last.visitor is not None and last.host is not None
        next_visit = (
            f"The last visit was {names[last.visitor]}'s to {names[last.host]}, {last.date.display_when()}: "
            f"by the custom of return visits, the next is {names[last.host]}'s to make."
        )
    counts = _counts(events)
    return PairPage(
        path=urls.pair_path(first.id, second.id),
        url=urls.pair(first.id, second.id),
        first=_pair_leader(first, urls),
        second=_pair_leader(second, urls),
        heading=f"{first.name} and {second.name}",
        counts=counts,
        count_text=pair_count_text(events),
        held=_held(events, rows, names),
        visits=(visits[0], visits[1]),
        next_visit=next_visit,
        events=tuple(rows[e.id] for e in events),
        timeline=tuple(marks[e.id] for e in events),
        follow=urls.follow(f"{first.name} and {second.name}", urls.pair_path(first.id, second.id)),
    )


def shared_events(content: Content) -> dict[tuple[str, str], list[Event]]:
    """Every two leaders (IDs in sorted order) who share at least one event -> those events, oldest first."""
    shared: dict[tuple[str, str], list[Event]] = {}
    for event in content.events_in_order():
        for pair in combinations(sorted(set(event.leaders)), 2):
            shared.setdefault((pair[0], pair[1]), []).append(event)
    return dict(sorted(shared.items()))


def pair_order(content: Content, first: str, second: str) -> tuple[str, str]:
    """Where the pair's page stands among the others: by the two names, as its heading reads."""
    return (f"{content.leaders[first].name} and {content.leaders[second].name}", Urls.pair_path(first, second))


def pair_row(content: Content, first: str, second: str, events: list[Event], urls: Urls) -> PairIndexRow:
    """The pair as the list of every pair shows it."""
    heading, _ = pair_order(content, first, second)
    counts = ", ".join(f"{n} {word}" for word, n in _counts(events))
    return PairIndexRow(heading, urls.pair(first, second), f"{pair_count_text(events)}: {counts}")
