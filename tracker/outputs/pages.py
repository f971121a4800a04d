"""From the model to pages: plain objects that hold exactly what each template shows.

Everything a reader sees is decided here (order, grouping, labels, links), so the
templates only lay it out. Text from content stays plain text here; Markdown becomes
HTML in `render.py`, which also escapes everything else.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter
from typing import Any, NamedTuple

from tracker.content.model import (
    Attendance,
    AttendanceMode,
    Content,
    Dispute,
    Event,
    Leader,
    Office,
    PartialDate,
    Place,
    Source,
    Status,
    TimelineEntry,
    country_name,
)
from tracker.content.provenance import Change, Provenance, content_path
from tracker.outputs.browse import Browse, BrowseNav, build_browse
from tracker.outputs.cache import EntityDigests
from tracker.outputs.changes import LATEST, ChangedEntry, ChangeRow, ChangesPage, change_row, changes_page
from tracker.outputs.cite import EntryCitation
from tracker.outputs.lead_lag import LeadLag, lead_lag
from tracker.outputs.pairs import PairIndexRow, PairPage, pair_count_text, pair_order, pair_page, pair_row, shared_events
from tracker.outputs.structured_data import event_description, event_json_ld
from tracker.outputs.timeline_svg import TimelineMark
from tracker.outputs.urls import Follow, Urls
from tracker.settings import Settings

Markdown = Callable[[str], str]
"""Turns content Markdown into safe HTML (see markdown.markdown_to_html)."""


_NATIVE_LANGUAGE = {"KP": "ko", "KR": "ko", "RU": "ru", "CN": "zh", "JP": "ja", "US": "en", "GB": "en"}


@dataclass(frozen=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True)
class DateView:
    """A date as shown (`May 2015`) and as machine-readable (`2015-05`)."""

    text: str
    iso: str

    @classmethod
    def of(cls, date: PartialDate) -> DateView:
        return _date_view(date)


@functools.cache  # a build shows a few thousand distinct dates, each hundreds of times
def _date_view(date: PartialDate) -> DateView:
    return DateView(date.display(), str(date))


@dataclass(frozen=True)
class DateSpan:
    """First to last day as a reader writes it: "19–20 July 2000", "26 July – 18 August 2001"."""

    start: DateView
    """The start, without what the end repeats ("19"); its machine-readable form stays whole."""
    separator: str
    end: DateView

    @classmethod
    def of(cls, start: PartialDate, end: PartialDate) -> DateSpan:
        shown = start.display_until(end)
        return cls(DateView(shown, str(start)), "–" if shown.isdigit() else " – ", DateView.of(end))


@dataclass(frozen=True)
class StatusView:
    value: str
    """The status word, also the CSS class: `cancelled`."""
    label: str
    called_off: bool
    """Cancelled, declined or postponed: shown with a mark and a word, not colour alone."""

    @classmethod
    @functools.cache  # one view a status
    def of(cls, status: Status) -> StatusView:
        return cls(status.value, status.label, status.called_off)


@dataclass(frozen=True)
class EventRow:
    """One event in a list: the index, a leader's page, a source's page."""

    title: str
    url: str
    date: DateView
    span: DateSpan | None
    """The dates from first to last day, for an event with an `end`."""
    status: StatusView
    kind: str
    visitor: Link | None
    host: Link | None
    place: str
    timing: str | None
    """In short, how far ahead it was set or how late it was called off: "cancelled 9 days before"."""


@dataclass(frozen=True)
class YearGroup:
    year: int
    events: tuple[EventRow, ...]


@dataclass(frozen=True)
class IndexPage:
    years: tuple[YearGroup, ...]
    event_count: int
    called_off_count: int
    timeline: tuple[TimelineMark, ...]
    """Every event, for the SVG timeline."""
    browse: BrowseNav
    """Links to the pages by year, by status and by leader."""


@dataclass(frozen=True)
class Citation:
    """A source as cited under a timeline entry and on its own page."""

    id: str
    url: str
    """Our page for the source."""
    publisher: str
    title: str
    published: DateView
    author: str | None
    external_url: str | None
    """The article itself; only ever http(s)."""
    source_class: str | None
    """What kind of voice: "agency", "official", "intelligence claim"."""
    archived_url: str | None
    """An archived copy; only ever http(s)."""
    retrieved: DateView | None


@dataclass(frozen=True)
class Development:
    date: DateView
    status: StatusView
    note: str
    """Markdown."""
    quote_text: str | None
    quote_by: str | None
    sources: tuple[Citation, ...]
    claimed_by: str | None
    """Who made the claim: "Kremlin spokesman Dmitry Peskov", "KCNA"."""


@dataclass(frozen=True)
class LeaderOnDay:
    """A leader as the event page names them: with the office held on the event's date."""

    link: Link
    office: str | None
    """"Prime Minister of Russia"; two offices joined when the date spans a handover; None when not recorded."""


