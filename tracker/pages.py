"""From the model to pages: plain objects that hold exactly what each template shows.

Everything a reader sees is decided here (order, grouping, labels, links), so the
templates only lay it out. Text from content stays plain text here; Markdown becomes
HTML in `render.py`, which also escapes everything else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby

import pycountry

from typing import Any

from tracker.browse import Browse, BrowseNav, build_browse
from tracker.changes import ChangedEntry, ChangeRow, ChangesPage, change_row, changes_page
from tracker.cite import EntryCitation
from tracker.model import Content, DatePrecision, Event, Leader, PartialDate, Source, Status, TimelineEntry
from tracker.provenance import Provenance, content_path
from tracker.settings import Settings
from tracker.structured_data import event_description, event_json_ld
from tracker.timeline_svg import TimelineMark
from tracker.urls import Urls

Markdown = Callable[[str], str]
"""Turns content Markdown into safe HTML (see render.markdown_to_html)."""


_NATIVE_LANGUAGE = {"KP": "ko", "KR": "ko", "RU": "ru", "CN": "zh", "JP": "ja", "US": "en", "GB": "en"}


# pycountry's names are the ISO ones; readers know these countries by shorter names.
_SHORT_NAMES = {"RU": "Russia", "KR": "South Korea", "US": "United States", "GB": "United Kingdom"}


def country_name(code: str) -> str:
    if code in _SHORT_NAMES:
        return _SHORT_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


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
        return cls(date.display(), str(date))


@dataclass(frozen=True)
class StatusView:
    value: str
    """The status word, also the CSS class: `cancelled`."""
    label: str
    called_off: bool
    """Cancelled, declined or postponed: shown with a mark and a word, not colour alone."""

    @classmethod
    def of(cls, status: Status) -> StatusView:
        return cls(status.value, status.label, status.called_off)


@dataclass(frozen=True)
class EventRow:
    """One event in a list: the index, a leader's page, a source's page."""

    title: str
    url: str
    date: DateView
    end: DateView | None
    status: StatusView
    kind: str
    visitor: Link | None
    host: Link | None
    place: str


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


@dataclass(frozen=True)
class Development:
    date: DateView
    status: StatusView
    note: str
    """Markdown."""
    quote_text: str | None
    quote_by: str | None
    sources: tuple[Citation, ...]


@dataclass(frozen=True)
class EventPage:
    id: str
    row: EventRow
    summary: str
    """Markdown."""
    leaders: tuple[Link, ...]
    timeline: tuple[Development, ...]
    sources: tuple[Citation, ...]
    related: tuple[EventRow, ...]
    edit_path: str
    notice: str | None
    """For a trip called off: how long before it was due, when both days are known."""
    """The entry's file, for the "correct this entry" hint."""
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
class Follow:
    """A page's own Atom feed and calendar (see subscriptions.py), linked from the page."""

    name: str
    """Whose events they carry: "Kim Jong Un"."""
    feed: str
    calendar: str

    @classmethod
    def of(cls, name: str, page: str, urls: Urls) -> Follow:
        return cls(name, urls.feed(page), urls.calendar(page))


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


@dataclass(frozen=True)
class Pages:
    """Every page of the site, ready for the templates."""

    index: IndexPage
    events: tuple[EventPage, ...]
    leaders: tuple[LeaderRow, ...]
    leader_pages: tuple[LeaderPage, ...]
    sources: tuple[SourcePage, ...]
    browse: Browse
    """Pages by year and by status."""
    about: AboutPage
    changes: ChangesPage
    """The latest changes to the content, site-wide."""


def build_pages(
    content: Content, urls: Urls, provenance: Provenance = Provenance(), settings: Settings = Settings()
) -> Pages:
    """Lay out every page from the validated content (and its history, where known)."""
    events = content.events_in_order()
    rows = {event.id: _event_row(event, content, urls) for event in events}
    citations = {source.id: _citation(source, urls) for source in content.sources.values()}

    years = tuple(
        YearGroup(year, tuple(rows[event.id] for event in group))
        for year, group in groupby(events, key=lambda event: event.date.year)
    )
    browse = build_browse(content, rows, urls)
    marks = {event.id: _timeline_mark(event, urls) for event in events}
    index = IndexPage(
        years=years,
        event_count=len(events),
        called_off_count=sum(event.status.called_off for event in events),
        timeline=tuple(marks.values()),
        browse=browse.nav,
    )
    event_pages = tuple(_event_page(event, content, rows, citations, urls, provenance, settings) for event in events)
    leader_pages = tuple(_leader_page(leader, events, rows, marks, urls) for leader in _leaders_by_name(content))
    leader_rows = tuple(
        LeaderRow(
            leader.name,
            urls.leader(leader.id),
            leader.office,
            country_name(leader.country),
            sum(leader.id in event.leaders for event in events),
        )
        for leader in _leaders_by_name(content)
    )
    citing: dict[str, list[EventRow]] = {source_id: [] for source_id in content.sources}
    for event in events:
        for source_id in event.sources:
            citing[source_id].append(rows[event.id])
    source_pages = tuple(
        SourcePage(
            citation=citations[source.id],
            language=source.language,
            time=source.time,
            events=tuple(citing[source.id]),
        )
        for source in sorted(content.sources.values(), key=lambda s: (s.published.sort_key, s.id))
    )
    about = AboutPage(
        tuple(
            StatusExplained(
                StatusView.of(status),
                status.meaning,
                count,
                urls.status(status.value) if count else None,
            )
            for status in Status
            for count in [sum(event.status is status for event in events)]
        )
    )
    return Pages(
        index, event_pages, leader_rows, leader_pages, source_pages, browse, about,
        changes_page(provenance, _entry_pages(content, urls)),
    )


