"""The calendar (RFC 5545): one all-day VEVENT per event, its STATUS from ours.

Pure: content in, bytes out. DTSTAMP is the date of the event's latest development, not
the clock, so the same content gives the same file.

A date known only to the month or year spans that whole period and says so in its
summary ("day not known"), rather than pretending to a day.
"""

from __future__ import annotations

import datetime as dt

from tracker.model import Content, DatePrecision, Event
from tracker.pages import place_text
from tracker.plain_text import markdown_to_text
from tracker.settings import Settings
from tracker.urls import Urls

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


def _vevent(event: Event, urls: Urls) -> list[str]:
    last = event.end.last_day() if event.end else event.date.last_day()
    stamp = event.timeline[-1].date.first_day()
    url = urls.absolute(urls.event(event.id))
    description = (
        f"{event.status.label}. {markdown_to_text(event.summary)} "
        f"Sources and timeline: {url}"
    )
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.id}@visit-tracker",
        f"DTSTAMP:{_day(stamp)}T000000Z",
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


def render_ics(content: Content, settings: Settings, urls: Urls) -> bytes:
    """The calendar file: CRLF line ends, lines folded at 75 octets, events oldest first."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(settings.title)}",
        f"X-WR-CALDESC:{escape_text(settings.description)}",
    ]
    for event in content.events_in_order():
        lines.extend(_vevent(event, urls))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")