@dataclass(frozen=True)
class AttendanceView:
    leader: Link
    mode: str
    """The mode word, also the CSS class: `in-person`, `represented`."""
    text: str
    """"In person", "Represented by Shin Hong-chol (North Korea's ambassador to Russia)"."""


@dataclass(frozen=True)
class LegView:
    date: DateView
    place: str
    note: str | None
    """Markdown."""


@dataclass(frozen=True)
class Itinerary:
    transport: str | None
    """"By train"; None when not recorded."""
    legs: tuple[LegView, ...]


@dataclass(frozen=True)
class VersionView:
    value: str
    note: str | None
    """Markdown."""
    sources: tuple[Citation, ...]


@dataclass(frozen=True)
class DisputeView:
    field: str
    """What the sources disagree on, as a reader says it: "the date", "Kim Jong Un's attendance"."""
    versions: tuple[VersionView, ...]


@dataclass(frozen=True)
class EventPage:
    id: str
    row: EventRow
    summary: str
    """Markdown."""
    leaders: tuple[LeaderOnDay, ...]
    timeline: tuple[Development, ...]
    sources: tuple[Citation, ...]
    related: tuple[EventRow, ...]
    edit_path: str
    """The entry's file, for the "correct this entry" hint."""
    timing: tuple[str, ...]
    """Lead and lag from the timeline: "confirmed 101 days ahead", "cancelled 9 days before"."""
    attendance: tuple[AttendanceView, ...]
    itinerary: Itinerary | None
    """The journey's legs and transport; None when neither is recorded."""
    disputes: tuple[DisputeView, ...]
    """Where the sources disagree, every version side by side."""
    disputed: str
    """What they disagree on, in one phrase: "the date and the place"; empty when nothing."""
    description: str
    """Plain text for the meta description and link previews."""
    json_ld: dict[str, Any]
    """schema.org `Event`, serialised into the page by the template's `tojson`."""
    cite: EntryCitation | None
    """"Cite this entry": BibTeX and CSL-JSON; None when the entry's version is not known."""
    cite_url: str
    """The CSL-JSON file beside the page."""
    corrections: tuple[ChangeRow, ...]
    """The commits that changed the entry's file, newest first; empty outside git."""


@dataclass(frozen=True)
class LeaderSection:
    heading: str
    events: tuple[EventRow, ...]


@dataclass(frozen=True)
class LeaderPage:
    id: str
    name: str
    native_name: str | None
    native_language: str
    """BCP 47 tag for the native name, so screen readers pronounce it; `und` when unknown."""
    office: str
    country: str
    term: str | None
    summary: str
    """Markdown."""
    sections: tuple[LeaderSection, ...]
    """Visits made, received, called off, other encounters; empty sections left out."""
    timeline: tuple[TimelineMark, ...]
    """The leader's events, for the SVG timeline."""
    follow: Follow
    """The leader's own feed and calendar."""
    offices: tuple[str, ...]
    """Every office with its dates, oldest first: "Prime Minister of Russia, May 2008 – May 2012"."""
    attendance: tuple[tuple[EventRow, str], ...]
    """The events whose attendance is recorded, with how this leader took part."""
    pairs: tuple[Link, ...]
    """The pages of this leader with each leader met, named by the other."""


@dataclass(frozen=True)
class LeaderRow:
    name: str
    url: str
    office: str
    country: str
    event_count: int


@dataclass(frozen=True)
class SourcePage:
    citation: Citation
    language: str | None
    time: str | None
    events: tuple[EventRow, ...]


