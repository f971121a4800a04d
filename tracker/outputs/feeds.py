"""The Atom feed (RFC 4287): one entry per timeline development, newest first.

Pure: content in, bytes out. Every date comes from the content, never the clock, so the
same content gives the same feed.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from markupsafe import escape

from tracker.content.model import Content, Event, PartialDate, TimelineEntry
from tracker.outputs.markdown import is_web_url, markdown_to_html, markdown_to_text
from tracker.outputs.subscriptions import WHOLE_SITE, Subscription
from tracker.outputs.urls import Urls
from tracker.outputs.write import OncePerBuild, Parts, Pieces, join_afresh
from tracker.settings import Settings

ATOM = "http://www.w3.org/2005/Atom"
_NAMESPACE = uuid.UUID("6f1c2b1e-5d0a-4b8e-9c39-7a3f0f5e2d11")
"""Fixed, so that entry IDs derived from content never change between builds."""


@dataclass(frozen=True)
class FeedEntry:
    """One development of one event, as a feed reader shows it."""

    event: Event
    entry: TimelineEntry
    id: str
    """A URN that stays the same as long as the development's event, date and status do."""


def atom_timestamp(date: PartialDate) -> str:
    """The first day a partial date covers, at midnight UTC (Atom wants a full timestamp)."""
    return date.first_day().isoformat() + "T00:00:00Z"


def feed_entry(event: Event, position: int) -> FeedEntry:
    """The development at `position` in an event's timeline, with its entry ID (the same
    status reported twice on one date: the second is numbered). Made for the one
    development a piece carries, not for every development of the event at each piece."""

    def key(entry: TimelineEntry) -> str:
        return f"{event.id}/{entry.date}/{entry.status.value}"

    entry = event.timeline[position]
    own = key(entry)
    same = sum(key(earlier) == own for earlier in event.timeline[:position])
    if same:
        own += f"/{same + 1}"
    return FeedEntry(event, entry, f"urn:uuid:{uuid.uuid5(_NAMESPACE, own)}")


def render_atom(content: Content, settings: Settings, urls: Urls, subscription: Subscription = WHOLE_SITE) -> bytes:
    """The feed document of a subscription's events, UTF-8 encoded."""
    return join_afresh(atom_parts(content, settings, urls, subscription))


def atom_parts(
    content: Content,
    settings: Settings,
    urls: Urls,
    subscription: Subscription = WHOLE_SITE,
    keys: Mapping[str, str] | None = None,
) -> Parts:
    """The feed as fixed text and one piece a development, newest first. A development's
    entry is the same in every feed that carries it; `keys` (event ID -> a digest of the
    event and all it names) lets a rebuild take it from the site's last feed.xml."""
    ranked, entries = _ranked(content, keys)
    if subscription.event_ids is None:  # every event's: already in order
        developments = ranked
    else:
        developments = sorted(itertools.chain.from_iterable(entries[event.id] for event in subscription.events(content)))
    home = urls.absolute(urls.page(subscription.page))
    newest = developments[0][1] if developments else PartialDate(1970, 1, 1)
    head = [
        f'<feed xmlns="{ATOM}">',
        _element("id", home if home.startswith("http") else f"urn:uuid:{uuid.uuid5(_NAMESPACE, settings.title + subscription.page)}"),
        _element("title", subscription.title(settings)),
        _element("subtitle", settings.description),
        _element("link", rel="self", type="application/atom+xml", href=urls.absolute(urls.feed(subscription.page))),
        _element("link", rel="alternate", type="text/html", href=home),
        _element("updated", atom_timestamp(newest)),
        f"<author>\n    {_element('name', settings.title)}\n  </author>",
        _element("generator", "visit-tracker"),
    ]
    parts: Parts = [('<?xml version="1.0" encoding="utf-8"?>\n' + "\n  ".join(head)).encode("utf-8")]
    if developments:
        pieces = Pieces(
            [key for _, _, key, _, _ in developments], "feed.xml",
            lambda at: _entry_bytes(developments[at][3], developments[at][4], content, urls), b"\n  ",
        )
        parts += (b"\n  ", pieces)
    parts.append(b"\n</feed>\n")
    return parts


