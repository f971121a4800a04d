"""The calendar (RFC 5545): one all-day VEVENT per event, its STATUS from ours.

Pure: content in, bytes out. DTSTAMP is the date of the event's latest development, not
the clock, so the same content gives the same file.

A calendar app that subscribed keeps one copy of each event and replaces it when the
event changes: the `UID` is the event's ID at the site's host (the same in every build
and in every calendar the site offers), and the `SEQUENCE` is the number of timeline
entries after the first, so a confirmed visit's cancellation outranks the confirmation.

A date known only to the month or year spans that whole period and says so in its
summary ("day not known"), rather than pretending to a day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from tracker.content.model import Content, DatePrecision, Event
from tracker.outputs.markdown import markdown_to_text
from tracker.outputs.pages import place_text
from tracker.outputs.subscriptions import WHOLE_SITE, Subscription
from tracker.outputs.urls import Urls
from tracker.outputs.write import Parts, Pieces, join_afresh
from tracker.settings import Settings

PRODUCT_ID = "-//visit-tracker//events.ics//EN"


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and every line break escaped,
    so that no value can end its line and start a property of its own."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, continuation lines starting with a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    if len(encoded) == len(line):  # ASCII: one octet a character, so cut by position
        return "\r\n ".join([line[:75], *(line[i : i + 74] for i in range(75, len(line), 74))])
    pieces: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            pieces.append(current)
            current = ""
            limit = 74  # the leading space of a continuation line counts
        current += char
    pieces.append(current)
    return "\r\n ".join(pieces)


def summary_of(event: Event) -> str:
    """The event's title, with the date's precision spelt out when it is coarser than a day."""
    if event.date.precision is DatePrecision.DAY:
        return event.title
    return f"{event.title} ({event.date.display()}, day not known)"


def _day(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def uid(event: Event, settings: Settings, urls: Urls) -> str:
    """`<event-id>@<host>`: the site's host and path, else its custom domain, else a fixed name."""
    return f"{event.id}@{urls.host() or settings.cname or 'visit-tracker'}"


def sequence(event: Event) -> int:
    """The revision number: 0 for an event with one report, one more for each later report."""
    return len(event.timeline) - 1


def _vevent(event: Event, settings: Settings, urls: Urls) -> list[str]:
    last = event.end.last_day() if event.end else event.date.last_day()
    # "April 2019" may follow "22 April 2019" in a timeline: the latest report is the latest day.
    stamp = max(entry.date.first_day() for entry in event.timeline)
    url = urls.absolute(urls.event(event.id))
    description = (
        f"{event.status.label}. {markdown_to_text(event.summary)} "
        f"Sources and timeline: {url}"
    )
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid(event, settings, urls)}",
        f"DTSTAMP:{_day(stamp)}T000000Z",
        f"SEQUENCE:{sequence(event)}",
        f"DTSTART;VALUE=DATE:{_day(event.date.first_day())}",
        f"DTEND;VALUE=DATE:{_day(last + dt.timedelta(days=1))}",
        f"SUMMARY:{escape_text(summary_of(event))}",
        f"STATUS:{event.status.icalendar}",
        f"LOCATION:{escape_text(place_text(event))}",
        f"CATEGORIES:{escape_text(event.kind.label)}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",
    ]
    if url.startswith(("http://", "https://")):
        lines.append(f"URL;VALUE=URI:{url}")
    lines.append("END:VEVENT")
    return lines


def _content_lines(lines: list[str]) -> str:
    """Lines folded at 75 octets, each ended by CRLF."""
    return "".join(fold(line) + "\r\n" for line in lines)


def _vevent_bytes(event: Event, settings: Settings, urls: Urls) -> bytes:
    return _content_lines(_vevent(event, settings, urls)).encode("utf-8")


def render_ics(content: Content, settings: Settings, urls: Urls, subscription: Subscription = WHOLE_SITE) -> bytes:
    """The calendar file of a subscription's events: CRLF line ends, lines folded at 75 octets, oldest first."""
    return join_afresh(ics_parts(content, settings, urls, subscription))


def ics_parts(
    content: Content,
    settings: Settings,
    urls: Urls,
    subscription: Subscription = WHOLE_SITE,
    keys: Mapping[str, str] | None = None,
) -> Parts:
    """The calendar as fixed text and one piece an event. An event's VEVENT is the same in
    every calendar that carries it; `keys` (event ID -> a digest of the event and all it
    names) lets a rebuild take it from the site's last events.ics."""
    header = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(subscription.title(settings))}",
        f"X-WR-CALDESC:{escape_text(settings.description)}",
    ]
    events = subscription.events(content)
    vevents = Pieces(
        [f"ics/{keys[event.id] if keys else event.id}" for event in events], "events.ics",
        lambda position: _vevent_bytes(events[position], settings, urls),
    )
    return [_content_lines(header).encode("utf-8"), vevents, _content_lines(["END:VCALENDAR"]).encode("utf-8")]