@dataclass(frozen=True)
class StatusExplained:
    status: StatusView
    meaning: str
    count: int
    """How many events stand at this status now."""
    url: str | None
    """The page listing them; None when there are none."""


@dataclass(frozen=True)
class AboutPage:
    statuses: tuple[StatusExplained, ...]
    """Every status, in the order a trip moves through them."""


def _every(path: str) -> bool:
    return True


def _none(path: str) -> bool:
    return False


class PageSpec(NamedTuple):
    """One page of the site, not laid out yet: its template, its address, what it shows
    (as digests of the entities it lists: equal digests, equal page) and how to lay it out.
    (A named tuple: a build lists one for every page, and a tuple is the cheapest to make.)"""

    template: str
    path: str
    """Site-relative: `leaders/x/`."""
    shows: tuple[object, ...]
    layout: Callable[[], dict[str, Any]]
    """The template's context, made only when the page is rendered."""
    whole_site: bool = False
    """It lists every event (see write.Output.whole_site)."""


class _EachMade(Mapping[str, Any]):
    """A value for each of `keys`, made when first asked for: a rebuild lays out the rows,
    marks and timings only of the events on the pages it renders."""

    def __init__(self, keys: Collection[str], make: Callable[[str], Any]) -> None:
        self._keys = keys
        self._make = make
        self._made: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        try:
            return self._made[key]
        except KeyError:
            if key not in self._keys:
                raise
            value = self._made[key] = self._make(key)
            return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


@dataclass(frozen=True)
class EventLayout:
    """Lays out one event's page when asked, so that a build lays out only the pages it
    renders, and says what each page shows, so that a rebuild knows which to render."""

    content: Content
    rows: Mapping[str, EventRow]
    timings: Mapping[str, LeadLag]
    citations: Mapping[str, Citation]
    urls: Urls
    provenance: Provenance
    settings: Settings
    digests: EntityDigests

    def page(self, event_id: str) -> EventPage:
        event, timing, log = self.content.events[event_id], self.timings[event_id], self._log(event_id)
        return _event_page(event, self.content, self.rows, timing, self.citations, self.urls, log, self.citation(event_id))

    def citation(self, event_id: str) -> EntryCitation | None:
        """"Cite this entry", also a file beside the page; None when the entry's version is not known."""
        event, version = self.content.events[event_id], self.provenance.versions.get(event_id)
        return _entry_citation(event, self.urls, version, self._log(event_id), self.settings)

    def citation_reads(self, event_id: str) -> tuple[object, ...] | None:
        """What the event's citation file is made from besides the code and settings (the
        event, its file's history and version), known without making it; None when the
        version is not known, so there is no such file."""
        version = self.provenance.versions.get(event_id)
        return (self.digests.events[event_id], self._log(event_id), version) if version else None

    def _log(self, event_id: str) -> tuple[Change, ...]:
        """The commits that changed the event's file (content-relative, `events/x.yaml`)."""
        if not self.provenance.changes:
            return ()  # outside git: no history to look up, for any of the entries
        return self.provenance.changes_to(content_path(self.content.events[event_id].origin.path))

    @property
    def shown(self) -> dict[str, str]:
        """Each event's digest with those of the leaders and sources it names (`EntityDigests.shown`)."""
        return self.digests.shown

    def reads(self, event_id: str) -> tuple[object, ...]:
        """Everything the event's page is made from besides the code, templates and settings:
        the event, every leader it names (all are among its `leaders`, as the content's check
        makes sure) and the sources it cites, the events it lists as related (as lists show
        them), and its file's history."""
        event = self.content.events[event_id]
        related = tuple(self.digests.listed[i] for i in sorted(event.related)) if event.related else ()
        return (self.shown[event_id], related, self._log(event_id), self.provenance.versions.get(event_id))