Development = tuple[int, PartialDate, str, Event, int]
"""A development as a piece of a feed: its rank among all the site's (newest first), its
date, its key, its event and its position in the event's timeline."""


def _each_events_developments(content: Content, keys: Mapping[str, str] | None) -> tuple[list[Development], dict[str, list[Development]]]:
    """All the site's developments by rank, newest first (the ID and position break ties, as
    a feed reader expects), and each event's: a feed of some events sorts theirs by rank."""
    # One flat tuple a development: tuples compare field by field, and a nested one costs a
    # call a comparison (a whole-site rebuild sorts every development of the site).
    developments = sorted(
        (*entry.date.sort_key, event.id, position, event, entry.date)
        for event in content.events.values()
        for position, entry in enumerate(event.timeline)
    )
    developments.reverse()
    ranked: list[Development] = []
    entries: dict[str, list[Development]] = {event_id: [] for event_id in content.events}
    for rank, (_, _, _, event_id, position, event, date) in enumerate(developments):
        development = (rank, date, f"atom/{keys[event_id] if keys else event_id}/{position}", event, position)
        ranked.append(development)
        entries[event_id].append(development)
    return ranked, entries


_ranked = OncePerBuild(_each_events_developments)
"""The site's feed and each leader's and pair's take their entries from one ranking, made once a build."""


def _entry_bytes(event: Event, position: int, content: Content, urls: Urls) -> bytes:
    return _entry_xml(feed_entry(event, position), content, urls).encode("utf-8")


def _text(value: str) -> str:
    """Character data, escaped as XML needs it."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(value: str) -> str:
    """An attribute's value in double quotes; line ends and tabs as references, so that they survive parsing."""
    return _text(value).replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")


def _element(tag: str, text: str | None = None, **attributes: str) -> str:
    """One element of the feed's namespace, written as ElementTree writes it (an empty one as `<tag />`)."""
    opening = tag + "".join(f' {name}="{_attribute(value)}"' for name, value in attributes.items())
    return f"<{opening}>{_text(text)}</{tag}>" if text else f"<{opening} />"


def _entry_xml(item: FeedEntry, content: Content, urls: Urls) -> str:
    """The <entry>, indented as a child of the feed."""
    event, entry = item.event, item.entry
    children = [
        _element("id", item.id),
        _element("title", f"{entry.status.label}: {event.title} ({entry.date.display()})"),
        _element("link", rel="alternate", type="text/html", href=urls.absolute(urls.event(event.id))),
        _element("updated", atom_timestamp(entry.date)),
        _element("summary", markdown_to_text(entry.note)),
        _element("content", _entry_html(item, content), type="html"),
        _element("category", term=entry.status.value, label=entry.status.label),
    ]
    return "<entry>\n    " + "\n    ".join(children) + "\n  </entry>"


def _entry_html(item: FeedEntry, content: Content) -> str:
    entry = item.entry
    parts = [f"<p><strong>{entry.status.label}</strong>, {entry.date.display()}.</p>", str(markdown_to_html(entry.note))]
    if entry.quote:
        parts.append(f"<blockquote><p>{escape(entry.quote.text)}</p></blockquote><p>— {escape(entry.quote.by)}</p>")
    cited = []
    for source_id in entry.sources:
        source = content.sources[source_id]
        label = escape(f"{source.title}, {source.publisher}, {source.published.display()}")
        cited.append(f'<a href="{escape(source.url)}">{label}</a>' if source.url and is_web_url(source.url) else label)
    parts.append("<p>Sources: " + "; ".join(cited) + "</p>")
    return "\n".join(parts)