def _entry_pages(content: Content, urls: Urls) -> dict[str, ChangedEntry]:
    """Each entry's file (content-relative) -> its title and page, for the changes page."""
    pages = {content_path(e.origin.path): ChangedEntry(e.title, urls.event(e.id)) for e in content.events.values()}
    pages |= {content_path(x.origin.path): ChangedEntry(x.name, urls.leader(x.id)) for x in content.leaders.values()}
    pages |= {content_path(x.origin.path): ChangedEntry(x.title, urls.source(x.id)) for x in content.sources.values()}
    return pages


def _leaders_by_name(content: Content) -> list[Leader]:
    return sorted(content.leaders.values(), key=lambda leader: (leader.name, leader.id))


def _leader_link(leader_id: str | None, content: Content, urls: Urls) -> Link | None:
    if leader_id is None:
        return None
    return Link(content.leaders[leader_id].name, urls.leader(leader_id))


def place_text(event: Event) -> str:
    country = country_name(event.place.country)
    return f"{event.place.city}, {country}" if event.place.city else country


def _event_row(event: Event, content: Content, urls: Urls) -> EventRow:
    return EventRow(
        title=event.title,
        url=urls.event(event.id),
        date=DateView.of(event.date),
        end=DateView.of(event.end) if event.end else None,
        status=StatusView.of(event.status),
        kind=event.kind.label,
        visitor=_leader_link(event.visitor, content, urls),
        host=_leader_link(event.host, content, urls),
        place=place_text(event),
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
    )


def _development(entry: TimelineEntry, citations: dict[str, Citation]) -> Development:
    return Development(
        date=DateView.of(entry.date),
        status=StatusView.of(entry.status),
        note=entry.note,
        quote_text=entry.quote.text if entry.quote else None,
        quote_by=entry.quote.by if entry.quote else None,
        sources=tuple(citations[source_id] for source_id in entry.sources),
    )


def _event_page(
    event: Event,
    content: Content,
    rows: dict[str, EventRow],
    citations: dict[str, Citation],
    urls: Urls,
    provenance: Provenance,
    settings: Settings,
) -> EventPage:
    entry_path = content_path(event.origin.path)
    log = provenance.changes_to(entry_path)
    version = provenance.versions.get(event.id)
    cite = EntryCitation(
        event.id, event.title, settings.title, urls.absolute(urls.event(event.id)), version, log[0].date if log else None
    ) if version else None
    return EventPage(
        id=event.id,
        row=rows[event.id],
        summary=event.summary,
        leaders=tuple(Link(content.leaders[i].name, urls.leader(i)) for i in event.leaders),
        timeline=tuple(_development(entry, citations) for entry in event.timeline),
        sources=tuple(citations[source_id] for source_id in event.sources),
        related=tuple(rows[i] for i in sorted(event.related, key=lambda i: content.events[i].sort_key)),
        edit_path=f"content/events/{event.id}.yaml",
        notice=called_off_notice(event),
        description=event_description(event),
        json_ld=event_json_ld(event, content, urls, place_text(event)),
        cite=cite,
        cite_url=urls.citation(event.id),
        corrections=tuple(change_row(change) for change in log),
    )


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


def called_off_notice(event: Event) -> str | None:
    """ "9 days before it was due", shown beside the status: the figure reporters lead with.

    Only for a trip that was on and was called off (not an invitation declined, whose
    timing the sources rarely give), and only when both days are known.
    """
    if event.status not in (Status.CANCELLED, Status.POSTPONED):
        return None
    called_off = next(entry for entry in event.timeline if entry.status is event.status)
    if called_off.date.precision is not DatePrecision.DAY or event.date.precision is not DatePrecision.DAY:
        return None
    days = (event.date.first_day() - called_off.date.first_day()).days
    if days <= 0:
        return None
    return f"{days} day{'s' if days != 1 else ''} before it was due"


def _terms(leader: Leader) -> str | None:
    """"May 2000 – May 2008, May 2012 – present", or None when not recorded."""
    spans = [
        f"{term.start.display() if term.start else '?'} – {term.end.display() if term.end else 'present'}"
        for term in leader.in_office
    ]
    return ", ".join(spans) or None


def _leader_page(
    leader: Leader, events: list[Event], rows: dict[str, EventRow], marks: dict[str, TimelineMark], urls: Urls
) -> LeaderPage:
    involved = [event for event in events if leader.id in event.leaders]
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
        follow=Follow.of(leader.name, Urls.leader_path(leader.id), urls),
    )