@dataclass(frozen=True)
class Pages:
    """Every page of the site, each laid out for its template only when rendered.

    What each page shows is declared by the digests of the entities it lists, as lists
    show them (`EntityDigests.listed`: an event's row, its mark on a timeline, how its
    leaders took part), so a rebuild lays out and renders only the pages an edit reaches:
    an edited summary, which no list shows, renders again the event's page and none of
    the pages that list it."""

    content: Content
    urls: Urls
    provenance: Provenance
    event_ids: tuple[str, ...]
    """Every event, in date order."""
    event_pages: EventLayout
    wanted: Callable[[str], bool] = _every
    """Which pages to list, by file (`reach.Selection`); the page of the latest changes always is."""

    @property
    def _rows(self) -> Mapping[str, EventRow]:
        return self.event_pages.rows

    @functools.cached_property
    def _marks(self) -> Mapping[str, TimelineMark]:
        return _EachMade(self.content.events, lambda event_id: _timeline_mark(self.content.events[event_id], self.urls))

    @functools.cached_property
    def _listed(self) -> dict[str, str]:
        return self.event_pages.digests.listed

    def _listed_of(self, events: Iterable[Event]) -> tuple[str, ...]:
        return tuple(map(self._listed.__getitem__, map(_event_id, events)))  # C loops: 125,000 lookups at 10,000 events

    @functools.cached_property
    def _leader_names(self) -> tuple[tuple[str, str], ...]:
        """Every leader's ID and name: the index links to each leader's page by name."""
        return tuple((leader.id, leader.name) for leader in _leaders_by_name(self.content))

    @functools.cached_property
    def index(self) -> IndexPage:
        events = self.content.events_in_order()
        years = tuple(
            YearGroup(year, tuple(self._rows[event.id] for event in group))
            for year, group in groupby(events, key=lambda event: event.date.year)
        )
        return IndexPage(
            years=years,
            event_count=len(events),
            called_off_count=sum(event.status.called_off for event in events),
            timeline=tuple(self._marks[event.id] for event in events),
            browse=self.browse.nav,
        )

    @functools.cached_property
    def browse(self) -> Browse:
        """Pages by year and by status."""
        return build_browse(self.content, self._rows, self.urls)

    @functools.cached_property
    def _by_year_and_status(self) -> dict[str, tuple[Event, ...]]:
        """The events of each page by year (`years/2015/`) and by status (`status/held/`)."""
        chosen: dict[str, list[Event]] = {}
        for event in self.content.events_in_order():
            chosen.setdefault(f"years/{event.date.year}/", []).append(event)
            chosen.setdefault(f"status/{event.status.value}/", []).append(event)
        return {path: tuple(events) for path, events in chosen.items()}

    @functools.cached_property
    def leaders(self) -> tuple[LeaderRow, ...]:
        return tuple(
            LeaderRow(
                leader.name,
                self.urls.leader(leader.id),
                leader.office,
                country_name(leader.country),
                len(self.content.events_of(leader.id)),
            )
            for leader in _leaders_by_name(self.content)
        )

    @functools.cached_property
    def shared_events(self) -> dict[tuple[str, str], list[Event]]:
        """Every two leaders who share an event (IDs in sorted order) -> those events (`pairs.shared_events`)."""
        return shared_events(self.content)

    @functools.cached_property
    def _pairs(self) -> dict[tuple[str, str], list[Event]]:
        """Every two leaders who share an event -> those events, in the order of their pages."""
        return dict(sorted(self.shared_events.items(), key=lambda pair: pair_order(self.content, *pair[0])))

    @functools.cached_property
    def _pair_links(self) -> dict[str, tuple[Link, ...]]:
        """Each leader's links to their pages with every leader met, named by the other."""
        links: dict[str, list[Link]] = {leader_id: [] for leader_id in self.content.leaders}
        for (first, second), events in self._pairs.items():
            url, count = self.urls.pair(first, second), pair_count_text(events)
            for one, other in ((first, second), (second, first)):
                links[one].append(Link(f"With {self.content.leaders[other].name} ({count})", url))
        return {leader_id: tuple(chosen) for leader_id, chosen in links.items()}

    def leader_page(self, leader_id: str) -> LeaderPage:
        leader = self.content.leaders[leader_id]
        involved = self.content.events_of(leader_id)
        return _leader_page(leader, involved, self._rows, self._marks, self._pair_links[leader_id], self.urls)

    def pair_page(self, first: str, second: str) -> PairPage:
        leaders = self.content.leaders
        return pair_page(leaders[first], leaders[second], self._pairs[first, second], self._rows, self._marks, self.urls)

    @functools.cached_property
    def pair_rows(self) -> tuple[PairIndexRow, ...]:
        return tuple(pair_row(self.content, first, second, events, self.urls) for (first, second), events in self._pairs.items())

    @functools.cached_property
    def _citing(self) -> dict[str, list[Event]]:
        citing: dict[str, list[Event]] = {source_id: [] for source_id in self.content.sources}
        for event in self.content.events_in_order():
            for source_id in event.sources:
                citing[source_id].append(event)
        return citing

    @functools.cached_property
    def _sources_in_order(self) -> list[Source]:
        return sorted(self.content.sources.values(), key=lambda s: (s.published.sort_key, s.id))

    def source_page(self, source_id: str) -> SourcePage:
        source = self.content.sources[source_id]
        rows = tuple(self._rows[event.id] for event in self._citing[source_id])
        return SourcePage(self.event_pages.citations[source_id], source.language, source.time, rows)

    @functools.cached_property
    def sources(self) -> tuple[SourcePage, ...]:
        return tuple(self.source_page(source.id) for source in self._sources_in_order)

    @functools.cached_property
    def _status_counts(self) -> tuple[int, ...]:
        events = self.content.events_in_order()
        return tuple(sum(event.status is status for event in events) for status in Status)

    @functools.cached_property
    def about(self) -> AboutPage:
        return AboutPage(
            tuple(
                StatusExplained(StatusView.of(status), status.meaning, count, self.urls.status(status.value) if count else None)
                for status, count in zip(Status, self._status_counts, strict=True)
            )
        )

    @functools.cached_property
    def _changed_entries(self) -> dict[str, ChangedEntry]:
        """The title and page of each entry the latest changes name (content-relative file ->)."""
        named = {path for change in self.provenance.changes[:LATEST] for path in change.files}
        return _entry_pages(self.content, self.urls, named)

    @functools.cached_property
    def changes(self) -> ChangesPage:
        """The latest changes to the content, site-wide."""
        return changes_page(self.provenance, self._changed_entries)

    def specs(self) -> list[PageSpec]:
        """Every page of the site made from the content, in a fixed order, with what it shows;
        only those `wanted`, and the page of the latest changes."""
        return [spec for spec in self._specs(self.wanted) if type(spec) is PageSpec]

    def paths(self) -> list[str]:
        """Every page's site-relative path (`leaders/x/`), listed or not."""
        return [spec if isinstance(spec, str) else spec.path for spec in self._specs(_none)]

    @functools.cached_property
    def _everything(self) -> tuple[object, ...]:
        """What the index and the list of pairs show: every event as lists show it, every leader's name."""
        return (self._listed_of(self.content.events_in_order()), self._leader_names)

    def _leader_shows(self, leader_id: str) -> tuple[object, ...]:
        """What a leader's page shows: the leader, their events as lists show them, their pairs."""
        events = self.content.events_of(leader_id)
        return (self.event_pages.digests.leaders[leader_id], self._listed_of(events), self._pair_links[leader_id])

    def _source_shows(self, source_id: str) -> tuple[object, ...]:
        """What a source's page shows: the source, and the events citing it as lists show them."""
        return (self.event_pages.digests.sources[source_id], self._listed_of(self._citing[source_id]))

    def _specs(self, wanted: Callable[[str], bool]) -> Iterator[PageSpec | str]:
        """Every page, in a fixed order: the spec of each page `wanted` (by its file) and of the
        latest changes (which show the titles of entries they name: always listed), the bare
        path of each other page. What a page shows is worked out only for the pages listed."""
        content, digests, listed_of, layout = self.content, self.event_pages.digests, self._listed_of, self.event_pages

        def page(template: str, path: str, shows: Callable[[], tuple[object, ...]], lay_out: Callable[[], dict[str, Any]],
                 whole_site: bool = False) -> PageSpec | str:
            # what a page shows is worked out only for a page wanted: for most pages of a
            # rebuild, it would be the costliest part
            if wanted(f"{path}index.html"):
                return PageSpec(template, path, shows(), lay_out, whole_site)
            return path

        yield page("index.html", "", lambda: self._everything, lambda: {"page": self.index}, whole_site=True)
        for event_id in self.event_ids:  # most of the site: each laid out only when rendered
            yield page("event.html", f"events/{event_id}/", functools.partial(layout.reads, event_id),
                       functools.partial(_as_page, layout.page, event_id))
        leader_ids = [leader_id for leader_id, _ in self._leader_names]
        yield page("leaders.html", "leaders/",
                   lambda: tuple((digests.leaders[leader_id], len(content.events_of(leader_id))) for leader_id in leader_ids),
                   lambda: {"leaders": self.leaders})
        for leader_id in leader_ids:
            yield page("leader.html", Urls.leader_path(leader_id), functools.partial(self._leader_shows, leader_id),
                       functools.partial(_as_page, self.leader_page, leader_id))
        yield page("pairs.html", "pairs/", lambda: self._everything, lambda: {"pairs": self.pair_rows})
        for (first, second), events in self._pairs.items():
            yield page("pair.html", Urls.pair_path(first, second), functools.partial(listed_of, events),
                       functools.partial(_as_page, self.pair_page, first, second))
        sources = self._sources_in_order
        yield page("sources.html", "sources/",
                   lambda: tuple((digests.sources[source.id], len(self._citing[source.id])) for source in sources),
                   lambda: {"sources": self.sources})
        for source in sources:
            yield page("source.html", f"sources/{source.id}/", functools.partial(self._source_shows, source.id),
                       functools.partial(_as_page, self.source_page, source.id))
        by_page = self._by_year_and_status
        for path in [*(p for p in by_page if p.startswith("years/")), *(f"status/{s.value}/" for s in Status)]:
            if path in by_page:  # a status no event has has no page
                yield page("browse.html", path, functools.partial(listed_of, by_page[path]),
                           functools.partial(_browse_page, self, path))
        yield page("about.html", "about/", lambda: self._status_counts, lambda: {"page": self.about})
        shown_changes = (self.provenance.changes[:LATEST], len(self.provenance.changes), self._changed_entries)
        yield PageSpec("changes.html", "changes/", shown_changes, lambda: {"page": self.changes})


