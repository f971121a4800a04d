"""What machines read about a page: schema.org JSON-LD and the Open Graph description.

Status maps onto schema.org's `eventStatus` as DESIGN.md says (Status.schema_org).
"""

from __future__ import annotations

from typing import Any

from tracker.model import Content, Event
from tracker.plain_text import markdown_to_text, shorten
from tracker.urls import Urls


def event_description(event: Event) -> str:
    """One line for search engines and link previews."""
    return shorten(f"{event.status.label}, {event.date.display()}. {markdown_to_text(event.summary)}", 200)


def event_json_ld(event: Event, content: Content, urls: Urls, place_name: str) -> dict[str, Any]:
    """A schema.org `Event`; dates keep their precision (ISO 8601 allows `2019-04`)."""
    address: dict[str, Any] = {"@type": "PostalAddress", "addressCountry": event.place.country}
    if event.place.city:
        address["addressLocality"] = event.place.city
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": markdown_to_text(event.summary),
        "url": urls.absolute(urls.event(event.id)),
        "startDate": str(event.date),
        "endDate": str(event.end or event.date),
        "eventStatus": event.status.schema_org,
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": place_name, "address": address},
        "performer": [
            {"@type": "Person", "name": content.leaders[i].name, "url": urls.absolute(urls.leader(i))}
            for i in event.leaders
        ],
    }
    if event.host:
        data["organizer"] = {
            "@type": "Person",
            "name": content.leaders[event.host].name,
            "url": urls.absolute(urls.leader(event.host)),
        }
    return data