_event_id = attrgetter("id")


def _as_page(lay_out: Callable[..., object], *args: str) -> dict[str, Any]:
    return {"page": lay_out(*args)}


def _browse_page(pages: Pages, path: str) -> dict[str, Any]:
    return {"page": next(page for page in pages.browse.pages if page.path == path)}


def build_pages(
    content: Content,
    urls: Urls,
    provenance: Provenance = Provenance(),
    settings: Settings = Settings(),
    digests: EntityDigests | None = None,
    wanted: Callable[[str], bool] | None = None,
) -> Pages:
    """Every page from the validated content (and its history, where known), each laid out
    when rendered; `digests` are the entries' (made here when not given); `wanted` says
    which pages to list (all when not given)."""
    events = content.events
    timings = _EachMade(events, lambda event_id: lead_lag(events[event_id]))
    rows = _EachMade(events, lambda event_id: _event_row(events[event_id], content, urls, timings[event_id]))
    citations = _EachMade(content.sources, lambda source_id: _citation(content.sources[source_id], urls))
    digests = digests or EntityDigests.of(content)
    event_pages = EventLayout(content, rows, timings, citations, urls, provenance, settings, digests)
    event_ids = tuple(event.id for event in content.events_in_order())
    return Pages(content, urls, provenance, event_ids, event_pages, wanted or _every)


def _entry_pages(content: Content, urls: Urls, files: Iterable[str]) -> dict[str, ChangedEntry]:
    """The title and page of the entry of each of `files` (content-relative: `events/x.yaml`)
    that is still in the content, for the changes page."""
    pages: dict[str, ChangedEntry] = {}
    for path in sorted(files):
        kind, _, name = path.partition("/")
        entry_id = name.rsplit(".", 1)[0]
        if kind == "events" and (event := content.events.get(entry_id)) and content_path(event.origin.path) == path:
            pages[path] = ChangedEntry(event.title, urls.event(entry_id))
        elif kind == "leaders" and (leader := content.leaders.get(entry_id)) and content_path(leader.origin.path) == path:
            pages[path] = ChangedEntry(leader.name, urls.leader(entry_id))
        elif kind == "sources" and (source := content.sources.get(entry_id)) and content_path(source.origin.path) == path:
            pages[path] = ChangedEntry(source.title, urls.source(entry_id))
    return pages


def _leaders_by_name(content: Content) -> list[Leader]:
    return sorted(content.leaders.values(), key=lambda leader: (leader.name, leader.id))


def _leader_link(leader_id: str | None, content: Content, urls: Urls) -> Link | None:
    if leader_id is None:
        return None
    return Link(content.leaders[leader_id].name, urls.leader(leader_id))


def place_text(event: Event) -> str:
    return place_name(event.place)


def place_name(place: Place) -> str:
    country = country_name(place.country)
    return f"{place.city}, {country}" if place.city else country


def _event_row(event: Event, content: Content, urls: Urls, timing: LeadLag) -> EventRow:
    return EventRow(
        title=event.title,
        url=urls.event(event.id),
        date=DateView.of(event.date),
        span=DateSpan.of(event.date, event.end) if event.end else None,
        status=StatusView.of(event.status),
        kind=event.kind.label,
        visitor=_leader_link(event.visitor, content, urls),
        host=_leader_link(event.host, content, urls),
        place=place_text(event),
        timing=timing.short,
    )


def _citation(source: Source, urls: Urls) -> Citation:
    return Citation(
        id=source.id,
        url=urls.source(source.id),
        publisher=source.publisher,
        title=source.title,
        published=DateView.of(source.published),
        author=source.author,
        external_url=source.url,
        source_class=source.source_class.label if source.source_class else None,
        archived_url=source.archived_url,
        retrieved=DateView.of(source.retrieved) if source.retrieved else None,
    )


def _development(entry: TimelineEntry, citations: Mapping[str, Citation]) -> Development:
    return Development(
        date=DateView.of(entry.date),
        status=StatusView.of(entry.status),
        note=entry.note,
        quote_text=entry.quote.text if entry.quote else None,
        quote_by=entry.quote.by if entry.quote else None,
        sources=tuple(citations[source_id] for source_id in entry.sources),
        claimed_by=entry.claimed_by,
    )


def _and_list(items: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return " and ".join(filter(None, [", ".join(items[:-1]), items[-1]])) if items else ""


def _event_page(
    event: Event,
    content: Content,
    rows: Mapping[str, EventRow],
    timing: LeadLag,
    citations: Mapping[str, Citation],
    urls: Urls,
    log: tuple[Change, ...],
    cite: EntryCitation | None,
) -> EventPage:
    disputes = tuple(_dispute_view(d, content, citations) for d in event.disputed)
    return EventPage(
        id=event.id,
        row=rows[event.id],
        summary=event.summary,
        leaders=tuple(_leader_on_day(content.leaders[i], event.date, urls) for i in event.leaders),
        timeline=tuple(_development(entry, citations) for entry in event.timeline),
        sources=tuple(citations[source_id] for source_id in event.sources),
        related=tuple(rows[i] for i in sorted(event.related, key=lambda i: content.events[i].sort_key)),
        edit_path=f"content/events/{event.id}.yaml",
        timing=timing.notes,
        attendance=tuple(_attendance_view(a, content, urls) for a in event.attendance),
        itinerary=_itinerary(event),
        disputes=disputes,
        disputed=_and_list([d.field for d in disputes]),
        description=event_description(event),
        json_ld=event_json_ld(event, content, urls, place_text(event)),
        cite=cite,
        cite_url=urls.citation(event.id),
        corrections=tuple(change_row(change) for change in log),
    )


def _entry_citation(
    event: Event, urls: Urls, version: str | None, log: tuple[Change, ...], settings: Settings
) -> EntryCitation | None:
    if not version:
        return None
    page = urls.absolute(urls.event(event.id))
    return EntryCitation(event.id, event.title, settings.title, page, version, log[0].date if log else None)


def _timeline_mark(event: Event, urls: Urls) -> TimelineMark:
    return TimelineMark(
        title=event.title,
        url=urls.event(event.id),
        status=event.status.value,
        status_label=event.status.label,
        date_text=event.date.display(),
        first_day=event.date.first_day(),
        last_day=(event.end or event.date).last_day(),
    )


def _offices_text(offices: tuple[Office, ...]) -> str | None:
    return ", then ".join(dict.fromkeys(held.title for held in offices)) or None


def _leader_on_day(leader: Leader, date: PartialDate, urls: Urls) -> LeaderOnDay:
    return LeaderOnDay(Link(leader.name, urls.leader(leader.id)), _offices_text(leader.offices_on(date)))


_ATTENDANCE_WORDS = {AttendanceMode.IN_PERSON: "in person", AttendanceMode.VIDEO: "by video", AttendanceMode.ABSENT: "absent"}


def _attendance_text(attendance: Attendance) -> str:
    """"in person", "by video", "absent", "represented by Shin Hong-chol (North Korea's ambassador)"."""
    if attendance.by is not None:
        return f"represented by {attendance.by.name} ({attendance.by.role})"
    return _ATTENDANCE_WORDS.get(attendance.mode, attendance.mode.value)


def _attendance_view(attendance: Attendance, content: Content, urls: Urls) -> AttendanceView:
    leader = content.leaders[attendance.leader]
    return AttendanceView(Link(leader.name, urls.leader(leader.id)), attendance.mode.value, _attendance_text(attendance))


def _itinerary(event: Event) -> Itinerary | None:
    if not event.legs and event.transport is None:
        return None
    return Itinerary(
        transport=f"By {event.transport.value}" if event.transport else None,
        legs=tuple(LegView(DateView.of(leg.date), place_name(leg.place), leg.note) for leg in event.legs),
    )


def _dispute_view(dispute: Dispute, content: Content, citations: Mapping[str, Citation]) -> DisputeView:
    field = f"the {dispute.field.value}"
    first = dispute.versions[0].value
    if isinstance(first, Attendance):
        field = f"{content.leaders[first.leader].name}'s attendance"
    return DisputeView(
        field=field,
        versions=tuple(
            VersionView(
                value=_version_text(version.value, content),
                note=version.note,
                sources=tuple(citations[source_id] for source_id in version.sources),
            )
            for version in dispute.versions
        ),
    )


def _version_text(value: PartialDate | Place | Status | Attendance, content: Content) -> str:
    if isinstance(value, PartialDate):
        return value.display()
    if isinstance(value, Place):
        return place_name(value)
    if isinstance(value, Status):
        return value.label
    return f"{content.leaders[value.leader].name}: {_attendance_text(value)}"


def _terms(leader: Leader) -> str | None:
    """"May 2000 – May 2008, May 2012 – present", or None when not recorded."""
    spans = [
        f"{term.start.display() if term.start else '?'} – {term.end.display() if term.end else 'present'}"
        for term in leader.in_office
    ]
    return ", ".join(spans) or None


def _office_span(held: Office) -> str:
    start = held.start.display() if held.start else "?"
    return f"{held.title}, {start} – {held.end.display() if held.end else 'present'}"


def _leader_page(
    leader: Leader,
    involved: tuple[Event, ...],
    rows: Mapping[str, EventRow],
    marks: Mapping[str, TimelineMark],
    pairs: tuple[Link, ...],
    urls: Urls,
) -> LeaderPage:
    called_off = [event for event in involved if event.status.called_off]
    going_ahead = [event for event in involved if not event.status.called_off]
    sections = (
        LeaderSection("Visits made", tuple(rows[e.id] for e in going_ahead if e.visitor == leader.id)),
        LeaderSection("Visits received", tuple(rows[e.id] for e in going_ahead if e.host == leader.id)),
        LeaderSection("Called off: cancelled, declined or postponed", tuple(rows[e.id] for e in called_off)),
        LeaderSection(
            "Other encounters",
            tuple(rows[e.id] for e in going_ahead if leader.id not in (e.visitor, e.host)),
        ),
    )
    return LeaderPage(
        id=leader.id,
        name=leader.name,
        native_name=leader.native_name,
        native_language=_NATIVE_LANGUAGE.get(leader.country, "und"),
        office=leader.office,
        country=country_name(leader.country),
        term=_terms(leader),
        summary=leader.summary,
        sections=tuple(section for section in sections if section.events),
        timeline=tuple(marks[event.id] for event in involved),
        follow=urls.follow(leader.name, Urls.leader_path(leader.id)),
        offices=tuple(_office_span(held) for held in leader.offices),
        attendance=tuple(
            (rows[event.id], _attendance_text(attendance))
            for event in involved
            for attendance in event.attendance
            if attendance.leader == leader.id
        ),
        pairs=pairs,
    )
